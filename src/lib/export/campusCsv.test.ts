import { dsvFormat } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, CSV_COLUMNS_EN, campusToCsv, neutraliseFormula } from './campusCsv.ts';
import { makeCampus, SECTORS } from '../testing/fixtures.ts';

describe('neutraliseFormula', () => {
  it.each([
    ['=HYPERLINK("http://x")', `'=HYPERLINK("http://x")`],
    ['+33 1 23', `'+33 1 23`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['-1,61636', '-1,61636'],
    ['-4.48628', '-4.48628'],
    ['\t=1', `'\t=1`],
    ['Lycée = support', 'Lycée = support'],
    ['', ''],
  ])('%j → %j', (cell, expected) => expect(neutraliseFormula(cell)).toBe(expected));
});

describe('campusToCsv', () => {
  const features = [
    makeCampus('a', {
      name: 'Campus « a »; avec "guillemets"',
      partners: ['=cmd|/c calc', 'Lycée B'],
      true_lat: 43.83665,
    }),
    makeCampus('b', {
      name: '<img src=x onerror=alert(1)>',
      region: '04',
      academie: 'la-reunion',
      true_lon: 55.45,
    }),
  ];
  const csv = campusToCsv(features, SECTORS);

  it('starts with a BOM, uses ; and CRLF', () => {
    expect(csv.startsWith('\uFEFFid;nom;autres_noms;groupe;')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(4);
  });

  it('round-trips exactly the given Campus, with formulas neutralised and text kept verbatim', () => {
    const rows = dsvFormat(';').parse(csv.slice(1).replace(/\r\n/g, '\n'));
    expect(rows.columns).toEqual([...CSV_COLUMNS]);
    expect(rows.map((r) => r.id)).toEqual(['a', 'b']);
    expect(rows[0]!.nom).toBe('Campus « a »; avec "guillemets"');
    expect(rows[0]!.partenaires).toBe(`'=cmd|/c calc | Lycée B`);
    expect(rows[0]!.latitude).toBe('43,83665');
    expect(rows[1]!.nom).toBe('<img src=x onerror=alert(1)>');
    expect([rows[1]!.region, rows[1]!.academie]).toEqual(['La Réunion', 'La Réunion']);
  });

  it('in English: English headers and values, commas and decimal points', () => {
    const english = campusToCsv(features, SECTORS, 'en');
    expect(english.startsWith('\uFEFFid,name,other_names,sector_group,')).toBe(true);
    const rows = dsvFormat(',').parse(english.slice(1).replace(/\r\n/g, '\n'));
    expect(rows.columns).toEqual([...CSV_COLUMNS_EN]);
    expect(rows.columns).toHaveLength(CSV_COLUMNS.length);
    expect(rows[0]!.name).toBe('Campus « a »; avec "guillemets"');
    expect(rows[0]!.latitude).toBe('43.83665');
    expect(rows[0]!.status).toBe('labelled');
    expect(rows[0]!.sector_group).toBe(SECTORS.find((s) => s.id === 'energie')!.label_en);
    expect(rows[0]!.approximate_position).toBe('no');
  });
});
