/**
 * Geometry of a standalone horizontal bar chart, drawn as ONE <svg>: by BarChartFigure.svelte (the
 * presentation's région chart, the printed page) and by chartSvg.ts (the chart files people download).
 * D3 computes (the scale), the drawers only place what this returns. Pure and tested.
 *
 * Two row shapes: `stacked` puts the label on its own line above the bar (long sector names stay
 * whole); `inline` puts the label left of the bar (short names, many rows).
 */
import { barScale } from './bars.ts';

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
  const x = barScale(
    data.flatMap((d) => [d.value, d.reference ?? 0]),
    Math.max(0, barEnd - barX),
  );
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
