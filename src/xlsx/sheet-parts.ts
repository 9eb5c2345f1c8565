/**
 * Sheet XML parts that ExcelJS expands cell by cell when it loads a workbook, handled without it:
 *
 * - `<mergeCells>`: ExcelJS creates a cell object for every cell of every merge (a merge over the
 *   whole sheet, A1:XFD1048576, is 17 billion cells; three whole columns take minutes and GBs) and
 *   checks every merge against every other one (quadratic in the number of merges);
 * - `<dataValidations>`: ExcelJS stores the rule once per cell of its range (a validation over
 *   whole columns, common when a user formats entire columns, never finishes).
 *
 * When a sheet's merges or validations are large (MERGE_LIMITS), the element is cut out of the
 * sheet XML before ExcelJS sees it; the merges are handed to the grid by us (StrippedSheet.merges)
 * and both elements are put back, unchanged, into the same sheet of the saved copy
 * (restoreStrippedParts), so the user's sheets stay as they were. Ordinary workbooks (the
 * overwhelming majority) are not touched at all: ExcelJS gets the original bytes.
 *
 * Pure byte/text work: no Node modules, so the web page's worker uses it too. Only the part of a
 * sheet after `</sheetData>` is ever decoded to text (the cell data can be hundreds of MB).
 */
import type { CellRange } from "../domain/grid";
import { parseRangeRef } from "./range-ref";

export const MERGE_LIMITS = Object.freeze({
  /** A single merge or validation range larger than this (cells) is never given to ExcelJS. */
  maxArea: 100_000,
  /** More merges than this in one sheet are not given to ExcelJS (its check is quadratic). */
  maxMerges: 5_000,
});

export interface StrippedSheet {
  /** The sheet's merges, read by us (only when `mergeCellsXml` was cut out). */
  merges: CellRange[];
  /** The original `<mergeCells …>…</mergeCells>` element, to put back on save. */
  mergeCellsXml?: string;
  /** The original `<dataValidations …>…</dataValidations>` element, to put back on save. */
  dataValidationsXml?: string;
}

const UTF8_DEC = new TextDecoder("utf-8");
const UTF8_ENC = new TextEncoder();
const SHEET_DATA_END = UTF8_ENC.encode("</sheetData>");

/** Index just after the last `</sheetData>` (or after a self-closed `<sheetData/>`), -1 if none. */
function tailStart(xml: Uint8Array): number {
  const pat = SHEET_DATA_END;
  outer: for (let i = xml.length - pat.length; i >= 0; i--) {
    for (let j = 0; j < pat.length; j++) if (xml[i + j] !== pat[j]) continue outer;
    return i + pat.length;
  }
  // `<sheetData/>`: an empty sheet; its tail is everything after the self-closed element.
  const head = UTF8_DEC.decode(xml.subarray(0, Math.min(xml.length, 1 << 16)));
  const m = /<(?:\w+:)?sheetData\s*\/>/.exec(head);
  return m ? UTF8_ENC.encode(head.slice(0, m.index + m[0].length)).length : -1;
}

function element(tail: string, local: string): { start: number; end: number; xml: string } | null {
  const open = new RegExp(`<((?:\\w+:)?${local})\\b[^>]*?(/?)>`).exec(tail);
  if (!open) return null;
  if (open[2] === "/") return { start: open.index, end: open.index + open[0].length, xml: open[0] };
  const close = `</${open[1]}>`;
  const endIdx = tail.indexOf(close, open.index);
  if (endIdx < 0) return null;
  const end = endIdx + close.length;
  return { start: open.index, end, xml: tail.slice(open.index, end) };
}

function area(r: CellRange): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

function refsOf(xml: string, elementName: string, attr: string): string[] {
  const out: string[] = [];
  const re = new RegExp(`<(?:\\w+:)?${elementName}\\b[^>]*?\\b${attr}="([^"]*)"`, "g");
  for (let m = re.exec(xml); m; m = re.exec(xml)) out.push(m[1]);
  return out;
}

