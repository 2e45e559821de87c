/**
 * Rows of the bar charts, and their horizontal scale (computed here, Svelte draws). Pure and tested.
 */
import { sectorChoice } from '../model/sectorRule.ts';
import { SECTOR_IDS, type SectorId } from '../model/types.ts';

export interface SectorRow {
  id: SectorId;
  label: string;
  /** Campus count the livret gives for the group; none for a list that is not the livret's. */
  livret?: number;
  /** Campus of the group that the other filters leave (on the map when the group is active). */
  shown: number;
  /** The group is on the map (the sector rule: chosen, or no group chosen). */
  active: boolean;
  /** The person chose this group (its bar is pressed). */
  chosen: boolean;
}

export interface AreaRow {
  code: string;
  name: string;
  count: number;
  selected: boolean;
}

export function sectorRows(
  shown: ReadonlyMap<SectorId, number>,
  livret: ReadonlyMap<SectorId, number>,
  selected: readonly SectorId[],
  label: (id: SectorId) => string,
): SectorRow[] {
  const choice = sectorChoice(selected);
  return SECTOR_IDS.map((id) => ({
    id,
    label: label(id),
    livret: livret.size > 0 ? (livret.get(id) ?? 0) : undefined,
    shown: shown.get(id) ?? 0,
    active: choice.shows(id),
    chosen: choice.chose(id),
  }));
}

/** Areas by count (largest first), then by name; the empty ones are kept (they are information too). */
export function areaRows(
  counts: ReadonlyMap<string, number>,
  name: (code: string) => string,
  selected: string | null,
): AreaRow[] {
  return [...counts]
    .map(([code, count]) => ({ code, name: name(code), count, selected: code === selected }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'fr'));
}

/**
 * Linear scale from 0 to the largest value (at least 1) onto [0, width]. Written out rather than
 * d3-scale's `scaleLinear`: the bars need nothing but this proportion, and `scaleLinear` brings its
 * interpolators, colour parsing and number formatting (~8 kB gzip) into the start-up JavaScript.
 */
export function barScale(values: readonly number[], width: number): (value: number) => number {
  const max = Math.max(1, ...values);
  const range = Math.max(0, width);
  return (value) => (value / max) * range;
}
