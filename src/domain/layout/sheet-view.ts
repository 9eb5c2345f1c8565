/**
 * A read-only view of one grid with merged cells resolved: a merged cell's value belongs to every
 * cell it spans (layouts.md: "A merged cell's value belongs to every column it spans").
 */
import { isMonthNumberRun } from "./month-numbers";
import { cellAt, forEachCell, lastCol, lastRow, type Cell, type Grid } from "../grid";
import { cellText } from "./text";

export class SheetView {
  readonly grid: Grid;
  readonly sheet: string;
  readonly firstRow: number;
  readonly lastRow: number;
  readonly firstCol: number;
  readonly lastCol: number;
  /** "row:col" of a covered cell → its merge master [row, col]. */
  private readonly master = new Map<number, [number, number]>();
  private readonly width: number;
  readonly hiddenRows: Set<number>;
  private readonly mergeRows = new Set<number>();

  constructor(grid: Grid) {
    this.grid = grid;
    this.sheet = grid.sheet;
    this.firstRow = grid.top;
    this.lastRow = lastRow(grid);
    this.firstCol = grid.left;
    this.lastCol = lastCol(grid);
    this.width = this.lastCol + 1;
    this.hiddenRows = new Set(grid.hiddenRows ?? []);
    for (const m of grid.merges) {
      // Guard against absurd merges (a whole-column merge): cap the cells indexed.
      const rows = Math.min(m.bottom, this.lastRow) - m.top + 1;
      const cols = Math.min(m.right, this.lastCol) - m.left + 1;
      if (rows <= 0 || cols <= 0 || rows * cols > 200_000) continue;
      for (let r = m.top; r <= m.top + rows - 1; r++) this.mergeRows.add(r);
      for (let r = m.top; r <= m.top + rows - 1; r++)
        for (let c = m.left; c <= m.left + cols - 1; c++)
          if (r !== m.top || c !== m.left) this.master.set(r * this.width + c, [m.top, m.left]);
    }
  }

  /** The raw cell (merged slaves are empty). */
  raw(row: number, col: number): Cell {
    return cellAt(this.grid, row, col);
  }

  /** The cell with merges resolved (a covered cell shows its master). */
  cell(row: number, col: number): Cell {
    const m = this.master.get(row * this.width + col);
    return m ? cellAt(this.grid, m[0], m[1]) : cellAt(this.grid, row, col);
  }

  /** Merge-resolved display text. */
  text(row: number, col: number): string {
    return cellText(this.cell(row, col));
  }

  /** True when (row, col) is covered by a merge whose master lies in another row above. */
  coveredFromAbove(row: number, col: number): boolean {
    const m = this.master.get(row * this.width + col);
    return !!m && m[0] < row;
  }

  isMergedSlave(row: number, col: number): boolean {
    return this.master.has(row * this.width + col);
  }

  /** Non-empty merge-resolved cells of a row as [col, text], each merge counted once. */
  resolvedRowTexts(row: number): [number, string][] {
    const out: [number, string][] = [];
    let prevMaster = -1;
    for (let c = this.firstCol; c <= this.lastCol; c++) {
      const m = this.master.get(row * this.width + c);
      const key = m ? m[0] * this.width + m[1] : row * this.width + c;
      if (key === prevMaster) continue;
      prevMaster = key;
      const t = this.text(row, c);
      if (t !== "") out.push([c, t]);
    }
    return out;
  }

  /**
   * Cheap screen for header rows (no allocation): a header row has at least two text cells (or
   * merges) and at most one number. Data rows, the bulk of a sheet, fail it on their numbers.
   */
  mayBeHeaderRow(row: number): boolean {
    const r = this.grid.cells[row - this.grid.top];
    let texts = 0;
    const numbers: number[] = [];
    forEachCell(r, (cell) => {
      const v = cell.value;
      if (typeof v === "number") numbers.push(v);
      if (typeof v === "string" && v.trim() !== "") texts++;
    });
    if (numbers.length > 1 && !isMonthNumberRun(numbers)) return false;
    return texts >= 2 || (texts >= 1 && this.mergeRows.has(row));
  }

  /** Does any merge cover this row (as master or covered cell)? */
  hasMergeInRow(row: number): boolean {
    return this.mergeRows.has(row);
  }

  /** Does some merge span both rows `upper` and `lower`? */
  mergeSpansRows(upper: number, lower: number): boolean {
    for (const m of this.grid.merges) if (m.top <= upper && m.bottom >= lower) return true;
    return false;
  }

  /** Non-empty raw cells of a row as [col, text]. */
  rowTexts(row: number): [number, string][] {
    const out: [number, string][] = [];
    const r = this.grid.cells[row - this.grid.top];
    forEachCell(r, (cell, i) => {
      const t = cellText(cell);
      if (t !== "") out.push([this.grid.left + i, t]);
    });
    return out;
  }
}
