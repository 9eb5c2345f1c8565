/**
 * Reads every worksheet's used range into Grid[] (src/domain/grid.ts) with Office.js.
 *
 * Two round trips whatever the workbook size:
 *   sync 1  the sheet list (names, ids, visibility) — needed before anything per sheet can be queued;
 *   sync 2  ONE batch with everything else for all sheets: values, formulas, number formats,
 *           value types (errors), position, plus — where the API set allows — visible-cell areas
 *           (hidden rows/columns, 1.9), merged areas (1.13), bold/indent of the first columns
 *           (1.9), and our output-sheet marker (1.12).
 * If that batch is refused as too large (Excel on the web: 5 MB per response), the data is read
 * again in row blocks (`readInBlocks`), several blocks per sync, without bold/indent.
 *
 * Source sheets are only read here, never written.
 */
import type { Cell, CellRange, Grid } from "../domain/grid";
import { parseAreaList } from "./address";
import { isOutputSheet, MARKER_KEY, readOutputRecords, type OutputSheetRecord } from "./marker";
import { officeSettings, officeSupports, type DocSettings, type Supports } from "./office-support";
import { LIMIT_TEXT } from "../i18n/limits";

export interface ReadOptions {
  supports?: Supports;
  settings?: DocSettings | null;
  /** Include Capaian's own output sheets (default false: a re-run must not read its previous output). */
  includeOutputSheets?: boolean;
  /** Byte budget of one response in the block fallback. */
  blockBudgetBytes?: number;
}

/**
 * Largest used range (rows × columns, empty cells included) that is read. Above it the read stops
 * with SheetTooLargeError (one sentence naming the sheet and what to do) instead of pulling
 * hundreds of millions of empty cells into the pane: 20 000 rows with a stray value in XFD are
 * 327 million cells.
 */
export const MAX_RANGE_CELLS = 3_000_000;

export class SheetTooLargeError extends Error {
  override readonly name = "SheetTooLargeError";
}

function checkRangeSize(sheet: string, rows: number, cols: number): void {
  if (rows * cols > MAX_RANGE_CELLS)
    throw new SheetTooLargeError(LIMIT_TEXT.usedRangeTooLarge(sheet, rows, cols, MAX_RANGE_CELLS));
}

/** Columns (from the used range's first column) whose bold/indent is read, for level tie-breaks. */
export const STYLE_COLUMNS = 8;

type Matrix<T> = T[][];

interface SheetBatch {
  sheet: Excel.Worksheet;
  name: string;
  id: string;
  hidden: boolean;
  used: Excel.Range;
  visible?: Excel.RangeAreas;
  merged?: Excel.RangeAreas;
  styles?: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
  marker?: Excel.WorksheetCustomProperty;
}

export async function readGrids(context: Excel.RequestContext, options: ReadOptions = {}): Promise<Grid[]> {
  const supports = options.supports ?? officeSupports;
  const settings = options.settings === undefined ? officeSettings() : options.settings;
  const records = readOutputRecords(settings);
  const has19 = supports("1.9");
  const has112 = supports("1.12");
  const has113 = supports("1.13");

  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/id,items/visibility");
  await context.sync(); // 1: sheet list

  const batches: SheetBatch[] = sheets.items.map((ws) => {
    const used = ws.getUsedRange(true);
    used.load([
      "values",
      "formulas",
      "numberFormat",
      "valueTypes",
      "rowIndex",
      "columnIndex",
      "rowCount",
      "columnCount",
      "rowHidden",
      "columnHidden",
    ]);
    const b: SheetBatch = {
      sheet: ws,
      name: ws.name,
      id: ws.id,
      hidden: ws.visibility !== "Visible",
      used,
    };
    if (has19) {
      b.visible = used.getSpecialCellsOrNullObject("Visible");
      b.visible.load("address");
      b.styles = used
        .getColumn(0)
        .getResizedRange(0, STYLE_COLUMNS - 1)
        .getCellProperties({ format: { font: { bold: true }, indentLevel: true } });
    }
    if (has113) {
      b.merged = used.getMergedAreasOrNullObject();
      b.merged.load("address");
    }
    if (has112) {
      b.marker = ws.customProperties.getItemOrNullObject(MARKER_KEY);
      b.marker.load("value");
    }
    return b;
  });

  try {
    await context.sync(); // 2: everything
  } catch (e) {
    if (!isPayloadError(e)) throw e;
    return readInBlocks(context, batches, records, options);
  }

  const grids: Grid[] = [];
  for (const b of batches) {
    if (!options.includeOutputSheets && isOurs(b, records)) continue;
    const u = b.used;
    checkRangeSize(b.name, u.rowCount, u.columnCount);
    const top = u.rowIndex + 1;
    const left = u.columnIndex + 1;
    const grid = buildGrid(b.name, top, left, u.values, u.formulas, u.numberFormat, u.valueTypes);
    grid.hidden = b.hidden || undefined;
    grid.merges = b.merged && !b.merged.isNullObject ? parseAreaList(b.merged.address) : [];
    const hidden = hiddenLines(b, top, left, u.rowCount, u.columnCount);
    if (hidden.rows.length) grid.hiddenRows = hidden.rows;
    if (hidden.cols.length) grid.hiddenColumns = hidden.cols;
    if (b.styles) applyStyles(grid, b.styles.value);
    grids.push(grid);
  }
  return grids;
}

