/**
 * ExcelJS workbook → Grid[] (src/domain/grid.ts): the CLI's "read grids" port.
 *
 * - value: the computed value. Formulas give their cached result (`cell.result`, never
 *   `cell.value.result`: ExcelJS drops falsy results such as 0 from `cell.value`); rich text is
 *   concatenated; hyperlinks give their text; dates become ISO text ("2024-06-30", or
 *   "2024-06-30T08:15:00" with a time); error values set `error` ("#REF!") with value null.
 * - formula: "=" + the formula text; shared formulas are translated from their master by ExcelJS's
 *   `cell.formula` getter (4.4 resolves `sharedFormula` through the master cell).
 * - merged cells: the master keeps its value; the other cells of the range are empty (value null)
 *   and the engine resolves them through `merges`. `cell.text` is never used (ExcelJS 4.4 throws
 *   on merged cells whose master is empty).
 * - top/left/cells: the bounding box of the cells that hold something (value, formula or error)
 *   and of merged ranges whose master holds something; empty trailing rows/columns are trimmed.
 *   Rows may be shorter than the widest row.
 */
import { outputSheetNames } from "./marker";
import ExcelJS from "exceljs";
import type { Cell, CellRange, CellValue, Grid } from "../domain/grid";
import { parseRangeRef } from "./range-ref";
import { strippedOf } from "./sheet-parts";
import { isoDate } from "./pkg/text";
import { blankCovered, sparseLines } from "./pkg/to-grid";

export { isoDate };

export { parseRangeRef } from "./range-ref";

// ExcelJS.ValueType, as numbers (the enum is a runtime object; these values are fixed in 4.x).
const VT = {
  Null: 0,
  Merge: 1,
  Number: 2,
  String: 3,
  Date: 4,
  Hyperlink: 5,
  Formula: 6,
  SharedString: 7,
  RichText: 8,
  Boolean: 9,
  Error: 10,
} as const;

function richTextToString(v: unknown): string {
  if (v && typeof v === "object" && Array.isArray((v as ExcelJS.CellRichTextValue).richText)) {
    return (v as ExcelJS.CellRichTextValue).richText.map((r) => r.text ?? "").join("");
  }
  return v === null || v === undefined ? "" : String(v);
}

/** A raw value (a cell value or a formula result) → [value, error]. */
function plain(v: unknown): [CellValue, string | undefined] {
  if (v === null || v === undefined) return [null, undefined];
  if (typeof v === "number") return Number.isFinite(v) ? [v, undefined] : [null, "#NUM!"];
  if (typeof v === "string" || typeof v === "boolean") return [v, undefined];
  if (v instanceof Date) return [isoDate(v), undefined];
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (typeof o.error === "string") return [null, o.error];
    if (Array.isArray(o.richText)) return [richTextToString(o), undefined];
    if ("text" in o && "hyperlink" in o) return [richTextToString(o.text), undefined];
  }
  return [String(v), undefined];
}

type MutableCell = Cell;

/** Converts one ExcelJS cell; returns null for an empty cell (or a merged non-master cell). */
function convertCell(cell: ExcelJS.Cell): { cell: MutableCell; content: boolean } | null {
  const type = cell.type as number;
  if (type === VT.Null) return null;
  const out: MutableCell = { value: null };
  let content = true;
  if (type === VT.Merge) {
    content = false;
  } else if (type === VT.Formula) {
    const f = cell.formula;
    if (f) out.formula = "=" + f;
    const [value, error] = plain(cell.result);
    out.value = value;
    if (error) out.error = error;
  } else {
    const [value, error] = plain(cell.value);
    out.value = value;
    if (error) out.error = error;
  }
  // Style (only what the engine uses). The master of a merge carries the style for the range.
  if (type !== VT.Merge) {
    const numFmt = cell.numFmt;
    if (numFmt && numFmt !== "General") out.numberFormat = numFmt;
    const font = cell.font;
    if (font && font.bold) out.bold = true;
    const alignment = cell.alignment;
    if (alignment && alignment.indent) out.indent = alignment.indent;
  }
  if (content && out.value === null && !out.formula && !out.error) content = false;
  return { cell: out, content };
}

interface RowLike {
  number: number;
  hidden: boolean;
  hasValues: boolean;
  eachCell(opt: { includeEmpty: boolean }, cb: (cell: ExcelJS.Cell, col: number) => void): void;
}

