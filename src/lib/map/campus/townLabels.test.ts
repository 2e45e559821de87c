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
