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

/** Side of the cells of the taken boxes' index, CSS pixels (about a name's height, two symbols). */
const CELL = 48;

/**
 * The boxes taken so far, indexed by the cells they cover: a name is checked against the boxes near
 * it, not against every mark and name of the frame (hundreds at 10 000 Campus, for each name).
 */
class TakenBoxes {
  private readonly cells = new Map<number, Box[]>();

  private static range(box: Box): [number, number, number, number] {
    return [
      Math.floor(box.x0 / CELL),
      Math.floor(box.y0 / CELL),
      Math.floor(box.x1 / CELL),
      Math.floor(box.y1 / CELL),
    ];
  }

  /** Cells are keyed by one number; the canvas spans far fewer than 2^20 cells each way. */
  private static key(cx: number, cy: number): number {
    return (cy + 0x80000) * 0x100000 + (cx + 0x80000);
  }

  add(box: Box): void {
    const [x0, y0, x1, y1] = TakenBoxes.range(box);
    for (let cy = y0; cy <= y1; cy++)
      for (let cx = x0; cx <= x1; cx++) {
        const key = TakenBoxes.key(cx, cy);
        const list = this.cells.get(key);
        if (list) list.push(box);
        else this.cells.set(key, [box]);
      }
  }

  overlaps(box: Box): boolean {
    const [x0, y0, x1, y1] = TakenBoxes.range(box);
    for (let cy = y0; cy <= y1; cy++)
      for (let cx = x0; cx <= x1; cx++) {
        const list = this.cells.get(TakenBoxes.key(cx, cy));
        if (list && list.some((t) => overlaps(t, box))) return true;
      }
    return false;
  }
}

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
  const taken = new TakenBoxes();
  const disc = (x: number, y: number, r: number): Box => ({ x0: x - r, y0: y - r, x1: x + r, y1: y + r });
  for (const c of marks.campus) taken.add(disc(c.x, c.y, c.size / 2));
  for (const h of marks.hubs) taken.add(disc(h.x, h.y, h.size / 2));
  for (const a of marks.aggregates) taken.add(disc(a.x, a.y, a.size / 2));

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
      if (taken.overlaps(box)) continue;
      taken.add(box);
      labels.push({ text, x: cx, y: cy, width, height });
      break;
    }
  }
  return labels;
}
