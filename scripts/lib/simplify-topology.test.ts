import { describe, expect, it } from 'vitest';
import { topology } from 'topojson-server';
import { feature } from 'topojson-client';
import type { FeatureCollection, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { mercatorTriangleArea, protectedPoints, ringsOf, simplifyTopology } from './simplify-topology.ts';

/** A wobbly ring around (lon, lat): many tiny zig-zags that any real threshold would erase. */
function wobblyIsland(lon: number, lat: number, radius: number, points = 40): Polygon {
  const ring = Array.from({ length: points }, (_, i) => {
    const angle = (2 * Math.PI * i) / points;
    const r = radius * (1 + 0.01 * (i % 2));
    return [lon + r * Math.cos(angle), lat + r * Math.sin(angle)];
  });
  return { type: 'Polygon', coordinates: [[...ring, ring[0]!]] };
}

function collection(...polygons: Polygon[]): FeatureCollection<Polygon> {
  return {
    type: 'FeatureCollection',
    features: polygons.map((geometry, i) => ({ type: 'Feature', id: String(i), properties: {}, geometry })),
  };
}

function ringLengths(topo: Topology, name: string): number[] {
  const fc = feature(topo, topo.objects[name] as never) as unknown as FeatureCollection<Polygon>;
  return fc.features.flatMap((f) => f.geometry.coordinates.map((ring) => ring.length));
}

const HUGE_WEIGHT = 1e6;

describe('mercatorTriangleArea', () => {
  it.each([
    { lat: 0, expected: 0.5 },
    { lat: 60, expected: 0.5 * 2.0 },
  ])('weighs a unit right triangle at $lat° by its on-screen area', ({ lat, expected }) => {
    const small = 1e-3;
    const area = mercatorTriangleArea([
      [0, lat],
      [small, lat],
      [0, lat + small],
    ]);
    expect(area / small ** 2).toBeCloseTo(expected, 2);
  });
});

describe('simplifyTopology', () => {
  it('keeps a small island as a polygon even when every point is under the threshold', () => {
    const topo = topology({ islands: collection(wobblyIsland(-3.2, 47.3, 0.05)) }) as unknown as Topology;
    const result = simplifyTopology(topo, { minWeight: HUGE_WEIGHT, quantization: 1e4 });
    expect(ringLengths(result, 'islands')).toEqual([5]); // four vertices + closing position
  });

  it('keeps a ring made of two shared arcs as a polygon', () => {
    // Two half-discs sharing a diameter: each ring is two arcs (the shared edge and its own half).
    const half = (sign: 1 | -1): Polygon => {
      const arc = Array.from({ length: 21 }, (_, i) => {
        const angle = (Math.PI * i) / 20;
        return [Math.cos(angle), sign * Math.sin(angle) * (1 + 0.01 * (i % 2))];
      });
      return { type: 'Polygon', coordinates: [[...arc, [0, 0], arc[0]!]] };
    };
    const topo = topology({ halves: collection(half(1), half(-1)) }) as unknown as Topology;
    const result = simplifyTopology(topo, { minWeight: HUGE_WEIGHT, quantization: 1e4 });
    expect(ringLengths(result, 'halves')).toEqual([5, 5]);
  });

  it('simplifies big rings but keeps every point of the full-detail objects', () => {
    const topo = topology({
      coarse: collection(wobblyIsland(0, 45, 1, 400)),
      detailed: collection(wobblyIsland(10, 45, 1, 400)),
    }) as unknown as Topology;
    const result = simplifyTopology(topo, { minWeight: 1e-3, quantization: 1e6 }, ['detailed']);
    const [coarse] = ringLengths(result, 'coarse');
    expect(coarse).toBeGreaterThan(4);
    expect(coarse).toBeLessThan(100);
    expect(ringLengths(result, 'detailed')).toEqual([401]);
  });

  it('quantizes the result', () => {
    const topo = topology({ islands: collection(wobblyIsland(0, 0, 1)) }) as unknown as Topology;
    const result = simplifyTopology(topo, { minWeight: 0, quantization: 1e3 });
    expect(result.transform).toBeDefined();
    expect(result.arcs.flat(2).every(Number.isInteger)).toBe(true);
  });
});

describe('protectedPoints', () => {
  const square = (corners: number[][]) => corners.map((p, i) => [p, corners[(i + 1) % corners.length]!]);

  it('protects nothing in rings of four arcs or more', () => {
    const topo: Topology = {
      type: 'Topology',
      arcs: square([
        [0, 0, 0],
        [1, 0, 0],
        [1, 1, 0],
        [0, 1, 0],
      ]),
      objects: { square: { type: 'Polygon', arcs: [[0, 1, 2, ~3]] } },
    };
    expect(protectedPoints(topo).size).toBe(0);
    expect(ringsOf(topo.objects.square!)).toEqual([[0, 1, 2, ~3]]);
  });

  it('protects the three strongest interior points of a one-arc ring', () => {
    const weights = [Infinity, 5, 1, 9, 2, 7, Infinity];
    const topo: Topology = {
      type: 'Topology',
      arcs: [weights.map((z, i) => [i, i % 2, z])],
      objects: { island: { type: 'MultiPolygon', arcs: [[[0]]] } },
    };
    expect([...protectedPoints(topo).get(0)!].sort()).toEqual([1, 3, 5]);
  });
});
