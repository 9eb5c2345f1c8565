/**
 * ExcelJS keeps a row's cells in an array indexed by column (`row._cells`) and walks it with
 * forEach/some from index 0 to its length, for reading (eachCell, hasValues) and again for writing
 * (row.model). A row with a stray value in column XFD has a 16 384-long array with a handful of
 * entries (V8 stores it as a dictionary), and 20 000 such rows cost ~10⁹ steps: minutes.
 *
 * After loading, such arrays get a prototype whose forEach/some/every visit only the entries that
 * exist (for…in gives array indices in ascending order), so the cost is proportional to the cells
 * the row holds. The arrays stay real arrays (Array.isArray, length, indexing are unchanged).
 */
import type ExcelJS from "exceljs";

type Cb = (value: unknown, index: number, array: unknown[]) => unknown;

function indices(arr: unknown[]): number[] {
  const out: number[] = [];
  for (const k in arr) {
    const i = Number(k);
    if (Number.isInteger(i) && i >= 0) out.push(i);
  }
  return out;
}

const SPARSE_PROTO: object = Object.create(Array.prototype, {
  forEach: {
    value(this: unknown[], cb: Cb, thisArg?: unknown) {
      for (const i of indices(this)) cb.call(thisArg, this[i], i, this);
    },
  },
  some: {
    value(this: unknown[], cb: Cb, thisArg?: unknown) {
      for (const i of indices(this)) if (cb.call(thisArg, this[i], i, this)) return true;
      return false;
    },
  },
  every: {
    value(this: unknown[], cb: Cb, thisArg?: unknown) {
      for (const i of indices(this)) if (!cb.call(thisArg, this[i], i, this)) return false;
      return true;
    },
  },
});

/** Rows longer than this with fewer than a quarter of their positions filled are made sparse-fast. */
const LONG_ROW = 512;

export function fastSparseRows(workbook: ExcelJS.Workbook): void {
  for (const ws of workbook.worksheets) {
    const rows = (ws as unknown as { _rows?: ({ _cells?: unknown[] } | undefined)[] })._rows;
    if (!Array.isArray(rows)) continue;
    for (const row of rows) {
      const cells = row?._cells;
      if (!Array.isArray(cells) || cells.length <= LONG_ROW) continue;
      let n = 0;
      for (const k in cells) if (k !== "" && ++n * 4 >= cells.length) break;
      if (n * 4 < cells.length) Object.setPrototypeOf(cells, SPARSE_PROTO);
    }
  }
}
