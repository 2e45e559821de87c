import { describe, expect, it } from 'vitest';
import { problemMessage, problemPlace } from './ownListProblems.ts';
import { readOwnList } from '../ingest/ownList.ts';
import { ownListContext, utf8 } from '../testing/ownListContext.ts';
import { en } from '../i18n/en.ts';
import { addLanguage } from '../i18n/translate.ts';

addLanguage('en', en);
const problem = (line: number, field: string) => ({ file: 'l.csv', line, field, message: 'x' });

describe('problemPlace', () => {
  it('names the line and the column as a French spreadsheet heads it', () => {
    expect(problemPlace(problem(12, 'sector'), 'csv', 'fr')).toBe('ligne 12 · secteur');
    expect(problemPlace(problem(3, '(row)'), 'csv', 'fr')).toBe('ligne 3 · ligne entière');
    expect(problemPlace(problem(1, '(file)'), 'csv', 'fr')).toBe('fichier');
    expect(problemPlace(problem(1, '(header)'), 'csv', 'fr')).toBe('ligne 1 · en-tête');
    expect(problemPlace(problem(4, 'commune'), 'geojson', 'fr')).toBe('objet 4 · commune');
  });

  it('keeps the English column names in English', () => {
    expect(problemPlace(problem(12, 'sector'), 'csv', 'en')).toBe('line 12 · sector');
  });
});

describe('problemMessage', () => {
  it('says in French the problems a list with bad rows meets, with their values', () => {
    const text = [
      'nom;secteur;commune;partenaires;lat;lon',
      'A;numerique;99999;;;',
      'B;cuisine;59350;;;',
      ';numerique;59350;;;',
      'C;numerique;59350;=1+1;;',
      'D;numerique;59350;;',
      'E;numerique;593;;;',
      'F;numerique;59350;;nord;3',
      'G;numerique;59350;;48.1;-1.6',
      'Campus bon;numerique;59350;;;',
    ].join('\n');
    const result = readOwnList({ name: 'l.csv', bytes: utf8(text) }, ownListContext());
    if (!result.ok) throw new Error('expected a list');
    const french = result.list.problems.map((p) => problemMessage(p.message, 'fr'));
    expect(french.filter((m) => !m.translated)).toEqual([]);
    expect(french.map((m) => m.text)).toEqual([
      'code commune INSEE inconnu « 99999 » — indiquez le code d’une commune actuelle',
      expect.stringMatching(/^groupe sectoriel inconnu « cuisine »/),
      'est vide — une valeur est attendue',
      '« =1+1 » ressemble à une formule de tableur — écrivez la valeur elle-même, pas une formule',
      expect.stringMatching(/^5 cellules — 6 attendues/),
      '« 593 » n’est pas un code commune INSEE — 5 caractères attendus, comme 59350 ou 2A004 (pas le code postal)',
      '« nord » n’est pas un nombre entre -90 et 90',
      expect.stringMatching(/^le point \(-1.6, 48.1\) est à .* km hors du département 59 de Lille/),
    ]);
  });

  it('keeps a message it does not know, and says so', () => {
    expect(problemMessage('something new', 'fr')).toEqual({ text: 'something new', translated: false });
    expect(problemMessage('something new', 'en')).toEqual({ text: 'something new', translated: true });
  });
});
