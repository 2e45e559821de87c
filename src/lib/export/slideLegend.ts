/** The legend of an exported map: one entry per sector group drawn on it, in the livret's order. */
import { SECTOR_IDS, type CampusFeature, type SectorId } from '../model/types.ts';
import { SECTOR_COLOURS, SECTOR_LETTERS } from '../theme/palette.ts';
import type { LegendEntry } from './mapSlide.ts';

export function slideLegend(shown: readonly CampusFeature[], label: (id: SectorId) => string): LegendEntry[] {
  const present = new Set(shown.map((f) => f.properties.sector));
  return SECTOR_IDS.filter((id) => present.has(id)).map((id) => ({
    sector: id,
    label: label(id),
    colour: SECTOR_COLOURS[id],
    letter: SECTOR_LETTERS[id],
  }));
}
