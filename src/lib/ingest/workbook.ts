/**
 * A workbook's sheet as a table (`.xlsx` from Excel, `.ods` from LibreOffice Calc, Excel 97's `.xls`),
 * read by SheetJS Community Edition (`@e965/xlsx`, ~140 kB gzipped): this module is imported only
 * when such a file is opened (openOwnList.ts), so a visit that opens none downloads none of it.
 *
 * The sheet goes through the CSV's header and row checks (`tableFromRows`), its rows numbered as the
 * spreadsheet numbers them. Cells become text as a person reads them in the spreadsheet: a text cell as
 * written, a number in full (46.15, not the two decimals a format shows), a code a format pads with
 * zeros (`00000`, Excel's « Code postal ») as shown, a date as shown. A code stored as a number has lost
 * its leading zero (1053); the Campus reader puts it back, as for a CSV. A formula is read as the value
 * the spreadsheet saved with it, and noted. A writer that stores codes as text and coordinates as
 * numbers (the « Exporter .xlsx » to come) is read back unchanged.
 *
 * Before SheetJS sees a zipped workbook, its size once unpacked is checked (zipDirectory.ts): first
 * what the directory declares, then what each entry really inflates to.
 */
import { read, SSF, utils, type CellObject, type WorkBook, type WorkSheet } from '@e965/xlsx';
import { tableFromRows, type CsvError, type CsvOptions, type CsvTable, type RawRow } from './csv.ts';
import { NOT_A_LIST, ODS_MIMETYPE, PASSWORD_PROTECTED, type FileKind } from './fileKind.ts';
import { entryBytes, inflatesWithin, unzippedSize } from './zipDirectory.ts';

interface WorkbookLimits {
  /** Data rows a sheet may hold. */
  rows: number;
  /** Bytes a zipped workbook may unpack to. */
  unzippedBytes: number;
}

export interface WorkbookRequest extends CsvOptions {
  name: string;
  bytes: Uint8Array;
  kind: Extract<FileKind, { kind: 'workbook' }>;
  requiredColumns: readonly string[];
  limits: WorkbookLimits;
  /** The sheet to read; the first when absent or not in the workbook. */
  sheet?: string | undefined;
}

export type WorkbookResult =
  | {
      ok: true;
      table: CsvTable;
      /** Cells read with a remark: formulas, read as the value they had when saved. */
      notes: CsvError[];
      sheets: string[];
      sheet: string;
    }
  | { ok: false; problems: CsvError[]; sheets: string[]; sheet?: string };

