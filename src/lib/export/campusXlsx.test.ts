import { describe, expect, it } from 'vitest';
import { read, utils, type CellObject } from '@e965/xlsx';
import { campusToXlsx } from './campusXlsx.ts';
import { CSV_COLUMNS, CSV_COLUMNS_EN } from './campusTable.ts';
import { makeCampus, SECTORS } from '../testing/fixtures.ts';

const oyonnax = makeCampus('plasticampus-oyonnax', {
  name: '=PlastiCampus d’Oyonnax',
  sector: 'materiaux',
  commune: '01283',
  departement: '01',
  region: '84',
  academie: 'lyon',
  true_lat: 46.25917,
  true_lon: 5.65727,
});

function sheetOf(bytes: Uint8Array) {
  const book = read(bytes, { type: 'array', cellNF: true });
  const sheet = book.Sheets[book.SheetNames[0]!]!;
  const header = utils.sheet_to_json<string[]>(sheet, { header: 1 })[0]!;
  const cell = (column: string, row = 2): CellObject | undefined =>
    sheet[utils.encode_cell({ r: row - 1, c: header.indexOf(column) })] as CellObject | undefined;
  return { book, header, cell };
}

describe('campusToXlsx', () => {
  it('writes one sheet with the French headers, one row per Campus', () => {
    const { book, header } = sheetOf(campusToXlsx([oyonnax, makeCampus('b')], SECTORS, 'fr'));
    expect(book.SheetNames).toEqual(['Campus']);
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(utils.decode_range(book.Sheets['Campus']!['!ref']!).e.r).toBe(2);
  });

  it('keeps codes as text cells, with their leading zero, and coordinates as numbers', () => {
    const { cell } = sheetOf(campusToXlsx([oyonnax], SECTORS, 'fr'));
    expect(cell('commune_insee')).toMatchObject({ t: 's', v: '01283', z: '@' });
    expect(cell('departement')).toMatchObject({ t: 's', v: '01' });
    expect(cell('region')).toMatchObject({ t: 's', v: 'Auvergne-Rhône-Alpes' });
    expect(cell('latitude')).toMatchObject({ t: 'n', v: 46.25917 });
    expect(cell('longitude')).toMatchObject({ t: 'n', v: 5.65727 });
    expect(cell('statut')).toMatchObject({ t: 's', v: 'labellisé' });
  });

  it('writes a name that starts like a formula as text, never as a formula', () => {
    const { cell } = sheetOf(campusToXlsx([oyonnax], SECTORS, 'fr'));
    expect(cell('nom')).toMatchObject({ t: 's', v: '=PlastiCampus d’Oyonnax' });
    expect(cell('nom')?.f).toBeUndefined();
  });

  it('follows the language: English headers and words', () => {
    const { header, cell } = sheetOf(campusToXlsx([oyonnax], SECTORS, 'en'));
    expect(header).toEqual([...CSV_COLUMNS_EN]);
    expect(cell('status')).toMatchObject({ t: 's', v: 'labelled' });
    expect(cell('commune_insee')).toMatchObject({ t: 's', v: '01283' });
  });
});
