/** The two levels of area the app counts and filters by: régions and académies (2020 map). */
import type { CampusFeature } from './types.ts';

export const AREA_LEVELS = ['region', 'academie'] as const;
export type AreaLevel = (typeof AREA_LEVELS)[number];

/** The area code of a Campus at a level: INSEE région code or académie id. */
export function areaOf(campus: CampusFeature, level: AreaLevel): string {
  return level === 'region' ? campus.properties.region : campus.properties.academie_2020;
}
