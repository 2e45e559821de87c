/**
 * What workbookBytes writes, read back cell by cell with SheetJS (not through an own list, which reads
 * 12 and '12' alike): numbers as number cells, text as text cells in the « Texte » format, empty cells
 * left out, the sheet's range, and the column widths (given, or the longest value + 2 within 8…48).
 */
import { describe, expect, it } from 'vitest';
import { read } from '@e965/xlsx';
import { workbookBytes } from './workbookWriter.ts';

function sheetOf(bytes: Uint8Array, name: string) {
  const book = read(bytes, { type: 'array', cellNF: true, cellStyles: true });
  const sheet = book.Sheets[name];
  if (!sheet) throw new Error(`no sheet ${name}`);
  return { names: book.SheetNames, sheet };
}

describe('workbookBytes', () => {
  it('writes numbers as numbers and text as text cells, leaving empty cells out', () => {
    const bytes = workbookBytes([
      {
        name: 'Campus',
        rows: [
          ['commune', 'lat', 'note'],
          ['01283', 45.5, null],
          ['=1+1', -0.25, ''],
        ],
      },
    ]);
    const { names, sheet } = sheetOf(bytes, 'Campus');
    expect(names).toEqual(['Campus']);
    expect(sheet['!ref']).toBe('A1:C3');
    expect(sheet.A2).toMatchObject({ t: 's', v: '01283', z: '@' });
    expect(sheet.A3).toMatchObject({ t: 's', v: '=1+1', z: '@' });
    expect(sheet.A3?.f).toBeUndefined();
    expect(sheet.B2).toMatchObject({ t: 'n', v: 45.5 });
    expect(sheet.B3).toMatchObject({ t: 'n', v: -0.25 });
    expect(sheet.C2).toBeUndefined();
    expect(sheet.C3).toBeUndefined();
  });

  it('sizes each column from its longest value + 2, within 8 and 48, unless given', () => {
    const rows = [
      ['id', 'a name of twenty-four ch', 'x'.repeat(60), 'n'],
      [null, 'short', 'y', 123456789],
    ];
    const auto = sheetOf(workbookBytes([{ name: 'A', rows }]), 'A').sheet['!cols'];
    expect(auto?.map((c) => c.wch)).toEqual([8, 26, 48, 11]);
    const given = sheetOf(workbookBytes([{ name: 'B', rows, widths: [30, 5] }]), 'B').sheet['!cols'];
    expect(given?.map((c) => c.wch)).toEqual([30, 5, 48, 11]);
  });

  it('writes every sheet in order, a one-cell one as A1', () => {
    const bytes = workbookBytes([
      { name: 'Campus', rows: [['id']] },
      { name: 'Vide', rows: [] },
    ]);
    expect(sheetOf(bytes, 'Vide').names).toEqual(['Campus', 'Vide']);
    expect(sheetOf(bytes, 'Campus').sheet['!ref']).toBe('A1');
  });
});
