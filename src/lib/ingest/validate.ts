/**
 * Cross-file checks: geocode each Campus from its INSEE commune, check the point against its
 * département, and compare the région and académie the record declares with the commune's. A
 * contradiction is an error unless `resolutions.csv` holds a reviewed answer for exactly it — the
 * livret contradicts itself in places, and the build must never smooth that over silently.
 */
import type { CsvError } from './csv.ts';
import { LIVRET_READING_RULES, type CampusReading, type CampusRecord, type Located } from './records.ts';
import { normaliseName, type CommuneLookup } from '../data/communes.ts';
import type { LocationBasis, Practice, Resolution, SectorBasis, SourcedFact } from '../model/types.ts';
import { LIVRET_READING, sourcesOf } from '../data/factSources.ts';
import { nameSupportsSector } from '../data/sectorSupport.ts';
import { ACADEMIE_BY_ID, ACADEMIE_OF_DEPARTEMENT, academie2020 } from '../geo/academies.ts';
import { REGION_BY_CODE } from '../geo/regions.ts';

/**
 * How far a point lies outside its département's shape (undefined for an unknown département): the
 * build measures it on the Natural Earth borders (ingest/departementShapes.ts).
 */
export interface DepartementCheck {
  distanceOutsideKm(departement: string, lon: number, lat: number): number | undefined;
  /** A point well inside the département, where a Campus goes when its commune has no known position. */
  interiorPoint(departement: string): { lon: number; lat: number } | undefined;
}

/**
 * Natural Earth 10 m borders, simplified, put some towns next to their département: of the 8 257
 * communes GeoNames places, 205 fall outside, 8 by more than 3 km, the worst (Saint-Briac-sur-Mer, on
 * the Rance estuary) by 8.1 km. 10 km accepts all of them and still catches a point in the wrong place
 * (a swapped lat/lon, a neighbouring département's town), which lands tens of km away or more.
 */
export const COAST_TOLERANCE_KM = 10;

export interface LocatedCampus extends CampusRecord {
  town: string;
  departement: string;
  /** Région and académie after reviewed resolutions; equal to the commune's. */
  region: string;
  academie: string;
  academie_2020: string;
  lon: number;
  lat: number;
  basis: LocationBasis;
  sector_basis: SectorBasis;
}

export interface Checked {
  campus: LocatedCampus[];
  warnings: string[];
}

/**
 * The reviewed resolutions, consulted for each contradiction found. It remembers which rows were
 * used, so a row that resolves nothing (stale, or with a typo in `declared`) is reported too.
 */
export class ResolutionBook {
  readonly applied: Resolution[] = [];
  private readonly used = new Set<Located<Resolution>>();

  constructor(private readonly rows: readonly Located<Resolution>[]) {}

  /** The reviewed value replacing `declared`, if a row says so and `accepts` it; else undefined. */
  take(
    record: string,
    field: Resolution['field'],
    declared: string,
    accepts: (v: string) => boolean,
  ): string | undefined {
    const row = this.rows.find((x) => x.record === record && x.field === field && x.declared === declared);
    if (!row || !accepts(row.resolved)) return undefined;
    this.used.add(row);
    this.applied.push({ record, field, declared, resolved: row.resolved, reason: row.reason });
    return row.resolved;
  }

  /** Reports every row that resolved nothing. */
  reportUnused(knownRecords: ReadonlySet<string>, errors: CsvError[], file = 'resolutions.csv'): void {
    for (const x of this.rows) {
      if (this.used.has(x)) continue;
      const why = knownRecords.has(x.record)
        ? `there is no contradiction on ${x.field} « ${x.declared} » for « ${x.record} » to resolve — remove the row or fix « declared »`
        : `unknown record id « ${x.record} » — expected a Campus or practice id`;
      errors.push({ file, line: x.line, field: 'record', message: why });
    }
  }
}

/** The facts' names in the build's French warnings. */
const FACT_LABELS: Record<SourcedFact, string> = {
  town: 'lieu (commune)',
  lead: 'établissement support',
  sector: 'groupe sectoriel',
  status: 'statut',
  alias: 'autre nom',
  since: 'fait depuis le livret',
};

const regionLabel = (code: string) => `${code} (${REGION_BY_CODE.get(code)?.name ?? '?'})`;
const academieLabel = (id: string) => `${id} (${ACADEMIE_BY_ID.get(id)?.name ?? '?'})`;

