/**
 * What a host (Office.js, ExcelJS) hands the engine: one sheet's used range, as Excel shows it.
 * Pure data; no host types leak past this file.
 */

export type CellValue = string | number | boolean | null;

export interface Cell {
  /** The computed value (for a formula: its cached result). Dates arrive as numbers or ISO text. */
  value: CellValue;
  /** Formula text with the leading "=", e.g. "=SUM(K15:K21)". */
  formula?: string;
  /** Excel number format, e.g. "0.00%", "#,##0". */
  numberFormat?: string;
  /** Excel error value, e.g. "#REF!". When set, `value` is null. */
  error?: string;
  bold?: boolean;
  indent?: number;
}

/** A rectangular range, 1-based, inclusive. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Grid {
  sheet: string;
  /** 1-based row of cells[0]. */
  top: number;
  /** 1-based column of cells[r][0]. */
  left: number;
  /** Row-major; rows may be shorter than the widest row (missing cells are empty). */
  cells: Cell[][];
  merges: CellRange[];
  hiddenRows?: number[];
  hiddenColumns?: number[];
  /** Sheet is hidden in the workbook. */
  hidden?: boolean;
  /** The host found the product's marker on this sheet: it is one of our own output sheets, not data. */
  productOutput?: boolean;
}

export const EMPTY_CELL: Cell = Object.freeze({ value: null }) as Cell;

/** Cell at a 1-based sheet position (row, col), or EMPTY_CELL outside the grid. */
export function cellAt(grid: Grid, row: number, col: number): Cell {
  const r = grid.cells[row - grid.top];
  if (!r) return EMPTY_CELL;
  return r[col - grid.left] ?? EMPTY_CELL;
}

/**
 * Calls `fn(cell, index)` for the cells a row holds (index 0 = the grid's `left` column), in
 * column order, skipping holes. Rows are sparse: a row with cells in A and XFD has two entries,
 * and this visits two, not 16 384.
 */
export function forEachCell(
  row: readonly (Cell | undefined)[] | undefined,
  fn: (cell: Cell, index: number) => void | boolean,
): void {
  if (!row) return;
  if (row.length <= 512) {
    for (let i = 0; i < row.length; i++) {
      const c = row[i];
      if (c !== undefined && fn(c, i) === false) return;
    }
    return;
  }
  // Long rows are mostly holes (stray cells far to the right): visit only the indices that exist.
  for (const k in row) {
    const i = Number(k);
    if (!Number.isInteger(i)) continue;
    const c = row[i];
    if (c !== undefined && fn(c, i) === false) return;
  }
}

export function lastRow(grid: Grid): number {
  return grid.top + grid.cells.length - 1;
}

export function lastCol(grid: Grid): number {
  let w = 0;
  for (const r of grid.cells) if (r.length > w) w = r.length;
  return grid.left + w - 1;
}

/** 1 → "A", 27 → "AA". */
export function columnLetter(col: number): string {
  let s = "";
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "AA" → 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}
