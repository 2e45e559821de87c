import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../model/filters.ts';
import { embedOptionsFromSearch } from './embedOptions.ts';
import { LockedAppState, lockFilters } from './lockedAppState.ts';

function locked(search: string) {
  const options = embedOptionsFromSearch(search);
  return new LockedAppState(options.state, options.lock);
}

describe('lockFilters', () => {
  it.each([
    [null, { region: '84', academie: null }],
    [{ level: 'region', code: '75' } as const, { region: '75', academie: null }],
    [{ level: 'academie', code: 'lyon' } as const, { region: null, academie: 'lyon' }],
  ])('imposes %j', (lock, expected) => {
    const filters = lockFilters({ ...EMPTY_FILTERS, region: '84' }, lock);
    expect({ region: filters.region, academie: filters.academie }).toEqual(expected);
  });
});

describe('LockedAppState', () => {
  it('starts filtered to the locked région with the preset sectors', () => {
    const app = locked('?region=75&sectors=energie');
    expect(app.filters).toMatchObject({ region: '75', academie: null, sectors: ['energie'] });
  });

  it('keeps the lock through every filter change', () => {
    const app = locked('?region=75');
    app.setFilters({ region: null, query: 'bois' });
    expect(app.filters).toMatchObject({ region: '75', query: 'bois' });
    app.selectArea('region', '84');
    app.selectArea('academie', 'lyon');
    expect(app.filters).toMatchObject({ region: '75', academie: null });
    app.toggleSector('tourisme');
    app.reset();
    expect(app.filters).toEqual({ ...EMPTY_FILTERS, region: '75' });
    app.apply({ ...app.toUrlState(), filters: EMPTY_FILTERS });
    expect(app.filters.region).toBe('75');
  });

  it('locks an académie', () => {
    const app = locked('?academie=grenoble');
    app.selectArea('region', '84');
    expect(app.filters).toMatchObject({ region: null, academie: 'grenoble' });
  });

  it('behaves as the app state without a lock', () => {
    const app = locked('?sectors=energie');
    app.selectArea('region', '84');
    expect(app.filters.region).toBe('84');
    app.reset();
    expect(app.filters).toEqual(EMPTY_FILTERS);
  });
});
