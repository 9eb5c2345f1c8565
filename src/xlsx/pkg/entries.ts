/**
 * One zip entry at a time, inflated as a stream with fflate (browser-safe): the compressed bytes
 * are pushed in small slices and every inflated chunk is counted against a shared budget before
 * it is used, so a header that lies about the sizes is stopped on the real bytes.
 */
import { Inflate } from "fflate";
import type { ZipEntry } from "../zip";

/** The inflated total passed the budget (InputError "too-large", detail "inflated"). */
export class InflatedLimitError extends Error {
  override readonly name = "InflatedLimitError";
}

export class EntryFormatError extends Error {
  override readonly name = "EntryFormatError";
}

/** Shared count of the bytes inflated so far, across entries. */
export interface InflateBudget {
  used: number;
  readonly max: number;
}

const SIG_LOCAL = 0x04034b50;
/** Compressed bytes pushed at once: bounds the bytes inflated past the budget before the check. */
const SLICE = 16 * 1024;

function dataOf(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || dv.getUint32(at, true) !== SIG_LOCAL)
    throw new EntryFormatError(`header lokal "${entry.name}" rusak`);
  const start = at + 30 + dv.getUint16(at + 26, true) + dv.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new EntryFormatError(`data "${entry.name}" terpotong`);
  return bytes.subarray(start, end);
}

/** Inflates one entry, calling `onChunk` with each inflated piece (in order). */
export function inflateEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  budget: InflateBudget,
  onChunk: (chunk: Uint8Array) => void,
): void {
  const data = dataOf(bytes, entry);
  const take = (chunk: Uint8Array) => {
    budget.used += chunk.length;
    if (budget.used > budget.max) throw new InflatedLimitError("inflated-limit");
    if (chunk.length) onChunk(chunk);
  };
  if (entry.method === 0) {
    for (let i = 0; i < data.length; i += SLICE) take(data.subarray(i, Math.min(data.length, i + SLICE)));
    return;
  }
  if (entry.method !== 8) throw new EntryFormatError(`metode kompresi ${entry.method} tidak didukung`);
  const inflate = new Inflate((chunk) => take(chunk));
  if (data.length === 0) {
    inflate.push(new Uint8Array(0), true);
    return;
  }
  for (let i = 0; i < data.length; i += SLICE) {
    const end = Math.min(data.length, i + SLICE);
    inflate.push(data.subarray(i, end), end === data.length);
  }
}

/** Inflates one entry into text, handing it on in decoded pieces (UTF-8, split characters kept). */
export function inflateText(
  bytes: Uint8Array,
  entry: ZipEntry,
  budget: InflateBudget,
  onText: (text: string) => void,
): void {
  const dec = new TextDecoder("utf-8");
  let first = true;
  inflateEntry(bytes, entry, budget, (chunk) => {
    let text = dec.decode(chunk, { stream: true });
    if (first && text.length) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    if (text.length) onText(text);
  });
  const rest = dec.decode();
  if (rest.length) onText(rest);
}
