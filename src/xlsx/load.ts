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

export { InputError } from "./errors";
// The byte-level part is browser-safe and lives in ./vet and ./load-bytes (used by the web page).
export { vetXlsxBytes, ZIP_LIMITS } from "./vet";
export { loadWorkbookBytes, type LoadOptions } from "./load-bytes";

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
    if (code === "EACCES" || code === "EPERM" || code === "EBUSY")
      throw new InputError("no-access", { file }, { cause: e });
    throw e;
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
      ? await readInput(input)
      : Buffer.isBuffer(input)
        ? input
        : input instanceof ArrayBuffer
          ? Buffer.from(input)
          : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  return loadWorkbookBytes(buf, { ...options, fileName });
}
