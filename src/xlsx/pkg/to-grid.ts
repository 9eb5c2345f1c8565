/**
 * Parsed worksheet → Grid, by the rules of read-grids.ts (bounding box of the cells that hold
 * something and of merges whose master does, covered cells blanked, big merges not widening the
 * box, trailing empty cells trimmed, hidden rows / columns within the box).
 */
import type { Cell, CellRange, Grid } from "../../domain/grid";
import { parseRangeRef } from "../range-ref";
import { MERGE_LIMITS } from "../sheet-parts";
import { XmlError } from "./xml-scan";
import type { GridCell, SheetData } from "./sheet-part";

/** Merges larger than this (cells) do not widen the grid beyond the cells that hold something. */
const MERGE_BOX_LIMIT = 100_000;

function area(r: CellRange): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

export interface SheetMerges {
  merges: CellRange[];
  /** ExcelJS would have been given these merges (it creates a cell for each covered position). */
  expanded: boolean;
}

/**
 * The sheet's merges. Large ones (MERGE_LIMITS) were cut out before ExcelJS saw them; the others
 * ExcelJS merged one by one, refusing a merge that overlaps an earlier one ("corrupt-xlsx").
 */
export function sheetMerges(data: SheetData): SheetMerges {
  const merges = data.mergeRefs.map(parseRangeRef).filter((r): r is CellRange => r !== null);
  const stripped = merges.length > MERGE_LIMITS.maxMerges || merges.some((r) => area(r) > MERGE_LIMITS.maxArea);
  if (!stripped) {
    for (let i = 1; i < merges.length; i++) {
      const a = merges[i];
      for (let j = 0; j < i; j++) {
        const b = merges[j];
        if (a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right)
          throw new XmlError("sel gabungan saling tumpang tindih");
      }
    }
  }
  return { merges, expanded: !stripped };
}

function hasContent(c: GridCell): boolean {
  return c.value !== null || !!c.formula || !!c.error;
}

/**
 * The grid's rows top..bottom from the row store: only cells with something in them (content or a
 * style the engine reads) are set, so a stray value in column XFD costs one cell, not 16 384;
 * trailing empty cells are trimmed (rows may be shorter than the widest row). Each row's entry is
 * let go as its line is built. Used by both readers (this one and ../read-grids.ts).
 */
export function sparseLines(
  rows: Map<number, { cols: number[]; cells: Cell[] }>,
  top: number,
  bottom: number,
  left: number,
  right: number,
): Cell[][] {
  const cells: Cell[][] = new Array(bottom - top + 1);
  for (let r = top; r <= bottom; r++) {
    const entry = rows.get(r);
    const line: Cell[] = [];
    if (entry) {
      for (let i = 0; i < entry.cols.length; i++) {
        const c = entry.cols[i];
        if (c < left || c > right) continue;
        const cell = entry.cells[i];
        if (!hasContent(cell) && !cell.numberFormat && !cell.bold && !cell.indent) continue;
        line[c - left] = cell;
      }
      let len = line.length;
      while (len > 0) {
        const last = line[len - 1];
        if (last && hasContent(last)) break;
        len--;
      }
      line.length = len;
      rows.delete(r);
    }
    cells[r - top] = line;
  }
  return cells;
}

/**
 * Empties the cells a merge covers (all but its top-left master), among the rows that exist. Used
 * by both readers (this one and the ExcelJS one, ../read-grids.ts).
 */
export function blankCovered(rows: Map<number, { cols: number[]; cells: unknown[] }>, m: CellRange): void {
  const visit = (r: number) => {
    const entry = rows.get(r);
    if (!entry) return;
    for (let i = 0; i < entry.cols.length; i++) {
      const c = entry.cols[i];
      if (c < m.left || c > m.right || (r === m.top && c === m.left)) continue;
      entry.cells[i] = { value: null };
    }
  };
  if (m.bottom - m.top + 1 <= rows.size) for (let r = m.top; r <= m.bottom; r++) visit(r);
  else for (const r of rows.keys()) if (r >= m.top && r <= m.bottom) visit(r);
}

/** Hidden columns within [left, right], as ExcelJS expands `<col>` definitions (sorted by min). */
function hiddenColumns(data: SheetData, left: number, right: number): number[] {
  const out: number[] = [];
  const cols = [...data.cols].sort((a, b) => a.min - b.min);
  let count = 1;
  for (const col of cols) {
    if (count < col.min) count = col.min;
    if (col.max < count) continue;
    if (col.hidden) {
      const from = Math.max(count, left);
      const to = Math.min(col.max, right);
      for (let c = from; c <= to; c++) out.push(c);
    }
    count = col.max + 1;
  }
  return out;
}

/** Last row and column of the cells ExcelJS would hold (marker trust: src/xlsx/marker.ts contentExtent). */
export function contentExtent(data: SheetData, merges: SheetMerges): { rows: number; cols: number } {
  let rows = data.extentRows;
  let cols = data.extentCols;
  if (merges.expanded) {
    for (const m of merges.merges) {
      if (area(m) <= 1) continue;
      if (m.bottom > rows) rows = m.bottom;
      if (m.right > cols) cols = m.right;
    }
  }
  return { rows, cols };
}

export function toGrid(name: string, data: SheetData, sheetMerges: SheetMerges, hidden: boolean): Grid {
  const rows = data.rows;
  const merges = sheetMerges.merges;
  for (const m of merges) blankCovered(rows, m);

  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  // Merge masters that hold something (numeric keys: a string per cell would cost more than the cell).
  const key = (r: number, c: number) => r * 16385 + c;
  const masters = new Set<number>();
  for (const m of merges) masters.add(key(m.top, m.left));
  const contentMasters = new Set<number>();
  for (const [r, entry] of rows) {
    for (let i = 0; i < entry.cols.length; i++) {
      if (!hasContent(entry.cells[i])) continue;
      const c = entry.cols[i];
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
      if (masters.size && masters.has(key(r, c))) contentMasters.add(key(r, c));
    }
  }
  for (const m of merges) {
    if (!contentMasters.has(key(m.top, m.left))) continue;
    if (area(m) > MERGE_BOX_LIMIT) continue;
    if (m.top < top) top = m.top;
    if (m.left < left) left = m.left;
    if (m.bottom > bottom) bottom = m.bottom;
    if (m.right > right) right = m.right;
  }

  const flag = hidden ? { hidden } : {};
  if (bottom === 0) {
    return {
      sheet: name,
      top: 1,
      left: 1,
      cells: [],
      merges,
      hiddenRows: [],
      hiddenColumns: hiddenColumns(data, 1, Infinity),
      ...flag,
    };
  }

  const cells = sparseLines(rows, top, bottom, left, right);

  const hiddenRows: number[] = [];
  for (const r of data.hiddenRows) if (r >= top && r <= bottom) hiddenRows.push(r);
  hiddenRows.sort((a, b) => a - b);
  return {
    sheet: name,
    top,
    left,
    cells,
    merges,
    hiddenRows,
    hiddenColumns: hiddenColumns(data, left, right),
    ...flag,
  };
}
