import { describe, expect, it } from 'vitest';
import { utils } from '@e965/xlsx';
import { makeZip } from '../testing/makeZip.ts';
import {
  FORMULA,
  campusOds,
  campusXlsx,
  emptyFirstSheetXlsx,
  longXlsx,
} from '../testing/ownListWorkbooks.ts';
import { NOT_A_LIST, sniffFile } from './fileKind.ts';
import { cellText, readWorkbook, sheetRows, type WorkbookResult } from './workbook.ts';

const limits = { rows: 1000, unzippedBytes: 10_000_000 };

function read(name: string, bytes: Uint8Array, more: { sheet?: string; rows?: number } = {}) {
  const kind = sniffFile(bytes);
  if (kind.kind !== 'workbook') throw new Error(`not a workbook: ${kind.kind}`);
  return readWorkbook({
    name,
    bytes,
    kind,
    requiredColumns: ['Nom', 'Code INSEE'],
    limits: { ...limits, rows: more.rows ?? limits.rows },
    sheet: more.sheet,
  });
}

function table(result: WorkbookResult) {
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result;
}

describe.each([
  ['liste.xlsx', campusXlsx],
  ['liste.ods', campusOds],
])('the first sheet of %s', (name, make) => {
  it('becomes rows numbered as the sheet numbers them, the blank row skipped, codes as text', async () => {
    const result = table(await read(name, make()));
    expect(result.sheets).toEqual(['Campus', 'Autres']);
    expect(result.sheet).toBe('Campus');
    expect(result.table.rows.map((r) => [r.line, r.values['Nom'], r.values['Code INSEE']])).toEqual([
      [2, 'Campus numérique Lille', '59350'],
      [3, 'Campus du bois', '88160'],
      // A code stored as a number comes as its digits (the Campus reader restores the zero)…
      [5, 'Campus de Bourg', '1053'],
      [6, 'Campus code faux', '99999'],
      [7, FORMULA.value, '33063'],
      // …unless a « 00000 » format pads it, which Excel keeps (Calc's files lose that format).
      [8, 'Campus d’Ambérieu', name.endsWith('xlsx') ? '01004' : '1004'],
    ]);
    expect(result.table.headers).toMatchObject({ Nom: 'Nom', 'Code INSEE': 'Code INSEE' });
  });

  it('reads a formula as its saved value and notes its row and column', async () => {
    const result = table(await read(name, make()));
    expect(result.notes).toEqual([
      {
        file: name,
        line: 7,
        field: 'Nom',
        message: `formula « =${FORMULA.formula} » read as its saved value « ${FORMULA.value} »`,
      },
    ]);
  });

  it('reads the sheet the person picks', async () => {
    const result = table(await read(name, make(), { sheet: 'Autres' }));
    expect(result.sheet).toBe('Autres');
    expect(result.table.rows.map((r) => r.values['Nom'])).toEqual(['Campus mer et littoral']);
  });
});

