/**
 * Source records: one reader per CSV file, turning rows into typed records and collecting every
 * problem. Cross-file checks (a practice's Campus exists, a commune matches its région) come later,
 * in `validate.ts`, once all files are read.
 */
import { columnKey, type CsvError, type CsvTable } from './csv.ts';
import { RowReader, checkUniqueIds } from './fields.ts';
import {
  CAMPUS_STATUSES,
  CHAPTERS,
  LOCATION_BASES,
  PRACTICE_LEVELS,
  SECTOR_IDS,
  type CampusStatus,
  type Chapter,
  type FactSource,
  type LocationBasis,
  type Practice,
  type PracticeLevel,
  type Resolution,
  type Sector,
  type SectorId,
  type SinceFact,
} from '../model/types.ts';
import { parseFactSources } from '../data/factSources.ts';
import { bindSincePages, parseSinceFacts } from '../data/sinceFacts.ts';
import { ACADEMIE_BY_ID } from '../geo/academies.ts';
import { REGION_BY_CODE } from '../geo/regions.ts';

/** A Campus row as written in campus.csv, before geocoding. */
export interface CampusRecord {
  line: number;
  id: string;
  name: string;
  aliases: string[];
  sector: SectorId;
  status: CampusStatus;
  commune: string;
  town: string;
  academie: string;
  region: string;
  lat: number | null;
  lon: number | null;
  location_basis: LocationBasis | null;
  lead: string;
  partners: string[];
  source: string;
  sources: FactSource[];
  note: string;
  /** The note in English, our translation of the whole of it ('' when none). */
  note_en: string;
  /** What became of the Campus after the livret, each fact bound to its `since=` page. */
  since: SinceFact[];
}

export type Located<T> = T & { line: number };

const ACADEMIE_IDS = [...ACADEMIE_BY_ID.keys()];
const REGION_CODES = [...REGION_BY_CODE.keys()];

function readRows<T extends { id: string; line: number }>(
  table: CsvTable,
  errors: CsvError[],
  read: (r: RowReader) => T | undefined,
): T[] {
  const records: T[] = [];
  for (const row of table.rows) {
    const before = errors.length;
    const record = read(new RowReader(table.file, row, errors));
    if (record && errors.length === before) records.push(record);
  }
  checkUniqueIds(table.file, records, errors);
  return records;
}

export function readSectors(table: CsvTable, errors: CsvError[]): Located<Sector>[] {
  return readRows(table, errors, (r) => {
    const id = r.oneOf('id', SECTOR_IDS);
    const label_fr = r.text('label_fr', { required: true });
    const label_en = r.text('label_en', { required: true });
    const livret_count = r.count('livret_count');
    const filieres = r.list('filieres_2019');
    if (!id || !label_fr || !label_en || livret_count === undefined || !filieres) return undefined;
    return { line: r.line, id, label_fr, label_en, livret_count, filieres_2019: filieres };
  });
}

/**
 * How a campus list is read. The livret's records (`npm run data`) are strict: every column filled in,
 * ids written out, the sector by its id. A région's own list opened in the app (`ingest/ownList.ts`)
 * may leave out what can be derived: the id (from the name), the status (labelled), the académie and
 * the région (from the commune, in `validate.ts`), the source (the file's name); its sector may be a
 * group's label as well as its id, and a commune code Excel stripped of its leading zero is restored.
 */
export interface CampusReading {
  kind: 'livret' | 'own-list';
  /** Sector ids by their labels, keyed by `columnKey` (own list only). */
  sectorLabels?: ReadonlyMap<string, SectorId>;
  /** The `source` of a row that gives none (own list only). */
  defaultSource?: string;
  /** The day a `since` date may not be after (tests fix it; else the day of reading). */
  today?: Date;
}

export const LIVRET_READING_RULES: CampusReading = { kind: 'livret' };

