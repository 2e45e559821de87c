import { describe, expect, it } from 'vitest';
import { topology } from 'topojson-server';
import type { Feature, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { toGeography } from './geography.ts';

function square(
  id: string,
  x: number,
  y: number,
  size: number,
  properties: Record<string, string>,
): Feature<Polygon> {
  const ring = [
    [x, y],
    [x + size, y],
    [x + size, y + size],
    [x, y + size],
    [x, y],
  ];
  return { type: 'Feature', id, properties, geometry: { type: 'Polygon', coordinates: [ring] } };
}

const fc = (...features: Feature<Polygon>[]) => ({ type: 'FeatureCollection' as const, features });

const TOPO = topology({
  regions: fc(
    square('11', 2, 48, 1, { name: 'Île-de-France' }),
    square('04', -12, 42, 1, { name: 'La Réunion' }),
  ),
  departements: fc(square('75', 2, 48, 0.5, { name: 'Paris', region: '11', academie: 'paris' })),
  academies: fc(square('paris', 2, 48, 0.5, { name: 'Paris', region: '11' })),
  frames: fc(square('04', -12.2, 41.8, 1.4, { name: 'La Réunion', departement: '974' })),
  drom_true: fc(square('04', 55.2, -21.4, 0.6, { name: 'La Réunion' })),
}) as unknown as Topology;

describe('toGeography', () => {
  const geography = toGeography(TOPO, new Set(['04']));

  it('keeps codes as ids and in properties (for promoteId)', () => {
    expect(geography.regions.features.map((f) => [f.id, f.properties.code, f.properties.name])).toEqual([
      ['11', '11', 'Île-de-France'],
      ['04', '04', 'La Réunion'],
    ]);
    expect(geography.departements.features[0]!.properties).toEqual({
      code: '75',
      name: 'Paris',
      region: '11',
    });
    expect(geography.academies.features[0]!.properties.region).toBe('11');
  });

  it('labels mainland régions only, inside them', () => {
    expect(geography.regionLabels.features.map((f) => f.id)).toEqual(['11']);
    const [x, y] = geography.regionLabels.features[0]!.geometry.coordinates;
    expect(x).toBeCloseTo(2.5, 1);
    expect(y).toBeCloseTo(48.5, 1);
  });

  it('writes a région name where the pipeline stored its label point', () => {
    const regions = TOPO.objects['regions'] as unknown as { geometries: { properties: object }[] };
    const labelled = {
      ...TOPO,
      objects: {
        ...TOPO.objects,
        regions: {
          ...regions,
          geometries: regions.geometries.map((g) => ({
            ...g,
            properties: { ...g.properties, label: [2.1, 48.2] },
          })),
        },
      },
    } as unknown as Topology;
    const [label] = toGeography(labelled, new Set(['04'])).regionLabels.features;
    expect(label!.geometry.coordinates).toEqual([2.1, 48.2]);
  });

  it('puts each frame label at the corner of its frame insets.ts chooses (La Réunion: bottom-right)', () => {
    const [x, y] = geography.frameLabels.features[0]!.geometry.coordinates;
    expect(x).toBeCloseTo(-10.8, 2);
    expect(y).toBeCloseTo(41.8, 2);
  });

  it('says which object is missing', () => {
    const broken = { ...TOPO, objects: { regions: TOPO.objects['regions']! } } as Topology;
    expect(() => toGeography(broken, new Set())).toThrow(/frames/);
  });
});
