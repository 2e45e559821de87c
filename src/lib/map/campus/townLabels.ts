/**
 * The town names of the Campus marks (from about a département's view): under each Campus alone and
 * under each ring, else above, right or left of it where that spot is free, else left out. A name
 * never covers a Campus symbol, a ring or another name. Pure: text widths come from the caller.
 */
import type { ScreenMarks } from './markScreen.ts';

export interface TownLabel {
  text: string;
  /** Centre of the text, CSS pixels. */
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Below, above, right, left: the order MapLibre's variable anchors used before. */
const SIDES: readonly (readonly [number, number])[] = [
  [0, 1],
  [0, -1],
  [1, 0],
  [-1, 0],
];

/**
 * Places the town names of `marks` at `fontSize` px; `measure` gives a text's width in px. Campus
 * alone come first in the order drawn, then rings.
 */
export function placeTownLabels(
  marks: ScreenMarks,
  fontSize: number,
  measure: (text: string) => number,
): TownLabel[] {
  const taken: Box[] = [];
  const disc = (x: number, y: number, r: number): Box => ({ x0: x - r, y0: y - r, x1: x + r, y1: y + r });
  for (const c of marks.campus) taken.push(disc(c.x, c.y, c.size / 2));
  for (const h of marks.hubs) taken.push(disc(h.x, h.y, h.size / 2));
  for (const a of marks.aggregates) taken.push(disc(a.x, a.y, a.size / 2));

  const height = fontSize * 1.2;
  const gap = fontSize * 0.25;
  const wanted = [
    ...marks.campus.filter((c) => c.town).map((c) => ({ text: c.town, x: c.x, y: c.y, r: c.size / 2 })),
    ...marks.hubs.filter((h) => h.town).map((h) => ({ text: h.town, x: h.x, y: h.y, r: h.size / 2 })),
  ];
  const labels: TownLabel[] = [];
  for (const { text, x, y, r } of wanted) {
    const width = measure(text);
    for (const [dx, dy] of SIDES) {
      const cx = x + dx * (r + gap + width / 2);
      const cy = y + dy * (r + gap + height / 2);
      const box = { x0: cx - width / 2, y0: cy - height / 2, x1: cx + width / 2, y1: cy + height / 2 };
      if (taken.some((t) => overlaps(t, box))) continue;
      taken.push(box);
      labels.push({ text, x: cx, y: cy, width, height });
      break;
    }
  }
  return labels;
}
