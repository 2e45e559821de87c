import { describe, expect, it } from 'vitest';
import { parseCsv, type CsvError } from './csv.ts';
import { CAMPUS_COLUMNS, CAMPUS_COLUMN_ALIASES } from './columns.ts';
import { idFromName, readCampus, readPractices, readResolutions, readSectors } from './records.ts';
import { read, refusesEachField, table, x, type FieldCase } from '../testing/recordRows.ts';

describe('a campus list with French column names', () => {
  const text =
    'Identifiant;Nom;Secteur;Statut;Code INSEE;Ville;Académie;Région;Établissement support;Source\r\n' +
    'bois-epinal;Campus bois;materiaux;labellise;88160;Épinal;nancy-metz;44;Lycée Pierre-Mendès-France;liste régionale 2026\r\n';

  it('reads as the English columns do, record for record', () => {
    const parsed = parseCsv('liste.csv', new TextEncoder().encode(text), CAMPUS_COLUMNS, {
      columnAliases: CAMPUS_COLUMN_ALIASES,
    });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const errors: CsvError[] = [];
    const [record] = readCampus(parsed.table, errors);
    expect(errors).toEqual([]);
    expect(record).toMatchObject({
      id: 'bois-epinal',
      name: 'Campus bois',
      sector: 'materiaux',
      status: 'labellise',
      commune: '88160',
      town: 'Épinal',
      academie: 'nancy-metz',
      region: '44',
      lead: 'Lycée Pierre-Mendès-France',
    });
  });

  it('names every expected column, French or English, among the aliases', () => {
    for (const column of CAMPUS_COLUMNS) expect(CAMPUS_COLUMN_ALIASES[column]).toBe(column);
    expect(new Set(Object.values(CAMPUS_COLUMN_ALIASES)).size).toBeGreaterThanOrEqual(CAMPUS_COLUMNS.length);
  });
});

/*
 * Each required field of each kind of record, wrong on its own: one row otherwise valid, one field
 * missing, empty or malformed. The reader must report exactly that problem (file, line, column, message)
 * and output no record for the row. Written from Stryker's survivors in records.ts (TESTING.md).
 */
const PRACTICE: Record<string, string> = {
  id: 'p01',
  title: 'Une plateforme',
  chapter: '1',
  level: 'campus',
  campus: 'bois-epinal',
  academie: 'nancy-metz',
  region: '44',
  summary: 'Un résumé.',
  source: 'ch. 1',
  note: '',
};

describe('readPractices: each field wrong on its own', () => {
  const cases: FieldCase[] = [
    ['no id', { id: '' }, 'id', 'is empty — a value is required'],
    ['no title', { title: '' }, 'title', 'is empty — a value is required'],
    ['a title of 201 characters', { title: x(201) }, 'title', 'is 201 characters long — at most 200'],
    ['no chapter', { chapter: '' }, 'chapter', 'is empty — a value is required'],
    [
      'an unknown chapter',
      { chapter: '99' },
      'chapter',
      expect.stringMatching(/^unknown value « 99 »/) as unknown as string,
    ],
    ['no level', { level: '' }, 'level', 'is empty — a value is required'],
    [
      'a campus-level practice without a Campus',
      { campus: '' },
      'campus',
      'is empty — a campus-level practice names at least one Campus id',
    ],
    [
      'an unknown académie',
      { academie: 'nancy-metz|epinal' },
      'academie',
      expect.stringMatching(
        /^unknown académie « epinal » — expected one of aix-marseille, /,
      ) as unknown as string,
    ],
    ['académies of 201 characters', { academie: x(201) }, 'academie', 'is 201 characters long — at most 200'],
    [
      'an unknown région',
      { region: '44|99' },
      'region',
      expect.stringMatching(
        /^unknown région code « 99 » — expected INSEE codes such as \d+, \d+, \d+, \d+…$/,
      ) as unknown as string,
    ],
    ['no summary', { summary: '' }, 'summary', 'is empty — a value is required'],
    [
      'a summary of 1 001 characters',
      { summary: x(1001) },
      'summary',
      'is 1001 characters long — at most 1000',
    ],
    ['no source', { source: '' }, 'source', 'is empty — a value is required'],
    ['a source of 601 characters', { source: x(601) }, 'source', 'is 601 characters long — at most 600'],
    ['a note of 1 001 characters', { note: x(1001) }, 'note', 'is 1001 characters long — at most 1000'],
    [
      'Campus as a formula',
      { campus: '=a' },
      'campus',
      '« =a » looks like a spreadsheet formula — type the value itself, not a formula',
    ],
  ];

  refusesEachField(readPractices, 'practices.csv', PRACTICE, cases);

  it('reads a valid row whole, lists joined back with |, at the longest values allowed', () => {
    const row = {
      ...PRACTICE,
      title: x(200),
      summary: x(1000),
      source: x(600),
      note: x(1000),
      academie: 'nancy-metz | reims',
      region: '44|',
    };
    const { records, errors } = read(readPractices, table('practices.csv', row));
    expect(errors).toEqual([]);
    expect(records).toEqual([
      {
        line: 2,
        id: 'p01',
        title: x(200),
        chapter: '1',
        level: 'campus',
        campus: ['bois-epinal'],
        academie: 'nancy-metz|reims',
        region: '44',
        summary: x(1000),
        source: x(600),
        note: x(1000),
      },
    ]);
  });

  it('lets a practice of another level name no Campus', () => {
    const { records, errors } = read(
      readPractices,
      table('practices.csv', { ...PRACTICE, level: 'region', campus: '' }),
    );
    expect(errors).toEqual([]);
    expect(records[0]?.campus).toEqual([]);
  });
});