/** A lower-case, hyphenated id from a name: « Campus Mer & Littoral » → campus-mer-littoral. */
export function idFromName(name: string): string {
  return (
    name
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .toLowerCase()
      .replace(/œ/g, 'oe')
      .replace(/æ/g, 'ae')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'campus'
  );
}

export function readCampus(
  table: CsvTable,
  errors: CsvError[],
  reading: CampusReading = LIVRET_READING_RULES,
): CampusRecord[] {
  const own = reading.kind === 'own-list';
  const derivedIds = new Map<string, number>();
  const records = readRows(table, errors, (r) => {
    const name = r.text('name', { required: true });
    let id: string | undefined;
    if (own && (r.value('id') ?? '') === '') {
      // Ids derived from names are made unique here; an id the file writes twice is still an error.
      // Without a name there is no id either: the name's problem is the one to report.
      if (!name) return undefined;
      const base = idFromName(name);
      const n = (derivedIds.get(base) ?? 0) + 1;
      derivedIds.set(base, n);
      id = n === 1 ? base : `${base}-${n}`;
    } else id = r.id('id');
    const aliases = r.list('aliases', { max: 600 });
    const sector = own ? readSectorOrLabel(r, reading.sectorLabels) : r.oneOf('sector', SECTOR_IDS);
    const status = own && (r.value('status') ?? '') === '' ? 'labellise' : r.oneOf('status', CAMPUS_STATUSES);
    let commune = r.text('commune', { required: true, max: 5 });
    // A spreadsheet reads 01001 as a number and writes it back as 1001.
    if (own && commune && /^\d{4}$/.test(commune)) commune = `0${commune}`;
    if (commune && !/^(\d{5}|2[AB]\d{3})$/.test(commune)) {
      r.fail(
        'commune',
        `« ${commune} » is not an INSEE commune code — expected 5 characters such as 59350 or 2A004 (not a postal code)`,
      );
    }
    const town = r.text('town');
    const academie = own && (r.value('academie') ?? '') === '' ? '' : r.oneOf('academie', ACADEMIE_IDS);
    const region = own && (r.value('region') ?? '') === '' ? '' : r.oneOf('region', REGION_CODES);
    const lat = r.number('lat', -90, 90);
    const lon = r.number('lon', -180, 180);
    if ((lat === null) !== (lon === null))
      r.fail(lat === null ? 'lat' : 'lon', 'is empty — give both lat and lon, or neither');
    const basis = r.oneOf('location_basis', LOCATION_BASES, { required: false }) ?? null;
    const lead = r.text('lead');
    const partners = r.list('partners');
    const written = r.text('source', { required: !own, max: 600 });
    const source = own && written === '' ? (reading.defaultSource ?? table.file) : written;
    const sources = readFactSources(r);
    const since = sources ? readSince(r, sources, reading.today) : undefined;
    const note = r.text('note', { max: 1000 });
    const note_en = r.text('note_en', { max: 1000 });
    if (note === '' && note_en)
      r.fail(
        'note_en',
        'is filled in but note is empty — note_en translates the note: write the note, or empty note_en',
      );
    if (
      !id ||
      !name ||
      !sector ||
      !status ||
      !commune ||
      academie === undefined ||
      region === undefined ||
      lat === undefined ||
      lon === undefined
    )
      return undefined;
    if (
      town === undefined ||
      lead === undefined ||
      !partners ||
      !source ||
      !aliases ||
      !sources ||
      !since ||
      note === undefined ||
      note_en === undefined
    )
      return undefined;
    return {
      line: r.line,
      id,
      name,
      aliases,
      sector,
      status,
      commune,
      town,
      academie,
      region,
      lat,
      lon,
      location_basis: basis,
      lead,
      partners,
      source,
      sources,
      note,
      note_en,
      since,
    };
  });
  return records;
}

