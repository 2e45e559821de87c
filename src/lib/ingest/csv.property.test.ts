/** Property-based tests: whatever the bytes, the reader answers with rows or located errors, never throws. */
import { csvFormatRows, dsvFormat } from 'd3-dsv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.ts';

const COLUMNS = ['id', 'name', 'note'];
/** Cell text as a spreadsheet would hold it: any characters, no surrounding blanks (the reader trims). */
const cell = fc.string({ unit: 'binary', maxLength: 30 }).map((s) => s.replace(/\r/g, '').trim());

describe('parseCsv (properties)', () => {
  it('never throws on arbitrary bytes, and every error is located', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const result = parseCsv('x.csv', bytes, COLUMNS);
        if (!result.ok) {
          expect(result.errors.length).toBeGreaterThan(0);
          for (const e of result.errors) expect(e.line).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary text with quotes, delimiters and line breaks', () => {
    const text = fc.string({
      unit: fc.constantFrom('a', 'é', ',', ';', '"', '\n', '\r', ' ', 'id', 'name', 'note'),
      maxLength: 200,
    });
    fc.assert(
      fc.property(text, (t) => void parseCsv('x.csv', new TextEncoder().encode(t), COLUMNS)),
      { numRuns: 500 },
    );
  });

  it.each([
    [',', csvFormatRows],
    [';', (rows: string[][]) => dsvFormat(';').formatRows(rows)],
  ])('reads back exactly what a spreadsheet wrote (delimiter %s, CRLF, BOM)', (_d, format) => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(cell, cell, cell), { minLength: 1, maxLength: 8 }),
        fc.boolean(),
        (rows, crlf) => {
          // A row of empty cells is a blank line to the reader (spreadsheets add them); keep rows non-empty.
          const kept = rows.map(([a, b, c]) => [a === '' ? 'x' : a, b, c]);
          let text = '\uFEFF' + format([COLUMNS, ...kept]) + '\n';
          if (crlf) text = text.replace(/\n/g, '\r\n');
          const result = parseCsv('x.csv', new TextEncoder().encode(text), COLUMNS);
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          const back = result.table.rows.map((r) => COLUMNS.map((c) => r.values[c]));
          // Line breaks inside quoted cells come back as written (CRLF conversion applies to them too).
          expect(back).toEqual(kept.map((row) => row.map((v) => (crlf ? v.replace(/\n/g, '\r\n') : v))));
        },
      ),
      { numRuns: 300 },
    );
  });
});
