import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, type Filters } from '../model/filters.ts';
import { SECTORS } from '../testing/fixtures.ts';
import { filterSummary, frenchOf, type SummaryNames } from './summary.ts';

const names: SummaryNames = {
  sector: (id) => SECTORS.find((s) => s.id === id)?.label_fr ?? id,
  region: (code) => ({ '75': 'Nouvelle-Aquitaine', '28': 'Normandie' })[code] ?? code,
  academie: (id) => ({ amiens: 'Amiens', lyon: 'Lyon' })[id] ?? id,
};

describe('filterSummary', () => {
  it.each<[string, Partial<Filters>, number, string]>([
    ['nothing filtered', {}, 77, '77 Campus · tous les groupes'],
    [
      'the example of the issue',
      { sectors: ['tourisme'], region: '75' },
      12,
      '12 Campus · Tourisme, bien-être, gastronomie · Nouvelle-Aquitaine',
    ],
    [
      'two groups',
      { sectors: ['batiment', 'energie'] },
      5,
      '5 Campus · Infrastructures, bâtiment, éco-construction + Transition énergétique, éco-industrie',
    ],
    ['three groups', { sectors: ['batiment', 'energie', 'tourisme'] }, 9, '9 Campus · 3 groupes'],
    [
      'an académie with elision',
      { academie: 'amiens' },
      1,
      '1 Campus · tous les groupes · académie d’Amiens',
    ],
    ['an académie', { academie: 'lyon' }, 0, '0 Campus · tous les groupes · académie de Lyon'],
    [
      'chapter and status',
      { chapter: '3', status: 'projet' },
      2,
      '2 Campus · tous les groupes · chapitre 3 · en projet',
    ],
    ['the appendix', { chapter: 'annexe' }, 1, '1 Campus · tous les groupes · Annexe'],
    ['a text search', { query: ' energie ' }, 4, '4 Campus · tous les groupes · « energie »'],
  ])('%s', (_name, filters, count, expected) => {
    expect(filterSummary({ ...EMPTY_FILTERS, ...filters }, count, 'fr', names)).toBe(expected);
  });

  it('speaks English', () => {
    const filters = { ...EMPTY_FILTERS, academie: 'amiens', status: 'labellise' as const };
    expect(filterSummary(filters, 3, 'en', names)).toBe(
      '3 Campus · all groups · académie of Amiens · accredited',
    );
  });
});

describe('frenchOf', () => {
  it.each([
    ['Lyon', 'de Lyon'],
    ['Amiens', 'd’Amiens'],
    ['Aix-Marseille', 'd’Aix-Marseille'],
    ['Orléans-Tours', 'd’Orléans-Tours'],
    ['La Réunion', 'de La Réunion'],
  ])('%s → %s', (name, expected) => {
    expect(frenchOf(name)).toBe(expected);
  });
});
