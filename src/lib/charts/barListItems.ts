/**
 * The rows of the screen's bar lists (sector groups, areas), built on the same `BarDatum` as the
 * chart files, the printed page and the presentation (barData.ts), plus what only a screen has: the
 * pressed row, the rows off the map, and the counts spelled out for a screen reader. Pure.
 */
import type { SectorId } from '../model/types.ts';
import type { BarDatum } from './barChartLayout.ts';
import { areaBars, sectorBars } from './barData.ts';
import type { AreaRow, SectorRow } from './bars.ts';

export interface BarListItem<K extends string = string> extends BarDatum {
  key: K;
  /** The row's filter is on (aria-pressed). */
  pressed: boolean;
  /** Nothing of the row is on the map: a group the sector filter leaves out, an area without Campus. */
  dimmed: boolean;
  /** The counts in words, read after the label (« 5 sur la carte, 10 dans le livret »). */
  spoken: string;
}

export function sectorListItems(
  rows: readonly SectorRow[],
  spoken: (row: SectorRow) => string,
): BarListItem<SectorId>[] {
  const bars = sectorBars(rows);
  return rows.map((row, i) => ({
    ...bars[i]!,
    key: row.id,
    pressed: row.chosen,
    dimmed: !row.active,
    spoken: spoken(row),
  }));
}

export function areaListItems(rows: readonly AreaRow[], spoken: (row: AreaRow) => string): BarListItem[] {
  const bars = areaBars(rows);
  return rows.map((row, i) => ({
    ...bars[i]!,
    pressed: row.selected,
    dimmed: row.count === 0,
    spoken: spoken(row),
  }));
}

/** The values a list's scale must hold: every bar and every reference outline. */
export function scaledValues(items: readonly BarDatum[]): number[] {
  return items.flatMap((item) =>
    item.reference === undefined ? [item.value] : [item.value, item.reference],
  );
}
