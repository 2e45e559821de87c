/**
 * What a file is, from its bytes rather than its name: a person's list arrives as `liste.csv` that is
 * really an `.xlsx`, as « Texte Unicode » saved with a `.txt` name, or as a PDF chosen by mistake.
 * Each gets the reader (or the message) its content calls for:
 *
 * - a zip holding a workbook (`xl/workbook.xml`: Excel; an ODF `mimetype` of a spreadsheet: Calc);
 * - an OLE compound file (`D0 CF 11 E0`): Excel 97–2003, or a password-protected workbook, whose
 *   encrypted package Excel stores in such a file under the stream name « EncryptedPackage »;
 * - UTF-16 text, with a byte-order mark or recognised by its zero bytes (Latin text in UTF-16 has a
 *   zero in every other byte);
 * - JSON (a GeoJSON), UTF-8 or Windows-1252 text (a CSV);
 * - anything else (a zip that is no workbook, an image, a PDF): none of these.
 */
import { entryDataOffset, looksLikeZip, readZipDirectory, type ZipEntry } from './zipDirectory.ts';

export type WorkbookKind = 'xlsx' | 'ods' | 'xls';

/** What a file is not when it is none of a CSV, a workbook or a GeoJSON. */
export const NOT_A_LIST =
  'this file is neither a spreadsheet nor a GeoJSON — expected a CSV or Unicode text, an .xlsx or .ods workbook, or a GeoJSON';

/** What a person hears about a password-protected workbook (from its bytes, or from SheetJS). */
export const PASSWORD_PROTECTED =
  'the workbook is protected by a password — save a copy without the password (File › Info › Protect workbook, or Tools › Options › Security) and open that copy';

export type FileKind =
  | { kind: 'workbook'; workbook: WorkbookKind; entries: ZipEntry[] }
  | { kind: 'encrypted' }
  | { kind: 'utf16'; endian: 'le' | 'be' }
  | { kind: 'json' }
  | { kind: 'text' }
  | { kind: 'other' };

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
export const ODS_MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet';
/** How much of the file the text tests look at. */
const SNIFF_BYTES = 4096;

export function sniffFile(bytes: Uint8Array): FileKind {
  if (looksLikeZip(bytes)) {
    const directory = readZipDirectory(bytes);
    if (!directory.ok) return { kind: 'other' };
    const { entries } = directory;
    if (entries.some((e) => e.encrypted)) return { kind: 'encrypted' };
    const workbook = zippedWorkbook(bytes, entries);
    return workbook ? { kind: 'workbook', workbook, entries } : { kind: 'other' };
  }
  if (CFB_MAGIC.every((b, i) => bytes[i] === b)) {
    if (holdsStreamName(bytes, 'EncryptedPackage')) return { kind: 'encrypted' };
    return holdsStreamName(bytes, 'Workbook') || holdsStreamName(bytes, 'Book')
      ? { kind: 'workbook', workbook: 'xls', entries: [] }
      : { kind: 'other' };
  }
  const endian = utf16Endian(bytes);
  if (endian) return { kind: 'utf16', endian };
  if (looksBinary(bytes)) return { kind: 'other' };
  const first = bytes.find(
    (b) => b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09 && b !== 0xef && b !== 0xbb && b !== 0xbf,
  );
  return first === 0x7b ? { kind: 'json' } : { kind: 'text' };
}

function zippedWorkbook(bytes: Uint8Array, entries: readonly ZipEntry[]): WorkbookKind | undefined {
  const names = new Set(entries.map((e) => e.name));
  if (names.has('xl/workbook.xml') || names.has('xl/workbook.bin')) return 'xlsx';
  if (!names.has('content.xml')) return undefined;
  // ODF's first entry is its media type, stored uncompressed so that it can be read this way. Some
  // writers (SheetJS among them) deflate it: then the workbook reader tells a spreadsheet from a text.
  const mimetype = entries.find((e) => e.name === 'mimetype');
  if (!mimetype) return undefined;
  if (mimetype.method !== 0) return 'ods';
  const at = entryDataOffset(bytes, mimetype);
  const type =
    at === undefined ? '' : new TextDecoder().decode(bytes.subarray(at, at + mimetype.compressedSize));
  return type.trim() === ODS_MIMETYPE ? 'ods' : undefined;
}

/** A stream of an OLE compound file, found by its UTF-16 name in the directory sectors. */
export function holdsStreamName(bytes: Uint8Array, name: string): boolean {
  const needle = Uint8Array.from([...name].flatMap((c) => [c.charCodeAt(0), 0]));
  // The name is followed by its terminating zero: « Book » must not match inside « Workbook »'s tail.
  const padded = Uint8Array.from([...needle, 0, 0]);
  outer: for (let i = 0; i + padded.length <= bytes.length; i += 2) {
    for (let j = 0; j < padded.length; j++) if (bytes[i + j] !== padded[j]) continue outer;
    // A directory entry starts at a 128-byte boundary of its sector (sectors are 512 bytes after a
    // 512-byte header): the name is the entry's first field.
    if (i % 128 === 0) return true;
  }
  return false;
}

/**
 * UTF-16 by its byte-order mark, or (without one) by where the zero bytes fall: text in a Latin script
 * has the high byte of nearly every character at zero, at odd offsets in little-endian, even in big.
 */
export function utf16Endian(bytes: Uint8Array): 'le' | 'be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'be';
  const pairs = Math.floor(Math.min(bytes.length, SNIFF_BYTES) / 2);
  if (pairs < 2) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenZeros++;
    if (bytes[2 * i + 1] === 0) oddZeros++;
  }
  if (oddZeros >= pairs * 0.4 && evenZeros <= pairs * 0.05) return 'le';
  if (evenZeros >= pairs * 0.4 && oddZeros <= pairs * 0.05) return 'be';
  return undefined;
}

/** UTF-16 text without its byte-order mark; an unpaired surrogate becomes U+FFFD. */
export function decodeUtf16(bytes: Uint8Array, endian: 'le' | 'be'): string {
  const text = new TextDecoder(endian === 'le' ? 'utf-16le' : 'utf-16be').decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Bytes no text file holds: a zero, or many control characters (other than tab, line breaks and form
 * feed). Windows-1252 text has none of them; an image or a PDF's streams are full of them.
 */
function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, SNIFF_BYTES);
  if (head[0] === 0x25 && head[1] === 0x50 && head[2] === 0x44 && head[3] === 0x46) return true; // %PDF
  let controls = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) controls++;
  }
  return controls > head.length * 0.02;
}
