import { describe, expect, it } from 'vitest';
import type { CsvError } from './csv.ts';
import { readCampus } from './records.ts';
import { read, refusesEachField, table, x, type FieldCase } from '../testing/recordRows.ts';

/*
 * Each required field of each kind of record, wrong on its own: one row otherwise valid, one field
 * missing, empty or malformed. The reader must report exactly that problem (file, line, column, message)
 * and output no record for the row. Written from Stryker's survivors in records.ts (TESTING.md).
 */
const CAMPUS: Record<string, string> = {
  id: 'bois-epinal',
  name: 'Campus bois',
  aliases: '',
  sector: 'materiaux',
  status: 'labellise',
  commune: '88160',
  town: 'Épinal',
  academie: 'nancy-metz',
  region: '44',
  lat: '',
  lon: '',
  location_basis: '',
  lead: 'Lycée Pierre-Mendès-France',
  partners: '',
  source: 'ch. 3',
  sources: '',
  note: '',
  note_en: '',
  since: '',
};

describe('readCampus, the livret: each field wrong on its own', () => {
  const cases: FieldCase[] = [
    ['no id', { id: '' }, 'id', 'is empty — a value is required'],
    [
      'a bad id',
      { id: 'Bois_Epinal' },
      'id',
      '« Bois_Epinal » is not a valid id — expected lower-case letters, digits and hyphens',
    ],
    ['no name', { name: '' }, 'name', 'is empty — a value is required'],
    ['no sector', { sector: '' }, 'sector', 'is empty — a value is required'],
    [
      'a sector label',
      { sector: 'Numérique' },
      'sector',
      expect.stringMatching(/^unknown value « Numérique » — expected one of /) as unknown as string,
    ],
    ['no status', { status: '' }, 'status', 'is empty — a value is required'],
    [
      'an unknown status',
      { status: 'ferme' },
      'status',
      expect.stringMatching(/^unknown value « ferme »/) as unknown as string,
    ],
    ['no commune', { commune: '' }, 'commune', 'is empty — a value is required'],
    [
      'a 4-digit commune',
      { commune: '8816' },
      'commune',
      '« 8816 » is not an INSEE commune code — expected 5 characters such as 59350 or 2A004 (not a postal code)',
    ],
    ['a 6-character commune', { commune: '881600' }, 'commune', 'is 6 characters long — at most 5'],
    [
      'a lettered commune',
      { commune: '2C004' },
      'commune',
      '« 2C004 » is not an INSEE commune code — expected 5 characters such as 59350 or 2A004 (not a postal code)',
    ],
    [
      'a commune with a letter after',
      { commune: '8816A' },
      'commune',
      '« 8816A » is not an INSEE commune code — expected 5 characters such as 59350 or 2A004 (not a postal code)',
    ],
    ['no académie', { academie: '' }, 'academie', 'is empty — a value is required'],
    [
      'an unknown académie',
      { academie: 'epinal' },
      'academie',
      expect.stringMatching(/^unknown value « epinal »/) as unknown as string,
    ],
    ['no région', { region: '' }, 'region', 'is empty — a value is required'],
    [
      'an unknown région',
      { region: '99' },
      'region',
      expect.stringMatching(/^unknown value « 99 »/) as unknown as string,
    ],
    ['a latitude without longitude', { lat: '48.17' }, 'lon', 'is empty — give both lat and lon, or neither'],
    ['a longitude without latitude', { lon: '6.45' }, 'lat', 'is empty — give both lat and lon, or neither'],
    [
      'a latitude out of range',
      { lat: '91', lon: '6.45' },
      'lat',
      '« 91 » is not a number between -90 and 90',
    ],
    [
      'a longitude out of range',
      { lat: '48.17', lon: '181' },
      'lon',
      '« 181 » is not a number between -180 and 180',
    ],
    [
      'an unknown location basis',
      { location_basis: 'guess' },
      'location_basis',
      expect.stringMatching(/^unknown value « guess »/) as unknown as string,
    ],
    ['no source', { source: '' }, 'source', 'is empty — a value is required'],
    ['a source of 601 characters', { source: x(601) }, 'source', 'is 601 characters long — at most 600'],
    [
      'a town as a formula',
      { town: '=1+1' },
      'town',
      '« =1+1 » looks like a spreadsheet formula — type the value itself, not a formula',
    ],
    [
      'a lead as a formula',
      { lead: '@lead' },
      'lead',
      '« @lead » looks like a spreadsheet formula — type the value itself, not a formula',
    ],
    [
      'partners as a formula',
      { partners: '+a|b' },
      'partners',
      '« +a|b » looks like a spreadsheet formula — type the value itself, not a formula',
    ],
    ['aliases of 601 characters', { aliases: x(601) }, 'aliases', 'is 601 characters long — at most 600'],
    [
      'sources of 3 001 characters',
      { sources: x(3001) },
      'sources',
      'is 3001 characters long — at most 3000',
    ],
    [
      'a source that names no fact',
      { sources: 'https://example.org/a' },
      'sources',
      expect.stringMatching(/^« https:\/\/example\.org\/a » does not name a fact/) as unknown as string,
    ],
    ['since of 2 001 characters', { since: x(2001) }, 'since', 'is 2001 characters long — at most 2000'],
    ['a note of 1 001 characters', { note: x(1001) }, 'note', 'is 1001 characters long — at most 1000'],
    [
      'an English note of 1 001 characters',
      { note: 'n', note_en: x(1001) },
      'note_en',
      'is 1001 characters long — at most 1000',
    ],
    [
      'an English note without a note',
      { note_en: 'A note' },
      'note_en',
      'is filled in but note is empty — note_en translates the note: write the note, or empty note_en',
    ],
  ];

  refusesEachField(readCampus, 'campus.csv', CAMPUS, cases);

  it('reads the same row whole when nothing is wrong, at the longest values allowed', () => {
    const row = {
      ...CAMPUS,
      commune: '2A004',
      lat: '48,17',
      lon: '-6.45',
      location_basis: 'commune',
      aliases: `Bois|${x(595)}`,
      partners: 'A | B||',
      source: x(600),
      note: x(1000),
      note_en: x(1000),
    };
    const { records, errors } = read(readCampus, table('campus.csv', row));
    expect(errors).toEqual([]);
    expect(records).toEqual([
      {
        line: 2,
        id: 'bois-epinal',
        name: 'Campus bois',
        aliases: ['Bois', x(595)],
        sector: 'materiaux',
        status: 'labellise',
        commune: '2A004',
        town: 'Épinal',
        academie: 'nancy-metz',
        region: '44',
        lat: 48.17,
        lon: -6.45,
        location_basis: 'commune',
        lead: 'Lycée Pierre-Mendès-France',
        partners: ['A', 'B'],
        source: x(600),
        sources: [],
        note: x(1000),
        note_en: x(1000),
        since: [],
      },
    ]);
  });

  it('reports a malformed since entry on since, and outputs no record', () => {
    const { records, errors } = read(readCampus, table('campus.csv', { ...CAMPUS, since: 'bogus' }));
    expect(records).toEqual([]);
    expect(errors.map((e) => [e.line, e.field])).toEqual([[2, 'since']]);
    expect(errors[0]?.message).toContain('bogus');
  });

  it('keeps a 4-digit commune an error in the livret: only an own list restores the zero', () => {
    const { errors } = read(readCampus, table('campus.csv', { ...CAMPUS, commune: '1001' }));
    expect(errors.map((e) => e.field)).toEqual(['commune']);
  });

  it('reads each row on its own: a bad row between two good ones drops only itself', () => {
    const { records, errors } = read(
      readCampus,
      table('campus.csv', { ...CAMPUS, id: 'a' }, { ...CAMPUS, id: 'b', status: '' }, { ...CAMPUS, id: 'c' }),
    );
    expect(records.map((r) => [r.id, r.line])).toEqual([
      ['a', 2],
      ['c', 4],
    ]);
    expect(errors).toEqual([
      { file: 'campus.csv', line: 3, field: 'status', message: 'is empty — a value is required' },
    ]);
  });

  it('reports an id written twice at the line of the repeat', () => {
    const { records, errors } = read(readCampus, table('campus.csv', CAMPUS, CAMPUS));
    // The repeat is still read (validate.ts stops on any error before the dataset is written).
    expect(records.map((r) => r.line)).toEqual([2, 3]);
    expect(errors).toEqual([
      {
        file: 'campus.csv',
        line: 3,
        field: 'id',
        message: '« bois-epinal » is already used on line 2 — ids must be unique',
      },
    ]);
  });
});

