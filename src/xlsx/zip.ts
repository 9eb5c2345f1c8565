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

export function hasZipSignature(buf: Buffer): boolean {
  return buf.length >= 4 && buf[0] === 0x50 && buf[1] === 0x4b && (buf[2] === 3 || buf[2] === 5 || buf[2] === 7);
}

function u64(buf: Buffer, off: number): number {
  const v = buf.readBigUInt64LE(off);
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipFormatError("nilai ZIP64 terlalu besar");
  return Number(v);
}

function findEocd(buf: Buffer): number {
  const min = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= min; i--) {
    if (buf.readUInt32LE(i) === SIG_EOCD) {
      // The comment must end exactly at the end of the file.
      const commentLen = buf.readUInt16LE(i + 20);
      if (i + 22 + commentLen === buf.length) return i;
    }
  }
  return -1;
}

/** Lists the entries of a zip file from its central directory. Throws ZipFormatError when malformed. */
export function readCentralDirectory(buf: Buffer): ZipEntry[] {
  if (buf.length < 22) throw new ZipFormatError("berkas terlalu pendek untuk sebuah zip");
  const eocd = findEocd(buf);
  if (eocd < 0) throw new ZipFormatError("akhir direktori zip tidak ditemukan (berkas terpotong?)");
  let count = buf.readUInt16LE(eocd + 10);
  let cdSize = buf.readUInt32LE(eocd + 12);
  let cdOffset = buf.readUInt32LE(eocd + 16);

  if (count === U16_MAX || cdSize === U32_MAX || cdOffset === U32_MAX) {
    const loc = eocd - 20;
    if (loc >= 0 && buf.readUInt32LE(loc) === SIG_EOCD64_LOCATOR) {
      const eocd64 = u64(buf, loc + 8);
      if (eocd64 + 56 > buf.length || buf.readUInt32LE(eocd64) !== SIG_EOCD64) {
        throw new ZipFormatError("direktori ZIP64 rusak");
      }
      count = u64(buf, eocd64 + 32);
      cdSize = u64(buf, eocd64 + 40);
      cdOffset = u64(buf, eocd64 + 48);
    }
  }
  if (cdOffset + cdSize > eocd) throw new ZipFormatError("direktori zip menunjuk ke luar berkas (berkas terpotong?)");

  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== SIG_CENTRAL) {
      throw new ZipFormatError(`entri direktori zip ke-${i + 1} rusak`);
    }
    const method = buf.readUInt16LE(p + 10);
    let compressedSize = buf.readUInt32LE(p + 20);
    let uncompressedSize = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    let localOffset = buf.readUInt32LE(p + 42);
    const end = p + 46 + nameLen + extraLen + commentLen;
    if (end > buf.length) throw new ZipFormatError(`entri direktori zip ke-${i + 1} terpotong`);
    const name = buf.toString("utf8", p + 46, p + 46 + nameLen);

    if (uncompressedSize === U32_MAX || compressedSize === U32_MAX || localOffset === U32_MAX) {
      // ZIP64 extended information extra field (header id 0x0001).
      let e = p + 46 + nameLen;
      const eEnd = e + extraLen;
      while (e + 4 <= eEnd) {
        const id = buf.readUInt16LE(e);
        const size = buf.readUInt16LE(e + 2);
        if (id === 0x0001) {
          let q = e + 4;
          if (uncompressedSize === U32_MAX && q + 8 <= e + 4 + size) (uncompressedSize = u64(buf, q)), (q += 8);
          if (compressedSize === U32_MAX && q + 8 <= e + 4 + size) (compressedSize = u64(buf, q)), (q += 8);
          if (localOffset === U32_MAX && q + 8 <= e + 4 + size) localOffset = u64(buf, q);
          break;
        }
        e += 4 + size;
      }
    }
    if (localOffset + 30 > buf.length) throw new ZipFormatError(`data entri "${name}" di luar berkas (berkas terpotong?)`);
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
  if (totalUncompressed > limits.ratioAppliesAbove && totalUncompressed > limits.maxRatio * Math.max(1, totalCompressed)) {
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
