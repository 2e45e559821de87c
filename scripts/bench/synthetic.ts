/**
 * Synthetic Campus records on real communes, for benchmarks and browser stress tests: the same CSV a
 * région would write, so the whole pipeline (parse, geocode, point-in-département, GeoJSON) is measured.
 */
import type { Gazetteer } from '../lib/gazetteer.ts';
import { SECTOR_IDS } from '../../src/lib/model/types.ts';
import { ACADEMIE_OF_DEPARTEMENT } from '../../src/lib/geo/academies.ts';

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