/**
 * Looks at one worksheet part. Returns null when ExcelJS may read it as it is; otherwise the
 * sheet XML without the large elements, and what was cut out.
 */
export function stripLargeParts(xml: Uint8Array): { xml: Uint8Array; stripped: StrippedSheet } | null {
  const start = tailStart(xml);
  if (start < 0) return null;
  let tail = UTF8_DEC.decode(xml.subarray(start));
  const stripped: StrippedSheet = { merges: [] };
  let changed = false;

  const mc = element(tail, "mergeCells");
  if (mc) {
    const merges = refsOf(mc.xml, "mergeCell", "ref")
      .map(parseRangeRef)
      .filter((r): r is CellRange => r !== null);
    if (merges.length > MERGE_LIMITS.maxMerges || merges.some((r) => area(r) > MERGE_LIMITS.maxArea)) {
      stripped.merges = merges;
      stripped.mergeCellsXml = mc.xml;
      tail = tail.slice(0, mc.start) + tail.slice(mc.end);
      changed = true;
    }
  }
  const dv = element(tail, "dataValidations");
  if (dv) {
    let cells = 0;
    for (const sqref of refsOf(dv.xml, "dataValidation", "sqref")) {
      for (const ref of sqref.trim().split(/\s+/)) {
        const r = parseRangeRef(ref);
        if (r) cells += area(r);
      }
    }
    if (cells > MERGE_LIMITS.maxArea) {
      stripped.dataValidationsXml = dv.xml;
      tail = tail.slice(0, dv.start) + tail.slice(dv.end);
      changed = true;
    }
  }
  if (!changed) return null;
  const tailBytes = UTF8_ENC.encode(tail);
  const out = new Uint8Array(start + tailBytes.length);
  out.set(xml.subarray(0, start), 0);
  out.set(tailBytes, start);
  return { xml: out, stripped };
}

/** Elements that follow `<mergeCells>` / `<dataValidations>` in CT_Worksheet (ECMA-376 §18.3.1.99). */
const AFTER_MERGE = [
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];
const AFTER_VALIDATIONS = AFTER_MERGE.slice(AFTER_MERGE.indexOf("hyperlinks"));

function insertBefore(tail: string, xml: string, following: string[]): string {
  let at = -1;
  for (const name of following) {
    const m = new RegExp(`<(?:\\w+:)?${name}[\\s/>]`).exec(tail);
    if (m && (at < 0 || m.index < at)) at = m.index;
  }
  if (at < 0) at = tail.lastIndexOf("</");
  if (at < 0) return tail;
  return tail.slice(0, at) + xml + tail.slice(at);
}

/** Puts the cut-out elements back into a worksheet part written by ExcelJS. */
export function restoreParts(xml: Uint8Array, stripped: StrippedSheet): Uint8Array {
  const start = tailStart(xml);
  if (start < 0) return xml;
  let tail = UTF8_DEC.decode(xml.subarray(start));
  if (stripped.mergeCellsXml && !element(tail, "mergeCells"))
    tail = insertBefore(tail, stripped.mergeCellsXml, AFTER_MERGE);
  if (stripped.dataValidationsXml && !element(tail, "dataValidations"))
    tail = insertBefore(tail, stripped.dataValidationsXml, AFTER_VALIDATIONS);
  const tailBytes = UTF8_ENC.encode(tail);
  const out = new Uint8Array(start + tailBytes.length);
  out.set(xml.subarray(0, start), 0);
  out.set(tailBytes, start);
  return out;
}

/** What was cut out of each sheet of a loaded workbook (keyed by the ExcelJS Workbook object). */
const STRIPPED = new WeakMap<object, Map<string, StrippedSheet>>();

export function rememberStripped(workbook: object, sheets: Map<string, StrippedSheet>): void {
  if (sheets.size) STRIPPED.set(workbook, sheets);
}

export function strippedOf(workbook: object): Map<string, StrippedSheet> {
  return STRIPPED.get(workbook) ?? new Map();
}
