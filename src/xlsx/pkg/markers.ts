/**
 * The product marker's trust rule (src/xlsx/marker.ts) over the parsed defined names: a name
 * `_capaian_output_<n>` is trusted when its reference is one range `'<sheet>'!$A$1:$X$N` and the
 * sheet's cells end exactly at column X, row N. The reference is first normalised the way ExcelJS
 * 4.4's DefinedNames does on load (ranges with `$` kept, a later definition of the same name
 * replacing an earlier one, the named cells regrouped into rectangles).
 */
import { isMarkerName } from "../marker";
import { decodeRef, type DefinedNameEntry } from "./workbook-part";

const RANGE_WITH_DOLLARS = /[$](\w+)[$](\d+)(:[$](\w+)[$](\d+))?/;

interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The one rectangle (and its sheet) a name's ranges cover, or null when they are not one rectangle from A1. */
function singleRange(ranges: string[]): { sheet: string; rect: Rect } | null {
  let sheet: string | undefined;
  const rects: Rect[] = [];
  for (const range of ranges) {
    if (!RANGE_WITH_DOLLARS.test(range.split("!").pop() || "")) continue;
    const d = decodeRef(range);
    if (!d) continue;
    const s = (d.sheet ?? "").replace(/''/g, "'");
    if (sheet !== undefined && s !== sheet) return null;
    sheet = s;
    rects.push(d);
  }
  if (sheet === undefined || rects.length === 0 || rects.length > 64) return null;
  const box: Rect = { top: Infinity, left: Infinity, bottom: 0, right: 0 };
  for (const r of rects) {
    box.top = Math.min(box.top, r.top);
    box.left = Math.min(box.left, r.left);
    box.bottom = Math.max(box.bottom, r.bottom);
    box.right = Math.max(box.right, r.right);
  }
  if (rects.length > 1 && unionArea(rects) !== (box.bottom - box.top + 1) * (box.right - box.left + 1)) return null;
  return { sheet, rect: box };
}

/** Area of a union of rectangles (coordinate compression; few rectangles). */
function unionArea(rects: Rect[]): number {
  const xs = [...new Set(rects.flatMap((r) => [r.left, r.right + 1]))].sort((a, b) => a - b);
  const ys = [...new Set(rects.flatMap((r) => [r.top, r.bottom + 1]))].sort((a, b) => a - b);
  let total = 0;
  for (let i = 0; i + 1 < xs.length; i++) {
    for (let j = 0; j + 1 < ys.length; j++) {
      const inside = rects.some((r) => r.left <= xs[i] && xs[i] <= r.right && r.top <= ys[j] && ys[j] <= r.bottom);
      if (inside) total += (xs[i + 1] - xs[i]) * (ys[j + 1] - ys[j]);
    }
  }
  return total;
}

export interface MarkerVerdict {
  /** Marker names (as written) that are trusted, with the sheet they name. */
  trusted: { name: string; sheet: string }[];
  /** Marker names that name no existing sheet (removed with the trusted ones on a re-run). */
  dangling: string[];
}

/**
 * `extentOf(sheet)`: the sheet's content extent, or undefined when no sheet has that name.
 */
export function judgeMarkers(
  names: DefinedNameEntry[],
  extentOf: (sheet: string) => { rows: number; cols: number } | undefined,
): MarkerVerdict {
  // ExcelJS keeps one definition per name (the last), in the order the names first appeared.
  const byName = new Map<string, DefinedNameEntry>();
  for (const d of names) {
    if (d.name === "_xlnm.Print_Area" || d.name === "_xlnm.Print_Titles") continue;
    byName.set(d.name, d);
  }
  const verdict: MarkerVerdict = { trusted: [], dangling: [] };
  for (const d of byName.values()) {
    if (!d.name || !isMarkerName(d.name)) continue;
    const kept = d.ranges.filter((r) => RANGE_WITH_DOLLARS.test(r.split("!").pop() || ""));
    if (kept.length === 0) continue; // ExcelJS drops a name without a cell reference
    const one = singleRange(kept);
    if (!one) {
      const sheets = kept.map((r) => (decodeRef(r)?.sheet ?? "").replace(/''/g, "'"));
      if (sheets.every((s) => !s || !extentOf(s))) verdict.dangling.push(d.name);
      continue;
    }
    const ext = extentOf(one.sheet);
    if (!ext) {
      verdict.dangling.push(d.name);
      continue;
    }
    const { top, left, bottom, right } = one.rect;
    // The signature: from $A$1 (a single cell is not one), ending at the content's last cell.
    if (top !== 1 || left !== 1 || (bottom === 1 && right === 1)) continue;
    if (ext.rows === bottom && ext.cols === right) verdict.trusted.push({ name: d.name, sheet: one.sheet });
  }
  return verdict;
}
