import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { fr } from './fr.ts';
import { addPartWords, partWord } from './partWords.ts';
import { embedWords } from './parts/embedWords.ts';
import { exportMenuWords } from './parts/exportMenuWords.ts';
import { ownListWords } from './parts/ownListWords.ts';
import { presentWords } from './parts/presentWords.ts';
import { readingWords } from './parts/readingWords.ts';
import { plural, translator } from './translate.ts';

const PARTS = [
  ['« Vos données »', ownListWords],
  ['the embed dialog', embedWords],
  ['the presentation', presentWords],
  ['the export menu', exportMenuWords],
  ['the cards, the list and the practices', readingWords],
] as const;

describe('the on-demand parts’ words', () => {
  it.each(PARTS)('%s: the same keys in French and English, none empty', (_name, words) => {
    expect(Object.keys(words.en).sort()).toEqual(Object.keys(words.fr).sort());
    for (const dictionary of [words.fr, words.en]) {
      for (const [key, value] of Object.entries(dictionary)) expect(value.trim(), key).not.toBe('');
    }
  });

  it.each(PARTS)('%s: the same placeholders in both languages', (_name, words) => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const fr: Record<string, string> = words.fr;
    const en: Record<string, string> = words.en;
    for (const key of Object.keys(fr)) expect(placeholders(en[key]!), key).toEqual(placeholders(fr[key]!));
  });

  it('are not in the start’s dictionaries (which is the point), nor twice', () => {
    const inDictionaries = new Set([...Object.keys(fr), ...Object.keys(en)]);
    const seen = new Set<string>();
    for (const [, words] of PARTS) {
      for (const key of Object.keys(words.fr)) {
        expect(inDictionaries.has(key), key).toBe(false);
        expect(seen.has(key), key).toBe(false);
        seen.add(key);
      }
    }
  });

  it('are there once their part’s file is loaded, in the chosen language', () => {
    expect(translator('fr')('ownList.title')).toBe('Vos données');
    expect(translator('en')('ownList.title')).toBe('Your data');
    expect(translator('fr')('present.counterLabel', { n: 2, total: 9 })).toBe('Étape 2 sur 9');
    expect(translator('en')('embed.copyLabel', { what: 'iframe' })).toBe('Copy the code: iframe');
    expect(plural('fr', 'ownList.rowsRead', 3)).toBe('3 lignes lues');
    expect(plural('en', 'ownList.rowsRead', 1)).toBe('1 row read');
    expect(translator('fr')('card.close')).toBe('Fermer la fiche');
    expect(plural('en', 'practices.count', 2)).toBe('2 practices');
  });

  it('are added by addPartWords, not before', () => {
    expect(partWord('fr', 'test.partWord')).toBeUndefined();
    addPartWords({ fr: { 'test.partWord': 'mot' }, en: { 'test.partWord': 'word' } });
    expect(partWord('fr', 'test.partWord')).toBe('mot');
    expect(partWord('en', 'test.partWord')).toBe('word');
  });
});