describe('readCampus, an own list: what may be left out, and what may not', () => {
  const own = { kind: 'own-list' as const, defaultSource: 'ma-liste.xlsx' };
  const OWN = { name: 'Campus Mer & Littoral', sector: 'tourisme', commune: '29019' };
  const readOwn = (reading: Parameters<typeof readCampus>[2], ...rows: Record<string, string>[]) => {
    const errors: CsvError[] = [];
    return { records: readCampus(table('liste.csv', ...rows), errors, reading), errors };
  };

  it('derives the id, the status and the source; leaves académie and région to validate.ts', () => {
    const { records, errors } = readOwn(own, OWN);
    expect(errors).toEqual([]);
    expect(records).toMatchObject([
      { id: 'campus-mer-littoral', status: 'labellise', source: 'ma-liste.xlsx', academie: '', region: '' },
    ]);
  });

  it('names the file as the source when the reading gives none', () => {
    const { records } = readOwn({ kind: 'own-list' }, OWN);
    expect(records[0]?.source).toBe('liste.csv');
  });

  it('keeps the id, status, académie and région a row writes, and checks them', () => {
    const { records } = readOwn(own, {
      ...OWN,
      id: 'mer',
      status: 'projet',
      academie: 'rennes',
      region: '53',
    });
    expect(records).toMatchObject([{ id: 'mer', academie: 'rennes', region: '53' }]);
    const bad = readOwn(own, { ...OWN, id: 'Mer!', status: 'x', academie: 'y', region: 'z' });
    expect(bad.records).toEqual([]);
    expect(bad.errors.map((e) => e.field)).toEqual(['id', 'status', 'academie', 'region']);
  });

  it('numbers the ids it derives from one name, and still refuses an id written twice', () => {
    const { records, errors } = readOwn(own, OWN, OWN, OWN);
    expect(errors).toEqual([]);
    expect(records.map((r) => r.id)).toEqual([
      'campus-mer-littoral',
      'campus-mer-littoral-2',
      'campus-mer-littoral-3',
    ]);
    const twice = readOwn(own, { ...OWN, id: 'mer' }, { ...OWN, id: 'mer' });
    expect(twice.errors.map((e) => [e.line, e.field])).toEqual([[3, 'id']]);
  });

  it('reports a row without a name once, on the name, and outputs nothing for it', () => {
    const { records, errors } = readOwn(own, { ...OWN, name: '' });
    expect(records).toEqual([]);
    expect(errors).toEqual([
      { file: 'liste.csv', line: 2, field: 'name', message: 'is empty — a value is required' },
    ]);
  });

  it('restores the leading zero a spreadsheet stripped from a commune code, and only that', () => {
    expect(readOwn(own, { ...OWN, commune: '1001' }).records[0]?.commune).toBe('01001');
    const three = readOwn(own, { ...OWN, commune: '101' });
    expect(three.errors).toEqual([
      {
        file: 'liste.csv',
        line: 2,
        field: 'commune',
        message:
          '« 101 » is not an INSEE commune code — expected 5 characters such as 59350 or 2A004 (not a postal code)',
      },
    ]);
  });

  it('reads a sector by its id or its label (accents and case aside), and names the unknown one', () => {
    const sectorLabels = new Map([['numerique, telecommunications', 'numerique' as const]]);
    const byLabel = readOwn({ ...own, sectorLabels }, { ...OWN, sector: 'Numérique, Télécommunications' });
    expect(byLabel.records[0]?.sector).toBe('numerique');
    const unknown = readOwn({ ...own, sectorLabels }, { ...OWN, sector: 'Pêche' });
    expect(unknown.records).toEqual([]);
    expect(unknown.errors).toEqual([
      {
        file: 'liste.csv',
        line: 2,
        field: 'sector',
        message:
          'unknown sector group « Pêche » — expected one of the eleven groups, by id (agroalimentaire, chimie-biotech, creation-design…) or by name (« Numérique, télécommunications »)',
      },
    ]);
    const empty = readOwn(own, { ...OWN, sector: '' });
    expect(empty.errors).toEqual([
      { file: 'liste.csv', line: 2, field: 'sector', message: 'is empty — a value is required' },
    ]);
  });
});
