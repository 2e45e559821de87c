import { describe, expect, it } from 'vitest';
import { makeCampus } from '../../testing/fixtures.ts';
import { drawnBySvg, markOfCampus, placeInputs, roomFeatures } from './campusMarks.ts';
import { placeCampus } from './placement.ts';
import { MAX_SPREAD } from './ringSpread.ts';

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

describe('roomFeatures', () => {
  it('gives each mark its room: a Campus one symbol on its ring, a ring or an aggregate its side', () => {
    const crowd = Array.from({ length: MAX_SPREAD + 3 }, (_, i) => one(`p${i}`, 2.35 + i * 1e-4, 48.85));
    const placement = placeCampus(placeInputs([lyon('b'), lyon('a'), lyon('c'), ...crowd]), 5, () => 1);
    const { features } = roomFeatures(placement);
    const ks = features.map((f) => f.properties!['k'] as number);
    // One hub (3 Lyon Campus), one aggregate (the crowd), three Campus on their ring.
    expect(features).toHaveLength(1 + 1 + 3);
    expect(ks.slice(2)).toEqual([1, 1, 1]);
    expect(ks[0]).toBeGreaterThan(1);
    expect(ks[1]).toBeCloseTo((2 * 17 + 4) / 24, 2);
    expect(new Set(features.slice(2).map((f) => JSON.stringify(f.properties!['offset']))).size).toBe(3);
  });

  it('takes the room of the symbols as drawn: shrunk by the placement’s factor', () => {
    const placement = placeCampus(
      placeInputs([lyon('a'), lyon('b'), one('brest', -4.49, 48.39)]),
      5,
      () => 1,
    );
    const full = roomFeatures(placement).features.map((f) => f.properties!['k'] as number);
    const shrunk = roomFeatures({ ...placement, symbolFactor: 0.75 }).features.map(
      (f) => f.properties!['k'] as number,
    );
    shrunk.forEach((k, i) => expect(k).toBeCloseTo(full[i]! * 0.75, 2));
  });
});

describe('drawnBySvg', () => {
  it('leaves out only the copies of DROM Campus at their true place', () => {
    const reunion = makeCampus('reunion', { inset: true, region: '04', true_lon: 55.45, true_lat: -20.88 });
    expect(placeInputs([reunion, lyon('a')]).map((i) => [i.key, drawnBySvg(i)])).toEqual([
      ['reunion', true],
      ['reunion@true', false],
      ['a', true],
    ]);
  });
});

describe('markOfCampus', () => {
  it('finds each Campus by id, a DROM Campus by its inset copy', () => {
    const reunion = makeCampus('reunion', { inset: true, region: '04', true_lon: 55.45, true_lat: -20.88 });
    reunion.geometry.coordinates = [-3, 45];
    const placement = placeCampus(placeInputs([reunion, lyon('a')]), 5, () => 1);
    const marks = markOfCampus(placement);
    expect([...marks.keys()].sort()).toEqual(['a', 'reunion']);
    expect(marks.get('reunion')!.input.key).toBe('reunion');
  });
});
