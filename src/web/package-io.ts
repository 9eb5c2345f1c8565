/**
 * The web page's workbook I/O without a spreadsheet model (issue 13): the chosen file is read
 * straight into grids by the streaming package reader (src/xlsx/pkg) and the result is written by
 * the splice writer (src/xlsx/splice), which copies the input's parts as they are and adds ours —
 * the same two steps the CLI takes (src/cli/main.ts). Between reading and writing only the file's
 * bytes and the names of the previous run's output sheets are kept.
 *
 * ExcelJS is only the fallback writer, for a package the splice writer refuses: ./workbook-io is
 * then loaded with import() (its own chunk, "exceljs") and opens the bytes again. Nothing on the
 * normal path imports ExcelJS.
 *
 * Browser-safe (fflate, TextDecoder): used in the workbook worker (./io-worker.ts) and, when no
 * worker can start, on the page's own thread (./lazy-io.ts).
 */
import type { Grid } from "../domain/grid";
import type { SheetSpec } from "../domain/types";
import { readPackage } from "../xlsx/pkg/read-package";
import { writeOutputPackage } from "../xlsx/splice/write-package";

/** What is kept of the chosen file between reading and writing. */
export interface KeptPackage {
  /** The file's bytes: the result copies their parts. */
  bytes: Uint8Array;
  /** Shown in error messages (the fallback writer opens the bytes again). */
  fileName: string;
  /** Sheets carrying a trusted marker (our previous output): replaced on a re-run. */
  outputSheets: string[];
}

/** An opened file: what is kept, plus its grids (handed to the engine, not needed for writing). */
export interface OpenedPackage extends KeptPackage {
  grids: Grid[];
}

/** Writers of the result; injectable so that tests can make the splice writer fail. */
export interface ResultWriters {
  splice: typeof writeOutputPackage;
  /** The ExcelJS writer (loaded lazily). */
  fallback: () => Promise<(original: Uint8Array, fileName: string, sheets: SheetSpec[]) => Promise<Uint8Array>>;
}

const DEFAULT_WRITERS: ResultWriters = {
  splice: writeOutputPackage,
  fallback: async () => (await import(/* webpackChunkName: "exceljs" */ "./workbook-io")).fallbackResultBytes,
};

/** Reads the chosen file's bytes (InputError with an Indonesian message when unusable). */
export async function openWorkbook(bytes: Uint8Array, fileName: string): Promise<OpenedPackage> {
  const read = await readPackage(bytes, { fileName });
  return { bytes, fileName, outputSheets: read.outputSheets, grids: read.grids };
}

export function gridsOf(book: OpenedPackage): Grid[] {
  return book.grids;
}

/** Only what writing needs (the worker keeps this, the grids went to the page). */
export function keptOf(book: KeptPackage): KeptPackage {
  return { bytes: book.bytes, fileName: book.fileName, outputSheets: book.outputSheets };
}

/**
 * The input plus the output sheets (a re-run replaces only the sheets carrying Capaian's trusted
 * marker), as .xlsx bytes — the workbook the CLI writes for this input.
 */
export async function resultBytes(
  book: KeptPackage,
  sheets: SheetSpec[],
  writers: ResultWriters = DEFAULT_WRITERS,
): Promise<Uint8Array> {
  try {
    return (await writers.splice(book.bytes, sheets, { removeSheets: book.outputSheets })).bytes;
  } catch {
    // Should a package defeat the splice writer, ExcelJS rebuilds the whole workbook instead.
    return (await writers.fallback())(book.bytes, book.fileName, sheets);
  }
}
