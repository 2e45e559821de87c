/**
 * The bar lists' one model, from counts to the rows that are drawn (computed here, Svelte draws):
 *
 * 1. rows: Campus per sector group (with the livret's count, the sector rule's active and chosen
 *    groups) and per région or académie (largest first);
 * 2. bars (`BarDatum`): a row as any bar chart draws it — label, value, reference outline, colour and
 *    sector letter — shared by the screen's lists, the chart files, the printed page and the
 *    presentation;
 * 3. the screen's list items (BarList.svelte): a bar plus its pressed and dimmed states and its counts
 *    in words;
 * 4. the standalone figure's geometry (BarChartFigure.svelte, export/chartSvg.ts): one <svg>, rows
 *    `stacked` (the label on its own line above the bar: long sector names stay whole) or `inline`
 *    (the label left of the bar: short names, many rows), text fitted without a DOM to measure.
 *
 * Both drawers scale bars with `barScale` over `scaledValues`. Pure and tested (bars.test.ts).
 */
import { sectorChoice } from '../model/sectorRule.ts';
import { SECTOR_IDS, type CampusFeature, type SectorId } from '../model/types.ts';
import { AREA_BAR_COLOUR, SECTOR_COLOURS, SECTOR_LETTERS, letterColour } from '../theme/palette.ts';

// 1. Rows

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

// 2. Bars

export interface BarDatum {
  key: string;
  label: string;
  value: number;
  /** Drawn as an outline behind the bar (the livret's count for a sector group). */
  reference?: number;
  colour: string;
  /** Drawn in a disc of `colour` before the label (the sector letter, as on the map). */
  letter?: string;
  /** Colour of the letter (readable on `colour`). */
  letterInk?: string;
}

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

// 3. The screen's list items

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

// 4. Scale and the standalone figure

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

export interface BarChartOptions {
  /** Total width in px. */
  width: number;
  /** Font size in px; every other size follows it. */
  fontSize?: number;
  shape?: 'stacked' | 'inline';
  /** Inline shape: the most of the width the labels may take (they take less when they are short). */
  labelShare?: number;
}

interface BarRow extends BarDatum {
  /** Baseline of the label and of the value text. */
  textY: number;
  /** The label, shortened with an ellipsis if it would not fit. */
  text: string;
  textX: number;
  /** « 5 / 10 » with a reference, « 5 » without. */
  valueText: string;
  valueX: number;
  barX: number;
  barY: number;
  barHeight: number;
  barWidth: number;
  referenceWidth: number | null;
  discX: number;
  discY: number;
  discR: number;
}

export interface BarChartLayout {
  width: number;
  height: number;
  fontSize: number;
  rows: BarRow[];
}

/** Average advance of a character in a sans-serif font, in em (generous, so text rarely overflows). */
const CHAR_EM = 0.56;

/** `text`, cut with an ellipsis to about `maxWidth` px at `fontSize` (no DOM to measure here). */
export function fitText(text: string, maxWidth: number, fontSize: number): string {
  const maxChars = Math.floor(maxWidth / (fontSize * CHAR_EM));
  if (text.length <= maxChars) return text;
  if (maxChars <= 1) return '…';
  return text.slice(0, maxChars - 1).trimEnd() + '…';
}

/** `text` broken into lines of about `maxWidth` px at `fontSize`, at spaces; at most `maxLines`. */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines = 3): string[] {
  const maxChars = Math.max(1, Math.floor(maxWidth / (fontSize * CHAR_EM)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length <= maxChars || !line) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines.map((l) => fitText(l, maxWidth, fontSize));
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = fitText(
    `${kept[maxLines - 1]} ${lines.slice(maxLines).join(' ')}`,
    maxWidth,
    fontSize,
  );
  return kept;
}

export function barChartLayout(data: readonly BarDatum[], options: BarChartOptions): BarChartLayout {
  const { width, fontSize: f = 13, shape = 'stacked', labelShare = 0.6 } = options;
  const hasLetters = data.some((d) => d.letter);
  const discR = f * 0.72;
  const textX = hasLetters ? discR * 2 + f * 0.45 : 0;
  const valueTexts = data.map((d) =>
    d.reference === undefined ? `${d.value}` : `${d.value} / ${d.reference}`,
  );
  const valueWidth = Math.max(2, ...valueTexts.map((v) => v.length)) * f * 0.62;
  const rowHeight = shape === 'stacked' ? f * 2.75 : f * 1.75;
  const barHeight = f * (shape === 'stacked' ? 0.8 : 0.9);
  // Inline: label | bar | value. Stacked: label … value on one line, the bar below under the label.
  const longest = Math.max(0, ...data.map((d) => d.label.length));
  const barX =
    shape === 'stacked'
      ? textX
      : Math.round(Math.min(width * labelShare, textX + longest * f * CHAR_EM + f * 0.6));
  const barEnd = shape === 'stacked' ? width - 1 : width - valueWidth - f * 0.4;
  const x = barScale(scaledValues(data), Math.max(0, barEnd - barX));
  const labelRoom = shape === 'stacked' ? width - textX - valueWidth - f * 0.5 : barX - textX - f * 0.5;

  const rows = data.map((d, i): BarRow => {
    const top = i * rowHeight;
    const textY = top + f * 1.05;
    const barY = shape === 'stacked' ? top + f * 1.45 : textY - barHeight * 0.85;
    return {
      ...d,
      textY,
      text: fitText(d.label, labelRoom, f),
      textX,
      valueText: valueTexts[i]!,
      valueX: width,
      barX,
      barY,
      barHeight,
      barWidth: x(d.value),
      referenceWidth: d.reference === undefined ? null : x(d.reference),
      discX: discR,
      discY: textY - f * 0.35,
      discR,
    };
  });
  return { width, height: Math.ceil(rows.length * rowHeight), fontSize: f, rows };
}
