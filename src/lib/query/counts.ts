/**
 * Campus counts per sector group, per région and per académie (2020 map). Every known key is present,
 * with 0 when no Campus falls in it, so charts and the choropleth keep a stable set of bars and areas.
 */
import { SECTOR_IDS, type CampusFeature, type SectorId } from '../model/types.ts';
import { ACADEMIES } from '../geo/academies.ts';
import { REGIONS } from '../geo/regions.ts';

import type { AreaLevel } from '../model/areas.ts';

function countInto(keys: readonly string[], values: Iterable<string>): Map<string, number> {
  const counts = new Map(keys.map((k) => [k, 0]));
  for (const value of values) {
    const n = counts.get(value);
    if (n !== undefined) counts.set(value, n + 1);
  }
  return counts;
}

export function countBySector(campus: readonly CampusFeature[]): Map<SectorId, number> {
  return countInto(
    SECTOR_IDS,
    campus.map((f) => f.properties.sector),
  ) as Map<SectorId, number>;
}

/** Per INSEE région code, in the order of REGIONS. */
export function countByRegion(campus: readonly CampusFeature[]): Map<string, number> {
  return countInto(
    REGIONS.map((r) => r.code),
    campus.map((f) => f.properties.region),
  );
}

/** Per académie of the 2020 map (a Campus of the former Caen or Rouen académies counts for Normandie). */
export function countByAcademie(campus: readonly CampusFeature[]): Map<string, number> {
  return countInto(
    ACADEMIES.map((a) => a.id),
    campus.map((f) => f.properties.academie_2020),
  );
}

export function countByArea(campus: readonly CampusFeature[], level: AreaLevel): Map<string, number> {
  return level === 'region' ? countByRegion(campus) : countByAcademie(campus);
}

/** The Campus by sector group, in the livret's group order (each group's Campus in the given order); empty groups are left out. */
export function groupBySector<T extends CampusFeature>(
  campus: readonly T[],
): { sector: SectorId; campus: T[] }[] {
  const groups = new Map<SectorId, T[]>(SECTOR_IDS.map((id) => [id, []]));
  for (const f of campus) groups.get(f.properties.sector)?.push(f);
  return [...groups]
    .filter(([, list]) => list.length > 0)
    .map(([sector, list]) => ({ sector, campus: list }));
}
