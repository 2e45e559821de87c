import { describe, expect, it } from 'vitest';
import { parseCsv, type CsvError } from './csv.ts';
import { CAMPUS_COLUMNS, CAMPUS_COLUMN_ALIASES, readCampus } from './records.ts';

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
