/**
 * Atomic save: the workbook is written to a temporary file in the destination folder, flushed to
 * disk, then renamed over the destination. An interrupted or failed run leaves either the old file
 * or nothing — never a half-written workbook — and no temporary file behind.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { randomBytes } from "crypto";
import type ExcelJS from "exceljs";
import { addCharts, type ChartPlacement } from "./charts";
import { restorePackage } from "./package";
import { strippedOf } from "./sheet-parts";

/** Temporary files are named ".<target name>.<random>.tmp" next to the target. */
export function tempPathFor(outPath: string): string {
  const dir = path.dirname(outPath);
  return path.join(dir, `.${path.basename(outPath)}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
}

/** Writes bytes atomically to `outPath`. */
export async function writeFileAtomic(outPath: string, data: Uint8Array): Promise<void> {
  const tmp = tempPathFor(outPath);
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(tmp, "wx");
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(tmp, outPath);
  } catch (e) {
    if (handle) await handle.close().catch(() => undefined);
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw e;
  }
}

/** Serialises the workbook and saves it atomically. Returns the absolute output path. */
export async function saveAtomic(
  workbook: ExcelJS.Workbook,
  outPath: string,
  charts: ChartPlacement[] = [],
): Promise<string> {
  const abs = path.resolve(outPath);
  await writeFileAtomic(abs, await serializeWorkbook(workbook, charts));
  return abs;
}

/** The workbook as .xlsx bytes (with the charts and the parts cut out at load time put back). */
export async function serializeWorkbook(
  workbook: ExcelJS.Workbook,
  charts: ChartPlacement[] = [],
): Promise<Uint8Array> {
  // Serialise fully in memory first: a serialisation error never touches the disk.
  // Deflate level 1: a few percent larger files, and much less time in ExcelJS's JavaScript zlib.
  const data = await workbook.xlsx.writeBuffer({
    zip: { compression: "DEFLATE", compressionOptions: { level: 1 } },
  } as never);
  // ExcelJS types its result as its own Buffer interface; at run time it is a Node Buffer.
  const bytes = data as unknown as Uint8Array;
  // Merges / validations cut out before loading (./sheet-parts.ts) go back into the user's sheets.
  const restored = await restorePackage(Buffer.isBuffer(bytes) ? bytes : new Uint8Array(bytes), strippedOf(workbook));
  return addCharts(restored, charts);
}
