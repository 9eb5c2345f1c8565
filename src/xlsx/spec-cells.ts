/**
 * What both .xlsx writers (src/xlsx/write-sheets.ts with ExcelJS, src/xlsx/splice/sheet-xml.ts as
 * XML) write for a SheetSpec: a cell's value, the font of its row style, where the chart goes.
 * Browser-safe.
 */
import { columnLetter } from "../domain/grid";
import type { RowStyle, SheetSpec, SpecValue } from "../domain/types";
import type { ChartPlacement } from "./chart-xml";
import { quoteSheetName } from "./marker";

/** Excel's limit on the characters of one cell. */
export const MAX_CELL_TEXT = 32767;

/** The value written: numbers as numbers (non-finite left empty), anything else as text, never a formula. */
export function cellValue(v: SpecValue | undefined): string | number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  const s = String(v);
  return s.length > MAX_CELL_TEXT ? s.slice(0, MAX_CELL_TEXT) : s;
}

/** The font of a row style: program, activity, total and header bold; group bold italic. */
export function fontFor(style: RowStyle | undefined): { bold: true; italic?: true } | undefined {
  switch (style) {
    case "program":
    case "activity":
    case "total":
    case "header":
      return { bold: true };
    case "group":
      return { bold: true, italic: true };
    default:
      return undefined;
  }
}

/**
 * The spec's chart on sheet `sheetName` whose rows[0] is sheet row `firstRow`: below everything
 * written (0-based anchor row `anchorRow`), as wide as the table, starting a printed page of its
 * own (so it is never cut in two). Undefined when the spec has no chart.
 */
export function chartPlacement(
  spec: SheetSpec,
  sheetName: string,
  firstRow: number,
  anchorRow: number,
): ChartPlacement | undefined {
  const c = spec.chart;
  if (!c) return undefined;
  const ref = (col: number, first: number, last: number) =>
    `${quoteSheetName(sheetName)}!$${columnLetter(col + 1)}$${firstRow + first}:$${columnLetter(col + 1)}$${firstRow + last}`;
  const count = c.categories.lastRow - c.categories.firstRow + 1;
  return {
    sheetName,
    title: c.title,
    categories: ref(c.categories.col, c.categories.firstRow, c.categories.lastRow),
    series: c.series.map((s) => ({ name: s.name, values: ref(s.col, s.firstRow, s.lastRow) })),
    anchor: {
      col: 0,
      row: anchorRow,
      cols: Math.max(6, spec.columns.length),
      rows: Math.max(16, Math.ceil(count * 1.6) + 6),
    },
  };
}
