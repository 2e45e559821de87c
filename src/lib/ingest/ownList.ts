/**
 * A région's own Campus list, opened in the app: a CSV as Excel or LibreOffice save it (UTF-8,
 * Windows-1252, or UTF-16 « Texte Unicode »), a workbook's sheet (.xlsx, .ods, .xls), or a GeoJSON
 * FeatureCollection (the app's own export, or any with the same properties). What the file is comes
 * from its bytes (fileKind.ts), not its name. Read with the build's reader and checks (`readCampus`,
 * `locateCampus`, in their own-list mode), geocoded from the commune gazetteer, and turned into the
 * dataset's Campus features.
 *
 * A row with a problem is left out and listed (`line · column · what — expected`); the others are
 * mapped. A problem with the whole file (not a list, a missing column, no row left) maps nothing.
 *
 * A workbook is read by workbook.ts, which brings SheetJS: the caller loads it on demand and hands its
 * result in (`workbookRequest` says what to ask it), so this module stays free of it.
 */
import { columnKey, parseCsv, type CsvError, type CsvTable } from './csv.ts';
import { NOT_A_LIST, PASSWORD_PROTECTED, sniffFile, type FileKind, type WorkbookKind } from './fileKind.ts';
import type { WorkbookRequest, WorkbookResult } from './workbook.ts';
import { CAMPUS_COLUMN_ALIASES, OWN_LIST_COLUMNS } from './columns.ts';
import { readCampus, type CampusReading } from './records.ts';
import { ResolutionBook, locateCampus, type DepartementCheck } from './validate.ts';
import { toCampusCollection } from './dataset.ts';
import type { CommuneLookup } from '../data/communes.ts';
import { formatFactSources } from '../data/factSources.ts';
import { formatSinceFacts } from '../data/sinceFacts.ts';
import {
  SECTOR_IDS,
  type CampusFeature,
  type FactSource,
  type SinceFact,
  type Sector,
  type SectorId,
} from '../model/types.ts';
import { ACADEMIE_BY_ID } from '../geo/academies.ts';
import { REGION_BY_CODE } from '../geo/regions.ts';

/** Larger files are refused with a message rather than freezing the tab. */
export const OWN_LIST_LIMITS = { bytes: 20_000_000, rows: 50_000, unzippedBytes: 100_000_000 } as const;

export interface OwnListFile {
  name: string;
  bytes: Uint8Array;
  /** The workbook's sheet to read (the first when absent). */
  sheet?: string | undefined;
}

export interface OwnListContext {
  gazetteer: CommuneLookup;
  shapes: DepartementCheck;
  /** The eleven groups, for sectors written as labels. */
  sectors: readonly Sector[];
}

export type OwnListFormat = 'csv' | 'geojson' | WorkbookKind;

/** What a workbook's reading adds: its sheets, for the chooser, and the one read. */
export interface SheetChoice {
  sheets?: string[];
  sheet?: string;
}

export interface OwnList extends SheetChoice {
  /** The file's name, as the person chose it. */
  name: string;
  format: OwnListFormat;
  /** How a CSV's bytes were read (a GeoJSON is always UTF-8). */
  encoding: CsvTable['encoding'];
  campus: CampusFeature[];
  /** Problems of rows that were left out, by line (a GeoJSON's « line » is its feature's number). */
  problems: CsvError[];
  /** Notes on rows that were mapped: positions placed approximately. */
  warnings: string[];
  /** Cells read with a remark, by line and column: a workbook's formulas, read as their saved value. */
  notes: CsvError[];
  /** Each column's header as the file writes it, for messages in the person's words. */
  headers: Record<string, string>;
  /** Data rows in the file. */
  rowsRead: number;
  /** Rows left out for their problems. */
  leftOut: number;
}

export type OwnListResult =
  | { ok: true; list: OwnList }
  | ({
      ok: false;
      name: string;
      format: OwnListFormat;
      problems: CsvError[];
      headers?: Record<string, string>;
    } & SheetChoice);

export { NOT_A_LIST };

/** What to ask workbook.ts for, to read this file's sheet as an own list. */
export function workbookRequest(
  file: OwnListFile,
  kind: Extract<FileKind, { kind: 'workbook' }>,
): WorkbookRequest {
  return {
    name: file.name,
    bytes: file.bytes,
    kind,
    sheet: file.sheet,
    requiredColumns: OWN_LIST_COLUMNS,
    columnAliases: ownListAliases,
    skipBadRows: true,
    skipEmptyRows: true,
    limits: { rows: OWN_LIST_LIMITS.rows, unzippedBytes: OWN_LIST_LIMITS.unzippedBytes },
  };
}

/**
 * Reads a file as an own list. A workbook's sheet comes read already (`workbook`, from workbook.ts
 * with `workbookRequest`); without it, a workbook cannot be read.
 */
