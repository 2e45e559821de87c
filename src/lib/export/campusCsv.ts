/**
 * The filtered Campus as a CSV that a spreadsheet of the interface's language opens correctly: UTF-8
 * with a BOM (Excel otherwise guesses Windows-1252), CRLF line ends, and cells that a spreadsheet would
 * run as a formula neutralised. In French: French headers and values, `;` as delimiter and decimal
 * commas (`,` is the decimal separator in French locales). In English: English headers and values,
 * `,` and decimal points. The livret's own texts (names, partners) stay as the livret gives them.
 */
import { dsvFormat } from 'd3-dsv';
import { PLAIN_NUMBER } from '../ingest/fields.ts';
import type { CampusFeature, Sector } from '../model/types.ts';
import type { Lang } from '../i18n/languages.ts';
import { campusTable } from './campusTable.ts';

/**
 * A cell starting with = + - @ (or a tab / carriage return that some spreadsheets skip before one) is
 * read as a formula — CSV injection. Prefixing an apostrophe makes it text in Excel and LibreOffice.
 */
export function neutraliseFormula(cell: string): string {
  // A negative longitude stays a number (the spreadsheet sorts and sums it, and the app reads it back).
  if (PLAIN_NUMBER.test(cell)) return cell;
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export { CSV_COLUMNS, CSV_COLUMNS_EN } from './campusTable.ts';

const FORMATS = {
  fr: { delimiter: ';', decimal: ',' },
  en: { delimiter: ',', decimal: '.' },
} as const;

export function campusToCsv(
  features: readonly CampusFeature[],
  sectors: readonly Sector[],
  lang: Lang = 'fr',
): string {
  const format = FORMATS[lang];
  const { columns, rows } = campusTable(features, sectors, lang);
  const cells = rows.map((row) =>
    row.map((cell) =>
      // The locale's decimal mark: the column then sorts and sums as numbers in its spreadsheet.
      neutraliseFormula(typeof cell === 'number' ? String(cell).replace('.', format.decimal) : cell),
    ),
  );
  const text = dsvFormat(format.delimiter).formatRows([[...columns], ...cells]);
  return '\uFEFF' + text.replace(/\n/g, '\r\n') + '\r\n';
}
