/**
 * The workbooks « Vos données » is tested with, made with SheetJS itself (`@e965/xlsx` writes .xlsx and
 * .ods): the unit tests build them in memory, and `scripts/build-own-list-fixtures.ts` writes them to
 * e2e/fixtures for the browser specs. Each list has good rows, a blank row, a bad row (an unknown
 * commune code, on the sheet's row 6), a code stored as a number that lost its leading zero, a code
 * padded by a « 00000 » format, and a formula (its saved value is read, the row noted).
 *
 * SheetJS Community Edition cannot encrypt: the password-protected workbook is an OLE compound file
 * holding the two streams Excel writes for one (« EncryptionInfo », « EncryptedPackage »), made with
 * SheetJS's CFB writer — what the app sees of such a file before any password would be asked.
 */
import { CFB, utils, write, type WorkSheet } from '@e965/xlsx';

/** The rows as the first sheet holds them: row 1 the header, row 4 blank, row 6 the bad one. */
const WORKBOOK_ROWS: (string | number | null)[][] = [
  ['Nom', 'Secteur', 'Code INSEE', 'Partenaires'],
  ['Campus numérique Lille', 'numerique', '59350', 'Université de Lille | Lycée Baggio'],
  ['Campus du bois', 'Matériaux, matériaux innovants', 88160, ''],
  [null, null, null, null],
  ['Campus de Bourg', 'Numérique, télécommunications', 1053, ''],
  ['Campus code faux', 'numerique', 99999, ''],
  ['(formule)', 'energie', 33063, ''],
  ['Campus d’Ambérieu', 'mobilite', 1004, ''],
];
/** The formula of row 7's name, and the value saved with it. */
export const FORMULA = { cell: 'A7', formula: '"Campus "&"énergie"', value: 'Campus énergie' };

function campusSheet(): WorkSheet {
  const sheet = utils.aoa_to_sheet(WORKBOOK_ROWS);
  sheet[FORMULA.cell] = { t: 's', v: FORMULA.value, f: FORMULA.formula };
  // Excel's « Code postal » format: the number 1004 shown (and read) as 01004.
  sheet['C8'] = { t: 'n', v: 1004, z: '00000' };
  return sheet;
}

/** A second sheet, for the sheet chooser: one Campus in Boulogne-sur-Mer. */
function otherSheet(): WorkSheet {
  return utils.aoa_to_sheet([
    ['Nom', 'Secteur', 'Code INSEE'],
    ['Campus mer et littoral', 'mobilite', '62160'],
  ]);
}

function book(sheets: [string, WorkSheet][]) {
  const workbook = utils.book_new();
  for (const [name, sheet] of sheets) utils.book_append_sheet(workbook, sheet, name);
  return workbook;
}

const bytesOf = (data: unknown) => new Uint8Array(data as ArrayBuffer);

/** The list in Excel's format: sheets « Campus » then « Autres ». */
export function campusXlsx(): Uint8Array {
  return bytesOf(
    write(
      book([
        ['Campus', campusSheet()],
        ['Autres', otherSheet()],
      ]),
      { type: 'array', bookType: 'xlsx', compression: true },
    ),
  );
}

/** The same list in LibreOffice Calc's format. */
export function campusOds(): Uint8Array {
  return bytesOf(
    write(
      book([
        ['Campus', campusSheet()],
        ['Autres', otherSheet()],
      ]),
      { type: 'array', bookType: 'ods', compression: true },
    ),
  );
}

/** The same list as Excel 97–2003 saves it (BIFF8, in an OLE compound file). */
export function campusXls(): Uint8Array {
  return bytesOf(
    write(
      book([
        ['Campus', campusSheet()],
        ['Autres', otherSheet()],
      ]),
      { type: 'array', bookType: 'biff8' },
    ),
  );
}

/** A workbook whose first sheet is empty, the list on the second. */
export function emptyFirstSheetXlsx(): Uint8Array {
  return bytesOf(
    write(
      book([
        ['Vide', utils.aoa_to_sheet([])],
        ['Autres', otherSheet()],
      ]),
      { type: 'array', bookType: 'xlsx', compression: true },
    ),
  );
}

/** A workbook of `rows` data rows (for the row limit, with a lowered limit). */
export function longXlsx(rows: number): Uint8Array {
  const aoa = [
    ['Nom', 'Secteur', 'Code INSEE'],
    ...Array.from({ length: rows }, (_, i) => [`Campus ${i}`, 'numerique', '59350']),
  ];
  return bytesOf(
    write(book([['Campus', utils.aoa_to_sheet(aoa)]]), {
      type: 'array',
      bookType: 'xlsx',
      compression: true,
    }),
  );
}

/** What Excel writes for a password-protected workbook, as far as the app can see (see above). */
export function passwordProtectedXlsx(): Uint8Array {
  const container = CFB.utils.cfb_new();
  CFB.utils.cfb_add(container, 'EncryptionInfo', new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0]));
  CFB.utils.cfb_add(container, 'EncryptedPackage', new Uint8Array(4096).fill(0xa5));
  return bytesOf(CFB.write(container, { type: 'array' }));
}

/** The list as Excel's « Texte Unicode » saves it: UTF-16 LE (with its mark by default), tabs, CRLF. */
export function campusUnicodeText({
  bom = true,
  endian = 'le',
}: { bom?: boolean; endian?: 'le' | 'be' } = {}): Uint8Array {
  const text =
    WORKBOOK_ROWS.map((row, i) => (i === 6 ? [FORMULA.value, ...row.slice(1)] : row))
      .map((row) => row.map((cell) => (cell === null ? '' : String(cell))).join('\t'))
      .join('\r\n') + '\r\n';
  const bytes = new Uint8Array(Buffer.from((bom ? '\uFEFF' : '') + text, 'utf16le'));
  if (endian === 'be')
    for (let i = 0; i < bytes.length; i += 2) [bytes[i], bytes[i + 1]] = [bytes[i + 1]!, bytes[i]!];
  return bytes;
}