const SECTOR: Record<string, string> = {
  id: 'materiaux',
  label_fr: 'Matériaux',
  label_en: 'Materials',
  livret_count: '7',
  filieres_2019: 'a|b',
};

describe('readSectors: each field wrong on its own', () => {
  const cases: FieldCase[] = [
    ['no id', { id: '' }, 'id', 'is empty — a value is required'],
    [
      'an unknown id',
      { id: 'bois' },
      'id',
      expect.stringMatching(/^unknown value « bois »/) as unknown as string,
    ],
    ['no French label', { label_fr: '' }, 'label_fr', 'is empty — a value is required'],
    ['no English label', { label_en: '' }, 'label_en', 'is empty — a value is required'],
    ['no count', { livret_count: '' }, 'livret_count', 'is empty — a value is required'],
    ['a count that is not whole', { livret_count: '7.5' }, 'livret_count', '« 7.5 » is not a whole number'],
    [
      'filières as a formula',
      { filieres_2019: '=a' },
      'filieres_2019',
      '« =a » looks like a spreadsheet formula — type the value itself, not a formula',
    ],
  ];

  refusesEachField(readSectors, 'sectors.csv', SECTOR, cases);

  it('reads a valid row whole', () => {
    expect(read(readSectors, table('sectors.csv', SECTOR))).toEqual({
      errors: [],
      records: [
        {
          line: 2,
          id: 'materiaux',
          label_fr: 'Matériaux',
          label_en: 'Materials',
          livret_count: 7,
          filieres_2019: ['a', 'b'],
        },
      ],
    });
  });
});

const RESOLUTION: Record<string, string> = {
  record: 'bois-epinal',
  field: 'region',
  declared: '93',
  resolved: '76',
  reason: 'Le contact relève de Montpellier.',
};

describe('readResolutions: each field wrong on its own', () => {
  const cases: FieldCase[] = [
    ['no record', { record: '' }, 'record', 'is empty — a value is required'],
    [
      'an unknown field',
      { field: 'commune' },
      'field',
      'unknown value « commune » — expected one of region, academie',
    ],
    ['nothing declared', { declared: '' }, 'declared', 'is empty — a value is required'],
    [
      'a declared value of 41 characters',
      { declared: x(41) },
      'declared',
      'is 41 characters long — at most 40',
    ],
    ['nothing resolved', { resolved: '' }, 'resolved', 'is empty — a value is required'],
    [
      'a resolved value of 41 characters',
      { resolved: x(41) },
      'resolved',
      'is 41 characters long — at most 40',
    ],
    ['no reason', { reason: '' }, 'reason', 'is empty — a value is required'],
    ['a reason of 601 characters', { reason: x(601) }, 'reason', 'is 601 characters long — at most 600'],
  ];

  refusesEachField(readResolutions, 'resolutions.csv', RESOLUTION, cases);

  it('reads a valid row whole, at the longest values allowed, without the id it was checked by', () => {
    const row = { ...RESOLUTION, declared: x(40), resolved: x(40), reason: x(600) };
    expect(read(readResolutions, table('resolutions.csv', row))).toEqual({
      errors: [],
      records: [
        { line: 2, record: 'bois-epinal', field: 'region', declared: x(40), resolved: x(40), reason: x(600) },
      ],
    });
  });

  it('takes one record and field twice as a repeat, the same record on another field not', () => {
    const { records, errors } = read(
      readResolutions,
      table('resolutions.csv', RESOLUTION, { ...RESOLUTION, field: 'academie' }, RESOLUTION),
    );
    expect(records.map((r) => [r.line, r.field])).toEqual([
      [2, 'region'],
      [3, 'academie'],
      [4, 'region'],
    ]);
    expect(errors).toEqual([
      {
        file: 'resolutions.csv',
        line: 4,
        field: 'id',
        message: '« bois-epinal/region » is already used on line 2 — ids must be unique',
      },
    ]);
  });
});

describe('idFromName', () => {
  it.each([
    ['Campus Mer & Littoral', 'campus-mer-littoral'],
    ['  Œuvres d’Æsthétique  ', 'oeuvres-d-aesthetique'],
    ['---', 'campus'],
    [`${'a'.repeat(59)} b`, 'a'.repeat(59)],
    ['Écoles', 'ecoles'],
  ])('« %s » → %s', (name, id) => {
    expect(idFromName(name)).toBe(id);
  });
});
