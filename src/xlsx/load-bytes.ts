/**
 * Opening an .xlsx from its bytes: vet (src/xlsx/vet.ts), then ExcelJS. Browser-safe — no Node
 * modules — so the web page bundles it (with ExcelJS's browser build, in a lazily loaded chunk);
 * the CLI reaches it through loadWorkbook (src/xlsx/load.ts), which also reads paths.
 */
import ExcelJS from "exceljs";
import { InputError } from "./errors";
import { vetXlsxBytes, ZIP_LIMITS } from "./vet";
import type { ZipLimits } from "./zip";
import { preparePackage } from "./package";
import { rememberStripped } from "./sheet-parts";
import { fastSparseRows } from "./sparse-rows";

export interface LoadOptions {
  /** Name shown in error messages when the input is bytes (a Buffer, a browser File's contents). */
  fileName?: string;
  limits?: Partial<ZipLimits>;
  /** Filled cells above which the workbook is refused (default MAX_CELLS, src/xlsx/package.ts). */
  maxCells?: number;
}

/** Opens an .xlsx from its bytes. Throws InputError for unusable input. */
export async function loadWorkbookBytes(
  input: Uint8Array | ArrayBuffer,
  options: LoadOptions = {},
): Promise<ExcelJS.Workbook> {
  const file = options.fileName;
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const limits = { ...ZIP_LIMITS, ...options.limits };
  vetXlsxBytes(bytes, file, limits);
  // Real inflated sizes (the headers may lie) and large merges / validations cut out (./package).
  const prepared = await preparePackage(bytes, limits.maxTotalUncompressed, file, options.maxCells).catch(
    (e: unknown) => {
      if (e instanceof InputError) throw e;
      throw new InputError("corrupt-xlsx", { file }, { cause: e });
    },
  );
  const wb = new ExcelJS.Workbook();
  try {
    // ExcelJS declares its own Buffer interface; JSZip (inside it) takes a Node Buffer or any
    // Uint8Array, in Node and in the browser build alike.
    await wb.xlsx.load(prepared.bytes as unknown as ExcelJS.Buffer);
    rememberStripped(wb, prepared.sheets);
    fastSparseRows(wb);
  } catch (e) {
    throw new InputError("corrupt-xlsx", { file, detail: e instanceof Error ? e.message : String(e) }, { cause: e });
  }
  return wb;
}
