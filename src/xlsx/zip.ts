/**
 * A tiny reader of a zip file's central directory (PKWARE APPNOTE 4.3.12 / 4.3.16, with ZIP64).
 * Used to vet an .xlsx before ExcelJS inflates it (zip bombs, truncated files) and to make the
 * bundled sample byte-reproducible (normaliseZipTimestamps). No decompression happens here.
 */

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  /** Offset of this entry's record in the central directory. */
  centralOffset: number;
  /** Offset of the entry's local file header. */
  localOffset: number;
}

export class ZipFormatError extends Error {
  override readonly name = "ZipFormatError";
}

const SIG_EOCD = 0x06054b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_EOCD64_LOCATOR = 0x07064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
const U32_MAX = 0xffffffff;
const U16_MAX = 0xffff;

/**
 * The readers take any Uint8Array (a Node Buffer is one) and use only DataView/TextDecoder, so this
 * file also runs in the browser (the web page vets a chosen file before ExcelJS is loaded).
 */
function view(buf: Uint8Array): DataView {
  return new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
}

const UTF8 = new TextDecoder("utf-8");

export function hasZipSignature(buf: Uint8Array): boolean {
  return buf.length >= 4 && buf[0] === 0x50 && buf[1] === 0x4b && (buf[2] === 3 || buf[2] === 5 || buf[2] === 7);
}

function u64(dv: DataView, off: number): number {
  const v = dv.getBigUint64(off, true);
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipFormatError("nilai ZIP64 terlalu besar");
  return Number(v);
}

function findEocd(dv: DataView): number {
  const length = dv.byteLength;
  const min = Math.max(0, length - 22 - 0xffff);
  for (let i = length - 22; i >= min; i--) {
    if (dv.getUint32(i, true) === SIG_EOCD) {
      // The comment must end exactly at the end of the file.
      const commentLen = dv.getUint16(i + 20, true);
      if (i + 22 + commentLen === length) return i;
    }
  }
  return -1;
}

/** Lists the entries of a zip file from its central directory. Throws ZipFormatError when malformed. */
export function readCentralDirectory(buf: Uint8Array): ZipEntry[] {
  if (buf.length < 22) throw new ZipFormatError("berkas terlalu pendek untuk sebuah zip");
  const dv = view(buf);
  const eocd = findEocd(dv);
  if (eocd < 0) throw new ZipFormatError("akhir direktori zip tidak ditemukan (berkas terpotong?)");
  let count = dv.getUint16(eocd + 10, true);
  let cdSize = dv.getUint32(eocd + 12, true);
  let cdOffset = dv.getUint32(eocd + 16, true);

  if (count === U16_MAX || cdSize === U32_MAX || cdOffset === U32_MAX) {
    const loc = eocd - 20;
    if (loc >= 0 && dv.getUint32(loc, true) === SIG_EOCD64_LOCATOR) {
      const eocd64 = u64(dv, loc + 8);
      if (eocd64 + 56 > buf.length || dv.getUint32(eocd64, true) !== SIG_EOCD64) {
        throw new ZipFormatError("direktori ZIP64 rusak");
      }
      count = u64(dv, eocd64 + 32);
      cdSize = u64(dv, eocd64 + 40);
      cdOffset = u64(dv, eocd64 + 48);
    }
  }
  if (cdOffset + cdSize > eocd) throw new ZipFormatError("direktori zip menunjuk ke luar berkas (berkas terpotong?)");

  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || dv.getUint32(p, true) !== SIG_CENTRAL) {
      throw new ZipFormatError(`entri direktori zip ke-${i + 1} rusak`);
    }
    const method = dv.getUint16(p + 10, true);
    let compressedSize = dv.getUint32(p + 20, true);
    let uncompressedSize = dv.getUint32(p + 24, true);
    const nameLen = dv.getUint16(p + 28, true);
    const extraLen = dv.getUint16(p + 30, true);
    const commentLen = dv.getUint16(p + 32, true);
    let localOffset = dv.getUint32(p + 42, true);
    const end = p + 46 + nameLen + extraLen + commentLen;
    if (end > buf.length) throw new ZipFormatError(`entri direktori zip ke-${i + 1} terpotong`);
    const name = UTF8.decode(buf.subarray(p + 46, p + 46 + nameLen));

    if (uncompressedSize === U32_MAX || compressedSize === U32_MAX || localOffset === U32_MAX) {
      // ZIP64 extended information extra field (header id 0x0001).
      let e = p + 46 + nameLen;
      const eEnd = e + extraLen;
      while (e + 4 <= eEnd) {
        const id = dv.getUint16(e, true);
        const size = dv.getUint16(e + 2, true);
        if (id === 0x0001) {
          let q = e + 4;
          if (uncompressedSize === U32_MAX && q + 8 <= e + 4 + size) ((uncompressedSize = u64(dv, q)), (q += 8));
          if (compressedSize === U32_MAX && q + 8 <= e + 4 + size) ((compressedSize = u64(dv, q)), (q += 8));
          if (localOffset === U32_MAX && q + 8 <= e + 4 + size) localOffset = u64(dv, q);
          break;
        }
        e += 4 + size;
      }
    }
    if (localOffset + 30 > buf.length)
      throw new ZipFormatError(`data entri "${name}" di luar berkas (berkas terpotong?)`);
    entries.push({ name, method, compressedSize, uncompressedSize, centralOffset: p, localOffset });
    p = end;
  }
  return entries;
}

