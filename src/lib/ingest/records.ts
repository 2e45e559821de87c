/**
 * Source records: one reader per CSV file, turning rows into typed records and collecting every
 * problem. Cross-file checks (a practice's Campus exists, a commune matches its région) come later,
 * in `validate.ts`, once all files are read.
 */
import type { CsvError, CsvTable } from './csv.ts';
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
} from '../model/types.ts';
import { parseFactSources } from '../data/factSources.ts';
import { ACADEMIE_BY_ID } from '../geo/academies.ts';
import { REGION_BY_CODE } from '../geo/regions.ts';

export const CAMPUS_COLUMNS = [
  'id',
  'name',
  'sector',
  'status',
  'commune',
  'academie',
  'region',
  'source',
] as const;
/**
 * The campus columns under the names a French spreadsheet gives them, for a list opened in the app
 * (`parseCsv`'s `columnAliases`; keys as `columnKey` folds them). English names match in any case.
 */
export const CAMPUS_COLUMN_ALIASES: Readonly<Record<string, string>> = {
  ...Object.fromEntries(
    [
      ...CAMPUS_COLUMNS,
      'aliases',
      'town',
      'lat',
      'lon',
      'location_basis',
      'lead',
      'partners',
      'sources',
      'note',
    ].map((c) => [c, c]),
  ),
  identifiant: 'id',
  nom: 'name',
  'nom du campus': 'name',
  intitule: 'name',
  'autres noms': 'aliases',
  secteur: 'sector',
  groupe: 'sector',
  'groupe sectoriel': 'sector',
  statut: 'status',
  'code commune': 'commune',
  'code insee': 'commune',
  insee: 'commune',
  ville: 'town',
  academie: 'academie',
  region: 'region',
  latitude: 'lat',
  longitude: 'lon',
  'etablissement support': 'lead',
  porteur: 'lead',
  partenaires: 'partners',
  remarque: 'note',
};

export const PRACTICE_COLUMNS = [
  'id',
  'title',
  'chapter',
  'level',
  'campus',
  'academie',
  'region',
  'summary',
  'source',
] as const;
export const SECTOR_COLUMNS = ['id', 'label_fr', 'label_en', 'livret_count', 'filieres_2019'] as const;
export const RESOLUTION_COLUMNS = ['record', 'field', 'declared', 'resolved', 'reason'] as const;

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

export function readCampus(table: CsvTable, errors: CsvError[]): CampusRecord[] {
  return readRows(table, errors, (r) => {
    const id = r.id('id');
    const name = r.text('name', { required: true });
    const aliases = r.list('aliases', { max: 600 });
    const sector = r.oneOf('sector', SECTOR_IDS);
    const status = r.oneOf('status', CAMPUS_STATUSES);
    const commune = r.text('commune', { required: true, max: 5 });
    if (commune && !/^(\d{5}|2[AB]\d{3})$/.test(commune)) {
      r.fail(
        'commune',
        `« ${commune} » is not an INSEE commune code — expected 5 characters such as 59350 or 2A004`,
      );
    }
    const town = r.text('town');
    const academie = r.oneOf('academie', ACADEMIE_IDS);
    const region = r.oneOf('region', REGION_CODES);
    const lat = r.number('lat', -90, 90);
    const lon = r.number('lon', -180, 180);
    if ((lat === null) !== (lon === null))
      r.fail(lat === null ? 'lat' : 'lon', 'is empty — give both lat and lon, or neither');
    const basis = r.oneOf('location_basis', LOCATION_BASES, { required: false }) ?? null;
    const lead = r.text('lead');
    const partners = r.list('partners');
    const source = r.text('source', { required: true, max: 600 });
    const sources = readFactSources(r);
    const note = r.text('note', { max: 1000 });
    if (
      !id ||
      !name ||
      !sector ||
      !status ||
      !commune ||
      !academie ||
      !region ||
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
      note === undefined
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
    };
  });
}

/** The `sources` column: `fact=https://…` entries, each checked (see factSources.ts). */
function readFactSources(r: RowReader): FactSource[] | undefined {
  const entries = r.list('sources', { max: 3000 });
  if (!entries) return undefined;
  const { sources, problems } = parseFactSources(entries);
  for (const problem of problems) r.fail('sources', problem.message);
  return problems.length === 0 ? sources : undefined;
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
