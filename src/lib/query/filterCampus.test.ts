import { describe, expect, it } from 'vitest';
import { CAMPUS, PRACTICES } from '../testing/fixtures.ts';
import { EMPTY_FILTERS, type Filters } from '../model/filters.ts';
import { filterCampus } from './filterCampus.ts';
import { buildSearchIndex, searchIds } from './searchIndex.ts';

const index = buildSearchIndex(CAMPUS, PRACTICES);
const ids = (filters: Partial<Filters>) =>
  filterCampus(CAMPUS, { ...EMPTY_FILTERS, ...filters }, index.campus).map((f) => f.id);

describe('filterCampus', () => {
  it.each<[string, Partial<Filters>, string[]]>([
    ['no filter', {}, ['nimes', 'cherbourg', 'reunion', 'rouen']],
    ['one sector', { sectors: ['energie'] }, ['cherbourg']],
    ['two sectors', { sectors: ['batiment', 'tourisme'] }, ['nimes', 'reunion']],
    ['région by INSEE code', { region: '28' }, ['cherbourg', 'rouen']],
    ['overseas région', { region: '04' }, ['reunion']],
    [
      'académie on the 2020 map (Caen and Rouen are Normandie)',
      { academie: 'normandie' },
      ['cherbourg', 'rouen'],
    ],
    ['status', { status: 'projet' }, ['cherbourg']],
    ['chapter', { chapter: '5' }, ['cherbourg']],
    ['text, accents ignored', { query: 'energie' }, ['nimes', 'cherbourg']],
    ['text in a town', { query: 'saint denis' }, ['reunion']],
    ['text in a partner', { query: 'ORANO' }, ['cherbourg']],
    ['text in a lead', { query: 'siegfried' }, ['rouen']],
    ['text in a practice title', { query: 'éolienne' }, ['nimes']],
    ['filters combine', { region: '28', sectors: ['energie'] }, ['cherbourg']],
    ['nothing left', { region: '28', sectors: ['tourisme'] }, []],
    ['unknown région', { region: '99' }, []],
  ])('%s', (_name, filters, expected) => {
    expect(ids(filters)).toEqual(expected);
  });

  it('does not mutate its input', () => {
    const before = CAMPUS.map((f) => f.id);
    filterCampus(CAMPUS, { ...EMPTY_FILTERS, sectors: ['energie'] }, index.campus);
    expect(CAMPUS.map((f) => f.id)).toEqual(before);
  });
});

describe('searchIds', () => {
  it.each([
    ['', ['p1', 'p2', 'p3', 'p4']],
    ['REFERENT', ['p3']],
    ['une', ['p1', 'p4']],
    ['introuvable', []],
  ])('practices matching %j', (query, expected) => {
    expect(searchIds(index.practices, query)).toEqual(expected);
  });
});
