/**
 * Test helpers for the record readers (ingest/records.ts): a parsed table of rows, and a reader's
 * records with the problems it reported. Shared by records.test.ts and records.campus.test.ts.
 */
import { expect, it } from 'vitest';
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

/** One case: its label, the fields changed in the valid row, the column blamed, the message. */
export type FieldCase = [string, Record<string, string>, string, string];

/**
 * Each case as a test: the valid row with that change, read alone, gives exactly that one problem on
 * that column (file, line 2) and no record.
 */
export function refusesEachField<T>(
  reader: (t: CsvTable, e: CsvError[]) => T[],
  file: string,
  valid: Record<string, string>,
  cases: readonly FieldCase[],
): void {
  it.each(cases)('%s: one problem, on its column, and no record', (_label, change, field, message) => {
    const { records, errors } = read(reader, table(file, { ...valid, ...change }));
    expect(errors).toEqual([{ file, line: 2, field, message }]);
    expect(records).toEqual([]);
  });
}
