/**
 * A strict CSV reader for files that French spreadsheets export.
 *
 * Why not d3-dsv: it silently accepts an unbalanced quote (swallowing the rest of the file into one
 * cell) and does not report line numbers or column-count mismatches. A région's officer editing a
 * spreadsheet needs `campus.csv:12: …` messages, so we parse RFC 4180 ourselves and keep, for each
 * row, the physical line it starts on.
 *
 * Accepts: UTF-8 with or without BOM, CRLF or LF, `,`, `;` or tab delimiter (detected on the header).
 * Rejects, with a message: non-UTF-8 bytes, UTF-16, an empty file, a missing/duplicate header,
 * an unbalanced quote, a row with the wrong number of cells.
 *
 * Options serve a person opening their own spreadsheet in the app (the build's committed records
 * stay strict): `windows1252` reads bytes that are not UTF-8 as Windows-1252, French Excel's plain
 * « CSV », and `utf16` reads UTF-16, Excel's « Texte Unicode » (tab-separated), the table saying which
 * encoding was read; `columnAliases` maps other names of a column (`nom` → `name`) onto the expected
 * ones. A workbook's sheet (workbook.ts) goes through the same header and row checks (`tableFromRows`).
 */
import { decodeUtf16, utf16Endian } from './fileKind.ts';

export interface CsvRow {
  /** 1-based physical line where the row starts (the header is line 1). */
  line: number;
  values: Record<string, string>;
}

export interface CsvTable {
  file: string;
  /** How the bytes were read: UTF-8 (with or without BOM), or Windows-1252 or UTF-16 when allowed. */
  encoding: 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';
  delimiter: Delimiter;
  columns: string[];
  /** Each column's header as the file writes it (« Code INSEE » for `commune`), for messages. */
  headers: Record<string, string>;
  rows: CsvRow[];
  /** Rows left out for their number of cells (only with `skipBadRows`; otherwise they fail the file). */
  skipped: CsvError[];
}

export interface CsvError {
  file: string;
  line: number;
  field: string;
  message: string;
}

export type Delimiter = ',' | ';' | '\t';

export type CsvResult =
  | { ok: true; table: CsvTable }
  /** `header`: the header's cells as written, when there was one. */
  | { ok: false; errors: CsvError[]; header?: string[] };

export interface CsvOptions {
  /** Read bytes that are not valid UTF-8 as Windows-1252 instead of refusing them. */
  windows1252?: boolean;
  /** Read UTF-16 (by its byte-order mark, or its zero bytes) instead of refusing it. */
  utf16?: boolean;
  /**
   * Other names of the columns, keyed by `columnKey` (lower case, accents folded): `{ nom: 'name' }`.
   * A header cell found here is read as the column it names. A function receives the header's keys
   * first, for a name whose meaning depends on its neighbours (`commune` is the town's name in a file
   * that also has `commune_insee`).
   */
  columnAliases?: Readonly<Record<string, string>> | ((keys: string[]) => Readonly<Record<string, string>>);
  /**
   * Leave out a row with the wrong number of cells (listed in `table.skipped`) instead of refusing the
   * file: one broken row of a person's list should not hide the others. The build keeps every row.
   */
  skipBadRows?: boolean;
  /**
   * Skip a row whose every cell is empty (`;;;`: a blank row of a spreadsheet saved as CSV or Unicode
   * text), as a workbook's blank rows are. The build reports it instead.
   */
  skipEmptyRows?: boolean;
}

/**
 * A header cell as aliases are looked up: lower case, accents folded, underscores as spaces, spaces
 * collapsed (« Code_INSEE » → code insee, « Académie » → academie).
 */
export function columnKey(cell: string): string {
  return cell
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[_\s]+/g, ' ')
    .trim();
}

/** Decodes bytes as UTF-8, refusing anything else with a message that says how to fix it. */
function decodeUtf8(file: string, bytes: Uint8Array): { text: string } | { error: CsvError } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {
      error: {
        file,
        line: 1,
        field: '(file)',
        message: 'the file is UTF-16 — save it as « CSV UTF-8 »',
      },
    };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch {
    const line = lineOfFirstInvalidByte(bytes);
    return {
      error: {
        file,
        line,
        field: '(file)',
        message: 'the file is not valid UTF-8 (probably Windows-1252/Latin-1) — save it as « CSV UTF-8 »',
      },
    };
  }
}

/**
 * Windows-1252 at bytes 0x80–0x9F (the rest is Latin-1's identity). Written out because Node's
 * TextDecoder reads the `windows-1252` label as Latin-1 (nodejs/node#56542): `’`, `œ`, `€`, `…` would
 * come out as control characters in the build and the tests, while browsers read them right.
 */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) {
    text += byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  }
  return text;
}

function lineOfFirstInvalidByte(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return 1;
}

/**
 * The delimiter of the header line, the one it holds most of outside quotes: a tab (« Texte
 * Unicode »), `;` (French Excel) or `,`.
 */
export function detectDelimiter(headerLine: string): Delimiter {
  let commas = 0;
  let semicolons = 0;
  let tabs = 0;
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === ';') semicolons++;
    else if (!quoted && ch === '\t') tabs++;
  }
  if (tabs > commas && tabs > semicolons) return '\t';
  return semicolons > commas ? ';' : ',';
}

/** A row of cells as a file lays it out, before the header names them. */
export interface RawRow {
  line: number;
  /** Last physical line of the row (later than `line` when a quoted cell holds line breaks). */
  endLine: number;
  cells: string[];
}

