import { describe, expect, it } from 'vitest';
import { compositeBounds } from '../../geo/insets.ts';
import { fitMercator } from './svgProjection.ts';

describe('fitMercator', () => {
  it.each([
    [800, 600],
    [390, 700],
    [1920, 1080],
  ])('fits France and its insets into %d × %d', (width, height) => {
    const bounds = compositeBounds();
    const { project } = fitMercator(bounds, width, height, 10);
    const [west, south, east, north] = bounds;
    const [x0, y0] = project([west, north]);
    const [x1, y1] = project([east, south]);
    expect(Math.min(x0, y0)).toBeGreaterThanOrEqual(9.99);
    expect(x1).toBeLessThanOrEqual(width - 9.99);
    expect(y1).toBeLessThanOrEqual(height - 9.99);
    // One side touches the padding: the fit is as large as it can be.
    expect(Math.min(x0 - 10, y0 - 10, width - 10 - x1, height - 10 - y1)).toBeCloseTo(0, 6);
  });

  it('keeps north up and east right', () => {
    const { project } = fitMercator([-5, 41, 10, 51], 500, 500);
    const paris = project([2.35, 48.86]);
    const marseille = project([5.37, 43.3]);
    expect(marseille[1]).toBeGreaterThan(paris[1]);
    expect(marseille[0]).toBeGreaterThan(paris[0]);
  });

  it('draws a polygon as an SVG path inside the box', () => {
    const { path } = fitMercator([0, 40, 10, 50], 100, 100, 0);
    const square = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [0, 40],
          [10, 40],
          [10, 50],
          [0, 50],
          [0, 40],
        ],
      ],
    };
    expect(path(square)).toMatch(/^M[\d.,]+L/);
    const [[x0, y0], [x1, y1]] = path.bounds(square);
    // Taller than wide in Mercator at these latitudes: full height, centred horizontally.
    expect([y0, y1]).toEqual([0, 100]);
    expect(x0).toBeCloseTo(100 - x1, 9);
    expect(x0).toBeGreaterThan(0);
  });

  it('keeps each side of an uneven padding free, centring the box in what is left', () => {
    const { project } = fitMercator([0, 0, 10, 10], 300, 200, { top: 40, right: 20, bottom: 10, left: 60 });
    const [left, top] = project([0, 10]);
    const [right, bottom] = project([10, 0]);
    // 150 px of height are free, 220 of width: the height decides, the width is centred.
    expect(top).toBeCloseTo(40, 6);
    expect(bottom).toBeCloseTo(190, 6);
    expect((left + right) / 2).toBeCloseTo(60 + 220 / 2, 6);
  });
});
