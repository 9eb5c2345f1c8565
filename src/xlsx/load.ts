/**
 * Opening an input workbook with ExcelJS, after vetting the bytes so that every unreadable input
 * gets a clear Indonesian message (InputError) instead of a library stack trace.
 *
 * Order of checks:
 *  1. the path exists and is a readable file (file-not-found, not-a-file, no-access, empty-file);
 *  2. OLE2 compound file (signature D0 CF 11 E0 A1 B1 1A E1): a password-protected .xlsx (it
 *     holds a stream named "EncryptedPackage", UTF-16LE) → `encrypted`; otherwise an old .xls →
 *     `xls-legacy`;
 *  3. a zip: its central directory must be intact (`corrupt-zip`: truncated or damaged), within
 *     ZIP_LIMITS (`too-large`: zip bombs are refused before anything is inflated), and hold
 *     `xl/workbook.xml` (else `ods` for OpenDocument, `not-xlsx` for any other zip);
 *  4. anything else: text (CSV, HTML, XML) → `csv-or-text`; binary → `not-xlsx`;
 *  5. ExcelJS failing to parse a well-formed zip → `corrupt-xlsx`.
 */
import { promises as fs } from "fs";
import ExcelJS from "exceljs";
import { InputError } from "./errors";
import { checkZipLimits, hasZipSignature, readCentralDirectory, ZipFormatError, type ZipLimits } from "./zip";

export { InputError } from "./errors";

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

export interface LoadOptions {
  /** Name shown in error messages when the input is a Buffer. */
  fileName?: string;
  limits?: Partial<ZipLimits>;
}

const OLE2_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ENCRYPTED_PACKAGE_UTF16 = Buffer.from("EncryptedPackage", "utf16le");

async function readInput(file: string): Promise<Buffer> {
  try {
    const st = await fs.stat(file);
    if (st.isDirectory()) throw new InputError("not-a-file", { file });
    return await fs.readFile(file);
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new InputError("file-not-found", { file }, { cause: e });
    if (code === "EISDIR") throw new InputError("not-a-file", { file }, { cause: e });
    if (code === "EACCES" || code === "EPERM" || code === "EBUSY") throw new InputError("no-access", { file }, { cause: e });
    throw e;
  }
}

function looksLikeText(buf: Buffer): boolean {
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
 * Classifies the bytes of a would-be .xlsx. Throws InputError for anything ExcelJS must not be
 * given; returns normally for a plausible .xlsx.
 */
export function vetXlsxBytes(buf: Buffer, file?: string, limits: ZipLimits = ZIP_LIMITS): void {
  if (buf.length === 0) throw new InputError("empty-file", { file });
  if (buf.length >= 8 && buf.subarray(0, 8).equals(OLE2_SIGNATURE)) {
    if (buf.indexOf(ENCRYPTED_PACKAGE_UTF16) >= 0) throw new InputError("encrypted", { file });
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

/** Opens an .xlsx from a path or from its bytes. Throws InputError for unusable input. */
export async function loadWorkbook(
  input: string | Buffer | Uint8Array | ArrayBuffer,
  options: LoadOptions = {},
): Promise<ExcelJS.Workbook> {
  const file = options.fileName ?? (typeof input === "string" ? input : undefined);
  const buf =
    typeof input === "string"
      ? await readInput(input)
      : Buffer.isBuffer(input)
        ? input
        : input instanceof ArrayBuffer
          ? Buffer.from(input)
          : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  vetXlsxBytes(buf, file, { ...ZIP_LIMITS, ...options.limits });
  const wb = new ExcelJS.Workbook();
  try {
    // ExcelJS declares its own Buffer interface; a Node Buffer is what it expects at run time.
    await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw new InputError("corrupt-xlsx", { file, detail: e instanceof Error ? e.message : String(e) }, { cause: e });
  }
  return wb;
}