/** Splits text into rows of cells (RFC 4180), reporting an unbalanced quote by its opening line. */
function splitRows(file: string, text: string, delimiter: string): { rows: RawRow[]; error?: CsvError } {
  const rows: RawRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let quoteLine = 0;
  let line = 1;
  let rowLine = 1;
  let cellStarted = false;
  const endRow = () => {
    cells.push(cell);
    // A line with a single empty cell is a blank line: skip it (spreadsheets add trailing ones).
    if (!(cells.length === 1 && cells[0] === '' && !cellStarted))
      rows.push({ line: rowLine, endLine: line, cells });
    cells = [];
    cell = '';
    cellStarted = false;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && cell === '') {
      quoted = true;
      quoteLine = line;
      cellStarted = true;
    } else if (ch === delimiter) {
      cells.push(cell);
      cell = '';
      cellStarted = true;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else {
      cell += ch;
      cellStarted = true;
    }
  }
  if (quoted) {
    return {
      rows,
      error: {
        file,
        line: quoteLine,
        field: '(row)',
        message: 'a quoted cell is never closed — check for a missing " in this row',
      },
    };
  }
  if (cell !== '' || cells.length > 0 || cellStarted) endRow();
  return { rows };
}

/** Parses CSV bytes into a table keyed by header, collecting every structural error. */
export function parseCsv(
  file: string,
  bytes: Uint8Array,
  requiredColumns: readonly string[],
  options: CsvOptions = {},
): CsvResult {
  const endian = options.utf16 ? utf16Endian(bytes) : undefined;
  let decoded = endian ? { text: decodeUtf16(bytes, endian) } : decodeUtf8(file, bytes);
  let encoding: CsvTable['encoding'] = endian ? `utf-16${endian}` : 'utf-8';
  // Not UTF-8 (and not UTF-16, which is refused either way): every byte is a Windows-1252 character.
  if ('error' in decoded && options.windows1252 && !decoded.error.message.includes('UTF-16')) {
    decoded = { text: decodeWindows1252(bytes) };
    encoding = 'windows-1252';
  }
  if ('error' in decoded) return { ok: false, errors: [decoded.error] };
  const text = decoded.text;
  if (text.trim() === '') {
    return {
      ok: false,
      errors: [
        {
          file,
          line: 1,
          field: '(file)',
          message: `the file is empty — expected a header: ${requiredColumns.join(',')}`,
        },
      ],
    };
  }
  const delimiter = detectDelimiter(text.slice(0, text.search(/\r?\n|$/)));
  const { rows, error } = splitRows(file, text, delimiter);
  return tableFromRows(file, rows, requiredColumns, options, { encoding, delimiter }, error ? [error] : []);
}

/**
 * Rows of cells (the first is the header) as a table keyed by column: the header's checks (a missing
 * or repeated column) and each row's number of cells, for a CSV and a workbook's sheet alike.
 */
export function tableFromRows(
  file: string,
  rows: readonly RawRow[],
  requiredColumns: readonly string[],
  options: CsvOptions,
  { encoding, delimiter }: Pick<CsvTable, 'encoding' | 'delimiter'>,
  errors: CsvError[] = [],
): CsvResult {
  const [header, ...body] = rows;
  const headerLine = header?.line ?? 1;
  const keys = (header?.cells ?? []).map(columnKey);
  const given = options.columnAliases ?? {};
  const aliases = typeof given === 'function' ? given(keys) : given;
  const columns = (header?.cells ?? []).map((c, i) => aliases[keys[i]!] ?? c.trim());
  const headers = Object.fromEntries(columns.map((c, i) => [c, header!.cells[i]!.trim()]));
  // A tab cannot be seen in a message: the columns are listed with commas then.
  const listed = (names: readonly string[]) => names.join(delimiter === '\t' ? ', ' : delimiter);
  const missing = requiredColumns.filter((c) => !columns.includes(c));
  if (missing.length > 0) {
    errors.push({
      file,
      line: headerLine,
      field: '(header)',
      message: `missing column(s) ${missing.join(', ')} — expected a header with ${listed(requiredColumns)}`,
    });
  }
  const seen = new Set<string>();
  for (const c of columns) {
    if (seen.has(c))
      errors.push({ file, line: headerLine, field: c, message: 'this column appears twice in the header' });
    seen.add(c);
  }
  if (missing.length > 0) return { ok: false, errors, header: header?.cells ?? [] };
  const out: CsvRow[] = [];
  const skipped: CsvError[] = [];
  for (const row of body) {
    if (options.skipEmptyRows && row.cells.every((cell) => cell.trim() === '')) continue;
    if (row.cells.length !== columns.length) {
      (options.skipBadRows ? skipped : errors).push({
        file,
        line: row.line,
        field: '(row)',
        message:
          `${row.cells.length} cells — expected ${columns.length} (${listed(header!.cells.map((c) => c.trim()))}); ` +
          (row.endLine > row.line
            ? `the row runs on to line ${row.endLine}: check for an unbalanced quote`
            : delimiter === '\t'
              ? 'check for a tab inside a cell'
              : `check for an unquoted « ${delimiter} » in a cell`),
      });
      continue;
    }
    const values: Record<string, string> = {};
    columns.forEach((c, i) => (values[c] = row.cells[i]!.trim()));
    out.push({ line: row.line, values });
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, table: { file, encoding, delimiter, columns, headers, rows: out, skipped } };
}

export function formatError(e: CsvError): string {
  return `${e.file}:${e.line}: ${e.field}: ${e.message}`;
}
