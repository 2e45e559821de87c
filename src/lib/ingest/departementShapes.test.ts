import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { booleanPointInPolygon, pointToPolygonDistance } from '@turf/turf';
import { DepartementShapes } from './departementShapes.ts';

type Area = Feature<Polygon | MultiPolygon>;

const topology = JSON.parse(readFileSync('data/france.topo.json', 'utf8')) as Topology;
const departements = feature(topology, topology.objects['departements'] as GeometryCollection)
  .features as Area[];
const dromTrue = feature(topology, topology.objects['drom_true'] as GeometryCollection).features as Area[];
const shapes = new DepartementShapes(departements, dromTrue);
const byCode = new Map(departements.map((f) => [String(f.id), f]));

// A fixed pseudo-random sequence, so the sample points are the same on every run.
function* points(n: number): Generator<[number, number]> {
  let seed = 42;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let i = 0; i < n; i++) yield [-5 + next() * 14, 41.3 + next() * 10];
}

describe('DepartementShapes', () => {
  it('holds the 96 metropolitan départements and the five overseas ones', () => {
    for (const code of ['01', '2A', '2B', '59', '95', '971', '972', '973', '974', '976'])
      expect(shapes.has(code)).toBe(true);
    expect(shapes.has('99')).toBe(false);
  });

  it('agrees with turf on which département holds a point, and on distances outside: within 1 % near the border, where the tolerance applies', () => {
    let checked = 0;
    for (const [lon, lat] of points(400)) {
      for (const code of ['33', '59', '2A', '67']) {
        const ours = shapes.distanceOutsideKm(code, lon, lat)!;
        const area = byCode.get(code)!;
        const inside = booleanPointInPolygon([lon, lat], area);
        expect(ours === 0, `${code} ${lon},${lat}`).toBe(inside);
        if (!inside) {
          const theirs = Math.abs(pointToPolygonDistance([lon, lat], area, { units: 'kilometers' }));
          // Far away the cos(latitude) of the point drifts from the border's; only near distances matter.
          expect(Math.abs(ours - theirs)).toBeLessThan(
            theirs < 100 ? Math.max(0.5, theirs * 0.01) : theirs * 0.05,
          );
        }
        checked++;
      }
    }
    expect(checked).toBe(1600);
  });

  it('places an interior point inside its département, for every one of them', () => {
    for (const f of departements) {
      const code = String(f.id);
      if (!shapes.has(code)) continue;
      const p = shapes.interiorPoint(code)!;
      expect(shapes.distanceOutsideKm(code, p.lon, p.lat), code).toBe(0);
    }
    const guyane = shapes.interiorPoint('973')!;
    expect(shapes.distanceOutsideKm('973', guyane.lon, guyane.lat)).toBe(0);
    expect(guyane.lon).toBeLessThan(-51);
  });

  it('answers undefined for an unknown code', () => {
    expect(shapes.distanceOutsideKm('00', 2, 47)).toBeUndefined();
    expect(shapes.interiorPoint('00')).toBeUndefined();
  });
});
