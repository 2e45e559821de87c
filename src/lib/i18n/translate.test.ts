import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { fr } from './fr.ts';
import { fill, isLang, plural, translator } from './translate.ts';

describe('dictionaries', () => {
  it('have the same keys in French and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
  });

  it('have no empty string', () => {
    for (const dictionary of [fr, en]) {
      for (const [key, value] of Object.entries(dictionary)) expect(value.trim(), key).not.toBe('');
    }
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(fr) as (keyof typeof fr)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(fr[key]));
    }
  });
});

describe('fill', () => {
  it.each([
    ['{n} Campus', { n: 3 }, '3 Campus'],
    ['{a} et {b}', { a: 'x', b: 'y' }, 'x et y'],
    ['{missing} reste', {}, '{missing} reste'],
    ['<b>{n}</b>', { n: '<i>' }, '<b><i></b>'],
    ['sans paramètre', undefined, 'sans paramètre'],
  ])('fill(%j, %j) = %j', (template, params, expected) => {
    expect(fill(template, params)).toBe(expected);
  });
});

describe('translator and plural', () => {
  it('looks keys up in the chosen language', () => {
    expect(translator('fr')('panel.filters')).toBe('Filtres');
    expect(translator('en')('panel.filters')).toBe('Filters');
    expect(translator('fr')('chapter.short', { chapter: 3 })).toBe('Chapitre 3');
  });

  it.each([
    ['fr', 0, '0 Campus'],
    ['fr', 1, '1 Campus'],
    ['fr', 77, '77 Campus'],
    ['en', 1, '1 Campus'],
    ['en', 1200, '1,200 Campus'],
  ] as const)('plural(%s, %d)', (lang, n, expected) => {
    expect(plural(lang, 'summary.count', n)).toBe(expected);
  });

  it.each([
    ['fr', 1, '1 résultat'],
    ['fr', 3, '3 résultats'],
    ['en', 1, '1 result'],
    ['en', 0, '0 results'],
  ] as const)('search results: plural(%s, %d), no « (s) »', (lang, n, expected) => {
    expect(plural(lang, 'search.results', n)).toBe(expected);
  });

  it.each([
    ['fr', true],
    ['en', true],
    ['de', false],
    ['', false],
    [undefined, false],
  ])('isLang(%j) = %j', (value, expected) => {
    expect(isLang(value)).toBe(expected);
  });
});
