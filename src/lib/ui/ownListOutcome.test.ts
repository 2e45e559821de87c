import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../i18n/en.ts';
import { addLanguage, plural } from '../i18n/translate.ts';
import { formatLabel, readCounts } from './ownListOutcome.ts';

const list = (format: 'csv' | 'geojson', rowsRead: number, mapped: number, leftOut: number) => ({
  format,
  rowsRead,
  leftOut,
  campus: Array.from({ length: mapped }),
});

describe('readCounts', () => {
  beforeAll(() => addLanguage('en', en));

  it.each([
    [
      'fr',
      'csv',
      1,
      0,
      1,
      { rows: '1 ligne lue', mapped: '0 Campus sur la carte', leftOut: '1 ligne écartée' },
    ],
    [
      'fr',
      'csv',
      6,
      2,
      4,
      { rows: '6 lignes lues', mapped: '2 Campus sur la carte', leftOut: '4 lignes écartées' },
    ],
    [
      'fr',
      'geojson',
      1,
      1,
      0,
      { rows: '1 objet lu', mapped: '1 Campus sur la carte', leftOut: '0 objet écarté' },
    ],
    [
      'fr',
      'geojson',
      3,
      1,
      2,
      { rows: '3 objets lus', mapped: '1 Campus sur la carte', leftOut: '2 objets écartés' },
    ],
    ['en', 'csv', 1, 0, 1, { rows: '1 row read', mapped: '0 Campus on the map', leftOut: '1 row left out' }],
    [
      'en',
      'csv',
      10000,
      10000,
      0,
      { rows: '10,000 rows read', mapped: '10,000 Campus on the map', leftOut: '0 rows left out' },
    ],
    [
      'en',
      'geojson',
      1,
      0,
      1,
      { rows: '1 feature read', mapped: '0 Campus on the map', leftOut: '1 feature left out' },
    ],
  ] as const)('%s %s: %d read, %d mapped, %d left out', (lang, format, rows, mapped, leftOut, expected) => {
    expect(readCounts(list(format, rows, mapped, leftOut), lang)).toEqual(expected);
  });

  it('says « 1 autre problème » / « 1 more problem » past the problems listed', () => {
    expect(plural('fr', 'ownList.problemsMore', 1)).toBe('… et 1 autre problème.');
    expect(plural('fr', 'ownList.problemsMore', 12)).toBe('… et 12 autres problèmes.');
    expect(plural('en', 'ownList.problemsMore', 1)).toBe('… and 1 more problem.');
    expect(plural('en', 'ownList.problemsMore', 9800)).toBe('… and 9,800 more problems.');
  });
});

describe('formatLabel', () => {
  beforeAll(() => addLanguage('en', en));

  it.each([
    [{ format: 'csv', encoding: 'utf-8' }, 'fr', 'CSV, UTF-8'],
    [{ format: 'csv', encoding: 'windows-1252' }, 'fr', 'CSV, Windows-1252'],
    [{ format: 'csv', encoding: 'utf-16le' }, 'fr', 'texte Unicode, UTF-16'],
    [{ format: 'csv', encoding: 'utf-16be' }, 'en', 'Unicode text, UTF-16'],
    [{ format: 'xlsx', encoding: 'utf-8', sheet: 'Campus' }, 'fr', 'Excel, feuille « Campus »'],
    [{ format: 'ods', encoding: 'utf-8', sheet: 'Feuille1' }, 'en', 'Calc, sheet “Feuille1”'],
  ] as const)('%o in %s → %s', (list, lang, label) => {
    expect(formatLabel(list, lang)).toBe(label);
  });
});
