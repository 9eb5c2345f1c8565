/**
 * The output zip, built from entries held compressed: entries of the original package copied raw
 * (their compressed bytes as they are, never inflated) and new entries deflated as they are
 * written (fflate's streaming Deflate). Browser-safe. No ZIP64: an output of 4 GiB or 65 535
 * entries is refused (an .xlsx of that size is far beyond what the rest of the program accepts).
 */
import { Deflate } from "fflate";
import { crc32 } from "./crc32";
import type { ZipEntry } from "../zip";

export interface OutEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  uncompressedSize: number;
  dosTime: number;
  dosDate: number;
  versionNeeded: number;
  /** The compressed bytes, in order. */
  data: Uint8Array[];
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const FLAG_UTF8 = 0x0800;
const FLAG_DESCRIPTOR = 0x0008;
/** 1980-01-01 00:00, the earliest DOS date: new entries carry a fixed time (reproducible output). */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const ENCODER = new TextEncoder();
/** Text collected before it is encoded and deflated. */
const BATCH_CHARS = 1 << 16;

/** An entry of `original` with its compressed data as it is (no inflation). */
export function rawEntry(original: Uint8Array, e: ZipEntry): OutEntry {
  const dv = new DataView(original.buffer, original.byteOffset, original.byteLength);
  const cd = e.centralOffset;
  const lh = e.localOffset;
  const start = lh + 30 + dv.getUint16(lh + 26, true) + dv.getUint16(lh + 28, true);
  if (start + e.compressedSize > original.length) throw new RangeError(`entry ${e.name} is truncated`);
  return {
    name: e.name,
    method: e.method,
    flags: dv.getUint16(cd + 8, true) & ~FLAG_DESCRIPTOR,
    crc: dv.getUint32(cd + 16, true),
    compressedSize: e.compressedSize,
    uncompressedSize: e.uncompressedSize,
    dosTime: dv.getUint16(cd + 12, true),
    dosDate: dv.getUint16(cd + 14, true),
    versionNeeded: Math.max(20, dv.getUint16(cd + 6, true) & 0xff),
    data: [original.subarray(start, start + e.compressedSize)],
  };
}

/** A new entry written piece by piece: text is batched, encoded and deflated as it comes. */
export class DeflatingEntry {
  private readonly chunks: Uint8Array[] = [];
  private readonly deflate: Deflate;
  private crc = 0;
  private size = 0;
  private compressed = 0;
  private pending: string[] = [];
  private pendingChars = 0;

  constructor(
    readonly name: string,
    level: 1 | 2 | 3 | 4 | 5 | 6 = 6,
  ) {
    this.deflate = new Deflate({ level }, (chunk) => {
      this.chunks.push(chunk);
      this.compressed += chunk.length;
    });
  }

  write(text: string): void {
    this.pending.push(text);
    this.pendingChars += text.length;
    if (this.pendingChars >= BATCH_CHARS) this.flush(false);
  }

  private flush(final: boolean): void {
    const bytes = ENCODER.encode(this.pending.join(""));
    this.pending = [];
    this.pendingChars = 0;
    this.crc = crc32(bytes, this.crc);
    this.size += bytes.length;
    this.deflate.push(bytes, final);
  }

  finish(): OutEntry {
    this.flush(true);
    return {
      name: this.name,
      method: 8,
      flags: FLAG_UTF8,
      crc: this.crc,
      compressedSize: this.compressed,
      uncompressedSize: this.size,
      dosTime: 0,
      dosDate: DOS_DATE,
      versionNeeded: 20,
      data: this.chunks,
    };
  }
}

/** A whole new entry from one text. */
export function textEntry(name: string, text: string): OutEntry {
  const e = new DeflatingEntry(name);
  e.write(text);
  return e.finish();
}

function header(e: OutEntry, nameBytes: Uint8Array, central: boolean, offset: number): Uint8Array {
  const size = central ? 46 : 30;
  const out = new Uint8Array(size + nameBytes.length);
  const dv = new DataView(out.buffer);
  let p = 0;
  dv.setUint32(p, central ? SIG_CENTRAL : SIG_LOCAL, true);
  p += 4;
  if (central) (dv.setUint16(p, 20, true), (p += 2)); // version made by: MS-DOS, 2.0
  dv.setUint16(p, e.versionNeeded, true);
  dv.setUint16(p + 2, e.flags, true);
  dv.setUint16(p + 4, e.method, true);
  dv.setUint16(p + 6, e.dosTime, true);
  dv.setUint16(p + 8, e.dosDate, true);
  dv.setUint32(p + 10, e.crc, true);
  dv.setUint32(p + 14, e.compressedSize, true);
  dv.setUint32(p + 18, e.uncompressedSize, true);
  dv.setUint16(p + 22, nameBytes.length, true);
  dv.setUint16(p + 24, 0, true); // extra field length
  if (central) dv.setUint32(p + 36, offset, true); // comment, disk, attributes stay 0
  out.set(nameBytes, size);
  return out;
}

/** The zip file of the entries, in order, as one array. */
export function assembleZip(entries: OutEntry[]): Uint8Array {
  if (entries.length >= 0xffff) throw new RangeError("too many zip entries");
  const names = entries.map((e) => ENCODER.encode(e.name));
  const locals = entries.map((e, i) => header(e, names[i], false, 0));
  const offsets: number[] = [];
  let at = 0;
  entries.forEach((e, i) => {
    offsets.push(at);
    at += locals[i].length + e.compressedSize;
  });
  const centrals = entries.map((e, i) => header(e, names[i], true, offsets[i]));
  const cdSize = centrals.reduce((n, c) => n + c.length, 0);
  const total = at + cdSize + 22;
  if (total > 0xffffffff) throw new RangeError("zip output over 4 GiB");
  const out = new Uint8Array(total);
  let p = 0;
  entries.forEach((e, i) => {
    out.set(locals[i], p);
    p += locals[i].length;
    for (const d of e.data) (out.set(d, p), (p += d.length));
  });
  const cdOffset = p;
  for (const c of centrals) (out.set(c, p), (p += c.length));
  const dv = new DataView(out.buffer);
  dv.setUint32(p, SIG_EOCD, true);
  dv.setUint16(p + 8, entries.length, true);
  dv.setUint16(p + 10, entries.length, true);
  dv.setUint32(p + 12, cdSize, true);
  dv.setUint32(p + 16, cdOffset, true);
  return out;
}