function isOurs(b: SheetBatch, records: OutputSheetRecord[]): boolean {
  const marker = b.marker && !b.marker.isNullObject ? String(b.marker.value) : null;
  return isOutputSheet({ id: b.id, name: b.name }, marker, records);
}

/** Office.js error codes for a request or response over the platform limit. */
export function isPayloadError(e: unknown): boolean {
  const code = (e as { code?: string })?.code ?? "";
  const msg = (e as { message?: string })?.message ?? "";
  return /PayloadSizeLimitExceeded|RequestPayloadSizeLimitExceeded|ResponsePayloadSizeLimitExceeded/i.test(
    code + " " + msg,
  );
}

/** Hidden rows/columns inside the used range: those not covered by any visible area. */
function hiddenLines(
  b: SheetBatch,
  top: number,
  left: number,
  rowCount: number,
  colCount: number,
): { rows: number[]; cols: number[] } {
  const rows: number[] = [];
  const cols: number[] = [];
  if (b.visible) {
    const areas: CellRange[] = b.visible.isNullObject ? [] : parseAreaList(b.visible.address);
    const rowSeen = new Uint8Array(rowCount);
    const colSeen = new Uint8Array(colCount);
    for (const a of areas) {
      for (let r = Math.max(a.top, top); r <= Math.min(a.bottom, top + rowCount - 1); r++) rowSeen[r - top] = 1;
      for (let c = Math.max(a.left, left); c <= Math.min(a.right, left + colCount - 1); c++) colSeen[c - left] = 1;
    }
    for (let i = 0; i < rowCount; i++) if (!rowSeen[i]) rows.push(top + i);
    for (let i = 0; i < colCount; i++) if (!colSeen[i]) cols.push(left + i);
    return { rows, cols };
  }
  // ExcelApi 1.7/1.8: only the cheap whole-range flags (true = every row / column hidden).
  if (b.used.rowHidden === true) for (let i = 0; i < rowCount; i++) rows.push(top + i);
  if (b.used.columnHidden === true) for (let i = 0; i < colCount; i++) cols.push(left + i);
  return { rows, cols };
}

function applyStyles(grid: Grid, props: Excel.CellProperties[][] | undefined): void {
  if (!props) return;
  for (let r = 0; r < props.length && r < grid.cells.length; r++) {
    const row = grid.cells[r];
    for (let c = 0; c < props[r].length && c < row.length; c++) {
      const f = props[r][c]?.format;
      if (!f || !row[c]) continue; // empty cells (holes) need no style
      if (f.font?.bold === true || (f.indentLevel ?? 0) > 0) {
        const cell: Cell = { ...row[c] };
        if (f.font?.bold === true) cell.bold = true;
        if ((f.indentLevel ?? 0) > 0) cell.indent = f.indentLevel;
        row[c] = cell;
      }
    }
  }
}

/**
 * Grid from the parallel matrices Office.js returns. Exported for the web host and tests.
 * - valueTypes "Error": value null, error = the error text ("#REF!").
 * - "" (empty cell) → null.
 * - formula only when the formulas entry is a real formula (starts with "=" and differs from the
 *   value: a text cell that happens to read "=x" returns the same string in both).
 * - numberFormat omitted when "General".
 */
export function buildGrid(
  sheet: string,
  top: number,
  left: number,
  values: Matrix<unknown>,
  formulas?: Matrix<unknown>,
  numberFormat?: Matrix<unknown>,
  valueTypes?: Matrix<unknown>,
): Grid {
  const cells: Cell[][] = [];
  for (let r = 0; r < values.length; r++) {
    const vr = values[r];
    // Sparse rows: an empty cell is a hole (cellAt reads it as EMPTY_CELL), not an object.
    const row: Cell[] = [];
    for (let c = 0; c < vr.length; c++) {
      const v = vr[c];
      const f = formulas?.[r]?.[c];
      if (
        (v === "" || v === null || v === undefined) &&
        (typeof f !== "string" || !f.startsWith("=")) &&
        valueTypes?.[r]?.[c] !== "Error"
      )
        continue;
      const cell = toCell(v, f, numberFormat?.[r]?.[c], valueTypes?.[r]?.[c]);
      if (cell.value !== null || cell.formula || cell.error) row[c] = cell;
    }
    cells.push(row);
  }
  // An empty sheet's used range is A1 with "" — no rows.
  while (cells.length && cells[cells.length - 1].length === 0) cells.pop();
  return { sheet, top, left, cells, merges: [] };
}

