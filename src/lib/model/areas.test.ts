import { describe, expect, it } from 'vitest';
import { CAMPUS, makeCampus } from '../testing/fixtures.ts';
import { AREA_LEVELS, areaOf } from './areas.ts';

describe('areaOf', () => {
  it('reads the area code of a Campus at each level', () => {
    const cherbourg = CAMPUS[1]!;
    expect(areaOf(cherbourg, 'region')).toBe('28');
    expect(areaOf(cherbourg, 'academie')).toBe('normandie');
  });

  it('reads the académie of the 2020 map, not the one before the merger', () => {
    // Caen's old académie became Normandie's in 2020: the counts and filters use the 2020 map.
    const caen = makeCampus('caen', { region: '28', academie: 'caen', academie_2020: 'normandie' });
    expect(areaOf(caen, 'academie')).toBe('normandie');
  });

  it('gives each level its own code, for every level the display options offer', () => {
    const campus = makeCampus('x', { region: '84', academie_2020: 'lyon' });
    expect(AREA_LEVELS.map((level) => areaOf(campus, level))).toEqual(['84', 'lyon']);
  });
});
