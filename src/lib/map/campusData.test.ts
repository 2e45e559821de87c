import { describe, expect, it } from 'vitest';
import { CAMPUS, makeCampus } from '../testing/fixtures.ts';
import { campusSourceData } from './campusData.ts';

describe('campusSourceData', () => {
  it('adds a copy at the true position for each DROM Campus only', () => {
    const reunion = makeCampus('reunion', { inset: true, region: '04', true_lon: 55.45, true_lat: -20.88 });
    reunion.geometry.coordinates = [-11, 44];
    const data = campusSourceData([CAMPUS[0]!, reunion]);
    expect(data.features.map((f) => [f.id, f.geometry.coordinates])).toEqual([
      [CAMPUS[0]!.id, CAMPUS[0]!.geometry.coordinates],
      ['reunion', [-11, 44]],
      ['reunion', [55.45, -20.88]],
    ]);
    expect(data.features[2]!.properties.inset).toBe(false);
  });

  it('keeps an empty selection empty', () => {
    expect(campusSourceData([]).features).toEqual([]);
  });
});
