import { describe, expect, it } from 'vitest';
import { topology } from 'topojson-server';
import type { FeatureCollection, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { labelPoint, withLabelPoints } from './label-points.ts';

describe('labelPoint', () => {
  it('falls inside a concave shape (a U) rather than at its centroid', () => {
    const u: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [3, 0],
          [3, 3],
          [2, 3],
          [2, 1],
          [1, 1],
          [1, 3],
          [0, 3],
          [0, 0],
        ],
      ],
    };
    const [x, y] = labelPoint(u);
    const insideU = y <= 1 || x <= 1 || x >= 2;
    expect(insideU).toBe(true);
  });

  it('uses the largest polygon of a multipolygon', () => {
    const [x] = labelPoint({
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [10, 0],
            [10.1, 0],
            [10.1, 0.1],
            [10, 0.1],
            [10, 0],
          ],
        ],
        [
          [
            [0, 0],
            [2, 0],
            [2, 2],
            [0, 2],
            [0, 0],
          ],
        ],
      ],
    });
    expect(x).toBeCloseTo(1, 1);
  });
});

describe('withLabelPoints', () => {
  it('writes a label point inside each area of the object, and leaves the others alone', () => {
    const square = (x: number): Polygon => ({
      type: 'Polygon',
      coordinates: [
        [
          [x, 0],
          [x + 2, 0],
          [x + 2, 2],
          [x, 2],
          [x, 0],
        ],
      ],
    });
    const regions: FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', id: 'a', properties: { name: 'A' }, geometry: square(0) },
        { type: 'Feature', id: 'b', properties: { name: 'B' }, geometry: square(10) },
      ],
    };
    const frames: FeatureCollection = { type: 'FeatureCollection', features: [] };
    const topo = topology({ regions, frames }) as unknown as Topology;
    const labelled = withLabelPoints(topo, 'regions');
    const object = labelled.objects['regions'] as unknown as { geometries: { properties: object }[] };
    expect(object.geometries.map((g) => g.properties)).toEqual([
      { name: 'A', label: [1, 1] },
      { name: 'B', label: [11, 1] },
    ]);
    expect(labelled.objects['frames']).toBe(topo.objects['frames']);
  });

  it('names a missing object', () => {
    expect(() => withLabelPoints(topology({}) as unknown as Topology, 'regions')).toThrow(/« regions »/);
  });
});