describe('a workbook refused, with the current list kept', () => {
  it('says an empty first sheet is empty, and names the sheets to choose from', async () => {
    const result = await read('vide.xlsx', emptyFirstSheetXlsx());
    expect(result).toMatchObject({ ok: false, sheets: ['Vide', 'Autres'], sheet: 'Vide' });
    expect(!result.ok && result.problems[0]!.message).toBe(
      'the sheet « Vide » is empty — expected a header row with Nom, Code INSEE',
    );
    expect((await read('vide.xlsx', emptyFirstSheetXlsx(), { sheet: 'Autres' })).ok).toBe(true);
  });

  it('refuses a sheet over the row limit', async () => {
    expect((await read('long.xlsx', longXlsx(5), { rows: 5 })).ok).toBe(true);
    const result = await read('long.xlsx', longXlsx(6), { rows: 5 });
    expect(!result.ok && result.problems[0]!.message).toBe(
      'the sheet has more than 5 rows — at most 5: split it',
    );
  });

  it('refuses a zip bomb before SheetJS sees it: by its declared size, and by what it truly unpacks to', async () => {
    const bomb = new Uint8Array(20_000_000);
    const declared = makeZip([
      { name: 'xl/workbook.xml', data: new TextEncoder().encode('<workbook/>') },
      { name: 'xl/worksheets/sheet1.xml', data: bomb },
    ]);
    const lying = makeZip([
      { name: 'xl/workbook.xml', data: new TextEncoder().encode('<workbook/>') },
      { name: 'xl/worksheets/sheet1.xml', data: bomb, declaredSize: 100 },
    ]);
    for (const zip of [declared, lying]) {
      expect(zip.length).toBeLessThan(100_000);
      const result = await read('bombe.xlsx', zip);
      expect(!result.ok && result.problems[0]!.message).toMatch(
        /^the workbook unpacks to more than 10 MB — at most 10 MB/,
      );
    }
  });

  it('says what SheetJS could not read, without a stack', async () => {
    const broken = makeZip([{ name: 'xl/workbook.xml', data: new TextEncoder().encode('not xml at all') }]);
    const result = await read('cassé.xlsx', broken);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]!.message).toMatch(
      /^the workbook could not be read \(.*\) — open it in your spreadsheet and save it again$/,
    );
  });

  it('says an OpenDocument text is no spreadsheet, when its deflated media type let it through', async () => {
    const manifest =
      '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">' +
      '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>' +
      '</manifest:manifest>';
    const odt = makeZip([
      { name: 'mimetype', data: new TextEncoder().encode('application/vnd.oasis.opendocument.text') },
      { name: 'META-INF/manifest.xml', data: new TextEncoder().encode(manifest) },
      { name: 'content.xml', data: new TextEncoder().encode('<office:document-content/>') },
    ]);
    const result = await read('lettre.odt', odt);
    expect(!result.ok && result.problems[0]!.message).toBe(NOT_A_LIST);
  });

  it('tells a password-protected OpenDocument from a broken one', async () => {
    const manifest =
      '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">' +
      '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>' +
      '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">' +
      '<manifest:encryption-data manifest:checksum-type="SHA1"/></manifest:file-entry></manifest:manifest>';
    const ods = makeZip([
      {
        name: 'mimetype',
        data: new TextEncoder().encode('application/vnd.oasis.opendocument.spreadsheet'),
        stored: true,
      },
      { name: 'META-INF/manifest.xml', data: new TextEncoder().encode(manifest) },
      { name: 'content.xml', data: new Uint8Array(64).fill(0x5a) },
    ]);
    const result = await read('protégé.ods', ods);
    expect(!result.ok && result.problems[0]!.message).toMatch(/^the workbook is protected by a password/);
  });
});

describe('cellText', () => {
  it.each([
    ['a text', { t: 's', v: ' Lille ' }, ' Lille '],
    ['a number in full, not as shown', { t: 'n', v: 46.15, w: '46.2', z: '0.0' }, '46.15'],
    ['a zero-padded code as shown', { t: 'n', v: 1004, w: '01004', z: '00000' }, '01004'],
    ['a date as shown', { t: 'n', v: 45000, w: '3/15/23', z: 'm/d/yy' }, '3/15/23'],
    ['a boolean', { t: 'b', v: true }, 'TRUE'],
    ['an error as Excel writes it', { t: 'e', v: 42, w: '#N/A' }, '#N/A'],
    ['an empty cell', { t: 'z', v: undefined }, ''],
  ] as const)('reads %s', (_label, cell, text) => {
    expect(cellText(cell as never)).toBe(text);
  });

  it('cuts data rows to the header’s width', () => {
    const sheet = utils.aoa_to_sheet([['Nom', 'Code INSEE'], [], ['A', '59350', 'en trop']], { dense: true });
    expect(sheetRows(sheet).rows).toEqual([
      { line: 1, endLine: 1, cells: ['Nom', 'Code INSEE'] },
      { line: 3, endLine: 3, cells: ['A', '59350'] },
    ]);
  });
});
