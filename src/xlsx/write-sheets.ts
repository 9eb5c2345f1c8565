/**
 * SheetSpec[] → ExcelJS worksheets: the CLI's "write sheets" port.
 *
 * Layout, as documented on SheetSpec in src/domain/types.ts (T = title.length, H = headerRows):
 *   rows 1..T          title lines: column A, bold (the first slightly larger), no blank row after;
 *   rows T+1..T+H      column headers `columns[].header`: bold, filled, thin borders, wrapped,
 *                      centred; with H > 1 each header cell is merged down over the H rows;
 *   row T+H+1+i        `rows[i]`: number format per column (overridden per cell by
 *                      `numberFormats`), style per row (program / activity / total bold, group
 *                      bold italic, subactivity / normal plain, header = like the column headers,
 *                      caption = a block title in column A, bold, no borders), thin borders; a row
 *                      with no style and no values is a blank separator (no borders); cells of
 *                      columns marked `indent` are indented by the row's `indent`;
 *   blocks             each: one blank row, its title (bold), its column header row, its rows;
 *   chart              ExcelJS cannot write charts: the chart's data already sits in the table, and
 *                      an italic note after the sheet content says so (the add-in writes a native
 *                      chart).
 * `freezeRows` counts sheet rows from the top (0 = no freeze); `links[].row/col` index `rows` /
 * `columns`. Text is always written as text: a cell whose text starts with = + - @ stays a string
 * (ExcelJS writes strings as shared strings and writes a formula only for a { formula } value,
 * which this module never builds from cell text).
 */
import type ExcelJS from "exceljs";
import type { RowStyle, SheetColumn, SheetSpec, SpecValue } from "../domain/types";
import { rowHeight } from "../domain/report/row-height";
import type { ChartPlacement } from "./charts";
import { clearMarkers, markOutputSheet, outputSheetNames, quoteSheetName } from "./marker";
import { placeOutputSheets, sanitizeSheetName, uniqueSheetName as freeName } from "../hosts/placement";
import { argb, OUTPUT_COLOURS } from "../hosts/palette";
import { cellValue, chartPlacement, fontFor } from "./spec-cells";

export { sanitizeSheetName };

export interface WrittenSheet {
  /** `spec.name`. */
  specName: string;
  /** The name actually used (differs when a user's sheet already had `spec.name`). */
  sheetName: string;
  /** 1-based sheet row of the first header row. */
  tableTop: number;
  /** 1-based sheet row of rows[0]. */
  firstRow: number;
  /** The spec's chart, placed on this sheet: added to the package when it is saved (charts.ts). */
  chart?: ChartPlacement;
}

