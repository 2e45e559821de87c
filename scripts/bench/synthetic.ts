/**
 * Synthetic Campus records on real communes, for benchmarks and browser stress tests: the same CSV a
 * région would write, so the whole pipeline (parse, geocode, point-in-département, GeoJSON) is measured.
 */
import type { Gazetteer } from '../lib/gazetteer.ts';
import { SECTOR_IDS } from '../../src/lib/model/types.ts';
import { ACADEMIE_OF_DEPARTEMENT } from '../../src/lib/geo/academies.ts';
import { parseCommunes } from '../../src/lib/data/communes.ts';

/** A small deterministic PRNG (mulberry32) so every run builds the same records. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticCampusCsv(gazetteer: Gazetteer, count: number, seed = 1): string {
  const random = seededRandom(seed);
  const communes = gazetteer.geocodableCommunes().filter((c) => ACADEMIE_OF_DEPARTEMENT.has(c.departement));
  const lines = [
    'id,name,sector,status,commune,town,academie,region,lat,lon,location_basis,lead,partners,source,note',
  ];
  for (let i = 0; i < count; i++) {
    const c = communes[Math.floor(random() * communes.length)]!;
    const sector = SECTOR_IDS[Math.floor(random() * SECTOR_IDS.length)]!;
    const status = random() < 0.8 ? 'labellise' : 'projet';
    const academie = ACADEMIE_OF_DEPARTEMENT.get(c.departement)!;
    // The sector's id in the name, so the name supports the sector group as the build requires.
    const name = `"Campus synthétique ${i + 1} ${sector.replace('-', ' ')} ${c.name.replace(/"/g, '""')}"`;
    lines.push(
      `synthetic-${i + 1},${name},${sector},${status},${c.code},"${c.name}",${academie},${c.region},,,commune,Lycée ${i + 1},Entreprise A|Université B,synthetic,`,
    );
  }
  return lines.join('\n') + '\n';
}

/**
 * A région's own list as French Excel saves it (« CSV UTF-8 »: BOM, `;`, CRLF, French headers), with
 * `count` Campus on real communes that have a position, read from the gazetteer file the app serves
 * (communes.tsv). Sectors alternate between ids and French labels, as people write them. For the
 * browser tests and the benchmark of « Vos données ».
 */
export function ownListCsv(
  communesTsv: string,
  sectors: readonly { id: string; label_fr: string }[],
  count: number,
  seed = 7,
): string {
  const random = seededRandom(seed);
  const communes = [...parseCommunes(communesTsv).values()].filter((c) => c.position);
  const cell = (text: string) => (/[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  const lines = ['Nom;Secteur;Code INSEE;Établissement support;Partenaires'];
  for (let i = 0; i < count; i++) {
    const c = communes[Math.floor(random() * communes.length)]!;
    const sector = sectors[Math.floor(random() * sectors.length)]!;
    lines.push(
      [
        `Campus ${i + 1} de ${c.name}`,
        i % 2 === 0 ? sector.label_fr : sector.id,
        c.code,
        `Lycée ${i + 1}`,
        'Entreprise A | Université B',
      ]
        .map(cell)
        .join(';'),
    );
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
