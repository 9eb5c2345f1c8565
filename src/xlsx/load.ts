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
 *
 * Steps 2–5 work on bytes and need no Node module: they live in ./vet.ts and ./load-bytes.ts,
 * which the web page bundles. This file adds step 1 (paths, `fs`) for the CLI.
 */
import { promises as fs } from "fs";
import type ExcelJS from "exceljs";
import { InputError } from "./errors";
import { loadWorkbookBytes, type LoadOptions } from "./load-bytes";
import { MAX_INPUT_BYTES } from "./vet";

export { InputError } from "./errors";
// The byte-level part is browser-safe and lives in ./vet and ./load-bytes (used by the web page).
export { vetXlsxBytes, ZIP_LIMITS } from "./vet";
export { loadWorkbookBytes, type LoadOptions } from "./load-bytes";

const MB = 1024 * 1024;
export { MAX_INPUT_BYTES };

/** errno of reading an input → InputError with one Indonesian sentence (no system text). */
export function inputErrorFor(e: unknown, file: string): InputError {
  const code = (e as NodeJS.ErrnoException)?.code ?? "";
  if (code === "ENOENT" || code === "ENOTDIR") return new InputError("file-not-found", { file }, { cause: e });
  if (code === "EISDIR") return new InputError("not-a-file", { file }, { cause: e });
  if (code === "ELOOP") return new InputError("symlink-loop", { file }, { cause: e });
  if (code === "ENAMETOOLONG") return new InputError("name-too-long", { file }, { cause: e });
  if (code === "ERR_FS_FILE_TOO_LARGE" || code === "EFBIG")
    return new InputError("file-too-big", { file, sizeMb: 2048, limitMb: MAX_INPUT_BYTES / MB }, { cause: e });
  return new InputError("no-access", { file }, { cause: e });
}

/**
 * Reads an input path: only a regular file (a FIFO or /dev/zero would block or never end), at
 * most MAX_INPUT_BYTES.
 */
export async function readInput(file: string, display: string): Promise<Buffer> {
  let st;
  try {
    st = await fs.stat(file);
  } catch (e) {
    throw inputErrorFor(e, display);
  }
  if (st.isDirectory()) throw new InputError("not-a-file", { file: display });
  if (!st.isFile()) throw new InputError("not-regular", { file: display });
  if (st.size > MAX_INPUT_BYTES) {
    throw new InputError("file-too-big", { file: display, sizeMb: st.size / MB, limitMb: MAX_INPUT_BYTES / MB });
  }
  try {
    return await fs.readFile(file);
  } catch (e) {
    throw inputErrorFor(e, display);
  }
}

/** Opens an .xlsx from a path or from its bytes. Throws InputError for unusable input. */
export async function loadWorkbook(
  input: string | Buffer | Uint8Array | ArrayBuffer,
  options: LoadOptions = {},
): Promise<ExcelJS.Workbook> {
  const fileName = options.fileName ?? (typeof input === "string" ? input : undefined);
  const buf =
    typeof input === "string"
      ? await readInput(input, fileName ?? input)
      : Buffer.isBuffer(input)
        ? input
        : input instanceof ArrayBuffer
          ? Buffer.from(input)
          : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  return loadWorkbookBytes(buf, { ...options, fileName });
}
