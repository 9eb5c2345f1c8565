/**
 * How Capaian recognises the sheets it wrote, so a re-run replaces them and never a user's sheet.
 *
 * 1. ExcelApi 1.12+: a worksheet custom property `capaian-output` (value: product + schema
 *    version). It is saved inside the sheet, survives renames and moves, and is what we trust.
 * 2. Always, as well: a document setting `capaian.outputSheets` listing { id, name } of the
 *    sheets we wrote. Without 1.12 a sheet counts as ours only when BOTH its id and its current
 *    name match an entry — a user's sheet that merely has the same name (or, after the file was
 *    reopened elsewhere, the same id) is never taken for ours.
 */
import type { DocSettings } from "./office-support";

export const MARKER_KEY = "capaian-output";
export const MARKER_VALUE = "capaian/1";
export const SETTINGS_OUTPUT_SHEETS = "capaian.outputSheets";

export interface OutputSheetRecord {
  id: string;
  name: string;
}

export function readOutputRecords(settings: DocSettings | null): OutputSheetRecord[] {
  if (!settings) return [];
  let raw: unknown;
  try {
    raw = settings.get(SETTINGS_OUTPUT_SHEETS);
  } catch {
    return [];
  }
  if (!Array.isArray(raw)) return [];
  return raw.filter(
    (r): r is OutputSheetRecord =>
      !!r && typeof (r as OutputSheetRecord).id === "string" && typeof (r as OutputSheetRecord).name === "string",
  );
}

export function writeOutputRecords(settings: DocSettings | null, records: OutputSheetRecord[]): void {
  if (!settings) return;
  settings.set(SETTINGS_OUTPUT_SHEETS, records);
}

/** Is this sheet one of ours? `customMarker` is the custom property value, null/undefined when absent or unsupported. */
export function isOutputSheet(
  sheet: { id: string; name: string },
  customMarker: string | null | undefined,
  records: OutputSheetRecord[],
): boolean {
  if (typeof customMarker === "string" && customMarker.startsWith("capaian/")) return true;
  return records.some((r) => r.id === sheet.id && r.name === sheet.name);
}
