// A small ZIP writer: stored entries (no compression), each with its CRC-32. Enough for a
// SCORM package, whose one large file is HTML an LMS unpacks once; no dependency needed.

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 as ZIP (and PNG, gzip) compute it: reflected polynomial 0xEDB88320. */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export interface ZipEntry {
  /** A path inside the archive, with forward slashes. */
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** A fixed date (1 January 2000, 00:00) in MS-DOS format, so that a build is reproducible. */
const DOS_TIME = 0;
const DOS_DATE = ((2000 - 1980) << 9) | (1 << 5) | 1;
/** Version 2.0, general purpose flag bit 11: names are UTF-8. */
const VERSION = 20;
const UTF8_NAMES = 0x0800;

function header(size: number, fill: (view: DataView) => void): Uint8Array {
  const bytes = new Uint8Array(size);
  fill(new DataView(bytes.buffer));
  return bytes;
}

/** The archive's bytes: local headers and data, the central directory, its end record. */
export function zip(entries: readonly ZipEntry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = new TextEncoder().encode(entry.name);
    const crc = crc32(entry.bytes);
    const size = entry.bytes.length;
    if (size >= 0xffffffff || offset >= 0xffffffff) throw new RangeError('Too large for ZIP32.');
    const local = header(30, (v) => {
      v.setUint32(0, 0x04034b50, true);
      v.setUint16(4, VERSION, true);
      v.setUint16(6, UTF8_NAMES, true);
      v.setUint16(8, 0, true); // stored
      v.setUint16(10, DOS_TIME, true);
      v.setUint16(12, DOS_DATE, true);
      v.setUint32(14, crc, true);
      v.setUint32(18, size, true);
      v.setUint32(22, size, true);
      v.setUint16(26, name.length, true);
      v.setUint16(28, 0, true);
    });
    central.push(
      header(46, (v) => {
        v.setUint32(0, 0x02014b50, true);
        v.setUint16(4, VERSION, true);
        v.setUint16(6, VERSION, true);
        v.setUint16(8, UTF8_NAMES, true);
        v.setUint16(10, 0, true);
        v.setUint16(12, DOS_TIME, true);
        v.setUint16(14, DOS_DATE, true);
        v.setUint32(16, crc, true);
        v.setUint32(20, size, true);
        v.setUint32(24, size, true);
        v.setUint16(28, name.length, true);
        v.setUint32(42, offset, true);
      }),
      name,
    );
    parts.push(local, name, entry.bytes);
    offset += local.length + name.length + size;
  }
  const directorySize = central.reduce((sum, part) => sum + part.length, 0);
  const end = header(22, (v) => {
    v.setUint32(0, 0x06054b50, true);
    v.setUint16(8, entries.length, true);
    v.setUint16(10, entries.length, true);
    v.setUint32(12, directorySize, true);
    v.setUint32(16, offset, true);
  });
  const all = [...parts, ...central, end];
  const out = new Uint8Array(all.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of all) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * Reads back an archive of stored entries through its central directory, checking each
 * entry's CRC-32. Throws on anything else (compressed entries, a wrong CRC, a bad record).
 */
export function unzip(archive: Uint8Array): ZipEntry[] {
  const view = new DataView(archive.buffer, archive.byteOffset, archive.byteLength);
  const endAt = archive.length - 22;
  if (endAt < 0 || view.getUint32(endAt, true) !== 0x06054b50)
    throw new Error('No end of central directory record (or the archive has a comment).');
  const count = view.getUint16(endAt + 10, true);
  let at = view.getUint32(endAt + 16, true);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error('Bad central directory entry.');
    const method = view.getUint16(at + 10, true);
    const crc = view.getUint32(at + 16, true);
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const localAt = view.getUint32(at + 42, true);
    const name = new TextDecoder().decode(archive.subarray(at + 46, at + 46 + nameLength));
    if (method !== 0) throw new Error(`${name} is compressed; this reader reads stored entries.`);
    if (view.getUint32(localAt, true) !== 0x04034b50) throw new Error(`Bad local header: ${name}.`);
    const dataAt =
      localAt + 30 + view.getUint16(localAt + 26, true) + view.getUint16(localAt + 28, true);
    const bytes = archive.slice(dataAt, dataAt + size);
    if (crc32(bytes) !== crc) throw new Error(`CRC-32 mismatch: ${name}.`);
    entries.push({ name, bytes });
    at += 46 + nameLength + extra;
  }
  return entries;
}
