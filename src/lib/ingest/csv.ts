/**
 * A strict CSV reader for files that French spreadsheets export.
 *
 * Why not d3-dsv: it silently accepts an unbalanced quote (swallowing the rest of the file into one
 * cell) and does not report line numbers or column-count mismatches. A région's officer editing a
 * spreadsheet needs `campus.csv:12: …` messages, so we parse RFC 4180 ourselves and keep, for each
 * row, the physical line it starts on.
 *
 * Accepts: UTF-8 with or without BOM, CRLF or LF, `,` or `;` delimiter (detected on the header).
 * Rejects, with a message: non-UTF-8 bytes, UTF-16, an empty file, a missing/duplicate header,
 * an unbalanced quote, a row with the wrong number of cells.
 *
 * Two options serve a person opening their own spreadsheet in the app (the build's committed records
 * stay strict): `windows1252` reads bytes that are not UTF-8 as Windows-1252, French Excel's plain
 * « CSV » (the table says which encoding was read), and `columnAliases` maps other names of a column
 * (`nom` → `name`) onto the expected ones.
 */

export interface CsvRow {
  /** 1-based physical line where the row starts (the header is line 1). */
  line: number;
  values: Record<string, string>;
}

export interface CsvTable {
  file: string;
  /** How the bytes were read: UTF-8 (with or without BOM), or Windows-1252 when allowed and needed. */
  encoding: 'utf-8' | 'windows-1252';
  delimiter: ',' | ';';
  columns: string[];
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

export type CsvResult = { ok: true; table: CsvTable } | { ok: false; errors: CsvError[] };

export interface CsvOptions {
  /** Read bytes that are not valid UTF-8 as Windows-1252 instead of refusing them. */
  windows1252?: boolean;
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
export function decodeUtf8(file: string, bytes: Uint8Array): { text: string } | { error: CsvError } {
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

/** The delimiter of the header line: `;` if it has more semicolons than commas outside quotes. */
export function detectDelimiter(headerLine: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

interface RawRow {
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
  let decoded = decodeUtf8(file, bytes);
  let encoding: CsvTable['encoding'] = 'utf-8';
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
  const errors: CsvError[] = error ? [error] : [];
  const [header, ...body] = rows;
  const keys = (header?.cells ?? []).map(columnKey);
  const given = options.columnAliases ?? {};
  const aliases = typeof given === 'function' ? given(keys) : given;
  const columns = (header?.cells ?? []).map((c, i) => aliases[keys[i]!] ?? c.trim());
  const missing = requiredColumns.filter((c) => !columns.includes(c));
  if (missing.length > 0) {
    errors.push({
      file,
      line: 1,
      field: '(header)',
      message: `missing column(s) ${missing.join(', ')} — expected a header with ${requiredColumns.join(delimiter)}`,
    });
  }
  const seen = new Set<string>();
  for (const c of columns) {
    if (seen.has(c))
      errors.push({ file, line: 1, field: c, message: 'this column appears twice in the header' });
    seen.add(c);
  }
  if (missing.length > 0) return { ok: false, errors };
  const out: CsvRow[] = [];
  const skipped: CsvError[] = [];
  for (const row of body) {
    if (row.cells.length !== columns.length) {
      (options.skipBadRows ? skipped : errors).push({
        file,
        line: row.line,
        field: '(row)',
        message:
          `${row.cells.length} cells — expected ${columns.length} (${columns.join(delimiter)}); ` +
          (row.endLine > row.line
            ? `the row runs on to line ${row.endLine}: check for an unbalanced quote`
            : `check for an unquoted « ${delimiter} » in a cell`),
      });
      continue;
    }
    const values: Record<string, string> = {};
    columns.forEach((c, i) => (values[c] = row.cells[i]!.trim()));
    out.push({ line: row.line, values });
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, table: { file, encoding, delimiter, columns, rows: out, skipped } };
}

export function formatError(e: CsvError): string {
  return `${e.file}:${e.line}: ${e.field}: ${e.message}`;
}
