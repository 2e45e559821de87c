/**
 * The bench's région list as a workbook: the rows of `ownListCsv` in an Excel sheet (deflated, as
 * Excel writes it; every cell text, the commune codes included), for timing « Vos données » on a
 * 10 000-row `.xlsx` beside the same list as CSV.
 */
import { utils, write } from '@e965/xlsx';
import { parseCsv } from '../../src/lib/ingest/csv.ts';
import { ownListCsv } from './synthetic.ts';

export function ownListXlsx(...args: Parameters<typeof ownListCsv>): Buffer {
  const csv = parseCsv('liste.csv', new TextEncoder().encode(ownListCsv(...args)), []);
  if (!csv.ok) throw new Error('the synthetic list does not parse');
  const { columns, rows } = csv.table;
  const sheet = utils.aoa_to_sheet([columns, ...rows.map((r) => columns.map((c) => r.values[c] ?? ''))]);
  const book = utils.book_new();
  utils.book_append_sheet(book, sheet, 'Campus');
  return Buffer.from(write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Uint8Array);
}