/** An own list's sector: a group's id, or its label in French or English (accents and case aside). */
function readSectorOrLabel(
  r: RowReader,
  labels: ReadonlyMap<string, SectorId> = new Map(),
): SectorId | undefined {
  const value = r.text('sector', { required: true });
  if (value === undefined) return undefined;
  if ((SECTOR_IDS as readonly string[]).includes(value)) return value as SectorId;
  const byLabel = labels.get(columnKey(value));
  if (byLabel) return byLabel;
  return r.fail(
    'sector',
    `unknown sector group « ${value} » — expected one of the eleven groups, by id (${SECTOR_IDS.slice(0, 3).join(', ')}…) or by name (« Numérique, télécommunications »)`,
  );
}

/** The `sources` column: `fact=https://…` entries, each checked (see factSources.ts). */
function readFactSources(r: RowReader): FactSource[] | undefined {
  const entries = r.list('sources', { max: 3000 });
  if (!entries) return undefined;
  const { sources, problems } = parseFactSources(entries);
  for (const problem of problems) r.fail('sources', problem.message);
  return problems.length === 0 ? sources : undefined;
}

/**
 * The `since` column: `kind:date:text` facts, each bound to its `since=` page of `sources` (see
 * data/sinceFacts.ts). Every problem is reported on the column it is in.
 */
function readSince(r: RowReader, sources: readonly FactSource[], today?: Date): SinceFact[] | undefined {
  const entries = r.list('since', { max: 2000 });
  if (!entries) return undefined;
  const { facts, problems } = parseSinceFacts(entries, today);
  for (const problem of problems) r.fail('since', problem);
  if (problems.length > 0) return undefined;
  const bound = bindSincePages(facts, sources);
  for (const problem of bound.problems) r.fail('sources', problem);
  return bound.problems.length === 0 ? bound.facts : undefined;
}

export function readPractices(table: CsvTable, errors: CsvError[]): Located<Practice>[] {
  return readRows(table, errors, (r) => {
    const id = r.id('id');
    const title = r.text('title', { required: true, max: 200 });
    const chapter: Chapter | undefined = r.oneOf('chapter', CHAPTERS);
    const level: PracticeLevel | undefined = r.oneOf('level', PRACTICE_LEVELS);
    const campus = r.list('campus');
    const academies = r.list('academie', { max: 200 });
    for (const id of academies ?? []) {
      if (!ACADEMIE_BY_ID.has(id))
        r.fail('academie', `unknown académie « ${id} » — expected one of ${ACADEMIE_IDS.join(', ')}`);
    }
    const regions = r.list('region');
    for (const code of regions ?? []) {
      if (!REGION_BY_CODE.has(code))
        r.fail(
          'region',
          `unknown région code « ${code} » — expected INSEE codes such as ${REGION_CODES.slice(0, 4).join(', ')}…`,
        );
    }
    const summary = r.text('summary', { required: true, max: 1000 });
    const source = r.text('source', { required: true, max: 600 });
    const note = r.text('note', { max: 1000 });
    if (level === 'campus' && campus?.length === 0)
      r.fail('campus', 'is empty — a campus-level practice names at least one Campus id');
    if (
      !id ||
      !title ||
      !chapter ||
      !level ||
      !campus ||
      !academies ||
      !regions ||
      !summary ||
      !source ||
      note === undefined
    )
      return undefined;
    return {
      line: r.line,
      id,
      title,
      chapter,
      level,
      campus,
      academie: academies.join('|'),
      region: regions.join('|'),
      summary,
      source,
      note,
    };
  });
}

export function readResolutions(table: CsvTable, errors: CsvError[]): Located<Resolution>[] {
  const rows = readRows(table, errors, (r) => {
    const record = r.id('record');
    const field = r.oneOf('field', ['region', 'academie'] as const);
    const declared = r.text('declared', { required: true, max: 40 });
    const resolved = r.text('resolved', { required: true, max: 40 });
    const reason = r.text('reason', { required: true, max: 600 });
    if (!record || !field || !declared || !resolved || !reason) return undefined;
    return { id: `${record}/${field}`, line: r.line, record, field, declared, resolved, reason };
  });
  return rows.map(({ id: _id, ...rest }) => rest);
}
