import { describe, expect, it } from 'vitest';
import type { DrawnCampus, ScreenMarks } from './markScreen.ts';
import { placeTownLabels } from './townLabels.ts';

const campus = (id: string, x: number, y: number, town = id): DrawnCampus => ({
  id,
  x,
  y,
  size: 24,
  faded: false,
  sector: 'energie',
  status: 'labellise',
  approximate: false,
  halo: null,
  town,
});
const marks = (...campusMarks: DrawnCampus[]): ScreenMarks => ({
  leaders: [],
  hubs: [],
  aggregates: [],
  campus: campusMarks,
  scale: 1,
});
const measure = (text: string) => text.length * 6;

describe('placeTownLabels', () => {
  it('puts a town name under its Campus', () => {
    const [label] = placeTownLabels(marks(campus('Nice', 100, 100)), 11.5, measure);
    expect(label).toMatchObject({ text: 'Nice', x: 100 });
    expect(label!.y).toBeGreaterThan(100 + 12);
  });

  it('moves a name above its Campus when another Campus sits below', () => {
    const labels = placeTownLabels(
      marks(campus('Nice', 100, 100), campus('Cannes', 100, 130, '')),
      11.5,
      measure,
    );
    expect(labels).toHaveLength(1);
    expect(labels[0]!.y).toBeLessThan(100 - 12);
  });

  it('never lets two names or a name and a symbol overlap', () => {
    const crowd = Array.from({ length: 12 }, (_, i) =>
      campus(`Town${i}`, 100 + (i % 4) * 30, 100 + Math.floor(i / 4) * 30),
    );
    const labels = placeTownLabels(marks(...crowd), 11.5, measure);
    const boxes = labels.map((l) => [
      l.x - l.width / 2,
      l.y - l.height / 2,
      l.x + l.width / 2,
      l.y + l.height / 2,
    ]);
    const symbols = crowd.map((c) => [c.x - 12, c.y - 12, c.x + 12, c.y + 12]);
    const overlap = (a: number[], b: number[]) =>
      a[0]! < b[2]! && b[0]! < a[2]! && a[1]! < b[3]! && b[1]! < a[3]!;
    boxes.forEach((a, i) => {
      boxes.forEach((b, j) => i !== j && expect(overlap(a, b)).toBe(false));
      symbols.forEach((s) => expect(overlap(a, s)).toBe(false));
    });
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.length).toBeLessThan(12);
  });
});

describe('placeTownLabels on a crowded view', () => {
  /** The rule written plainly: every name checked against every box taken before it. */
  function reference(m: ScreenMarks, fontSize: number, measure: (t: string) => number) {
    type Box = { x0: number; y0: number; x1: number; y1: number };
    const hit = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
    const disc = (x: number, y: number, r: number): Box => ({ x0: x - r, y0: y - r, x1: x + r, y1: y + r });
    const taken: Box[] = m.campus.map((c) => disc(c.x, c.y, c.size / 2));
    const out: { text: string; x: number; y: number }[] = [];
    const height = fontSize * 1.2;
    const gap = fontSize * 0.25;
    for (const c of m.campus.filter((c) => c.town)) {
      const width = measure(c.town);
      for (const [dx, dy] of [
        [0, 1],
        [0, -1],
        [1, 0],
        [-1, 0],
      ] as const) {
        const cx = c.x + dx * (c.size / 2 + gap + width / 2);
        const cy = c.y + dy * (c.size / 2 + gap + height / 2);
        const box = { x0: cx - width / 2, y0: cy - height / 2, x1: cx + width / 2, y1: cy + height / 2 };
        if (taken.some((t) => hit(t, box))) continue;
        taken.push(box);
        out.push({ text: c.town, x: cx, y: cy });
        break;
      }
    }
    return out;
  }

  it('gives the names the same places as checking every box, off the canvas’s edges too', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const many = Array.from({ length: 600 }, (_, i) =>
      campus(`c${i}`, random() * 900 - 60, random() * 700 - 60, `Ville ${'x'.repeat(i % 9)}${i}`),
    );
    const labels = placeTownLabels(marks(...many), 11.5, measure);
    expect(labels.length).toBeGreaterThan(50);
    expect(labels.length).toBeLessThan(many.length);
    expect(labels.map(({ text, x, y }) => ({ text, x, y }))).toEqual(
      reference(marks(...many), 11.5, measure),
    );
  });
});
