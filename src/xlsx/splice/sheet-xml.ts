/**
 * One SheetSpec → the XML of a worksheet part, written row by row into a deflating zip entry
 * (never one string for the whole sheet). The same content and formatting as the ExcelJS writer
 * (../write-sheets.ts, whose header comment documents the layout): titles, header rows merged
 * down, row styles, fills, fonts, thin borders, alignment, number formats, column widths, row
 * heights, internal links, the chart's page break, frozen rows and the page setup. Text is always
 * an inline string (`t="inlineStr"`), never a formula, whatever it starts with.
 */
import type { RowStyle, SheetColumn, SheetSpec, SpecValue } from "../../domain/types";
import { rowHeight } from "../../domain/report/row-height";
import { columnLetter } from "../../domain/grid";
import { argb, OUTPUT_COLOURS } from "../../hosts/palette";
import type { ChartPlacement } from "../chart-xml";
import { quoteSheetName } from "../marker";
import type { CellFormat, FontSpec, OutputStyles } from "./styles";
import type { DeflatingEntry } from "./zip-out";
import { esc, escText } from "./xml-text";
import { cellValue, chartPlacement, fontFor, MAX_CELL_TEXT } from "../spec-cells";

export { MAX_CELL_TEXT };
const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const BORDER = argb(OUTPUT_COLOURS.border);
const HEADER: CellFormat = {
  font: { bold: true, color: argb(OUTPUT_COLOURS.headerText) },
  fill: argb(OUTPUT_COLOURS.headerFill),
  border: BORDER,
  alignment: { wrapText: true, vertical: "middle", horizontal: "center" },
};
const CAPTION: CellFormat = { font: { bold: true } };
const LINK_FONT: FontSpec = { color: argb(OUTPUT_COLOURS.link), underline: true };

/** What the workbook-level steps need to know about a rendered sheet. */
export interface RenderedSheet {
  tableTop: number;
  firstRow: number;
  chart?: ChartPlacement;
  /** Last row and column holding a value or covered by a merge (the marker's signature). */
  extent: { rows: number; cols: number };
  /** "$3:$4" when the header rows repeat on every printed page. */
  printTitles?: string;
}

interface Cell {
  v: string | number | null;
  /** Style index, when the format is resolved already. */
  s?: number;
  f?: CellFormat;
}

/** Style index of a cell format, memoised by a short key (a big sheet has few distinct formats). */
class FormatCache {
  private readonly byKey = new Map<string, number>();
  private readonly formats = new Map<number, CellFormat>();
  constructor(readonly styles: OutputStyles) {}
  get(key: string, make: () => CellFormat): number {
    let s = this.byKey.get(key);
    if (s === undefined) {
      const f = make();
      s = this.styles.xf(f);
      this.byKey.set(key, s);
      this.formats.set(s, f);
    }
    return s;
  }
  /** The format behind a style index this cache gave out. */
  formatOf(s: number | undefined): CellFormat | undefined {
    return s === undefined ? undefined : this.formats.get(s);
  }
}

/** The format of a data cell (the ExcelJS writer's writeTableRow, for one cell). */
function dataFormat(style: RowStyle | undefined, text: boolean, fmt: string | undefined, indent: number): CellFormat {
  const f: CellFormat = {};
  const font = fontFor(style);
  if (font) f.font = font;
  if (style === "total") f.fill = argb(OUTPUT_COLOURS.totalFill);
  if (style === "program") f.fill = argb(OUTPUT_COLOURS.programFill);
  f.border = BORDER;
  f.alignment = text ? { wrapText: true, vertical: "top" } : { vertical: "top" };
  if (indent > 0) f.alignment = { ...f.alignment, horizontal: "left", indent };
  if (fmt) f.numFmt = fmt;
  return f;
}

