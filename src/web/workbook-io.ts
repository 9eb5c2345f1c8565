/**
 * The ExcelJS side of the web page, loaded only on demand (import() in ./lazy-io.ts): webpack puts
 * this module, the xlsx adapter and ExcelJS's browser build into one lazily loaded chunk, so
 * neither the add-in pane nor the web page's first paint carries ExcelJS.
 *
 * Only browser-safe parts of src/xlsx are imported here (never ./load or ./save, which use fs).
 */
import type ExcelJS from "exceljs";
import type { Grid } from "../domain/grid";
import type { SheetSpec } from "../domain/types";
import { loadWorkbookBytes } from "../xlsx/load-bytes";
import { readGrids } from "../xlsx/read-grids";
import { replaceOutputSheets } from "../xlsx/write-sheets";
import { addCharts } from "../xlsx/charts";
import { restorePackage } from "../xlsx/package";
import { strippedOf } from "../xlsx/sheet-parts";
import { outputSheetNames } from "../xlsx/marker";
import { writeOutputPackage } from "../xlsx/splice/write-package";

export type Workbook = ExcelJS.Workbook;

/** The chosen file's bytes, per opened workbook: the result copies their parts (src/xlsx/splice). */
const originals = new WeakMap<Workbook, Uint8Array>();

/** Opens the chosen file's bytes (InputError with an Indonesian message when unusable). */
export async function openWorkbook(bytes: Uint8Array, fileName: string): Promise<Workbook> {
  const workbook = await loadWorkbookBytes(bytes, { fileName });
  originals.set(workbook, bytes);
  return workbook;
}

export function gridsOf(workbook: Workbook): Grid[] {
  return readGrids(workbook);
}

/**
 * The input plus the output sheets (re-runs replace only the sheets carrying Capaian's marker),
 * serialised as .xlsx bytes — the same workbook the CLI writes for this input (src/cli/main.ts
 * outputBytes: the splice writer, the ExcelJS writer as fallback).
 */
export async function resultBytes(workbook: Workbook, sheets: SheetSpec[]): Promise<Uint8Array> {
  // The input's parts copied as they are, ours added; the ExcelJS writer below should a package
  // defeat the splice writer.
  const original = originals.get(workbook);
  if (original) {
    try {
      return (await writeOutputPackage(original, sheets, { removeSheets: outputSheetNames(workbook) })).bytes;
    } catch {
      // fall through
    }
  }
  const written = replaceOutputSheets(workbook, sheets);
  const data = await workbook.xlsx.writeBuffer();
  // ExcelJS types the result as its own Buffer interface; in the browser it is a Uint8Array
  // (browserify's Buffer), in Node a Buffer: both are Uint8Arrays.
  const raw = data as unknown as Uint8Array | ArrayBuffer;
  const bytes = raw instanceof Uint8Array ? raw : new Uint8Array(raw);
  return addCharts(
    await restorePackage(bytes, strippedOf(workbook)),
    written.flatMap((w) => (w.chart ? [w.chart] : [])),
  );
}
