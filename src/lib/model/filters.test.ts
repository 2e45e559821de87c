import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, isEmptyFilters, toggleSector, type Filters } from './filters.ts';

const with_ = (over: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...over });

describe('isEmptyFilters', () => {
  it('is true for no filter, and for a query of blanks only', () => {
    expect(isEmptyFilters(EMPTY_FILTERS)).toBe(true);
    expect(isEmptyFilters(with_({ query: '  \t ' }))).toBe(true);
  });

  it.each<[string, Partial<Filters>]>([
    ['a sector group', { sectors: ['energie'] }],
    ['a région', { region: '28' }],
    ['an académie', { academie: 'normandie' }],
    ['a chapter', { chapter: '5' }],
    ['a status', { status: 'projet' }],
    ['a search', { query: 'bois' }],
  ])('is false with %s chosen', (_name, over) => {
    expect(isEmptyFilters(with_(over))).toBe(false);
  });

  it('cannot be changed in place', () => {
    expect(Object.isFrozen(EMPTY_FILTERS)).toBe(true);
  });
});

describe('toggleSector', () => {
  it('adds a group, keeping the groups’ canonical order whatever the order of the clicks', () => {
    expect(toggleSector([], 'energie')).toEqual(['energie']);
    expect(toggleSector(['energie'], 'agroalimentaire')).toEqual(['agroalimentaire', 'energie']);
    expect(toggleSector(['tourisme', 'agroalimentaire'], 'mobilite')).toEqual([
      'agroalimentaire',
      'mobilite',
      'tourisme',
    ]);
  });

  it('removes a group already chosen, and leaves its input alone', () => {
    const chosen = ['agroalimentaire', 'energie'] as const;
    expect(toggleSector(chosen, 'agroalimentaire')).toEqual(['energie']);
    expect(toggleSector(['energie'], 'energie')).toEqual([]);
    expect(chosen).toEqual(['agroalimentaire', 'energie']);
  });
});
