import { describe, expect, it } from 'vitest';
import { campusToGeojson } from './campusGeojson.ts';
import { makeCampus } from '../testing/fixtures.ts';

describe('campusToGeojson', () => {
  it('exports exactly the given Campus at their true position', () => {
    const reunion = makeCampus('r', { region: '04', inset: true, true_lon: 55.45, true_lat: -20.88 });
    reunion.geometry.coordinates = [-11, 44]; // drawn in the inset
    const parsed = JSON.parse(campusToGeojson([makeCampus('a'), reunion]));
    expect(parsed.features.map((f: { id: string }) => f.id)).toEqual(['a', 'r']);
    expect(parsed.features[1].geometry.coordinates).toEqual([55.45, -20.88]);
    expect(Object.keys(parsed.features[1].properties)).not.toContain('inset');
    expect(parsed.features[1].properties.region).toBe('04');
  });
});
