import { describe, expect, it } from 'vitest';
import { boxesBounds, pointsBounds, type Bounds } from './bounds.ts';

describe('pointsBounds', () => {
  it('is the smallest box around the points, whatever their order', () => {
    const points = [
      [2.35, 48.85],
      [-4.48, 48.39],
      [7.26, 43.7],
      [5.37, 43.3],
    ];
    expect(pointsBounds(points)).toEqual([-4.48, 43.3, 7.26, 48.85]);
    expect(pointsBounds([...points].reverse())).toEqual([-4.48, 43.3, 7.26, 48.85]);
  });

  it('is a point-sized box around one point, and ignores a third coordinate', () => {
    expect(pointsBounds([[1.87, 45.4, 300]])).toEqual([1.87, 45.4, 1.87, 45.4]);
  });

  it('grows a start box, and leaves it whole when the points are inside', () => {
    const start: Bounds = [0, 0, 10, 10];
    expect(pointsBounds([[12, -1]], start)).toEqual([0, -1, 12, 10]);
    expect(pointsBounds([[5, 5]], start)).toEqual([0, 0, 10, 10]);
    expect(start).toEqual([0, 0, 10, 10]);
  });

  it('is the inside-out box for no point (so a caller can tell)', () => {
    expect(pointsBounds([])).toEqual([Infinity, Infinity, -Infinity, -Infinity]);
  });

  it('reads any iterable once (a generator)', () => {
    function* walk() {
      yield [1, 2];
      yield [-1, 3];
    }
    expect(pointsBounds(walk())).toEqual([-1, 2, 1, 3]);
  });
});

describe('boxesBounds', () => {
  it('is the smallest box around the boxes', () => {
    expect(
      boxesBounds([
        [0, 0, 1, 1],
        [-2, 0.5, 0.5, 3],
        [0.2, -1, 4, 0.1],
      ]),
    ).toEqual([-2, -1, 4, 3]);
  });

  it('grows a start box', () => {
    expect(boxesBounds([[5, 5, 6, 6]], [0, 0, 1, 1])).toEqual([0, 0, 6, 6]);
  });
});
