/**
 * Test helpers for the record readers (ingest/records.ts): a parsed table of rows, and a reader's
 * records with the problems it reported. Shared by records.test.ts and records.campus.test.ts.
 */
import type { CsvError, CsvTable } from '../ingest/csv.ts';

export function table(file: string, ...rows: Record<string, string>[]): CsvTable {
  return {
    file,
    encoding: 'utf-8',
    delimiter: ',',
    columns: Object.keys(rows[0] ?? {}),
    headers: {},
    rows: rows.map((values, i) => ({ line: i + 2, values })),
    skipped: [],
  };
}

export function read<T>(reader: (t: CsvTable, e: CsvError[]) => T[], t: CsvTable) {
  const errors: CsvError[] = [];
  const records = reader(t, errors);
  return { records, errors };
}

/** A value of `n` letters, for the longest values allowed. */
export const x = (n: number) => 'x'.repeat(n);