export function locateCampus(
  records: readonly CampusRecord[],
  book: ResolutionBook,
  gazetteer: CommuneLookup,
  shapes: DepartementCheck,
  errors: CsvError[],
  files = { campus: 'campus.csv', resolutions: 'resolutions.csv' },
  reading: CampusReading = LIVRET_READING_RULES,
): Checked {
  const own = reading.kind === 'own-list';
  const warnings: string[] = [];
  const located: LocatedCampus[] = [];
  const fail = (line: number, field: string, message: string) =>
    errors.push({ file: files.campus, line, field, message });

  /** Resolves a declared value that differs from the commune's, through a reviewed resolution only. */
  const resolve = (
    r: CampusRecord,
    field: 'region' | 'academie',
    actual: string,
    accepts: (v: string) => boolean,
  ) => {
    const declared = r[field];
    // An own list may leave the région and the académie to the commune.
    if (own && declared === '') return actual;
    if (accepts(declared)) return declared;
    const resolved = book.take(r.id, field, declared, accepts);
    if (resolved) return resolved;
    const label = field === 'region' ? regionLabel : academieLabel;
    fail(
      r.line,
      field,
      `declared ${label(declared)} but commune ${r.commune} (${r.town || '?'}) is in ${label(actual)} — ` +
        (own
          ? "correct the commune code or this column, or leave it empty to take the commune's"
          : `correct the record, or add a reviewed row to ${files.resolutions}: ${r.id},${field},${declared},${actual},<reason>`),
    );
    return undefined;
  };

  for (const r of records) {
    const commune = gazetteer.commune(r.commune);
    if (!commune) {
      fail(
        r.line,
        'commune',
        `unknown INSEE commune code « ${r.commune} » — expected the code of a current commune`,
      );
      continue;
    }
    if (r.town && normaliseName(r.town) !== normaliseName(commune.name)) {
      fail(
        r.line,
        'town',
        `« ${r.town} » but commune ${r.commune} is ${commune.name} — check the INSEE code or the town`,
      );
      continue;
    }
    let lon: number;
    let lat: number;
    let placedInDepartement = false;
    if (r.lat !== null && r.lon !== null) {
      lon = r.lon;
      lat = r.lat;
    } else {
      // The GeoNames list places the larger communes only: a smaller one goes inside its département,
      // marked approximate on the map and the card, and reported.
      const found = gazetteer.coordinates(commune) ?? shapes.interiorPoint(commune.departement);
      if (!found) {
        fail(r.line, 'commune', `département ${commune.departement} of ${commune.name} is not on the map`);
        continue;
      }
      placedInDepartement = !gazetteer.coordinates(commune);
      ({ lon, lat } = found);
    }
    const outside = shapes.distanceOutsideKm(commune.departement, lon, lat);
    if (outside === undefined) {
      fail(r.line, 'commune', `département ${commune.departement} of ${commune.name} is not on the map`);
      continue;
    }
    if (outside > COAST_TOLERANCE_KM) {
      fail(
        r.line,
        r.lat !== null ? 'lat' : 'commune',
        `the point (${lon}, ${lat}) lies ${outside.toFixed(1)} km outside département ${commune.departement} of ${commune.name} — check the coordinates or the commune code`,
      );
      continue;
    }
    const region = resolve(r, 'region', commune.region, (v) => v === commune.region);
    const academie = resolve(r, 'academie', ACADEMIE_OF_DEPARTEMENT.get(commune.departement) ?? '?', (v) =>
      (ACADEMIE_BY_ID.get(v)?.departements ?? []).includes(commune.departement),
    );
    if (!region || !academie) continue;
    const basis: LocationBasis = placedInDepartement
      ? 'departement'
      : (r.location_basis ?? (r.lat !== null ? 'coordinates' : 'commune'));
    if (placedInDepartement)
      warnings.push(
        `${r.id}: position approximative (département ${commune.departement}) — la commune ${commune.name} n'a pas de position dans le répertoire GeoNames ; ajoutez lat et lon`,
      );
    if (basis === 'academie-seat') {
      if (sourcesOf(r.sources, 'town').length > 0) {
        fail(
          r.line,
          'sources',
          'cites a source for the town of a Campus placed at its académie seat — set location_basis to commune, or remove the town source',
        );
        continue;
      }
      warnings.push(
        `${r.id}: position approximative (siège de l'académie ${ACADEMIE_BY_ID.get(academie)?.name}) — aucune commune trouvée`,
      );
    }
    // A région's own list is its own authority for its Campus's sectors.
    const sectorBasis = own ? 'source' : sectorBasisOf(r);
    if (!sectorBasis) {
      fail(
        r.line,
        'sector',
        `« ${r.sector} » is not what the name « ${r.name} » says — cite the page that gives it in sources (sector=https://…), or write sector=livret if it is your reading of the livret's text`,
      );
      continue;
    }
    if (sectorBasis === 'livret-text')
      warnings.push(
        `${r.id}: groupe sectoriel « ${r.sector} » déduit du texte du livret, non confirmé par une page publique`,
      );
    for (const s of r.sources)
      if (s.url === LIVRET_READING && s.fact !== 'sector')
        warnings.push(
          `${r.id}: ${FACT_LABELS[s.fact]} déduit du texte du livret, non confirmé par une page publique`,
        );
    located.push({
      ...r,
      town: commune.name,
      departement: commune.departement,
      region,
      academie,
      academie_2020: academie2020(academie)!,
      lon,
      lat,
      basis,
      sector_basis: sectorBasis,
    });
  }

  return { campus: located, warnings };
}