/** All row objects that exist in the sheet (including hidden rows without values). */
function existingRows(ws: ExcelJS.Worksheet): RowLike[] {
  const internal = (ws as unknown as { _rows?: (RowLike | undefined)[] })._rows;
  if (Array.isArray(internal)) return internal.filter((r): r is RowLike => !!r);
  const rows: RowLike[] = [];
  ws.eachRow({ includeEmpty: false }, (row) => rows.push(row as unknown as RowLike));
  return rows;
}

function readMerges(ws: ExcelJS.Worksheet): CellRange[] {
  const internal = (ws as unknown as { _merges?: Record<string, { model: CellRange }> })._merges;
  if (internal && typeof internal === "object") {
    return Object.values(internal).map((r) => ({
      top: r.model.top,
      left: r.model.left,
      bottom: r.model.bottom,
      right: r.model.right,
    }));
  }
  // Fallback (slower: builds the whole sheet model).
  const merges = (ws.model as unknown as { merges?: string[] }).merges ?? [];
  return merges.map(parseRangeRef).filter((r): r is CellRange => r !== null);
}

/** Merges larger than this (cells) do not widen the grid beyond the cells that hold something. */
const MERGE_BOX_LIMIT = 100_000;

/** One worksheet → Grid. `extraMerges`: merges read from the package by us (./sheet-parts.ts). */
export function readGrid(ws: ExcelJS.Worksheet, extraMerges: CellRange[] = []): Grid {
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  const byRow = new Map<number, { cols: number[]; cells: MutableCell[] }>();
  const hiddenRowSet: number[] = [];
  const contentMasters = new Set<string>();

  for (const row of existingRows(ws)) {
    const r = row.number;
    if (row.hidden) hiddenRowSet.push(r);
    if (!row.hasValues) continue;
    let entry: { cols: number[]; cells: MutableCell[] } | undefined;
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const conv = convertCell(cell);
      if (!conv) return;
      if (!entry) byRow.set(r, (entry = { cols: [], cells: [] }));
      entry.cols.push(c);
      entry.cells.push(conv.cell);
    });
  }

  // Merges ExcelJS did not see: the covered cells are empty, as Excel shows them.
  for (const m of extraMerges) blankCovered(byRow, m);

  for (const [r, entry] of byRow) {
    for (let i = 0; i < entry.cols.length; i++) {
      const cell = entry.cells[i];
      if (cell.value === null && !cell.formula && !cell.error) continue;
      const c = entry.cols[i];
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
      contentMasters.add(`${r}:${c}`);
    }
  }

  const merges = readMerges(ws);
  for (const m of extraMerges) merges.push(m);
  for (const m of merges) {
    if (!contentMasters.has(`${m.top}:${m.left}`)) continue;
    // A merge over whole columns or the whole sheet must not make the grid millions of rows long.
    if ((m.bottom - m.top + 1) * (m.right - m.left + 1) > MERGE_BOX_LIMIT) continue;
    if (m.top < top) top = m.top;
    if (m.left < left) left = m.left;
    if (m.bottom > bottom) bottom = m.bottom;
    if (m.right > right) right = m.right;
  }

  const hidden = ws.state !== undefined && ws.state !== "visible";
  if (bottom === 0) {
    return {
      sheet: ws.name,
      top: 1,
      left: 1,
      cells: [],
      merges,
      hiddenRows: [],
      hiddenColumns: hiddenCols(ws, 1, Infinity),
      ...(hidden ? { hidden } : {}),
    };
  }

  const cells = sparseLines(byRow, top, bottom, left, right);

  return {
    sheet: ws.name,
    top,
    left,
    cells,
    merges,
    hiddenRows: hiddenRowSet.filter((r) => r >= top && r <= bottom).sort((a, b) => a - b),
    hiddenColumns: hiddenCols(ws, left, right),
    ...(hidden ? { hidden } : {}),
  };
}

function hiddenCols(ws: ExcelJS.Worksheet, left: number, right: number): number[] {
  const out: number[] = [];
  const cols = (ws as unknown as { _columns?: ({ number: number; hidden: boolean } | undefined)[] })._columns;
  if (!Array.isArray(cols)) return out;
  for (const col of cols) {
    if (col && col.hidden && col.number >= left && col.number <= right) out.push(col.number);
  }
  return out;
}

/** Every worksheet of the workbook, in tab order. */
export function readGrids(workbook: ExcelJS.Workbook): Grid[] {
  // Our own output sheets (marked) are flagged so a re-run never reads its previous output as data.
  const ours = new Set(outputSheetNames(workbook));
  const stripped = strippedOf(workbook);
  return workbook.worksheets.map((ws) => {
    const grid = readGrid(ws, stripped.get(ws.name)?.merges);
    if (ours.has(ws.name)) grid.productOutput = true;
    return grid;
  });
}
