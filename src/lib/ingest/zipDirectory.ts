/**
 * The table of contents of a zip file (an `.xlsx` or an `.ods` is one), read from its central
 * directory without unpacking anything: each entry's name, method, sizes and whether it is encrypted.
 *
 * Why: a workbook is handed to SheetJS only once we know what it holds and how big it becomes once
 * unpacked. A few kilobytes of zip can unpack to gigabytes (a « zip bomb ») and freeze or crash the tab;
 * the sizes the directory declares are summed first (`unzippedSize`), and `inflatedWithin` then checks
 * that each entry really unpacks to no more than declared, since SheetJS trusts the entries' own headers.
 * The entry names also tell a spreadsheet (`xl/workbook.xml`, an ODF `mimetype`) from a Word document
 * or any other zip.
 *
 * ZIP64 (files over 4 GB) is not read: its 0xFFFFFFFF placeholders count as that many bytes, which no
 * limit of ours admits.
 */

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflate; anything else is refused by SheetJS. */
  method: number;
  /** Bit 0 of the general-purpose flags: the entry is encrypted (a password-protected zip). */
  encrypted: boolean;
  compressedSize: number;
  uncompressedSize: number;
  /** Where the entry's local header starts. */
  localHeaderOffset: number;
}

export type ZipDirectory = { ok: true; entries: ZipEntry[] } | { ok: false; reason: 'not-zip' | 'damaged' };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** End-of-central-directory record: 22 bytes, then a comment of at most 65 535 bytes. */
const EOCD_SIZE = 22;

/** Starts like a zip: a local file header, or the end record of an empty zip. */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return (
    bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && bytes[3] === bytes[2] + 1
  );
}

export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  if (!looksLikeZip(bytes)) return { ok: false, reason: 'not-zip' };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(view);
  if (end === undefined) return { ok: false, reason: 'damaged' };
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const start = view.getUint32(end + 16, true);
  if (start + size > end) return { ok: false, reason: 'damaged' };
  const entries: ZipEntry[] = [];
  let at = start;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL) return { ok: false, reason: 'damaged' };
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > end) return { ok: false, reason: 'damaged' };
    entries.push({
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      encrypted: (view.getUint16(at + 8, true) & 1) === 1,
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { ok: true, entries };
}

/** The end record, searched backwards over the longest comment a zip may carry. */
function findEndRecord(view: DataView): number | undefined {
  const last = view.byteLength - EOCD_SIZE;
  for (let at = last; at >= 0 && at >= last - 0xffff; at--) if (view.getUint32(at, true) === EOCD) return at;
  return undefined;
}

/** The bytes every entry declares it unpacks to. */
export function unzippedSize(entries: readonly ZipEntry[]): number {
  return entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
}

/** Where an entry's data starts (after its local header), or undefined when the header is not there. */
export function entryDataOffset(bytes: Uint8Array, entry: ZipEntry): number | undefined {
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(at, true) !== LOCAL) return undefined;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  return start + entry.compressedSize <= bytes.length ? start : undefined;
}

/**
 * Unpacks every deflated entry as a stream, counting the bytes out and stopping past `limit` in all:
 * true when the whole zip unpacks within it. A directory that under-declares its sizes cannot slip a
 * bomb past `unzippedSize` this way. Nothing is kept; the browser's native inflater does the work.
 */
export async function inflatesWithin(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  limit: number,
): Promise<boolean> {
  let total = 0;
  for (const entry of entries) {
    const start = entryDataOffset(bytes, entry);
    if (start === undefined) return false;
    if (entry.method !== 8) {
      total += entry.compressedSize;
      if (total > limit) return false;
      continue;
    }
    const data = bytes.slice(start, start + entry.compressedSize);
    const reader = new Blob([data]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        total += value.byteLength;
        if (total > limit) {
          await reader.cancel();
          return false;
        }
      }
    } catch {
      // A damaged stream: SheetJS would fail on it too; refuse it here with the same message.
      return false;
    }
  }
  return true;
}

/** A small entry's bytes (stored or deflated), or undefined past `limit` bytes or when damaged. */
export async function entryBytes(
  bytes: Uint8Array,
  entry: ZipEntry,
  limit: number,
): Promise<Uint8Array | undefined> {
  const start = entryDataOffset(bytes, entry);
  if (start === undefined) return undefined;
  const data = bytes.slice(start, start + entry.compressedSize);
  if (entry.method === 0) return data.length <= limit ? data : undefined;
  if (entry.method !== 8) return undefined;
  try {
    const stream = new Blob([data]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
    const out = new Uint8Array(await new Response(stream).arrayBuffer());
    return out.length <= limit ? out : undefined;
  } catch {
    return undefined;
  }
}
