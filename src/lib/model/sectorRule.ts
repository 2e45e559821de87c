/**
 * The sector rule, in one place: the groups a person chose are shown; when none is chosen, every
 * group is shown. The filter, the legend, the charts, the summary and the print sheet all ask here
 * rather than testing `sectors.length === 0` themselves.
 */
import type { SectorId } from './types.ts';

export interface SectorChoice {
  /** No group chosen: every group is shown and none is marked as chosen. */
  readonly all: boolean;
  /** The group is shown (on the map, in the list, counted in the title). */
  shows(sector: string): boolean;
  /** The person chose this group (a pressed legend entry or bar); false for every group when `all`. */
  chose(sector: string): boolean;
}

export function sectorChoice(chosen: readonly SectorId[]): SectorChoice {
  const set = new Set<string>(chosen);
  const all = set.size === 0;
  return {
    all,
    shows: (sector) => all || set.has(sector),
    chose: (sector) => set.has(sector),
  };
}
