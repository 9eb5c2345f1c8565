/** Building grids by hand for domain tests. */
import type { Cell, CellRange, Grid } from "../../src/domain/grid";

export type CellInput = string | number | null | Cell;

export function gridFrom(sheet: string, rows: CellInput[][], extra: { merges?: CellRange[]; top?: number; left?: number; hiddenRows?: number[] } = {}): Grid {
  return {
    sheet,
    top: extra.top ?? 1,
    left: extra.left ?? 1,
    cells: rows.map((r) => r.map((c) => (c !== null && typeof c === "object" ? c : { value: c }))),
    merges: extra.merges ?? [],
    hiddenRows: extra.hiddenRows,
  };
}

/** A formula cell with its cached value. */
export function f(formula: string, value: number | string | null): Cell {
  return { value, formula };
}
