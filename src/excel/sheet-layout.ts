/**
 * Where each part of a SheetSpec lands on the sheet (pure; no Office.js), following the layout
 * contract in src/domain/types.ts (T = title.length, H = headerRows):
 *
 *   rows 1..T        title lines (column A, bold), no blank line after them
 *   row  T+1         column headers (columns[].header); rows T+2..T+H stay for further header lines
 *   rows T+H+1…      rows[0], rows[1], … (links and chart rows index these)
 *   per block        one blank row, the block title, the block's header row, its rows
 *
 * freezeRows counts sheet rows from the top. Printed pages repeat rows T+1..T+H.
 * A row's `numberFormats[c]` overrides the column's number format for that cell.
 */
import type { RowStyle, SheetColumn, SheetSpec, SpecValue } from "../domain/types";
import type { CellRange } from "../domain/grid";
import { quoteSheet } from "./address";

export type PlacedStyle = RowStyle | "title" | "blockTitle" | "blank";

export interface PlacedRow {
  /** 1-based sheet row. */
  row: number;
  cells: SpecValue[];
  style: PlacedStyle;
  /** Number format per column for numbers / empty cells of this row (undefined = General). */
  formats: (string | undefined)[];
}

export interface PlacedSheet {
  name: string;
  /** Widest row (columns written). */
  width: number;
  rows: PlacedRow[];
  columnWidths: number[];
  headerRow: number;
  /** Last table header row (headerRow + headerRows − 1). */
  headerLastRow: number;
  /** Rows to freeze from the top of the sheet (0 = none). */
  freezeRows: number;
  print: SheetSpec["print"];
  links: { row: number; col: number; target: string; text: string }[];
  chart?: {
    title: string;
    categories: CellRange;
    series: { name: string; values: CellRange }[];
  };
}

export function placeSheet(spec: SheetSpec): PlacedSheet {
  const rows: PlacedRow[] = [];
  let r = 1;
  const colFormats = (cols: SheetColumn[]) => cols.map((c) => c.numberFormat);
  for (const t of spec.title ?? []) rows.push({ row: r++, cells: [t], style: "title", formats: [] });
  const headerRows = Math.max(1, spec.headerRows || 1);
  const headerRow = r;
  rows.push({ row: r, cells: spec.columns.map((c) => c.header), style: "header", formats: [] });
  r += headerRows;
  const dataTop = r;
  const tableFormats = colFormats(spec.columns);
  for (const row of spec.rows) {
    rows.push({
      row: r++,
      cells: row.cells,
      style: row.style ?? "normal",
      formats: withOverrides(tableFormats, row.numberFormats),
    });
  }
  let width = spec.columns.length;
  for (const block of spec.blocks ?? []) {
    r++; // blank row
    rows.push({ row: r++, cells: [block.title], style: "blockTitle", formats: [] });
    rows.push({ row: r++, cells: block.columns.map((c) => c.header), style: "header", formats: [] });
    const f = colFormats(block.columns);
    for (const row of block.rows)
      rows.push({
        row: r++,
        cells: row.cells,
        style: row.style ?? "normal",
        formats: withOverrides(f, row.numberFormats),
      });
    width = Math.max(width, block.columns.length);
  }
  for (const row of rows)
    width = Math.max(width, row.style === "title" || row.style === "blockTitle" ? 1 : row.cells.length);

  const columnWidths: number[] = [];
  for (let c = 0; c < width; c++) {
    let w = spec.columns[c]?.width ?? 0;
    for (const b of spec.blocks ?? []) w = Math.max(w, b.columns[c]?.width ?? 0);
    columnWidths.push(w > 0 ? w : 10);
  }

  const placed: PlacedSheet = {
    name: spec.name,
    width,
    rows,
    columnWidths,
    headerRow,
    headerLastRow: headerRow + headerRows - 1,
    freezeRows: Math.max(0, spec.freezeRows || 0),
    print: spec.print,
    links: [],
  };

  for (const l of spec.links ?? []) {
    const v = spec.rows[l.row]?.cells[l.col];
    placed.links.push({
      row: dataTop + l.row,
      col: l.col + 1,
      target: `${quoteSheet(l.sheet)}!${l.cell.replace(/\$/g, "")}`,
      text: v === null || v === undefined ? l.cell : String(v),
    });
  }
  if (spec.chart) {
    const c = spec.chart;
    const range = (first: number, last: number, col: number): CellRange => ({
      top: dataTop + first,
      bottom: dataTop + last,
      left: col + 1,
      right: col + 1,
    });
    placed.chart = {
      title: c.title,
      categories: range(c.categories.firstRow, c.categories.lastRow, c.categories.col),
      series: c.series.map((s) => ({ name: s.name, values: range(s.firstRow, s.lastRow, s.col) })),
    };
  }
  return placed;
}

function withOverrides(base: (string | undefined)[], over: (string | null)[] | undefined): (string | undefined)[] {
  if (!over || !over.length) return base;
  const n = Math.max(base.length, over.length);
  return Array.from({ length: n }, (_, c) => over[c] ?? base[c]);
}

/** Excel column width in characters → Office.js columnWidth (points): (7 px per char + 5 px padding) × 0.75. */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}
