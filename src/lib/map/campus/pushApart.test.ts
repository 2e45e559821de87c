import { describe, expect, it } from 'vitest';
import { pushApart, type PushedMark } from './pushApart.ts';

const disc = (px: number, py: number, r = 10, mass = 1): PushedMark => ({ px, py, r, mass });
const gapBetween = (a: PushedMark, b: PushedMark) => Math.hypot(a.px - b.px, a.py - b.py) - a.r - b.r;

describe('pushApart', () => {
  it('leaves marks that do not overlap where they are', () => {
    const marks = [disc(0, 0), disc(30, 0), disc(0, 30)];
    pushApart(marks, 4);
    expect(marks.map((m) => [m.px, m.py])).toEqual([
      [0, 0],
      [30, 0],
      [0, 30],
    ]);
  });

  it('moves two overlapping marks apart along their line, each by half, to the gap', () => {
    const [a, b] = [disc(0, 0), disc(10, 0)];
    pushApart([a, b], 4);
    expect(gapBetween(a, b)).toBeGreaterThanOrEqual(4);
    expect(gapBetween(a, b)).toBeLessThan(4.1);
    expect([a.py, b.py]).toEqual([0, 0]);
    expect(a.px + b.px).toBeCloseTo(10, 9);
  });

  it('moves a heavier mark less (an aggregate of mass 4 against a Campus of 1)', () => {
    const [heavy, light] = [disc(0, 0, 10, 4), disc(10, 0)];
    pushApart([heavy, light], 4);
    expect(Math.abs(heavy.px)).toBeCloseTo(Math.abs(light.px - 10) / 4, 6);
  });

  it('parts two marks at the very same spot, the same way each time', () => {
    const run = () => {
      const marks = [disc(50, 50), disc(50, 50)];
      pushApart(marks, 4);
      return marks;
    };
    const [a, b] = run();
    expect(gapBetween(a!, b!)).toBeGreaterThanOrEqual(4);
    expect(run()).toEqual([a, b]);
  });

  it('clears a tight cluster completely', () => {
    const marks = Array.from({ length: 12 }, (_, i) => disc(100 + (i % 4) * 3, 100 + Math.floor(i / 4) * 3));
    pushApart(marks, 2);
    for (let i = 0; i < marks.length; i++)
      for (let j = i + 1; j < marks.length; j++)
        expect(gapBetween(marks[i]!, marks[j]!)).toBeGreaterThan(1.99);
  });
});
