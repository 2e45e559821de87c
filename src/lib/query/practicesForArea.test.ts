import { describe, expect, it } from 'vitest';
import { makePractice } from '../testing/fixtures.ts';
import {
  campusInArea,
  practiceAcademies,
  practiceRegions,
  practicesForArea,
  practicesOfArea,
  splitCodes,
} from './practicesForArea.ts';

const PRACTICES = [
  makePractice('campus-level', { level: 'campus', campus: ['x'], region: '84', academie: 'lyon' }),
  makePractice('grenoble', { level: 'academie', academie: 'grenoble', region: '84' }),
  makePractice('caen', { level: 'academie', academie: 'caen', region: '28' }),
  makePractice('naq', { level: 'region', region: '75' }),
  makePractice('two-regions', { level: 'region', region: '84|28' }),
  makePractice('national', { level: 'national' }),
];

const ids = (area: { region: string | null; academie: string | null }) =>
  practicesForArea(PRACTICES, area).map((p) => p.id);

describe('practicesForArea', () => {
  it.each([
    ['a région: its own and its académies’', { region: '84', academie: null }, ['grenoble', 'two-regions']],
    ['a région holding a former académie', { region: '28', academie: null }, ['caen', 'two-regions']],
    ['a région with one practice', { region: '75', academie: null }, ['naq']],
    [
      'an académie: its own and its région’s',
      { region: null, academie: 'grenoble' },
      ['grenoble', 'two-regions'],
    ],
    ['another académie of the same région', { region: null, academie: 'lyon' }, ['two-regions']],
    ['Normandie takes in Caen', { region: null, academie: 'normandie' }, ['caen', 'two-regions']],
    ['no area', { region: null, academie: null }, []],
    ['an unknown région', { region: '99', academie: null }, []],
  ])('%s', (_name, area, expected) => {
    expect(ids(area)).toEqual(expected);
  });

  it('gives a practice of académies in two régions to each région, and nothing to an unknown académie', () => {
    const shared = [makePractice('two', { level: 'academie', academie: 'grenoble|bordeaux', region: '' })];
    expect(practicesForArea(shared, { region: '84', academie: null }).map((p) => p.id)).toEqual(['two']);
    expect(practicesForArea(shared, { region: '75', academie: null }).map((p) => p.id)).toEqual(['two']);
    expect(practicesForArea(shared, { region: '28', academie: null })).toEqual([]);
    expect(practicesForArea(PRACTICES, { region: null, academie: 'atlantide' })).toEqual([]);
  });
});

describe('code lists', () => {
  it.each([
    ['', []],
    ['84', ['84']],
    ['84|28', ['84', '28']],
    [' 84 | | 28 ', ['84', '28']],
  ])('splitCodes(%j)', (value, expected) => {
    expect(splitCodes(value)).toEqual(expected);
  });

  it('reads régions and maps académies onto the 2020 map', () => {
    expect(practiceRegions(makePractice('a', { region: '84|28' }))).toEqual(['84', '28']);
    expect(practiceAcademies(makePractice('a', { academie: 'caen|rouen|nowhere' }))).toEqual(['normandie']);
  });
});

describe('practicesOfArea', () => {
  const campusById = new Map([
    ['x', { properties: { region: '84', academie_2020: 'lyon' } }],
    ['y', { properties: { region: '28', academie_2020: 'normandie' } }],
  ]);
  const practices = [
    ...PRACTICES,
    makePractice('of-y', { level: 'campus', campus: ['y'], region: '28', academie: 'caen' }),
    makePractice('of-unknown', { level: 'campus', campus: ['gone'], region: '28' }),
  ];
  const ids = (area: { region: string | null; academie: string | null }) =>
    practicesOfArea(practices, area, campusById).map((p) => p.id);

  it.each([
    [
      'a région: its own, its académies’ and its Campus’',
      { region: '84', academie: null },
      ['campus-level', 'grenoble', 'two-regions'],
    ],
    [
      'an académie: its Campus’ and its région’s',
      { region: null, academie: 'lyon' },
      ['campus-level', 'two-regions'],
    ],
    [
      'Normandie: Caen’s and its Campus’',
      { region: null, academie: 'normandie' },
      ['caen', 'two-regions', 'of-y'],
    ],
    ['a région and an académie of another', { region: '84', academie: 'normandie' }, ['caen', 'two-regions']],
    ['no area', { region: null, academie: null }, []],
  ])('%s', (_name, area, expected) => {
    expect(ids(area)).toEqual(expected);
  });

  it('places a Campus by both codes when both are given', () => {
    const p = { region: '84', academie_2020: 'lyon' };
    expect(campusInArea(p, { region: '84', academie: null })).toBe(true);
    expect(campusInArea(p, { region: '84', academie: 'grenoble' })).toBe(false);
    expect(campusInArea(p, { region: null, academie: null })).toBe(false);
  });
});
