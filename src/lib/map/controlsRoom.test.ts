import { describe, expect, it } from 'vitest';
import { controlRoom } from './controlsRoom.ts';

const map = { left: 0, top: 100, right: 390, bottom: 760 };
const box = (left: number, top: number, width: number, height: number) => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});

describe('controlRoom', () => {
  it('covers a wide button with squares as tall as it, the last flush with its end', () => {
    // « France entière » at the top left of a phone's map: 122 × 30, grown by 4 on each side.
    expect(controlRoom([box(10, 110, 122, 30)], map)).toEqual([
      { x: 25, y: 25, side: 38 },
      { x: 63, y: 25, side: 38 },
      { x: 101, y: 25, side: 38 },
      { x: 117, y: 25, side: 38 },
    ]);
  });

  it('covers a tall button (the zoom buttons) down its length', () => {
    expect(controlRoom([box(350, 110, 30, 60)], map, 0)).toEqual([
      { x: 365, y: 25, side: 30 },
      { x: 365, y: 55, side: 30 },
    ]);
  });

  it('covers exactly the box, whatever its shape', () => {
    for (const [w, h] of [
      [122, 30],
      [30, 30],
      [95, 31],
      [29, 58],
    ] as const) {
      const squares = controlRoom([box(20, 120, w, h)], map, 0);
      const left = Math.min(...squares.map((s) => s.x - s.side / 2));
      const right = Math.max(...squares.map((s) => s.x + s.side / 2));
      const top = Math.min(...squares.map((s) => s.y - s.side / 2));
      const bottom = Math.max(...squares.map((s) => s.y + s.side / 2));
      expect([left, top, right, bottom]).toEqual([20, 20, 20 + w, 20 + h]);
    }
  });

  it('clips a button to the map and leaves out one outside it', () => {
    // 40 × 40 reaching 20 px past the left and 10 px past the top: 20 × 30 left.
    expect(controlRoom([box(-20, 90, 40, 40)], map, 0)).toEqual([
      { x: 10, y: 10, side: 20 },
      { x: 10, y: 20, side: 20 },
    ]);
    expect(controlRoom([box(10, 10, 100, 30)], map)).toEqual([]);
  });
});
