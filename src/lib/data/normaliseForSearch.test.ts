import { describe, expect, it } from 'vitest';
import { matchesTerms, normaliseForSearch, queryTerms } from './normaliseForSearch.ts';

describe('normaliseForSearch', () => {
  it.each([
    ['Énergie', 'energie'],
    ['TRANSITION ÉNERGÉTIQUE', 'transition energetique'],
    ['Saint-Étienne', 'saint etienne'],
    ['Œuvre', 'oeuvre'],
    ["L'Isle-d'Abeau", 'l isle d abeau'],
    ['  plusieurs   espaces ', 'plusieurs espaces'],
    ['Campus « numérique »', 'campus numerique'],
    ['Mécatronique 4.0', 'mecatronique 4 0'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normaliseForSearch(input)).toBe(expected);
  });
});

describe('queryTerms and matchesTerms', () => {
  const haystack = normaliseForSearch(
    'Campus énergies et efficacité énergétique · Cherbourg-en-Cotentin · EDF',
  );
  it.each([
    ['energie', true],
    ['ÉNERGIE cherbourg', true],
    ['cherbourg en cotentin', true],
    ['edf orano', false],
    ['', true],
    ['   ', true],
  ])('query %j matches: %j', (query, expected) => {
    expect(matchesTerms(haystack, queryTerms(query))).toBe(expected);
  });

  it('splits a query into normalised words', () => {
    expect(queryTerms(' Énergie  Nîmes ')).toEqual(['energie', 'nimes']);
    expect(queryTerms('')).toEqual([]);
  });
});
