/**
 * Vetting the bytes of a would-be .xlsx before ExcelJS sees them, so that every unreadable input
 * gets a clear Indonesian message (InputError) instead of a library stack trace. No Node modules
 * and no ExcelJS here: the web page runs this as soon as a file is chosen (initial chunk), the CLI
 * through src/xlsx/load.ts. The order of the checks is documented in src/xlsx/load.ts.
 */
import { InputError } from "./errors";
import { checkZipLimits, hasZipSignature, readCentralDirectory, ZipFormatError, type ZipLimits } from "./zip";

const MB = 1024 * 1024;

/**
 * Zip-bomb limits (checked on the sizes declared in the central directory, before inflating):
 * at most 500 MB uncompressed in total (a 50 000-row report is ~60 MB), at most 20 000 entries,
 * and, above 100 MB uncompressed, a whole-archive compression ratio of at most 250:1 (real
 * worksheets compress 5–40:1; deflate bombs approach 1 000:1).
 */
export const ZIP_LIMITS: ZipLimits = Object.freeze({
  maxTotalUncompressed: 500 * MB,
  maxEntries: 20_000,
  maxRatio: 250,
  ratioAppliesAbove: 100 * MB,
});

/** A larger input file is refused before it is read (its inflated content has the same limit). */
export const MAX_INPUT_BYTES = ZIP_LIMITS.maxTotalUncompressed;

/** Refuses a file over MAX_INPUT_BYTES by its size alone (before reading it: a browser cannot read 2,5 GB). */
export function vetFileSize(size: number, file?: string): void {
  if (size > MAX_INPUT_BYTES)
    throw new InputError("file-too-big", { file, sizeMb: size / MB, limitMb: MAX_INPUT_BYTES / MB });
}

const OLE2_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** "EncryptedPackage" in UTF-16LE. */
const ENCRYPTED_PACKAGE_UTF16: number[] = Array.from("EncryptedPackage").flatMap((ch) => [ch.charCodeAt(0), 0]);

function startsWith(buf: Uint8Array, bytes: readonly number[]): boolean {
  if (buf.length < bytes.length) return false;
  for (let i = 0; i < bytes.length; i++) if (buf[i] !== bytes[i]) return false;
  return true;
}

function contains(buf: Uint8Array, bytes: readonly number[]): boolean {
  const first = bytes[0];
  const last = buf.length - bytes.length;
  for (let i = buf.indexOf(first); i >= 0 && i <= last; i = buf.indexOf(first, i + 1)) {
    let j = 1;
    while (j < bytes.length && buf[i + j] === bytes[j]) j++;
    if (j === bytes.length) return true;
  }
  return false;
}

function looksLikeText(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, 4096);
  if (n === 0) return false;
  // UTF-16 text (Excel's "Unicode Text" export) starts with a BOM.
  if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)) return true;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i];
    if (b === 0) return false;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control / n < 0.02;
}

/**
 * Classifies the bytes of a would-be .xlsx (any Uint8Array; a Node Buffer is one). Throws
 * InputError for anything ExcelJS must not be given; returns normally for a plausible .xlsx.
 */
export function vetXlsxBytes(buf: Uint8Array, file?: string, limits: ZipLimits = ZIP_LIMITS): void {
  if (buf.length === 0) throw new InputError("empty-file", { file });
  if (startsWith(buf, OLE2_SIGNATURE)) {
    if (contains(buf, ENCRYPTED_PACKAGE_UTF16)) throw new InputError("encrypted", { file });
    throw new InputError("xls-legacy", { file });
  }
  if (hasZipSignature(buf)) {
    let entries;
    try {
      entries = readCentralDirectory(buf);
    } catch (e) {
      if (e instanceof ZipFormatError) throw new InputError("corrupt-zip", { file, detail: e.message }, { cause: e });
      throw e;
    }
    const verdict = checkZipLimits(entries, limits);
    if (!verdict.ok && verdict.reason === "entries") {
      throw new InputError("too-many-entries", { file, count: entries.length, limit: limits.maxEntries });
    }
    if (!verdict.ok) {
      throw new InputError("too-large", {
        file,
        limitMb: Math.round(limits.maxTotalUncompressed / MB),
        sizeMb: Math.round(verdict.totalUncompressed / MB),
        detail: verdict.reason,
      });
    }
    const names = new Set(entries.map((e) => e.name.replace(/^\//, "").toLowerCase()));
    if (names.has("xl/workbook.xml")) return;
    if (names.has("mimetype") && names.has("content.xml")) throw new InputError("ods", { file });
    throw new InputError("not-xlsx", { file });
  }
  if (looksLikeText(buf)) throw new InputError("csv-or-text", { file });
  throw new InputError("not-xlsx", { file });
}
