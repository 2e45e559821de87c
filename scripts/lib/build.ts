/**
 * The whole build as one pure function: source bytes in, output files (name → text) or the full list
 * of problems out. Reading and writing files is left to the command-line entry point, which keeps this
 * testable and lets the benchmark run it on synthetic records.
 */
import { formatError, parseCsv, type CsvError, type CsvTable } from '../../src/lib/ingest/csv.ts';
import {
  CAMPUS_COLUMNS,
  PRACTICE_COLUMNS,
  RESOLUTION_COLUMNS,
  SECTOR_COLUMNS,
} from '../../src/lib/ingest/columns.ts';
import { readCampus, readPractices, readResolutions, readSectors } from '../../src/lib/ingest/records.ts';
import {
  ResolutionBook,
  checkPractices,
  locateCampus,
  type DepartementCheck,
} from '../../src/lib/ingest/validate.ts';
import { buildReport, sortPractices, sortSectors, toCampusCollection } from '../../src/lib/ingest/dataset.ts';
import type { Gazetteer } from './gazetteer.ts';
import { SECTOR_IDS, type BuildReport } from '../../src/lib/model/types.ts';

/** The source files, by role. `resolutions` may be absent (a région's own list may have none). */
export interface SourceFiles {
  campus: Uint8Array;
  practices: Uint8Array;
  sectors: Uint8Array;
  resolutions?: Uint8Array;
}

export const SOURCE_NAMES = {
  campus: 'campus.csv',
  practices: 'practices.csv',
  sectors: 'sectors.csv',
  resolutions: 'resolutions.csv',
} as const;

export interface Geography {
  gazetteer: Gazetteer;
  shapes: DepartementCheck;
  /** The topology file, copied as is into the output. */
  topologyText: string;
  /** The neighbouring-countries backdrop, copied as is into the output. */
  contextText: string;
}

export type BuildResult =
  { ok: true; files: Record<string, string>; report: BuildReport } | { ok: false; errors: string[] };

const isBlank = (bytes?: Uint8Array) =>
  !bytes || bytes.every((b) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09);
const EMPTY_RESOLUTIONS = new TextEncoder().encode(RESOLUTION_COLUMNS.join(',') + '\n');

export function buildDataset(sources: SourceFiles, geo: Geography): BuildResult {
  const errors: CsvError[] = [];
  const parse = (role: keyof typeof SOURCE_NAMES, bytes: Uint8Array, columns: readonly string[]) => {
    const result = parseCsv(SOURCE_NAMES[role], bytes, columns);
    if (result.ok) return result.table;
    errors.push(...result.errors);
    return undefined;
  };
  const tables = {
    sectors: parse('sectors', sources.sectors, SECTOR_COLUMNS),
    campus: parse('campus', sources.campus, CAMPUS_COLUMNS),
    practices: parse('practices', sources.practices, PRACTICE_COLUMNS),
    // resolutions.csv is optional and may be left empty: a région's own list may have nothing to resolve.
    resolutions: parse(
      'resolutions',
      isBlank(sources.resolutions) ? EMPTY_RESOLUTIONS : sources.resolutions!,
      RESOLUTION_COLUMNS,
    ),
  };
  const sectors = tables.sectors ? readSectors(tables.sectors, errors) : [];
  for (const id of SECTOR_IDS) {
    if (tables.sectors && !sectors.some((s) => s.id === id)) {
      errors.push({
        file: SOURCE_NAMES.sectors,
        line: 1,
        field: 'id',
        message: `sector « ${id} » is missing — all eleven groups are needed`,
      });
    }
  }
  const campusRecords = tables.campus ? readCampus(tables.campus, errors) : [];
  const practices = tables.practices ? readPractices(tables.practices, errors) : [];
  const resolutions = tables.resolutions ? readResolutions(tables.resolutions, errors) : [];
  const book = new ResolutionBook(resolutions);
  const checked = locateCampus(campusRecords, book, geo.gazetteer, geo.shapes, errors);
  // Ids as written, including rows rejected above, so one bad row does not cascade into more errors.
  const idsIn = (table?: CsvTable) => (table?.rows ?? []).map((r) => r.values['id'] ?? '');
  const campusIds = new Set(idsIn(tables.campus));
  const checkedPractices = tables.campus ? checkPractices(practices, campusIds, book, errors) : [];
  if (tables.campus && tables.practices)
    book.reportUnused(new Set([...campusIds, ...idsIn(tables.practices)]), errors);
  if (tables.campus && campusRecords.length === 0 && errors.length === 0) {
    errors.push({
      file: SOURCE_NAMES.campus,
      line: 2,
      field: '(file)',
      message: 'holds no Campus — expected at least one row under the header',
    });
  }
  if (errors.length > 0) {
    const sorted = [...errors].sort(
      (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.field.localeCompare(b.field),
    );
    return { ok: false, errors: sorted.map(formatError) };
  }

  const strip = <T extends { line: number }>({ line: _line, ...rest }: T) => rest;
  const cleanPractices = sortPractices(checkedPractices.map(strip));
  const cleanSectors = sortSectors(sectors.map(strip));
  const collection = toCampusCollection(checked.campus, cleanPractices);
  const warnings = [...checked.warnings];
  for (const s of cleanSectors) {
    const mapped = collection.features.filter((f) => f.properties.sector === s.id).length;
    if (mapped > s.livret_count)
      warnings.push(`${s.id}: ${mapped} Campus on the map but the livret counts ${s.livret_count}`);
  }
  const report = buildReport(collection, cleanPractices, cleanSectors, book.applied, warnings);
  const json = (value: unknown) => JSON.stringify(value) + '\n';
  return {
    ok: true,
    report,
    files: {
      'campus.geojson': json(collection),
      'practices.json': json(cleanPractices),
      'sectors.json': json(cleanSectors),
      'france.topo.json': geo.topologyText,
      'context.topo.json': geo.contextText,
      'build-report.json': JSON.stringify(report, null, 2) + '\n',
    },
  };
}
