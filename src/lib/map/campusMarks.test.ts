import { describe, expect, it } from 'vitest';
import { makeCampus } from '../testing/fixtures.ts';
import { aggregateMembers, markFeatures, placeInputs } from './campusMarks.ts';
import { MAX_SPREAD, placeCampus } from './placement.ts';

const lyon = (id: string) =>
  makeCampus(id, { town: 'Lyon', true_lon: 4.8357, true_lat: 45.764, sector: 'creation-design' });
const one = (id: string, lon: number, lat: number, extra = {}) =>
  makeCampus(id, { town: id, true_lon: lon, true_lat: lat, ...extra });

describe('placeInputs', () => {
  it('places a DROM Campus twice: in its inset and at its true place, under the same id', () => {
    const reunion = makeCampus('reunion', { inset: true, region: '04', true_lon: 55.45, true_lat: -20.88 });
    reunion.geometry.coordinates = [-3, 45];
    const inputs = placeInputs([reunion]);
    expect(inputs.map((i) => [i.key, i.id])).toEqual([
      ['reunion', 'reunion'],
      ['reunion@true', 'reunion'],
    ]);
    expect(inputs[1]!.y).toBeGreaterThan(0.5); // south of the equator
  });
});

describe('markFeatures', () => {
  it('draws the Campus of one town on a ring with a hub that names the town', () => {
    const placement = placeCampus(placeInputs([lyon('b'), lyon('a'), lyon('c')]), 6, () => 1);
    const { features } = markFeatures(placement, 1);
    const hubs = features.filter((f) => f.properties!['kind'] === 'hub');
    expect(
      hubs.map((f) => [
        f.properties!['id'],
        f.properties!['n'],
        f.properties!['image'],
        f.properties!['town'],
      ]),
    ).toEqual([['@hub-0', 3, 'spread-3', 'Lyon']]);
    const campus = features.filter((f) => f.properties!['kind'] === 'campus');
    expect(campus.map((f) => f.properties!['id'])).toEqual(['a', 'b', 'c']);
    // All anchored at the hub, each with its own offset; the hub names the town, not its members.
    expect(new Set(campus.map((f) => JSON.stringify(f.geometry.coordinates))).size).toBe(1);
    expect(new Set(campus.map((f) => JSON.stringify(f.properties!['offset']))).size).toBe(3);
    expect(campus.every((f) => f.properties!['town'] === '')).toBe(true);
  });

  it('lets a Campus alone name its own town and carry its approximate flag', () => {
    const placement = placeCampus(
      placeInputs([one('Rochefort', -0.96, 45.94, { approximate: true }), one('Nice', 7.26, 43.7)]),
      6,
      () => 1,
    );
    const byId = new Map(
      markFeatures(placement, 1).features.map((f) => [f.properties!['id'], f.properties!]),
    );
    expect(byId.get('Rochefort')).toMatchObject({
      kind: 'campus',
      town: 'Rochefort',
      approximate: true,
      offset: [0, 0],
    });
    expect(byId.get('Nice')).toMatchObject({ town: 'Nice', approximate: false });
  });

  it('gives an aggregate its count and a composition image, and finds its members back', () => {
    const crowd = Array.from({ length: MAX_SPREAD + 3 }, (_, i) =>
      one(`p${i}`, 2.35 + i * 1e-4, 48.85, { sector: i < 3 ? 'energie' : 'numerique' }),
    );
    const placement = placeCampus(placeInputs(crowd), 5, () => 1);
    const [aggregate] = markFeatures(placement, 1).features.filter(
      (f) => f.properties!['kind'] === 'aggregate',
    );
    expect(aggregate!.properties).toMatchObject({ id: '@aggregate-0', count: MAX_SPREAD + 3 });
    // 3 of 13 in energie, 10 in numerique: 6 and 18 twenty-fourths, in the sectors' order.
    expect(aggregate!.properties!['image']).toBe('aggregate-17-0.0.0.0.0.0.18.0.0.0.6');
    expect(
      aggregateMembers(placement, '@aggregate-0')
        .map((m) => m.id)
        .sort(),
    ).toHaveLength(MAX_SPREAD + 3);
    expect(aggregateMembers(placement, 'p1')).toEqual([]);
  });
});
