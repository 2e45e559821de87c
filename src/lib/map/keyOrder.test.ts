import { describe, expect, it } from 'vitest';
import { nextIndex, readingOrder } from './keyOrder.ts';

describe('readingOrder', () => {
  it('reads rows top to bottom, each left to right', () => {
    const points = [
      { id: 'se', x: 300, y: 310 },
      { id: 'n', x: 150, y: 20 },
      { id: 'w', x: 10, y: 150 },
      { id: 'e', x: 290, y: 160 },
      { id: 'sw', x: 20, y: 300 },
    ];
    expect(readingOrder(points).map((p) => p.id)).toEqual(['n', 'w', 'e', 'sw', 'se']);
  });
});

describe('nextIndex', () => {
  it('moves by one with the arrows, to the ends with Home and End, and stops at the ends', () => {
    expect(nextIndex('ArrowRight', 2, 5)).toBe(3);
    expect(nextIndex('ArrowDown', 4, 5)).toBe(4);
    expect(nextIndex('ArrowLeft', 0, 5)).toBe(0);
    expect(nextIndex('Home', 3, 5)).toBe(0);
    expect(nextIndex('End', 0, 5)).toBe(4);
    expect(nextIndex('Enter', 0, 5)).toBeUndefined();
    expect(nextIndex('ArrowRight', 0, 0)).toBeUndefined();
  });
});