const solid = (hex: string): ExcelJS.Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb: argb(hex) } });
const HEADER_FILL = solid(OUTPUT_COLOURS.headerFill);
const PROGRAM_FILL = solid(OUTPUT_COLOURS.programFill);
const TOTAL_FILL = solid(OUTPUT_COLOURS.totalFill);
const THIN: ExcelJS.Border = { style: "thin", color: { argb: argb(OUTPUT_COLOURS.border) } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const LINK_FONT: Partial<ExcelJS.Font> = { color: { argb: argb(OUTPUT_COLOURS.link) }, underline: true };

/** `base`, or "base (2)", "base (3)" … (shortened to fit 31 characters) if a sheet has it (src/hosts/placement.ts). */
export function uniqueSheetName(workbook: ExcelJS.Workbook, base: string): string {
  return freeName(
    base,
    workbook.worksheets.map((ws) => ws.name),
  );
}

function styleHeaderCell(cell: ExcelJS.Cell): void {
  cell.font = { bold: true, color: { argb: argb(OUTPUT_COLOURS.headerText) } };
  cell.fill = HEADER_FILL;
  cell.border = BORDER;
  cell.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
}

function writeTableRow(
  ws: ExcelJS.Worksheet,
  rowNumber: number,
  cells: SpecValue[],
  columns: SheetColumn[],
  style: RowStyle | undefined,
  numberFormats?: (string | null | undefined)[],
  indent = 0,
): void {
  const row = ws.getRow(rowNumber);
  const width = Math.max(columns.length, cells.length);
  if (style === "caption") {
    // A block title: column A only, bold, unbordered, not wrapped (runs over the empty cells).
    const cell = row.getCell(1);
    cell.value = cellValue(cells[0]);
    cell.font = { bold: true };
    return;
  }
  // A separator row (nothing in it, no style) stays blank: no borders.
  if (!style && cells.every((v) => v === null || v === undefined || v === "")) return;
  // Wrapped text needs its height written: ExcelJS cannot fit rows, and neither Excel nor
  // LibreOffice refits them on opening.
  const height = rowHeight(cells, columns, style === "header" || style === "program" || style === "activity", indent);
  if (height !== undefined) row.height = height;
  if (style === "header") {
    for (let c = 0; c < width; c++) {
      const cell = row.getCell(c + 1);
      cell.value = cellValue(cells[c]);
      styleHeaderCell(cell);
    }
    return;
  }
  const font = fontFor(style);
  for (let c = 0; c < width; c++) {
    const cell = row.getCell(c + 1);
    const v = cellValue(cells[c]);
    cell.value = v;
    const fmt = numberFormats?.[c] || columns[c]?.numberFormat;
    if (fmt && typeof v === "number") cell.numFmt = fmt;
    if (font) cell.font = font;
    if (style === "total" || style === "program") cell.fill = style === "total" ? TOTAL_FILL : PROGRAM_FILL;
    cell.border = BORDER;
    const alignment: Partial<ExcelJS.Alignment> =
      typeof v === "string" ? { wrapText: true, vertical: "top" } : { vertical: "top" };
    // Indentation only shows on left-aligned cells.
    if (indent > 0 && columns[c]?.indent) Object.assign(alignment, { horizontal: "left", indent });
    cell.alignment = alignment;
  }
}

function setWidths(ws: ExcelJS.Worksheet, columns: SheetColumn[], onlyFrom = 0): void {
  columns.forEach((col, i) => {
    if (i < onlyFrom) return;
    if (col.width > 0) ws.getColumn(i + 1).width = col.width;
  });
}

/** Writes one spec into an (empty) worksheet. Returns the table geometry. */
export function writeSpec(ws: ExcelJS.Worksheet, spec: SheetSpec): Omit<WrittenSheet, "specName" | "sheetName"> {
  let r = 1;

  // Title lines.
  const titles = spec.title ?? [];
  titles.forEach((line, i) => {
    const cell = ws.getCell(r, 1);
    cell.value = cellValue(line);
    cell.font = { bold: true, size: i === 0 ? 13 : 11 };
    r++;
  });

  // Column headers: H rows, each header cell merged down when H > 1.
  const tableTop = r;
  const headerCount = Math.max(1, Math.floor(spec.headerRows || 1));
  const headerBottom = tableTop + headerCount - 1;
  const headers = spec.columns.map((c) => c.header);
  for (let h = tableTop; h <= headerBottom; h++) {
    writeTableRow(ws, h, h === tableTop ? headers : [], spec.columns, "header");
  }
  if (headerCount > 1) {
    for (let c = 1; c <= spec.columns.length; c++) ws.mergeCells(tableTop, c, headerBottom, c);
  }

  // Data rows.
  const firstRow = headerBottom + 1;
  spec.rows.forEach((row, i) =>
    writeTableRow(ws, firstRow + i, row.cells, spec.columns, row.style, row.numberFormats, row.indent ?? 0),
  );
  r = firstRow + spec.rows.length;

  setWidths(ws, spec.columns);

  // Links (Temuan → source cell).
  for (const link of spec.links ?? []) {
    if (link.row < 0 || link.row >= spec.rows.length || link.col < 0) continue;
    const cell = ws.getCell(firstRow + link.row, link.col + 1);
    const current = spec.rows[link.row].cells[link.col];
    const text =
      current === null || current === undefined || current === "" ? `${link.sheet}!${link.cell}` : String(current);
    cell.value = {
      text,
      hyperlink: `#${quoteSheetName(link.sheet)}!${link.cell}`,
      tooltip: `${link.sheet}!${link.cell}`,
    };
    cell.font = { ...(cell.font ?? {}), ...LINK_FONT };
  }

  // Blocks below the table.
  for (const block of spec.blocks ?? []) {
    r++; // blank row
    const t = ws.getCell(r, 1);
    t.value = cellValue(block.title);
    t.font = { bold: true };
    r++;
    writeTableRow(
      ws,
      r,
      block.columns.map((c) => c.header),
      block.columns,
      "header",
    );
    r++;
    for (const row of block.rows) {
      writeTableRow(ws, r, row.cells, block.columns, row.style, row.numberFormats, row.indent ?? 0);
      r++;
    }
    setWidths(ws, block.columns, spec.columns.length);
  }

  // Chart: ExcelJS cannot write one; its placement goes to the saver (addCharts).
  const chart = chartPlacement(spec, ws.name, firstRow, r);

  if (chart) ws.getRow(r).addPageBreak();

  // Frozen rows (counted from the top of the sheet).
  if (spec.freezeRows > 0) {
    const ySplit = Math.floor(spec.freezeRows);
    ws.views = [{ state: "frozen", xSplit: 0, ySplit, topLeftCell: `A${ySplit + 1}`, activeCell: `A${ySplit + 1}` }];
  }

  // Print setup.
  const pageSetup: Partial<ExcelJS.PageSetup> = {
    paperSize: 9, // A4
    orientation: spec.print.landscape ? "landscape" : "portrait",
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  if (spec.print.fitToWidth) {
    pageSetup.fitToPage = true;
    pageSetup.fitToWidth = 1;
    pageSetup.fitToHeight = 0;
  }
  if (spec.print.repeatHeader) pageSetup.printTitlesRow = `${tableTop}:${headerBottom}`;
  ws.pageSetup = { ...ws.pageSetup, ...pageSetup };

  return { tableTop, firstRow, chart };
}

/**
 * Adds every spec as a new worksheet at the end of the workbook and marks it as an output sheet.
 * A name already taken (by any sheet) gets a suffix: "Capaian (2)". Existing sheets are untouched.
 */
export function writeSheets(
  workbook: ExcelJS.Workbook,
  specs: SheetSpec[],
  names: string[] = placeOutputSheets(
    workbook.worksheets.map((ws) => ({ name: ws.name, ours: false })),
    specs.map((s) => s.name),
  ).names,
): WrittenSheet[] {
  return specs.map((spec, i) => {
    const sheetName = names[i];
    const ws = workbook.addWorksheet(sheetName);
    const geometry = writeSpec(ws, spec);
    markOutputSheet(workbook, sheetName);
    return { specName: spec.name, sheetName, ...geometry };
  });
}

/**
 * Re-run: removes the sheets that carry the product marker (previous output), then writes the
 * specs. A user's sheet (no marker) that has a target name is kept; ours gets a new name.
 */
export function replaceOutputSheets(workbook: ExcelJS.Workbook, specs: SheetSpec[]): WrittenSheet[] {
  const ours = new Set(outputSheetNames(workbook).map((s) => s.toLowerCase()));
  const existing = workbook.worksheets.map((ws) => ({ name: ws.name, ours: ours.has(ws.name.toLowerCase()) }));
  const plan = placeOutputSheets(
    existing,
    specs.map((s) => s.name),
  );
  const remove = new Set(plan.remove);
  clearMarkers(workbook); // while our sheets still exist: it checks each marker against its sheet
  for (const ws of [...workbook.worksheets]) if (remove.has(ws.name)) workbook.removeWorksheet(ws.id);
  return writeSheets(workbook, specs, plan.names);
}
