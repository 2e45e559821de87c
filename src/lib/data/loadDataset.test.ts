import { describe, expect, it } from 'vitest';
import { topology } from 'topojson-server';
import { CAMPUS, PRACTICES, SECTORS } from '../testing/fixtures.ts';
import { DatasetError, loadDataset, readCampus } from './loadDataset.ts';

const square = (id: string) => ({
  type: 'Feature' as const,
  id,
  properties: { name: id },
  geometry: {
    type: 'Polygon' as const,
    coordinates: [
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 0],
      ],
    ],
  },
});
const fc = (id: string) => ({ type: 'FeatureCollection' as const, features: [square(id)] });
const TOPO = topology({
  regions: fc('11'),
  departements: fc('75'),
  academies: fc('paris'),
  frames: fc('04'),
  drom_true: fc('04'),
});

function fakeFetch(files: Record<string, unknown>) {
  return async (url: string) => {
    const name = url.slice(url.lastIndexOf('/') + 1);
    if (!(name in files)) return { ok: false, status: 404, json: async () => null };
    const body = files[name];
    return {
      ok: true,
      status: 200,
      json: async () => {
        if (body === 'garbage') throw new SyntaxError('bad');
        return body;
      },
    };
  };
}

const GOOD = {
  'campus.geojson': { type: 'FeatureCollection', features: CAMPUS },
  'practices.json': PRACTICES,
  'sectors.json': SECTORS,
  'france.topo.json': TOPO,
};

describe('loadDataset', () => {
  it('loads the four files', async () => {
    const data = await loadDataset('./data/', fakeFetch(GOOD));
    expect(data.campus).toHaveLength(CAMPUS.length);
    expect(data.practices).toHaveLength(PRACTICES.length);
    expect(data.sectors).toHaveLength(11);
    expect(data.geography.regions.features).toHaveLength(1);
  });

  it.each([
    ['a missing file', { ...GOOD, 'practices.json': undefined }, 'practices.json: HTTP 404'],
    ['invalid JSON', { ...GOOD, 'sectors.json': 'garbage' }, 'sectors.json: not valid JSON'],
    ['not an array', { ...GOOD, 'practices.json': {} }, 'practices.json: expected a JSON array'],
    [
      'not a topology',
      { ...GOOD, 'france.topo.json': { type: 'FeatureCollection' } },
      'france.topo.json: expected a TopoJSON Topology',
    ],
    [
      'not a collection',
      { ...GOOD, 'campus.geojson': [] },
      'campus.geojson: expected a GeoJSON FeatureCollection',
    ],
  ])('fails with the file and the reason on %s', async (_name, files, message) => {
    const present = Object.fromEntries(Object.entries(files).filter(([, v]) => v !== undefined));
    const error = await loadDataset('./data/', fakeFetch(present)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as DatasetError).message).toBe(message);
  });

  it('reports a network failure', async () => {
    const error = await loadDataset('./data/', () => Promise.reject(new TypeError('offline'))).catch(
      (e: unknown) => e,
    );
    expect((error as DatasetError).reason).toBe('network error');
  });
});

describe('readCampus', () => {
  it('drops features that are not Campus points and takes the id from the record', () => {
    const good = CAMPUS[0]!;
    const features = [
      { ...good, id: undefined },
      { ...good, geometry: { type: 'LineString', coordinates: [] } },
      { ...good, properties: { ...good.properties, sector: 'plomberie' } },
      { ...good, geometry: { type: 'Point', coordinates: [Number.NaN, 1] } },
      null,
    ];
    const campus = readCampus({ type: 'FeatureCollection', features });
    expect(campus.map((f) => f.id)).toEqual([good.properties.id]);
  });
});
