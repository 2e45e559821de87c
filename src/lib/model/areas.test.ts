import { describe, expect, it } from 'vitest';
import { CAMPUS } from '../testing/fixtures.ts';
import { AREA_LEVELS, areaOf } from './areas.ts';

describe('areaOf', () => {
  it('reads the area code of a Campus at each level', () => {
    const cherbourg = CAMPUS[1]!;
    expect(areaOf(cherbourg, 'region')).toBe('28');
    expect(areaOf(cherbourg, 'academie')).toBe('normandie');
  });

  it('has the two levels, région first', () => {
    expect(AREA_LEVELS).toEqual(['region', 'academie']);
  });
});
