/**
 * The web page's fallback writer, ExcelJS: used only when the splice writer refuses a package
 * (./package-io.ts). Loaded on demand with import() — webpack puts this module, the xlsx adapter
 * and ExcelJS's browser build into one lazily loaded chunk ("exceljs"), which a normal run never
 * fetches: neither the add-in pane, nor the web page, nor its workbook worker carries ExcelJS.
 *
 * Only browser-safe parts of src/xlsx are imported here (never ./load or ./save, which use fs).
 */
import type { SheetSpec } from "../domain/types";
import { loadWorkbookBytes } from "../xlsx/load-bytes";
import { replaceOutputSheets } from "../xlsx/write-sheets";
import { addCharts } from "../xlsx/charts";
import { restorePackage } from "../xlsx/package";
import { strippedOf } from "../xlsx/sheet-parts";

/**
 * The input (opened again from its bytes) plus the output sheets, rebuilt and serialised by
 * ExcelJS (as src/cli/main.ts outputBytes falls back to): re-runs replace only the sheets carrying
 * Capaian's marker.
 */
export async function fallbackResultBytes(
  original: Uint8Array,
  fileName: string,
  sheets: SheetSpec[],
): Promise<Uint8Array> {
  const workbook = await loadWorkbookBytes(original, { fileName });
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
