import { describe, expect, it } from 'vitest';
import { problemMessage, problemPlace } from './ownListProblems.ts';
import { NOT_A_LIST, readOwnList } from '../ingest/ownList.ts';
import { PASSWORD_PROTECTED } from '../ingest/fileKind.ts';
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

describe('messages in the person’s words', () => {
  it('names a column by the file’s own header, else by the name the dialog asks for in its language', () => {
    const headers = { commune: 'Code INSEE', name: 'Nom du campus' };
    expect(problemPlace(problem(6, 'commune'), 'xlsx', 'fr', headers)).toBe('ligne 6 · Code INSEE');
    expect(problemPlace(problem(6, 'commune'), 'xlsx', 'en', headers)).toBe('line 6 · Code INSEE');
    expect(problemPlace(problem(7, 'partners'), 'xlsx', 'fr', headers)).toBe('ligne 7 · partenaires');
    expect(problemPlace(problem(7, 'partners'), 'xlsx', 'en', headers)).toBe('line 7 · partners');
    expect(problemPlace({ ...problem(3, '(header)') }, 'xlsx', 'fr')).toBe('ligne 3 · en-tête');
  });

  it('lists missing columns in French as the dialog asks for them, in English as English', () => {
    const missing = 'missing column(s) name, sector, commune — expected a header with name;sector;commune';
    expect(problemMessage(missing, 'fr').text).toBe(
      'colonnes manquantes : nom, secteur, commune — l’en-tête doit nommer au moins nom, secteur, commune',
    );
    expect(
      problemMessage('missing column(s) sector — expected a header with name,sector,commune', 'fr').text,
    ).toBe('colonne manquante : secteur — l’en-tête doit nommer au moins nom, secteur, commune');
    expect(problemMessage(missing, 'en').text).toMatch(/^missing column\(s\) name, sector, commune/);
  });

  it('says in French what the workbooks, the Unicode text and a file that is no list meet', () => {
    const messages = [
      NOT_A_LIST,
      PASSWORD_PROTECTED,
      "the workbook unpacks to more than 100 MB — at most 100 MB: save a copy with only the list's sheet",
      'the workbook could not be read (Bad zip) — open it in your spreadsheet and save it again',
      'the sheet « Feuil1 » is empty — expected a header row with name, sector, commune',
      'the sheet has more than 50000 rows — at most 50000: split it',
      'formula « =A1&B1 » read as its saved value « Campus énergie »',
      'formula « =A1 » has no saved value — read as empty: open the file in your spreadsheet and save it',
      '3 cells — expected 2 (Nom, Commune); check for a tab inside a cell',
    ];
    const french = messages.map((m) => problemMessage(m, 'fr'));
    expect(french.filter((m) => !m.translated)).toEqual([]);
    expect(french[0]!.text).toMatch(/^ce fichier n’est ni un tableur ni un GeoJSON/);
    expect(french[1]!.text).toMatch(/^le classeur est protégé par un mot de passe/);
    expect(french[4]!.text).toBe(
      'la feuille « Feuil1 » est vide — une ligne d’en-tête est attendue : nom, secteur, commune ; choisissez une autre feuille',
    );
    expect(french[6]!.text).toBe('formule « =A1&B1 » lue comme sa valeur enregistrée « Campus énergie »');
  });
});