export function readOwnList(
  file: OwnListFile,
  context: OwnListContext,
  workbook?: WorkbookResult,
): OwnListResult {
  const kind = sniffFile(file.bytes);
  const format: OwnListFormat =
    kind.kind === 'workbook'
      ? kind.workbook
      : kind.kind === 'json' || (/\.(geo)?json$/i.test(file.name) && kind.kind === 'text')
        ? 'geojson'
        : 'csv';
  const choice: SheetChoice = workbook
    ? { sheets: workbook.sheets, ...(workbook.sheet === undefined ? {} : { sheet: workbook.sheet }) }
    : {};
  const failure = (problems: CsvError[], headers?: Record<string, string>): OwnListResult => ({
    ok: false,
    name: file.name,
    format,
    problems,
    ...choice,
    ...(headers ? { headers } : {}),
  });
  if (file.bytes.length > OWN_LIST_LIMITS.bytes)
    return failure([
      fileProblem(
        file.name,
        `the file is ${Math.round(file.bytes.length / 1e6)} MB — at most ${OWN_LIST_LIMITS.bytes / 1e6} MB`,
      ),
    ]);
  if (kind.kind === 'other') return failure([fileProblem(file.name, NOT_A_LIST)]);
  if (kind.kind === 'encrypted') return failure([fileProblem(file.name, PASSWORD_PROTECTED)]);
  let notes: CsvError[] = [];
  let table: CsvTable | { problems: CsvError[] };
  if (kind.kind === 'workbook') {
    if (!workbook) return failure([fileProblem(file.name, 'the workbook reader was not loaded')]);
    table = workbook.ok ? workbook.table : { problems: workbook.problems };
    if (workbook.ok) notes = workbook.notes;
  } else table = format === 'geojson' ? geojsonTable(file) : csvTable(file);
  if ('problems' in table) return failure(table.problems);
  const rowsRead = table.rows.length + table.skipped.length;
  if (rowsRead > OWN_LIST_LIMITS.rows)
    return failure([
      fileProblem(file.name, `the file has ${rowsRead} rows — at most ${OWN_LIST_LIMITS.rows}: split it`),
    ]);

  const reading: CampusReading = {
    kind: 'own-list',
    sectorLabels: sectorLabels(context.sectors),
    defaultSource: file.name,
  };
  const errors: CsvError[] = [...table.skipped];
  const records = readCampus(normaliseValues(table), errors, reading);
  const files = { campus: file.name, resolutions: '' };
  const checked = locateCampus(
    records,
    new ResolutionBook([]),
    context.gazetteer,
    context.shapes,
    errors,
    files,
    reading,
  );
  const problems = [...errors].sort((a, b) => a.line - b.line || a.field.localeCompare(b.field));
  if (checked.campus.length === 0)
    return failure(
      problems.length > 0
        ? problems
        : [fileProblem(file.name, 'holds no Campus — expected at least one row')],
      table.headers,
    );
  return {
    ok: true,
    list: {
      name: file.name,
      format,
      encoding: table.encoding,
      campus: toCampusCollection(checked.campus, []).features,
      problems,
      warnings: checked.warnings,
      notes,
      headers: table.headers,
      ...choice,
      rowsRead,
      leftOut: new Set(problems.map((p) => p.line)).size,
    },
  };
}

function fileProblem(file: string, message: string): CsvError {
  return { file, line: 1, field: '(file)', message };
}

/**
 * The campus columns a file's header names. `commune` is the INSEE code, unless another column holds
 * the code (`commune_insee`, `code INSEE`): then it is the town's name, as in the app's French export.
 */
function ownListAliases(keys: readonly string[]): Readonly<Record<string, string>> {
  const codeElsewhere = keys.some((k) => k !== 'commune' && CAMPUS_COLUMN_ALIASES[k] === 'commune');
  return codeElsewhere ? { ...CAMPUS_COLUMN_ALIASES, commune: 'town' } : CAMPUS_COLUMN_ALIASES;
}

function csvTable(file: OwnListFile): CsvTable | { problems: CsvError[] } {
  const parsed = parseCsv(file.name, file.bytes, OWN_LIST_COLUMNS, {
    windows1252: true,
    utf16: true,
    columnAliases: ownListAliases,
    skipBadRows: true,
    skipEmptyRows: true,
  });
  if (parsed.ok) return parsed.table;
  return { problems: isProse(parsed.header) ? [fileProblem(file.name, NOT_A_LIST)] : parsed.errors };
}

/**
 * Text that is no table: a « header » of one cell that names no column (a letter, notes). A list with
 * one right column and the others missing is a list, and is told which columns are missing.
 */
