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
  // In reading order: n, w, e, sw, se.
  const points = readingOrder([
    { id: 'n', x: 150, y: 20 },
    { id: 'w', x: 10, y: 150 },
    { id: 'e', x: 290, y: 160 },
    { id: 'sw', x: 20, y: 300 },
    { id: 'se', x: 300, y: 310 },
  ]);
  const id = (index: number | undefined) => (index === undefined ? undefined : points[index]!.id);

  it.each([
    // The arrows go the way they point on screen, not to the next in the list.
    ['ArrowRight', 'w', 'e'],
    ['ArrowDown', 'w', 'sw'],
    ['ArrowDown', 'n', 'e'],
    ['ArrowUp', 'se', 'e'],
    ['ArrowLeft', 'se', 'sw'],
    ['ArrowRight', 'e', 'e'],
    ['ArrowUp', 'n', 'n'],
    // Home and End: the ends of the list.
    ['Home', 'e', 'n'],
    ['End', 'n', 'se'],
    ['Enter', 'n', undefined],
  ])('%s from %s → %s', (key, from, to) => {
    expect(
      id(
        nextIndex(
          key,
          points.findIndex((p) => p.id === from),
          points,
        ),
      ),
    ).toBe(to);
  });

  it('has nowhere to go among no points', () => {
    expect(nextIndex('ArrowRight', 0, [])).toBeUndefined();
    expect(nextIndex('Home', 0, [])).toBeUndefined();
  });
});