/** Limits applied before any inflation. Documented in src/xlsx/load.ts. */
export interface ZipLimits {
  /** Maximum total uncompressed size of all entries, bytes. */
  maxTotalUncompressed: number;
  /** Maximum number of entries. */
  maxEntries: number;
  /** Compression ratio (uncompressed ÷ compressed, whole archive) considered absurd … */
  maxRatio: number;
  /** … once the archive's uncompressed size exceeds this many bytes. */
  ratioAppliesAbove: number;
}

export type ZipVerdict =
  | { ok: true; totalUncompressed: number; totalCompressed: number }
  | { ok: false; reason: "total" | "entries" | "ratio"; totalUncompressed: number; totalCompressed: number };

export function checkZipLimits(entries: ZipEntry[], limits: ZipLimits): ZipVerdict {
  let totalUncompressed = 0;
  let totalCompressed = 0;
  for (const e of entries) {
    totalUncompressed += e.uncompressedSize;
    totalCompressed += e.compressedSize;
  }
  const base = { totalUncompressed, totalCompressed };
  if (entries.length > limits.maxEntries) return { ok: false, reason: "entries", ...base };
  if (totalUncompressed > limits.maxTotalUncompressed) return { ok: false, reason: "total", ...base };
  if (
    totalUncompressed > limits.ratioAppliesAbove &&
    totalUncompressed > limits.maxRatio * Math.max(1, totalCompressed)
  ) {
    return { ok: false, reason: "ratio", ...base };
  }
  return { ok: true, ...base };
}

/**
 * Returns a copy of a zip whose entries all carry the given modification time (DOS date/time in
 * both the local headers and the central directory). Timestamps are not covered by the CRC, so the
 * archive stays valid. Used to make generated workbooks byte-reproducible.
 */
export function normaliseZipTimestamps(buf: Buffer, date: { year: number; month: number; day: number }): Buffer {
  const out = Buffer.from(buf);
  const dosDate = ((date.year - 1980) << 9) | (date.month << 5) | date.day;
  const dosTime = 0;
  for (const e of readCentralDirectory(out)) {
    out.writeUInt16LE(dosTime, e.centralOffset + 12);
    out.writeUInt16LE(dosDate, e.centralOffset + 14);
    if (out.readUInt32LE(e.localOffset) === SIG_LOCAL) {
      out.writeUInt16LE(dosTime, e.localOffset + 10);
      out.writeUInt16LE(dosDate, e.localOffset + 12);
    }
  }
  return out;
}
