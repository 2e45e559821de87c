import { describe, expect, it } from 'vitest';
import { makeZip } from '../testing/makeZip.ts';
import { decodeUtf16, holdsStreamName, sniffFile, utf16Endian } from './fileKind.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const utf16le = (s: string, bom = true) => new Uint8Array(Buffer.from((bom ? '\uFEFF' : '') + s, 'utf16le'));
const utf16be = (s: string, bom = true) => {
  const le = utf16le(s, bom);
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
};
const list = 'nom\tsecteur\tcommune\r\nCampus génie\tnumerique\t59350\r\n';

/** An OLE compound file's first bytes, and a directory entry named `name` at a 128-byte boundary. */
function compoundFile(name: string): Uint8Array {
  const bytes = new Uint8Array(1024);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  bytes.set(utf16le(name, false), 512 + 128);
  return bytes;
}

describe('sniffFile', () => {
  it('tells an Excel workbook, a Calc one and any other zip apart by what they hold', () => {
    const xlsx = makeZip([
      { name: '[Content_Types].xml', data: utf8('<Types/>') },
      { name: 'xl/workbook.xml', data: utf8('<workbook/>') },
    ]);
    expect(sniffFile(xlsx)).toMatchObject({ kind: 'workbook', workbook: 'xlsx' });
    const ods = makeZip([
      { name: 'mimetype', data: utf8('application/vnd.oasis.opendocument.spreadsheet'), stored: true },
      { name: 'content.xml', data: utf8('<office:document-content/>') },
    ]);
    expect(sniffFile(ods)).toMatchObject({ kind: 'workbook', workbook: 'ods' });
    const odt = makeZip([
      { name: 'mimetype', data: utf8('application/vnd.oasis.opendocument.text'), stored: true },
      { name: 'content.xml', data: utf8('<office:document-content/>') },
    ]);
    expect(sniffFile(odt)).toEqual({ kind: 'other' });
    // A deflated media type cannot be read here: the workbook reader decides (workbook.test.ts).
    const deflated = makeZip([
      { name: 'mimetype', data: utf8('application/vnd.oasis.opendocument.text') },
      { name: 'content.xml', data: utf8('<office:document-content/>') },
    ]);
    expect(sniffFile(deflated)).toMatchObject({ kind: 'workbook', workbook: 'ods' });
    expect(sniffFile(makeZip([{ name: 'word/document.xml', data: utf8('<w/>') }]))).toEqual({
      kind: 'other',
    });
    expect(sniffFile(makeZip([{ name: 'xl/workbook.xml', data: utf8('<w/>'), encrypted: true }]))).toEqual({
      kind: 'encrypted',
    });
  });

  it('finds a password-protected workbook by its « EncryptedPackage », and an Excel 97 one by its « Workbook »', () => {
    expect(sniffFile(compoundFile('EncryptedPackage'))).toEqual({ kind: 'encrypted' });
    expect(sniffFile(compoundFile('Workbook'))).toMatchObject({ kind: 'workbook', workbook: 'xls' });
    expect(sniffFile(compoundFile('WordDocument'))).toEqual({ kind: 'other' });
    // A name must start a directory entry, and end there: « Book » inside « Workbook » is not « Book ».
    expect(holdsStreamName(compoundFile('Workbook'), 'Book')).toBe(false);
  });

  it.each([
    ['UTF-16 LE with its mark', utf16le(list), 'le'],
    ['UTF-16 LE without it', utf16le(list, false), 'le'],
    ['UTF-16 BE with its mark', utf16be(list), 'be'],
    ['UTF-16 BE without it', utf16be(list, false), 'be'],
  ])('recognises %s, and decodes it without the mark', (_label, bytes, endian) => {
    expect(sniffFile(bytes)).toEqual({ kind: 'utf16', endian });
    expect(utf16Endian(bytes)).toBe(endian);
    expect(decodeUtf16(bytes, endian as 'le' | 'be')).toBe(list);
  });

  it('reads text as text and JSON as JSON, in UTF-8 or Windows-1252', () => {
    expect(sniffFile(utf8(list))).toEqual({ kind: 'text' });
    expect(sniffFile(Uint8Array.from([0x6e, 0x6f, 0x6d, 0x3b, 0xe9, 0x0a]))).toEqual({ kind: 'text' });
    expect(sniffFile(utf8('\uFEFF  {"type": "FeatureCollection"}'))).toEqual({ kind: 'json' });
  });

  it('calls an image, a PDF or random bytes none of these', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]);
    expect(sniffFile(png)).toEqual({ kind: 'other' });
    expect(sniffFile(utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj'))).toEqual({ kind: 'other' });
    const noise = Uint8Array.from({ length: 2000 }, (_, i) => (i * 7919 + 13) % 256);
    expect(sniffFile(noise)).toEqual({ kind: 'other' });
  });
});
