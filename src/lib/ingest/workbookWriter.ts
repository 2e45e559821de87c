/**
 * Writes typed tables as an `.xlsx` workbook with SheetJS (`@e965/xlsx`): the « Vos données »
 * template and the « Exporter » workbook. It sits beside the reader (workbook.ts) because it writes
 * the shape that reader reads back: a header row, then one row per Campus. Like the reader, this
 * module brings SheetJS, so it is imported only on demand (a click on a workbook download).
 *
 * Cells keep their type: a number is a number cell (it sorts and sums), a string is a text cell with
 * the « Texte » format (`@`), so a code such as 01283 keeps its leading zero — and a cell the person
 * later retypes in that column stays text in Excel and Calc. A text cell is never a formula, whatever
 * it starts with, so nothing needs neutralising as in a CSV.
 */
import { utils, write, type CellObject, type WorkSheet } from '@e965/xlsx';

export type Cell = string | number | null;

export interface SheetSpec {
  /** At most 31 characters, none of `[]:*?/\` (Excel's rule). */
  name: string;
  rows: readonly (readonly Cell[])[];
  /** Column widths in characters; else from the longest cell of each column (capped). */
  widths?: readonly number[];
}

/** Excel's number format id 49, « Texte ». */
const TEXT_FORMAT = '@';
/** Wide enough for a name, narrow enough that a page shows several columns. */
const MAX_WIDTH = 48;

export function workbookBytes(sheets: readonly SheetSpec[]): Uint8Array {
  const book = utils.book_new();
  for (const spec of sheets) utils.book_append_sheet(book, worksheet(spec), spec.name);
  return new Uint8Array(write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
}

function worksheet(spec: SheetSpec): WorkSheet {
  const sheet: WorkSheet = {};
  let width = 0;
  spec.rows.forEach((row, r) => {
    width = Math.max(width, row.length);
    row.forEach((value, c) => {
      const cell = cellOf(value);
      if (cell) sheet[utils.encode_cell({ r, c })] = cell;
    });
  });
  sheet['!ref'] = utils.encode_range({
    s: { r: 0, c: 0 },
    e: { r: Math.max(0, spec.rows.length - 1), c: Math.max(0, width - 1) },
  });
  sheet['!cols'] = Array.from({ length: width }, (_, c) => ({
    wch: spec.widths?.[c] ?? columnWidth(spec.rows, c),
  }));
  return sheet;
}

function cellOf(value: Cell): CellObject | undefined {
  if (value === null || value === '') return undefined;
  if (typeof value === 'number') return { t: 'n', v: value };
  return { t: 's', v: value, z: TEXT_FORMAT };
}

function columnWidth(rows: readonly (readonly Cell[])[], c: number): number {
  const longest = Math.max(...rows.map((row) => String(row[c] ?? '').length));
  return Math.min(MAX_WIDTH, Math.max(8, longest + 2));
}
