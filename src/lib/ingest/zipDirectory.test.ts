import { describe, expect, it } from 'vitest';
import { makeZip } from '../testing/makeZip.ts';
import {
  entryBytes,
  entryDataOffset,
  inflatesWithin,
  looksLikeZip,
  readZipDirectory,
  unzippedSize,
  type ZipEntry,
} from './zipDirectory.ts';

const text = (s: string) => new TextEncoder().encode(s);

function entries(bytes: Uint8Array): ZipEntry[] {
  const directory = readZipDirectory(bytes);
  if (!directory.ok) throw new Error(`not read: ${directory.reason}`);
  return directory.entries;
}

describe('readZipDirectory', () => {
  it('lists each entry with its method, sizes and flags, past a trailing comment', () => {
    const zip = makeZip(
      [
        { name: '[Content_Types].xml', data: text('<Types/>'.repeat(100)) },
        { name: 'xl/workbook.xml', data: text('<workbook/>'), stored: true },
        { name: 'secret.bin', data: text('x'), encrypted: true },
      ],
      'a comment',
    );
    expect(looksLikeZip(zip)).toBe(true);
    expect(entries(zip).map((e) => [e.name, e.method, e.uncompressedSize, e.encrypted])).toEqual([
      ['[Content_Types].xml', 8, 800, false],
      ['xl/workbook.xml', 0, 11, false],
      ['secret.bin', 8, 1, true],
    ]);
    expect(unzippedSize(entries(zip))).toBe(812);
    const stored = entries(zip)[1]!;
    const at = entryDataOffset(zip, stored)!;
    expect(new TextDecoder().decode(zip.subarray(at, at + stored.compressedSize))).toBe('<workbook/>');
  });

  it('tells what is not a zip from a damaged one', () => {
    expect(readZipDirectory(text('nom;secteur;commune\n'))).toEqual({ ok: false, reason: 'not-zip' });
    const zip = makeZip([{ name: 'a.xml', data: text('<a/>') }]);
    // Cut before the end record: the directory cannot be found.
    expect(readZipDirectory(zip.subarray(0, zip.length - 10))).toEqual({ ok: false, reason: 'damaged' });
    // A directory pointing past the file's end.
    const lying = zip.slice();
    new DataView(lying.buffer).setUint32(lying.length - 6, 1_000_000, true);
    expect(readZipDirectory(lying)).toEqual({ ok: false, reason: 'damaged' });
  });

  it('sums the declared sizes of a bomb before anything is unpacked', () => {
    // 100 MB of zeros deflates to about 100 kB: the directory says what it would become.
    const zip = makeZip([{ name: 'xl/worksheets/sheet1.xml', data: new Uint8Array(100_000_000) }]);
    expect(zip.length).toBeLessThan(200_000);
    expect(unzippedSize(entries(zip))).toBe(100_000_000);
  });
});

describe('inflatesWithin', () => {
  const bomb = new Uint8Array(5_000_000);

  it('accepts a zip that unpacks within the limit', async () => {
    const zip = makeZip([
      { name: 'a.xml', data: text('<a/>'.repeat(1000)) },
      { name: 'b.xml', data: text('<b/>'), stored: true },
    ]);
    expect(await inflatesWithin(zip, entries(zip), 10_000)).toBe(true);
  });

  it('refuses a zip whose directory under-declares what it unpacks to', async () => {
    const zip = makeZip([{ name: 'xl/worksheets/sheet1.xml', data: bomb, declaredSize: 1000 }]);
    expect(unzippedSize(entries(zip))).toBe(1000);
    expect(await inflatesWithin(zip, entries(zip), 1_000_000)).toBe(false);
    expect(await inflatesWithin(zip, entries(zip), 6_000_000)).toBe(true);
  });

  it('gives a small entry’s bytes, stored or deflated, within a limit', async () => {
    const zip = makeZip([
      { name: 'mimetype', data: text('application/vnd.oasis.opendocument.spreadsheet') },
      { name: 'm2', data: text('stored'), stored: true },
    ]);
    const [deflated, stored] = entries(zip);
    expect(new TextDecoder().decode(await entryBytes(zip, deflated!, 100))).toBe(
      'application/vnd.oasis.opendocument.spreadsheet',
    );
    expect(new TextDecoder().decode(await entryBytes(zip, stored!, 100))).toBe('stored');
    expect(await entryBytes(zip, deflated!, 10)).toBeUndefined();
  });

  it('refuses an entry whose data is cut short', async () => {
    const zip = makeZip([{ name: 'a.xml', data: text('<a>'.repeat(5000)) }]);
    const [entry] = entries(zip);
    const short: ZipEntry = { ...entry!, compressedSize: entry!.compressedSize - 5 };
    expect(await inflatesWithin(zip, [short], 1_000_000)).toBe(false);
  });
});
