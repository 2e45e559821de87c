import { describe, expect, it } from 'vitest';
import { makeCampus } from '../../testing/fixtures.ts';
import { compositeBounds } from '../../geo/insets.ts';
import { fitMercator } from './svgProjection.ts';
import { svgMarks, zoomOfScale } from './svgMarks.ts';

const at = (id: string, lon: number, lat: number, extra = {}) => {
  const f = makeCampus(id, { true_lon: lon, true_lat: lat, ...extra });
  return f;
};

describe('svgMarks', () => {
  const fitted = fitMercator(compositeBounds(), 750, 800, 20);

  it('knows the zoom a fit amounts to', () => {
    expect(zoomOfScale(512 / 360)).toBeCloseTo(0, 9);
    expect(zoomOfScale((512 * 32) / 360)).toBeCloseTo(5, 9);
  });

  it('spreads the Campus of one town as the MapLibre map does, with spokes to the hub', () => {
    const lyon = ['a', 'b', 'c'].map((id) => at(id, 4.8357, 45.764));
    const marks = svgMarks(lyon, fitted.project, fitted.scale);
    expect(marks.campus.map((c) => c.id)).toEqual(['a', 'b', 'c']);
    expect(marks.hubs).toHaveLength(1);
    expect(marks.lines).toHaveLength(3);
    const [a, b] = marks.campus;
    expect(Math.hypot(a!.x - b!.x, a!.y - b!.y)).toBeGreaterThan(2 * marks.r);
  });

  it('draws a crowd as one pie of its sectors with its count', () => {
    const crowd = Array.from({ length: 40 }, (_, i) =>
      at(`p${i}`, 2.35 + (i % 7) * 0.01, 48.85 + Math.floor(i / 7) * 0.01, {
        sector: i < 10 ? 'energie' : 'numerique',
      }),
    );
    const marks = svgMarks(crowd, fitted.project, fitted.scale);
    expect(marks.campus).toEqual([]);
    expect(marks.aggregates).toHaveLength(1);
    expect(marks.aggregates[0]!.count).toBe(40);
    expect(marks.aggregates[0]!.slices.map((s) => s.sector)).toEqual(['numerique', 'energie']);
  });
});