function toCell(v: unknown, f: unknown, nf: unknown, vt: unknown): Cell {
  const cell: Cell = { value: null };
  if (vt === "Error") {
    cell.error = typeof v === "string" && v ? v : "#N/A";
  } else if (typeof v === "number" || typeof v === "boolean") {
    cell.value = v;
  } else if (typeof v === "string") {
    cell.value = v === "" ? null : v;
  }
  if (typeof f === "string" && f.startsWith("=") && f !== v) cell.formula = f;
  if (typeof nf === "string" && nf && nf !== "General") cell.numberFormat = nf;
  return cell;
}

/** Fallback when one batch is too large: rows in blocks, several blocks per sync, within a byte budget. */
async function readInBlocks(
  context: Excel.RequestContext,
  failed: SheetBatch[],
  records: OutputSheetRecord[],
  options: ReadOptions,
): Promise<Grid[]> {
  // Excel on the web refuses responses over 5 MB; 4 MB of estimated payload per sync leaves a margin.
  const budget = options.blockBudgetBytes ?? 4_000_000;
  const supports = options.supports ?? officeSupports;
  // Sizes and markers again (the failed batch left nothing loaded).
  const infos = failed.map((b) => {
    const used = b.sheet.getUsedRange(true);
    used.load(["rowIndex", "columnIndex", "rowCount", "columnCount", "rowHidden", "columnHidden"]);
    let marker: Excel.WorksheetCustomProperty | undefined;
    if (supports("1.12")) {
      marker = b.sheet.customProperties.getItemOrNullObject(MARKER_KEY);
      marker.load("value");
    }
    return { b, used, marker };
  });
  await context.sync();

  const BYTES_PER_CELL = 60; // values + formulas + number format + value type, JSON
  const grids: Grid[] = [];
  type Block = { range: Excel.Range; grid: Grid; rowOffset: number };
  let pending: Block[] = [];
  let pendingBytes = 0;
  const flush = async () => {
    if (!pending.length) return;
    await context.sync();
    for (const p of pending) {
      const part = buildGrid(
        p.grid.sheet,
        p.grid.top + p.rowOffset,
        p.grid.left,
        p.range.values,
        p.range.formulas,
        p.range.numberFormat,
        p.range.valueTypes,
      );
      for (let i = 0; i < part.cells.length; i++) p.grid.cells[p.rowOffset + i] = part.cells[i];
    }
    pending = [];
    pendingBytes = 0;
  };

  for (const { b, used, marker } of infos) {
    const sheetMarker = marker && !marker.isNullObject ? String(marker.value) : null;
    if (!options.includeOutputSheets && isOutputSheet({ id: b.id, name: b.name }, sheetMarker, records)) continue;
    // Before any block is loaded: a huge used range is refused, not read in thousands of blocks.
    checkRangeSize(b.name, used.rowCount, used.columnCount);
    const grid: Grid = { sheet: b.name, top: used.rowIndex + 1, left: used.columnIndex + 1, cells: [], merges: [] };
    if (b.hidden) grid.hidden = true;
    grids.push(grid);
    const rowsPerBlock = Math.max(1, Math.floor(budget / 4 / (BYTES_PER_CELL * Math.max(1, used.columnCount))));
    for (let r0 = 0; r0 < used.rowCount; r0 += rowsPerBlock) {
      const n = Math.min(rowsPerBlock, used.rowCount - r0);
      const range = b.sheet.getRangeByIndexes(used.rowIndex + r0, used.columnIndex, n, used.columnCount);
      range.load(["values", "formulas", "numberFormat", "valueTypes"]);
      const bytes = n * used.columnCount * BYTES_PER_CELL;
      if (pendingBytes + bytes > budget) await flush();
      pending.push({ range, grid, rowOffset: r0 });
      pendingBytes += bytes;
    }
  }
  await flush();
  for (const g of grids) {
    for (let i = 0; i < g.cells.length; i++) if (!g.cells[i]) g.cells[i] = [];
    while (g.cells.length && g.cells[g.cells.length - 1].length === 0) g.cells.pop();
  }
  return grids;
}