export async function readWorkbook(request: WorkbookRequest): Promise<WorkbookResult> {
  const { name, bytes, kind, limits } = request;
  const refuse = (message: string, sheets: string[] = [], sheet?: string): WorkbookResult => ({
    ok: false,
    problems: [{ file: name, line: 1, field: '(file)', message }],
    sheets,
    ...(sheet === undefined ? {} : { sheet }),
  });
  const megabytes = Math.round(limits.unzippedBytes / 1e6);
  const bomb = `the workbook unpacks to more than ${megabytes} MB — at most ${megabytes} MB: save a copy with only the list's sheet`;
  if (kind.entries.length > 0) {
    if (unzippedSize(kind.entries) > limits.unzippedBytes) return refuse(bomb);
    if (!(await inflatesWithin(bytes, kind.entries, limits.unzippedBytes))) return refuse(bomb);
    // An OpenDocument is a spreadsheet by its media type: read here when a writer deflated it.
    if (kind.workbook === 'ods') {
      const entry = kind.entries.find((e) => e.name === 'mimetype');
      const type = entry && (await entryBytes(bytes, entry, 200));
      if (!type || new TextDecoder().decode(type).trim() !== ODS_MIMETYPE) return refuse(NOT_A_LIST);
    }
  }
  let book: WorkBook;
  try {
    book = read(bytes, {
      type: 'array',
      dense: true,
      cellNF: true,
      cellHTML: false,
      cellStyles: false,
      // A header row, the limit, and room for blank rows between: past that the sheet is refused.
      sheetRows: limits.rows + 1000,
      ...(request.sheet === undefined ? {} : { sheets: request.sheet }),
    });
  } catch (error) {
    const reason = (error as Error).message ?? String(error);
    if (/password|encrypt/i.test(reason)) return refuse(PASSWORD_PROTECTED);
    return refuse(
      `the workbook could not be read (${reason}) — open it in your spreadsheet and save it again`,
    );
  }
  const sheets = book.SheetNames;
  const sheet = request.sheet !== undefined && sheets.includes(request.sheet) ? request.sheet : sheets[0];
  const worksheet = sheet === undefined ? undefined : book.Sheets[sheet];
  if (sheet === undefined || worksheet === undefined) return refuse('the workbook has no sheet', sheets);
  const { rows, formulas } = sheetRows(worksheet);
  if (rows.length === 0)
    return refuse(
      `the sheet « ${sheet} » is empty — expected a header row with ${request.requiredColumns.join(', ')}`,
      sheets,
      sheet,
    );
  if (rows.length - 1 > limits.rows)
    return refuse(
      `the sheet has more than ${limits.rows} rows — at most ${limits.rows}: split it`,
      sheets,
      sheet,
    );
  const parsed = tableFromRows(name, rows, request.requiredColumns, request, {
    encoding: 'utf-8',
    delimiter: ',',
  });
  if (!parsed.ok) return { ok: false, problems: parsed.errors, sheets, sheet };
  const notes = formulas.map(({ line, column, formula, value }) => ({
    file: name,
    line,
    field: parsed.table.columns[column] ?? '(row)',
    message:
      value === ''
        ? `formula « =${formula} » has no saved value — read as empty: open the file in your spreadsheet and save it`
        : `formula « =${formula} » read as its saved value « ${value} »`,
  }));
  return { ok: true, table: parsed.table, notes, sheets, sheet };
}

interface FormulaCell {
  line: number;
  column: number;
  formula: string;
  value: string;
}

/**
 * The sheet's non-empty rows, numbered as the spreadsheet numbers them, cut to the header's width (a
 * cell under no header is nobody's column), and the formulas in those columns.
 */
export function sheetRows(worksheet: WorkSheet): { rows: RawRow[]; formulas: FormulaCell[] } {
  const data = (worksheet['!data'] as CellObject[][] | undefined) ?? [];
  const ref = worksheet['!ref'];
  if (ref === undefined) return { rows: [], formulas: [] };
  const range = utils.decode_range(ref);
  const rows: RawRow[] = [];
  const formulas: FormulaCell[] = [];
  let width = 0;
  for (let r = range.s.r; r <= range.e.r; r++) {
    const row = data[r] ?? [];
    const cells: string[] = [];
    const last = rows.length === 0 ? range.e.c : range.s.c + width - 1;
    for (let c = range.s.c; c <= last; c++) cells.push(cellText(row[c]));
    if (cells.every((cell) => cell.trim() === '')) continue;
    const line = r + 1;
    if (rows.length === 0) {
      while (cells.length > 0 && cells[cells.length - 1]!.trim() === '') cells.pop();
      width = cells.length;
    } else
      for (let c = range.s.c; c <= last; c++) {
        const cell = row[c];
        if (cell?.f !== undefined)
          formulas.push({ line, column: c - range.s.c, formula: cell.f, value: cells[c - range.s.c]! });
      }
    rows.push({ line, endLine: line, cells });
  }
  return { rows, formulas };
}

/** A cell as the text a person reads in it (see the module's comment). */
export function cellText(cell: CellObject | undefined): string {
  if (cell === undefined || cell.v === undefined || cell.v === null) return '';
  switch (cell.t) {
    case 'n': {
      const format = typeof cell.z === 'string' ? cell.z : '';
      if (cell.w !== undefined && (/^0+$/.test(format) || (format !== '' && SSF.is_date(format))))
        return cell.w;
      return String(cell.v);
    }
    case 'b':
      return cell.v ? 'TRUE' : 'FALSE';
    case 'e':
      return cell.w ?? '#ERROR';
    case 'd':
      return cell.w ?? (cell.v instanceof Date ? cell.v.toISOString().slice(0, 10) : String(cell.v));
    default:
      return String(cell.v);
  }
}