function isProse(header: readonly string[] | undefined): boolean {
  const named = (header ?? []).filter((cell) => cell.trim() !== '');
  return (
    header !== undefined && named.length <= 1 && !named.some((c) => columnKey(c) in CAMPUS_COLUMN_ALIASES)
  );
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A GeoJSON FeatureCollection as a table: one row per feature, its properties as cells (lists joined
 * with `|`, as a CSV writes them) and its point as `lat`/`lon`. A feature's « line » is its number.
 */
function geojsonTable(file: OwnListFile): CsvTable | { problems: CsvError[] } {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(file.bytes).replace(/^\uFEFF/, ''));
  } catch {
    return {
      problems: [
        fileProblem(file.name, 'is not valid JSON — expected a GeoJSON FeatureCollection, or a CSV'),
      ],
    };
  }
  if (!isObject(json) || json['type'] !== 'FeatureCollection' || !Array.isArray(json['features']))
    return {
      problems: [
        fileProblem(
          file.name,
          'is JSON but not a GeoJSON FeatureCollection — expected {"type": "FeatureCollection", "features": […]}',
        ),
      ],
    };
  const features = json['features'] as unknown[];
  const keys = new Map<string, string>();
  for (const f of features)
    if (isObject(f) && isObject(f['properties']))
      for (const k of Object.keys(f['properties'])) if (!keys.has(columnKey(k))) keys.set(columnKey(k), k);
  const aliases = ownListAliases([...keys.keys()]);
  const columnOf = (key: string) => aliases[columnKey(key)] ?? key;
  const headers = Object.fromEntries([...keys.values()].map((k) => [columnOf(k), k]));
  const present = new Set([...keys.values()].map(columnOf));
  const missing = OWN_LIST_COLUMNS.filter((c) => !present.has(c));
  if (missing.length > 0)
    return {
      problems: [
        fileProblem(
          file.name,
          `no feature has the propert${missing.length > 1 ? 'ies' : 'y'} ${missing.join(', ')} — expected ${OWN_LIST_COLUMNS.join(', ')} in every feature's properties`,
        ),
      ],
    };
  const rows: CsvTable['rows'] = [];
  const skipped: CsvError[] = [];
  features.forEach((f, i) => {
    const line = i + 1;
    if (!isObject(f) || f['type'] !== 'Feature' || !isObject(f['properties'])) {
      skipped.push({
        file: file.name,
        line,
        field: '(row)',
        message: 'is not a Feature with properties — expected {"type": "Feature", "properties": {…}}',
      });
      return;
    }
    const values: Record<string, string> = {};
    for (const [key, value] of Object.entries(f['properties'])) {
      const cell = cellOf(value);
      if (cell !== undefined) values[columnOf(key)] = cell;
    }
    const geometry = f['geometry'];
    const coordinates =
      isObject(geometry) && geometry['type'] === 'Point' ? geometry['coordinates'] : undefined;
    if (
      Array.isArray(coordinates) &&
      coordinates.length >= 2 &&
      coordinates.every((n) => typeof n === 'number' && Number.isFinite(n))
    ) {
      values['lon'] ??= String(coordinates[0]);
      values['lat'] ??= String(coordinates[1]);
    }
    rows.push({ line, values });
  });
  return {
    file: file.name,
    encoding: 'utf-8',
    delimiter: ',',
    columns: [...present],
    headers,
    rows,
    skipped,
  };
}

/** A property as a CSV cell: text, a number, a list of texts, the `sources` or `since` list; else left out. */
function cellOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v === 'string')) return value.join(' | ');
    if (value.every((v) => isObject(v) && typeof v['fact'] === 'string' && typeof v['url'] === 'string'))
      return formatFactSources(value as FactSource[]);
    // The `since` facts (their pages are in `sources`, as since= entries).
    if (value.every((v) => isObject(v) && typeof v['kind'] === 'string' && typeof v['date'] === 'string'))
      return formatSinceFacts(value as SinceFact[]);
  }
  return undefined;
}

/** Ids and labels of the groups, as `columnKey` folds them. */
function sectorLabels(sectors: readonly Sector[]): Map<string, SectorId> {
  const labels = new Map<string, SectorId>();
  for (const s of sectors) {
    labels.set(columnKey(s.label_fr), s.id);
    labels.set(columnKey(s.label_en), s.id);
  }
  for (const id of SECTOR_IDS) labels.set(columnKey(id), id);
  return labels;
}

const STATUS_WORDS = new Map([
  ['labellise', 'labellise'],
  ['labelled', 'labellise'],
  ['labeled', 'labellise'],
  ['projet', 'projet'],
  ['project', 'projet'],
]);
const ACADEMIE_NAMES = new Map([...ACADEMIE_BY_ID.values()].map((a) => [columnKey(a.name), a.id]));
const REGION_NAMES = new Map([...REGION_BY_CODE.values()].map((r) => [columnKey(r.name), r.code]));
const YES = new Set(['oui', 'yes', 'true', '1', 'vrai']);

/**
 * Values written as a person (or the app's export) writes them, brought to the record's codes:
 * a status in words, an académie or région by its name. A position the app marked approximate is
 * placed again from the commune, so it stays marked. Anything unrecognised is left for the reader to
 * report.
 */
function normaliseValues(table: CsvTable): CsvTable {
  const rows = table.rows.map(({ line, values }) => {
    const v = { ...values };
    const word = (field: string, names: ReadonlyMap<string, string>) => {
      const value = v[field];
      const code = value === undefined ? undefined : names.get(columnKey(value));
      if (code !== undefined) v[field] = code;
    };
    word('status', STATUS_WORDS);
    word('academie', ACADEMIE_NAMES);
    word('region', REGION_NAMES);
    if (YES.has(columnKey(v['approximate'] ?? ''))) {
      v['lat'] = '';
      v['lon'] = '';
    }
    return { line, values: v };
  });
  return { ...table, rows };
}