/** The cells of one table row (a sparse array by 0-based column), as the ExcelJS writer styles them. */
function tableRowCells(
  cache: FormatCache,
  cells: SpecValue[],
  columns: SheetColumn[],
  style: RowStyle | undefined,
  numberFormats?: (string | null | undefined)[],
  indent = 0,
): { cells: (Cell | undefined)[]; height?: number } {
  const width = Math.max(columns.length, cells.length);
  const out: (Cell | undefined)[] = [];
  if (style === "caption") {
    out[0] = { v: cellValue(cells[0]), s: cache.get("caption", () => CAPTION) };
    return { cells: out };
  }
  if (!style && cells.every((v) => v === null || v === undefined || v === "")) return { cells: out };
  const height = rowHeight(cells, columns, style === "header" || style === "program" || style === "activity", indent);
  if (style === "header") {
    const s = cache.get("header", () => HEADER);
    for (let c = 0; c < width; c++) out[c] = { v: cellValue(cells[c]), s };
    return { cells: out, height };
  }
  for (let c = 0; c < width; c++) {
    const v = cellValue(cells[c]);
    const text = typeof v === "string";
    const fmt = typeof v === "number" ? numberFormats?.[c] || columns[c]?.numberFormat || undefined : undefined;
    const ind = indent > 0 && columns[c]?.indent ? indent : 0;
    const key = `${style ?? ""}|${text ? 1 : 0}|${ind}|${fmt ?? ""}`;
    out[c] = { v, s: cache.get(key, () => dataFormat(style, text, fmt, ind)) };
  }
  return { cells: out, height };
}

/** Column letters, cached (A, B, … XFD). */
const LETTERS: string[] = [];
function letter(col1: number): string {
  return (LETTERS[col1] ??= columnLetter(col1));
}

