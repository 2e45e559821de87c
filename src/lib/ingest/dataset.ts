/**
 * The output side: Campus as GeoJSON points (DROM moved into their insets, true position kept in the
 * properties), practices linked to their Campus, sectors in a fixed order, and the build report.
 * Deterministic: features sorted by id, coordinates rounded to 5 decimals (about a metre).
 */
import type { LocatedCampus } from './validate.ts';
import {
  CHAPTERS,
  SECTOR_IDS,
  type BuildReport,
  type CampusCollection,
  type CampusFeature,
  type OutsideFact,
  type Practice,
  type Resolution,
  type Sector,
} from '../model/types.ts';
import { isOverseas, toInset } from '../geo/insets.ts';
import { isApproximate } from '../data/provenance.ts';

const round5 = (n: number) => Math.round(n * 1e5) / 1e5;

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function toCampusCollection(
  campus: readonly LocatedCampus[],
  practices: readonly Practice[],
): CampusCollection {
  const features: CampusFeature[] = [...campus].sort(byId).map((c) => {
    const concerned = practices.filter((p) => p.campus.includes(c.id));
    const chapters = CHAPTERS.filter((ch) => concerned.some((p) => p.chapter === ch));
    const inset = isOverseas(c.region);
    const [x, y] = inset ? toInset([c.lon, c.lat], c.region) : [c.lon, c.lat];
    return {
      type: 'Feature',
      id: c.id,
      geometry: { type: 'Point', coordinates: [round5(x), round5(y)] },
      properties: {
        id: c.id,
        name: c.name,
        aliases: c.aliases,
        sector: c.sector,
        sector_basis: c.sector_basis,
        status: c.status,
        commune: c.commune,
        town: c.town,
        departement: c.departement,
        region: c.region,
        academie: c.academie,
        academie_2020: c.academie_2020,
        lead: c.lead,
        partners: c.partners,
        practices: concerned.map((p) => p.id).sort(),
        chapters,
        source: c.source,
        sources: c.sources,
        note: c.note,
        note_en: c.note_en,
        since: c.since,
        location_basis: c.basis,
        approximate: isApproximate({ location_basis: c.basis, sources: c.sources }),
        true_lon: round5(c.lon),
        true_lat: round5(c.lat),
        inset,
      },
    };
  });
  return { type: 'FeatureCollection', features };
}

export function sortSectors(sectors: readonly Sector[]): Sector[] {
  return SECTOR_IDS.flatMap((id) => sectors.filter((s) => s.id === id));
}

export function sortPractices(practices: readonly Practice[]): Practice[] {
  return [...practices].sort(byId);
}

function countBy<T>(items: readonly T[], key: (t: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1)));
}

export function buildReport(
  campus: CampusCollection,
  practices: readonly Practice[],
  sectors: readonly Sector[],
  resolutions: Resolution[],
  warnings: string[],
): BuildReport {
  const props = campus.features.map((f) => f.properties);
  return {
    counts: {
      campus: props.length,
      practices: practices.length,
      sectors: sectors.length,
      bySector: countBy(props, (p) => p.sector),
      byRegion: countBy(props, (p) => p.region),
      byAcademie: countBy(props, (p) => p.academie_2020),
      byStatus: countBy(props, (p) => p.status),
    },
    warnings: [...warnings].sort(),
    resolutions: [...resolutions].sort((a, b) => (a.record + a.field < b.record + b.field ? -1 : 1)),
    outside_facts: outsideFacts(campus),
  };
}

/**
 * Every fact the livret does not state, record by record: those cited from a public page, those we
 * read into the livret's text, the positions left at an académie's seat for want of a town, and what
 * became of the Campus after the livret (`since`, each fact with its kind, date and page).
 */
function outsideFacts(campus: CampusCollection): OutsideFact[] {
  const facts: OutsideFact[] = [];
  for (const { properties: p } of campus.features) {
    if (p.location_basis === 'academie-seat')
      facts.push({ record: p.id, fact: 'position', value: p.town, basis: 'academie-seat' });
    for (const f of p.since ?? [])
      facts.push({
        record: p.id,
        fact: 'since',
        kind: f.kind,
        date: f.date,
        value: f.text,
        basis: 'source',
        url: f.url,
      });
    for (const s of p.sources) {
      // The since= pages are listed with their facts, just above.
      if (s.fact === 'since') continue;
      const value =
        s.fact === 'town'
          ? `${p.town} (${p.commune})`
          : s.fact === 'lead'
            ? p.lead
            : s.fact === 'sector'
              ? p.sector
              : s.fact === 'status'
                ? p.status
                : p.aliases.join(' | ');
      facts.push(
        s.url === 'livret'
          ? { record: p.id, fact: s.fact, value, basis: 'livret-text' }
          : { record: p.id, fact: s.fact, value, basis: 'source', url: s.url },
      );
    }
  }
  return facts;
}
