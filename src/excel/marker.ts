/**
 * How Capaian recognises the sheets it wrote, so a re-run replaces them and never a user's sheet.
 *
 * A document setting `capaian.outputSheets` (saved inside the workbook) lists, for each sheet we
 * wrote: its id and name, and a content signature taken right after writing — the address of its
 * used range (values only) and a hash of its header row. With ExcelApi 1.12 the sheet also gets a
 * worksheet custom property `capaian-output`.
 *
 * A sheet is trusted as ours only when everything matches what we wrote: a record with its id AND
 * its current name, the same used-range address and header hash now, and — when we wrote the
 * property and the host can read it — the property too. Anything else is the user's and is kept:
 *   - a copy of our sheet carries the property, but has a new id and no record;
 *   - a record naming a sheet of the user's (copied settings, a forged record) does not match its
 *     content;
 *   - our sheet the user typed into (used range grown, header changed) no longer matches either.
 * When in doubt the sheet stays and ours is written under a new name (src/hosts/placement.ts).
 * A record without a signature (older version) is never trusted.
 */
import type { DocSettings } from "./office-support";
import { parseArea } from "./address";

export const MARKER_KEY = "capaian-output";
export const MARKER_VALUE = "capaian/1";
export const SETTINGS_OUTPUT_SHEETS = "capaian.outputSheets";

export interface OutputSheetRecord {
  id: string;
  name: string;
  /** Used range (values only) right after writing, without the sheet name: "A1:K13". */
  address?: string;
  /** 1-based row of the table header. */
  headerRow?: number;
  /** headerHash() of that row right after writing. */
  headerHash?: string;
  /** The custom property was written too (ExcelApi 1.12). */
  marked?: boolean;
}

/** What the sheet holds now, measured the same way as at write time. */
export interface SheetSignature {
  address: string;
  headerHash: string;
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

/** A record with a usable signature for this sheet's id and current name (null when none). */
export function candidateRecord(
  sheet: { id: string; name: string },
  records: readonly OutputSheetRecord[],
): (OutputSheetRecord & { address: string; headerRow: number; headerHash: string }) | null {
  for (const r of records) {
    if (r.id !== sheet.id || r.name !== sheet.name) continue;
    if (typeof r.address !== "string" || typeof r.headerHash !== "string") continue;
    if (typeof r.headerRow !== "number" || !Number.isInteger(r.headerRow) || r.headerRow < 1) continue;
    if (!parseArea(r.address)) continue;
    return r as OutputSheetRecord & { address: string; headerRow: number; headerHash: string };
  }
  return null;
}

/** Last column of a recorded address (to know how much of the header row to read back). */
export function recordedRight(record: { address: string }): number {
  return parseArea(record.address)?.right ?? 1;
}

/**
 * Is this sheet one of ours? `customMarker`: the custom property's value (null when absent),
 * undefined when the host cannot read custom properties (below ExcelApi 1.12). `now`: the sheet's
 * signature measured now (null when it could not be measured).
 */
export function isOutputSheet(
  sheet: { id: string; name: string },
  customMarker: string | null | undefined,
  records: readonly OutputSheetRecord[],
  now: SheetSignature | null,
): boolean {
  const record = candidateRecord(sheet, records);
  if (!record || !now) return false;
  if (record.marked && customMarker !== undefined && customMarker !== MARKER_VALUE) return false;
  if (!record.marked && typeof customMarker === "string") return false; // a property we did not write
  return sameArea(now.address, record.address) && now.headerHash === record.headerHash;
}

function sameArea(a: string, b: string): boolean {
  const x = parseArea(stripSheet(a));
  const y = parseArea(stripSheet(b));
  return !!x && !!y && x.top === y.top && x.left === y.left && x.bottom === y.bottom && x.right === y.right;
}

/** "'Sheet 1'!$A$1:$K$13" → "A1:K13". */
export function stripSheet(address: string): string {
  const bang = address.lastIndexOf("!");
  return (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, "").toUpperCase();
}

/**
 * Hash of a header row's values (columns from A; trailing empties ignored): FNV-1a over the
 * values as text, "" for empty cells, joined with U+0001. Not a secret: it tells a sheet we wrote
 * and left alone from one that was edited or is not ours.
 */
export function headerHash(values: readonly unknown[]): string {
  const parts = values.map((v) => (v === null || v === undefined ? "" : String(v)));
  let n = parts.length;
  while (n > 0 && parts[n - 1] === "") n--;
  const text = parts.slice(0, n).join("\u0001");
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${n}:${h.toString(16).padStart(8, "0")}`;
}