/** Writes the worksheet part of `spec` under `sheetName`; `drawingRid` links its chart drawing. */
export function renderSheet(
  out: DeflatingEntry,
  spec: SheetSpec,
  sheetName: string,
  styles: OutputStyles,
  drawingRid?: string,
): RenderedSheet {
  const titles = spec.title ?? [];
  const tableTop = titles.length + 1;
  const headerCount = Math.max(1, Math.floor(spec.headerRows || 1));
  const headerBottom = tableTop + headerCount - 1;
  const firstRow = headerBottom + 1;
  const extent = { rows: 0, cols: 0 };
  const hyperlinks: string[] = [];
  const cache = new FormatCache(styles);

  // Column widths (blocks only set those right of the main table), known before any row.
  const widths = new Map<number, number>();
  spec.columns.forEach((c, i) => c.width > 0 && widths.set(i + 1, c.width));
  for (const b of spec.blocks ?? [])
    b.columns.forEach((c, i) => i >= spec.columns.length && c.width > 0 && widths.set(i + 1, c.width));

  const ySplit = spec.freezeRows > 0 ? Math.floor(spec.freezeRows) : 0;
  let head = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">`;
  if (spec.print.fitToWidth) head += `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>`;
  if (ySplit > 0) {
    const tl = `A${ySplit + 1}`;
    head +=
      `<sheetViews><sheetView workbookViewId="0">` +
      `<pane ySplit="${ySplit}" topLeftCell="${tl}" activePane="bottomLeft" state="frozen"/>` +
      `<selection pane="bottomLeft" activeCell="${tl}" sqref="${tl}"/></sheetView></sheetViews>`;
  }
  head += `<sheetFormatPr defaultRowHeight="15"/>`;
  if (widths.size > 0) {
    head += "<cols>";
    for (const [c, w] of [...widths.entries()].sort((a, b) => a[0] - b[0]))
      head += `<col min="${c}" max="${c}" width="${w}" customWidth="1"/>`;
    head += "</cols>";
  }
  out.write(head + "<sheetData>");

  const writeRow = (r: number, cells: (Cell | undefined)[], height?: number) => {
    let xml = "";
    cells.forEach((cell, c) => {
      if (!cell) return;
      const ref = `${letter(c + 1)}${r}`;
      const id = cell.s ?? (cell.f ? styles.xf(cell.f) : undefined);
      const s = id !== undefined ? ` s="${id}"` : "";
      // An empty text is a blank cell: readers see no value in an empty inline string either.
      if (cell.v === null || cell.v === "") {
        if (s) xml += `<c r="${ref}"${s}/>`;
        return;
      }
      if (r > extent.rows) extent.rows = r;
      if (c + 1 > extent.cols) extent.cols = c + 1;
      if (typeof cell.v === "number") xml += `<c r="${ref}"${s}><v>${cell.v}</v></c>`;
      else {
        const space = /^\s|\s$|\n/.test(cell.v) ? ` xml:space="preserve"` : "";
        xml += `<c r="${ref}"${s} t="inlineStr"><is><t${space}>${escText(cell.v)}</t></is></c>`;
      }
    });
    if (!xml) return;
    const ht = height !== undefined ? ` ht="${height}" customHeight="1"` : "";
    out.write(`<row r="${r}"${ht}>${xml}</row>`);
  };

  // Title lines.
  titles.forEach((line, i) =>
    writeRow(i + 1, [{ v: cellValue(line), f: { font: { bold: true, size: i === 0 ? 13 : 11 } } }]),
  );

  // Column headers: H rows, each header cell merged down when H > 1.
  const headers = spec.columns.map((c) => c.header);
  for (let h = tableTop; h <= headerBottom; h++) {
    const row = tableRowCells(cache, h === tableTop ? headers : [], spec.columns, "header");
    writeRow(h, row.cells, row.height);
  }
  const merges: string[] = [];
  if (headerCount > 1) {
    for (let c = 1; c <= spec.columns.length; c++) merges.push(`${letter(c)}${tableTop}:${letter(c)}${headerBottom}`);
    if (spec.columns.length > 0) {
      extent.rows = Math.max(extent.rows, headerBottom);
      extent.cols = Math.max(extent.cols, spec.columns.length);
    }
  }

  // Data rows, with their links (Temuan → source cell).
  const linksByRow = new Map<number, NonNullable<SheetSpec["links"]>>();
  for (const link of spec.links ?? []) {
    if (link.row < 0 || link.row >= spec.rows.length || link.col < 0) continue;
    const list = linksByRow.get(link.row) ?? [];
    list.push(link);
    linksByRow.set(link.row, list);
  }
  spec.rows.forEach((row, i) => {
    const r = firstRow + i;
    const built = tableRowCells(cache, row.cells, spec.columns, row.style, row.numberFormats, row.indent ?? 0);
    for (const link of linksByRow.get(i) ?? []) {
      const current = row.cells[link.col];
      const text = cellValue(
        current === null || current === undefined || current === "" ? `${link.sheet}!${link.cell}` : String(current),
      ) as string;
      const old = built.cells[link.col];
      const oldFormat = old?.f ?? cache.formatOf(old?.s);
      const f: CellFormat = { ...(oldFormat ?? {}), font: { ...(oldFormat?.font ?? {}), ...LINK_FONT } };
      built.cells[link.col] = { v: text, f };
      hyperlinks.push(
        `<hyperlink ref="${letter(link.col + 1)}${r}" location="${esc(`${quoteSheetName(link.sheet)}!${link.cell}`)}" ` +
          `tooltip="${esc(`${link.sheet}!${link.cell}`)}" display="${esc(text)}"/>`,
      );
    }
    writeRow(r, built.cells, built.height);
  });
  let r = firstRow + spec.rows.length;

  // Blocks below the table.
  for (const block of spec.blocks ?? []) {
    r++;
    writeRow(r, [{ v: cellValue(block.title), f: { font: { bold: true } } }]);
    r++;
    const h = tableRowCells(
      cache,
      block.columns.map((c) => c.header),
      block.columns,
      "header",
    );
    writeRow(r, h.cells, h.height);
    r++;
    for (const row of block.rows) {
      const built = tableRowCells(cache, row.cells, block.columns, row.style, row.numberFormats, row.indent ?? 0);
      writeRow(r, built.cells, built.height);
      r++;
    }
  }
  out.write("</sheetData>");

  const chart = chartPlacement(spec, sheetName, firstRow, r);

  let tail = "";
  if (merges.length > 0)
    tail += `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`;
  if (hyperlinks.length > 0) tail += `<hyperlinks>${hyperlinks.join("")}</hyperlinks>`;
  tail += `<pageMargins left="0.4" right="0.4" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>`;
  tail += `<pageSetup paperSize="9" orientation="${spec.print.landscape ? "landscape" : "portrait"}"`;
  if (spec.print.fitToWidth) tail += ` fitToWidth="1" fitToHeight="0"`;
  tail += "/>";
  if (chart) tail += `<rowBreaks count="1" manualBreakCount="1"><brk id="${r}" max="16383" man="1"/></rowBreaks>`;
  if (chart && drawingRid) tail += `<drawing r:id="${drawingRid}"/>`;
  out.write(tail + "</worksheet>");

  return {
    tableTop,
    firstRow,
    chart,
    extent,
    printTitles: spec.print.repeatHeader ? `$${tableTop}:$${headerBottom}` : undefined,
  };
}
