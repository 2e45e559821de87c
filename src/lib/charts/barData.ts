/** The bars of the standalone charts (files, print, presentation) from the rows the app already has. */
import type { CampusFeature, SectorId } from '../model/types.ts';
import { SECTOR_IDS } from '../model/types.ts';
import { AREA_BAR_COLOUR, SECTOR_COLOURS, SECTOR_LETTERS, letterColour } from '../theme/palette.ts';
import type { BarDatum } from './barChartLayout.ts';
import type { AreaRow, SectorRow } from './bars.ts';

const sectorCue = (id: SectorId) => ({
  colour: SECTOR_COLOURS[id],
  letter: SECTOR_LETTERS[id],
  letterInk: letterColour(SECTOR_COLOURS[id]),
});

/** The sector chart: Campus shown per group, the livret's count as the reference. */
export function sectorBars(rows: readonly SectorRow[]): BarDatum[] {
  return rows.map((r) => ({
    key: r.id,
    label: r.label,
    value: r.shown,
    ...(r.livret === undefined ? {} : { reference: r.livret }),
    ...sectorCue(r.id),
  }));
}

/** The area chart: Campus per région or académie, largest first (as the rows come). */
export function areaBars(rows: readonly AreaRow[]): BarDatum[] {
  return rows.map((r) => ({ key: r.code, label: r.name, value: r.count, colour: AREA_BAR_COLOUR }));
}

/** Campus per sector group among `campus`, the groups that have any, largest first. */
export function sectorBarsOf(campus: readonly CampusFeature[], label: (id: SectorId) => string): BarDatum[] {
  const counts = new Map<SectorId, number>();
  for (const f of campus) counts.set(f.properties.sector, (counts.get(f.properties.sector) ?? 0) + 1);
  return SECTOR_IDS.filter((id) => counts.has(id))
    .map((id) => ({ key: id, label: label(id), value: counts.get(id)!, ...sectorCue(id) }))
    .sort((a, b) => b.value - a.value);
}