/**
 * Why the Campus is in its sector group: its name, else a cited page, else our reading of the livret
 * (marked `sector=livret`); undefined when nothing supports it.
 */
function sectorBasisOf(r: Pick<CampusRecord, 'name' | 'sector' | 'sources'>): SectorBasis | undefined {
  const cited = sourcesOf(r.sources, 'sector');
  if (cited.some((s) => s.url !== LIVRET_READING)) return 'source';
  if (nameSupportsSector(r.name, r.sector)) return 'name';
  return cited.length > 0 ? 'livret-text' : undefined;
}

/**
 * A practice's Campus must exist; its académie must lie in one of its régions (or a reviewed
 * resolution must say which régions it really concerns). Returns the practices with resolutions applied.
 */
export function checkPractices(
  practices: readonly Located<Practice>[],
  campusIds: ReadonlySet<string>,
  book: ResolutionBook,
  errors: CsvError[],
  file = 'practices.csv',
): Located<Practice>[] {
  return practices.map((p) => checkPractice(p, campusIds, book, errors, file));
}

function checkPractice(
  p: Located<Practice>,
  campusIds: ReadonlySet<string>,
  book: ResolutionBook,
  errors: CsvError[],
  file: string,
): Located<Practice> {
  {
    for (const id of p.campus) {
      if (!campusIds.has(id))
        errors.push({
          file,
          line: p.line,
          field: 'campus',
          message: `unknown Campus id « ${id} » — expected an id from campus.csv`,
        });
    }
    let regions = p.region.split('|').filter(Boolean);
    const academies = p.academie.split('|').filter(Boolean);
    const academieRegions = academies.flatMap((id) => ACADEMIE_BY_ID.get(id)?.region ?? []);
    // Every académie the practice names lies in one of its régions (a practice may span several).
    const fits = (codes: string) => academieRegions.every((code) => codes.split('|').includes(code));
    const resolved = fits(p.region) ? undefined : book.take(p.id, 'region', p.region, fits);
    if (resolved) regions = resolved.split('|');
    else if (regions.length > 0) {
      for (const id of academies) {
        const region = ACADEMIE_BY_ID.get(id)?.region;
        if (region && !regions.includes(region))
          errors.push({
            file,
            line: p.line,
            field: 'region',
            message: `académie ${academieLabel(id)} is in région ${regionLabel(region)}, not in ${regions.map(regionLabel).join(', ')} — add ${region} to region`,
          });
      }
    }
    if (p.level === 'academie' && academies.length === 0)
      errors.push({
        file,
        line: p.line,
        field: 'academie',
        message: 'is empty — an académie-level practice names its académie',
      });
    if (p.level === 'region' && regions.length === 0)
      errors.push({
        file,
        line: p.line,
        field: 'region',
        message: 'is empty — a région-level practice names its région',
      });
    return { ...p, region: regions.join('|') };
  }
}
