import { describe, expect, it } from 'vitest';
import { detectDelimiter, formatError, parseCsv } from './csv.ts';

const enc = (s: string) => new TextEncoder().encode(s);

describe('parseCsv', () => {
  it.each([
    ['comma, LF', 'id,name\na,Alpha\nb,Beta\n'],
    ['semicolon, CRLF', 'id;name\r\na;Alpha\r\nb;Beta\r\n'],
    ['BOM, no final newline', '\uFEFFid,name\na,Alpha\nb,Beta'],
    ['trailing blank lines', 'id,name\na,Alpha\nb,Beta\n\n\n'],
    ['quoted cells', 'id,name\n"a","Alpha"\nb,"Beta"\n'],
  ])('reads %s', (_label, text) => {
    const result = parseCsv('t.csv', enc(text), ['id', 'name']);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.table.rows.map((r) => r.values)).toEqual([
      { id: 'a', name: 'Alpha' },
      { id: 'b', name: 'Beta' },
    ]);
  });

  it('keeps delimiters, doubled quotes and newlines inside quotes, and tracks physical lines', () => {
    const result = parseCsv('t.csv', enc('id;note\na;"x; y ""z"""\nb;"two\nlines"\nc;end\n'), ['id', 'note']);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.table.delimiter).toBe(';');
    expect(result.table.rows.map((r) => [r.line, r.values.note])).toEqual([
      [2, 'x; y "z"'],
      [3, 'two\nlines'],
      [5, 'end'],
    ]);
  });

  it.each([
    ['empty file', '', 't.csv:1: (file): the file is empty'],
    ['only blanks', ' \n\n', 't.csv:1: (file): the file is empty'],
    ['missing header column', 'id,label\na,b\n', 't.csv:1: (header): missing column(s) name'],
    ['duplicate header', 'id,name,id\na,b,c\n', 't.csv:1: id: this column appears twice'],
    ['wrong cell count', 'id,name\na,Alpha\nb,Beta,extra\n', 't.csv:3: (row): 3 cells — expected 2'],
    ['unbalanced quote', 'id,name\na,"Alpha\nb,Beta\n', 't.csv:2: (row): a quoted cell is never closed'],
  ])('rejects %s', (_label, text, expected) => {
    const result = parseCsv('t.csv', enc(text), ['id', 'name']);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map(formatError).join('\n')).toContain(expected);
  });

  it('collects every bad row, not just the first', () => {
    const result = parseCsv('t.csv', enc('id,name\na\nb,c\nd,e,f\n'), ['id', 'name']);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.line)).toEqual([2, 4]);
  });

  it('rejects Latin-1 bytes with the line they are on', () => {
    const latin1 = new Uint8Array([...enc('id,name\na,ok\nb,'), 0xe9, 0x0a]);
    const result = parseCsv('t.csv', latin1, ['id', 'name']);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(formatError(result.errors[0]!)).toMatch(/^t\.csv:3: \(file\): the file is not valid UTF-8/);
  });

  it('rejects UTF-16', () => {
    const result = parseCsv('t.csv', new Uint8Array([0xff, 0xfe, 0x69, 0]), ['id']);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.message).toContain('UTF-16');
  });
});

describe('detectDelimiter', () => {
  it.each([
    ['id,name,sector', ','],
    ['id;name;sector', ';'],
    ['"a;b",c', ','],
    ['"a,b";c;d', ';'],
  ])('%s → %s', (header, expected) => expect(detectDelimiter(header)).toBe(expected));
});
