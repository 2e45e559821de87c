import { describe, expect, it } from 'vitest';
import { decodeWindows1252, detectDelimiter, formatError, parseCsv } from './csv.ts';

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

  it('rejects big-endian UTF-16 too, and takes no other bad bytes for UTF-16', () => {
    const big = parseCsv('t.csv', new Uint8Array([0xfe, 0xff, 0, 0x69]), ['id']);
    expect(!big.ok && big.errors[0]!.message).toContain('UTF-16');
    // One byte of a UTF-16 mark, not the pair: not UTF-8, but not UTF-16 either.
    for (const bytes of [
      [0xff, 0x41],
      [0x41, 0xfe],
      [0xfe, 0x41],
      [0x41, 0xff],
    ]) {
      const result = parseCsv('t.csv', new Uint8Array(bytes), ['id']);
      expect(!result.ok && result.errors[0]!.message, String(bytes)).toMatch(/not valid UTF-8/);
    }
  });
});

describe('detectDelimiter', () => {
  it.each([
    ['id,name,sector', ','],
    ['id;name;sector', ';'],
    ['"a;b",c', ','],
    ['"a,b";c;d', ';'],
    ['nom\tsecteur\tcommune', '\t'],
    ['"a\tb";c;d', ';'],
    // Ties: a comma wins over a semicolon, and a tab only when it is the most frequent.
    ['a;b,c', ','],
    ['a\tb;c', ';'],
    ['a\tb,c', ','],
    ['"a;b;c",d,e', ','],
  ])('%s → %s', (header, expected) => expect(detectDelimiter(header)).toBe(expected));
});

describe('parseCsv options for a list opened in the app', () => {
  const enc1252 = (text: string) =>
    Uint8Array.from([...text].map((ch) => WINDOWS_1252[ch] ?? ch.charCodeAt(0)));
  /** The few Windows-1252 bytes French text needs beyond Latin-1's identity range. */
  const WINDOWS_1252: Record<string, number> = {
    '€': 0x80,
    '’': 0x92,
    œ: 0x9c,
    Œ: 0x8c,
    '«': 0xab,
    '»': 0xbb,
  };

  it('reads Windows-1252 bytes when allowed, and says so; refuses them otherwise', () => {
    const bytes = enc1252('name;commune\r\nCampus Hôtellerie’s « été »;30189\r\n');
    const strict = parseCsv('liste.csv', bytes, ['name', 'commune']);
    expect(strict.ok).toBe(false);
    const read = parseCsv('liste.csv', bytes, ['name', 'commune'], { windows1252: true });
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.table.encoding).toBe('windows-1252');
    expect(read.table.delimiter).toBe(';');
    expect(read.table.rows[0]!.values['name']).toBe('Campus Hôtellerie’s « été »');
  });

  it('keeps reading UTF-8 as UTF-8 when Windows-1252 is allowed', () => {
    const read = parseCsv(
      'liste.csv',
      new TextEncoder().encode('\uFEFFname,commune\nÉté,30189\n'),
      ['name'],
      {
        windows1252: true,
      },
    );
    expect(read.ok && read.table.encoding).toBe('utf-8');
    expect(read.ok && read.table.rows[0]!.values['name']).toBe('Été');
  });

  it('still refuses UTF-16, which no option reads', () => {
    const bytes = Uint8Array.from([0xff, 0xfe, 0x6e, 0x00]);
    const read = parseCsv('liste.csv', bytes, ['name'], { windows1252: true });
    expect(!read.ok && read.errors[0]!.message).toMatch(/UTF-16/);
  });

  it.each([
    ['with its byte-order mark', true],
    ['without it', false],
  ])('reads UTF-16 « Texte Unicode » (tab-separated) %s when allowed, and says so', (_label, bom) => {
    const text = 'Nom\tCode INSEE\r\n"Campus « été »"\t01053\r\nCampus ; bois\t88160\r\n';
    const bytes = new Uint8Array(Buffer.from((bom ? '\uFEFF' : '') + text, 'utf16le'));
    const read = parseCsv('liste.txt', bytes, ['name', 'commune'], {
      utf16: true,
      columnAliases: { nom: 'name', 'code insee': 'commune' },
    });
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.table).toMatchObject({ encoding: 'utf-16le', delimiter: '\t' });
    expect(read.table.headers).toEqual({ name: 'Nom', commune: 'Code INSEE' });
    expect(read.table.rows.map((r) => [r.line, r.values['name'], r.values['commune']])).toEqual([
      [2, 'Campus « été »', '01053'],
      [3, 'Campus ; bois', '88160'],
    ]);
  });

  it('names a tab-separated row’s columns as the header writes them, with commas', () => {
    const bytes = new TextEncoder().encode('Nom\tCommune\nA\tB\tC\n');
    const read = parseCsv('liste.txt', bytes, ['name'], {
      columnAliases: { nom: 'name' },
      skipBadRows: true,
    });
    expect(read.ok && read.table.skipped.map((e) => e.message)).toEqual([
      '3 cells — expected 2 (Nom, Commune); check for a tab inside a cell',
    ]);
  });

  it('maps other names of the columns, in any case and with or without accents', () => {
    const text = 'Nom;Secteur;Code INSEE;Académie;RÉGION\nCampus bois;materiaux;88160;nancy-metz;44\n';
    const read = parseCsv('liste.csv', new TextEncoder().encode(text), ['name', 'sector', 'commune'], {
      columnAliases: {
        nom: 'name',
        secteur: 'sector',
        'code insee': 'commune',
        academie: 'academie',
        region: 'region',
      },
    });
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.table.columns).toEqual(['name', 'sector', 'commune', 'academie', 'region']);
    expect(read.table.rows[0]!.values).toMatchObject({ name: 'Campus bois', commune: '88160', region: '44' });
  });

  it('reports two headers naming the same column once mapped (« nom » and « name »)', () => {
    const read = parseCsv('liste.csv', new TextEncoder().encode('nom,name\na,b\n'), ['name'], {
      columnAliases: { nom: 'name', name: 'name' },
    });
    expect(!read.ok && read.errors.map((e) => e.message)).toContainEqual(
      'this column appears twice in the header',
    );
  });
});

describe('decodeWindows1252', () => {
  it('reads the 0x80–0x9F range as Windows-1252, not as control characters', () => {
    expect(decodeWindows1252(Uint8Array.from([0x80, 0x85, 0x92, 0x9c, 0x9f, 0xe9, 0x41]))).toBe('€…’œŸéA');
  });
});
