/**
 * Reads every worksheet's used range into Grid[] (src/domain/grid.ts) with Office.js.
 *
 * Three round trips for sheets of normal size, whatever their number of rows:
 *   sync 1  the sheet list (names, ids, visibility) — needed before anything per sheet can be queued;
 *   sync 2  per sheet the bounds of its used range (values only: formats far away do not count),
 *           visible-cell areas (hidden rows/columns, 1.9), merged areas (1.13) and our output-sheet
 *           marker (1.12) — all small;
 *   sync 3  ONE batch with the cells of every sheet whose used range is up to DENSE_CELLS:
 *           values, formulas, number formats, value types (errors), bold/indent of the first
 *           columns (1.9).
 * If that batch is refused as too large (Excel on the web: 5 MB per response), those sheets are
 * read again by regions as below (one more sync), in row blocks (`loadRects`), several blocks per
 * sync, bold/indent included. Sheets that could not fit one response even at the least a cell
 * costs skip that batch and go to the regions at once.
 * A used range over DENSE_CELLS (a stray value in XFD1048576) is never loaded whole: the
 * rectangles that hold its values are found first (src/excel/regions.ts, one sync per round,
 * empty areas cost nothing) and only those are read, within the same byte budget. Only when they
 * still hold over MAX_RANGE_CELLS cells does the read stop with SheetTooLargeError.
 *
 * Source sheets are only read here, never written.
 */
import type { Cell, CellRange, Grid } from "../domain/grid";
import { parseAreaList, rangeAddress } from "./address";
import {
  candidateRecord,
  headerHash,
  isOutputSheet,
  MARKER_KEY,
  readOutputRecords,
  type OutputSheetRecord,
} from "./marker";
import { officeSettings, officeSupports, type DocSettings, type Supports } from "./office-support";
import { area, DENSE_CELLS, findRegions, TooManyRegionsError } from "./regions";
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
 * Most cells (empty ones included) read from one sheet: its used range when it is read whole,
 * the rectangles holding its values otherwise. Above it the read stops with SheetTooLargeError
 * (one sentence naming the sheet and what to do) instead of pulling millions of cells into the
 * pane.
 */
export const MAX_RANGE_CELLS = 3_000_000;

export class SheetTooLargeError extends Error {
  override readonly name = "SheetTooLargeError";
}

function tooLarge(sheet: string, rows: number, cols: number): SheetTooLargeError {
  return new SheetTooLargeError(LIMIT_TEXT.usedRangeTooLarge(sheet, rows, cols, MAX_RANGE_CELLS));
}

/** Excel on the web refuses responses over 5 MB. */
const RESPONSE_LIMIT_BYTES = 5 * 1024 * 1024;
/** The least an empty cell costs in the four matrices: "", "", "General", "Empty" (JSON). */
const LEAST_BYTES_PER_CELL = 25;
/** The least one cell's bold/indent costs: {"format":{"font":{"bold":false},"indentLevel":0}}. */
const LEAST_STYLE_BYTES = 40;

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
  const budget = options.blockBudgetBytes ?? 4_000_000;

  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/id,items/visibility");
  await context.sync(); // 1: sheet list

  const batches: SheetBatch[] = sheets.items.map((ws) => {
    const used = ws.getUsedRange(true);
    used.load(["rowIndex", "columnIndex", "rowCount", "columnCount", "rowHidden", "columnHidden"]);
    const b: SheetBatch = { sheet: ws, name: ws.name, id: ws.id, hidden: ws.visibility !== "Visible", used };
    if (has19) {
      b.visible = used.getSpecialCellsOrNullObject("Visible");
      b.visible.load("address");
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
  await context.sync(); // 2: bounds, hidden lines, merges, markers

  const grids = new Map<SheetBatch, Grid>();
  // Sheets whose cells could not fit one response even at the least a cell costs go straight to
  // the regions (no batch that Excel would build and then refuse).
  const dense: SheetBatch[] = [];
  const large: SheetBatch[] = [];
  let leastBytes = 0;
  for (const b of batches) {
    const cells = b.used.rowCount * b.used.columnCount;
    const least = cells * LEAST_BYTES_PER_CELL + (has19 ? b.used.rowCount * STYLE_COLUMNS * LEAST_STYLE_BYTES : 0);
    if (cells <= DENSE_CELLS && leastBytes + least <= RESPONSE_LIMIT_BYTES) {
      dense.push(b);
      leastBytes += least;
    } else large.push(b);
  }

  // 3: every normal-sized sheet in one batch
  if (dense.length) {
    for (const b of dense) {
      b.used.load(["values", "formulas", "numberFormat", "valueTypes"]);
      if (has19)
        b.styles = b.used
          .getColumn(0)
          .getResizedRange(0, STYLE_COLUMNS - 1)
          .getCellProperties({ format: { font: { bold: true }, indentLevel: true } });
    }
    let refused = false;
    try {
      await context.sync();
    } catch (e) {
      if (!isPayloadError(e)) throw e;
      refused = true;
    }
    if (refused) {
      // Read again by regions: empty areas skipped, blocks within the budget, bold/indent kept.
      const regions = await findRegionsOrStop(context, dense);
      const jobs = dense.map((b, i) => ({ b, grid: emptyGrid(b), rects: regions[i] }));
      await loadRects(context, jobs, budget, has19);
      for (const j of jobs) grids.set(j.b, j.grid);
    } else {
      for (const b of dense) {
        const u = b.used;
        const grid = buildGrid(
          b.name,
          u.rowIndex + 1,
          u.columnIndex + 1,
          u.values,
          u.formulas,
          u.numberFormat,
          u.valueTypes,
        );
        if (b.styles) applyStyles(grid, b.styles.value);
        grids.set(b, grid);
      }
    }
  }

  // Large used ranges: only the rectangles that hold values
  if (large.length) {
    const regions = await findRegionsOrStop(context, large);
    const jobs = large.map((b, i) => {
      const cells = regions[i].reduce((n, r) => n + area(r), 0);
      if (cells > MAX_RANGE_CELLS) throw tooLarge(b.name, b.used.rowCount, b.used.columnCount);
      return { b, grid: emptyGrid(b), rects: regions[i] };
    });
    await loadRects(context, jobs, budget, has19);
    for (const j of jobs) grids.set(j.b, j.grid);
  }

  const out: Grid[] = [];
  for (const b of batches) {
    const grid = grids.get(b)!;
    if (!options.includeOutputSheets && isOurs(b, grid, records)) continue;
    const u = b.used;
    const top = u.rowIndex + 1;
    const left = u.columnIndex + 1;
    grid.hidden = b.hidden || undefined;
    grid.merges = b.merged && !b.merged.isNullObject ? clipMerges(parseAreaList(b.merged.address), box(b)) : [];
    const hidden = hiddenLines(b, top, left, u.rowCount, u.columnCount);
    if (hidden.rows.length) grid.hiddenRows = hidden.rows;
    if (hidden.cols.length) grid.hiddenColumns = hidden.cols;
    out.push(grid);
  }
  return out;
}

/** The rectangles holding each sheet's values; SheetTooLargeError when they cannot be found cheaply. */
async function findRegionsOrStop(context: Excel.RequestContext, list: SheetBatch[]): Promise<CellRange[][]> {
  try {
    return await findRegions(
      context,
      list.map((b) => b.sheet),
      list.map(box),
    );
  } catch (e) {
    if (e instanceof TooManyRegionsError) {
      const b = list[e.sheetIndex];
      throw tooLarge(b.name, b.used.rowCount, b.used.columnCount);
    }
    throw e;
  }
}

/** The used range as a 1-based rectangle. */
function box(b: SheetBatch): CellRange {
  const u = b.used;
  return {
    top: u.rowIndex + 1,
    left: u.columnIndex + 1,
    bottom: u.rowIndex + u.rowCount,
    right: u.columnIndex + u.columnCount,
  };
}

function emptyGrid(b: SheetBatch): Grid {
  return { sheet: b.name, top: b.used.rowIndex + 1, left: b.used.columnIndex + 1, cells: [], merges: [] };
}

/**
 * Merged areas whose first cell lies in the used range, clipped to it: a merge over whole
 * columns (A:C, 1 048 576 rows) becomes the rows that hold something, and nothing is expanded.
 */
export function clipMerges(merges: CellRange[], used: CellRange): CellRange[] {
  const out: CellRange[] = [];
  for (const m of merges) {
    if (m.top < used.top || m.top > used.bottom || m.left < used.left || m.left > used.right) continue;
    const c = {
      top: m.top,
      left: m.left,
      bottom: Math.min(m.bottom, used.bottom),
      right: Math.min(m.right, used.right),
    };
    if (c.bottom > c.top || c.right > c.left) out.push(c);
  }
  return out;
}

/** One of our output sheets, by the rules of src/excel/marker.ts (signature measured on the grid). */
function isOurs(b: SheetBatch, grid: Grid, records: OutputSheetRecord[]): boolean {
  const record = candidateRecord({ id: b.id, name: b.name }, records);
  if (!record) return false;
  const marker = b.marker ? (b.marker.isNullObject ? null : String(b.marker.value)) : undefined;
  const u = b.used;
  const right = u.columnIndex + u.columnCount;
  const header: unknown[] = [];
  const row = grid.cells[record.headerRow - grid.top];
  for (let c = 1; c <= right; c++) {
    const cell = row && c >= grid.left ? row[c - grid.left] : undefined;
    header.push(cell?.value ?? "");
  }
  const address = rangeAddress(u.rowIndex + 1, u.columnIndex + 1, u.rowIndex + u.rowCount, right);
  return isOutputSheet({ id: b.id, name: b.name }, marker, records, { address, headerHash: headerHash(header) });
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

/**
 * Rectangles of sheets in row blocks, several blocks per sync, within a byte budget per response;
 * with `styles`, bold/indent of the style columns too. Cells land in each job's grid (sparse rows).
 */
async function loadRects(
  context: Excel.RequestContext,
  jobs: { b: SheetBatch; grid: Grid; rects: CellRange[] }[],
  budget: number,
  styles: boolean,
): Promise<void> {
  const BYTES_PER_CELL = 60; // values + formulas + number format + value type, JSON
  const STYLE_BYTES_PER_CELL = 50;
  type Spec = { b: SheetBatch; grid: Grid; top: number; rows: number; left: number; cols: number };
  type Block = Spec & {
    range: Excel.Range;
    props?: { result: OfficeExtension.ClientResult<Excel.CellProperties[][]>; left: number };
  };
  const queue = (sp: Spec): { block: Block; bytes: number } => {
    const range = sp.b.sheet.getRangeByIndexes(sp.top - 1, sp.left - 1, sp.rows, sp.cols);
    range.load(["values", "formulas", "numberFormat", "valueTypes"]);
    let bytes = sp.rows * sp.cols * BYTES_PER_CELL;
    const block: Block = { ...sp, range };
    const sl = Math.max(sp.left, sp.grid.left);
    const sr = Math.min(sp.left + sp.cols - 1, sp.grid.left + STYLE_COLUMNS - 1);
    if (styles && sl <= sr) {
      const result = sp.b.sheet
        .getRangeByIndexes(sp.top - 1, sl - 1, sp.rows, sr - sl + 1)
        .getCellProperties({ format: { font: { bold: true }, indentLevel: true } });
      block.props = { result, left: sl };
      bytes += sp.rows * (sr - sl + 1) * STYLE_BYTES_PER_CELL;
    }
    return { block, bytes };
  };
  // A batch refused as too large after all (the estimate met unusually long text) is sent again
  // as two halves, each block cut in two, down to single rows.
  const send = async (blocks: Block[], depth = 0): Promise<void> => {
    try {
      await context.sync();
    } catch (e) {
      if (!isPayloadError(e) || depth > 12 || blocks.every((b) => b.rows === 1)) throw e;
      const halves: Spec[] = [];
      for (const bl of blocks) {
        const h = Math.ceil(bl.rows / 2);
        halves.push({ ...bl, rows: h });
        if (bl.rows > h) halves.push({ ...bl, top: bl.top + h, rows: bl.rows - h });
      }
      const mid = Math.ceil(halves.length / 2);
      for (const part of [halves.slice(0, mid), halves.slice(mid)]) {
        if (!part.length) continue;
        await send(
          part.map((sp) => queue(sp).block),
          depth + 1,
        );
      }
      return;
    }
    for (const p of blocks) {
      const part = buildGrid(
        p.grid.sheet,
        p.top,
        p.left,
        p.range.values,
        p.range.formulas,
        p.range.numberFormat,
        p.range.valueTypes,
      );
      if (p.props) applyStylesAt(part, p.props.result.value, p.top, p.props.left);
      place(p.grid, part);
    }
  };
  let pending: Block[] = [];
  let pendingBytes = 0;
  const flush = async () => {
    if (!pending.length) return;
    const blocks = pending;
    pending = [];
    pendingBytes = 0;
    await send(blocks);
  };

  for (const { b, grid, rects } of jobs) {
    for (const r of rects) {
      const cols = r.right - r.left + 1;
      const rowsPerBlock = Math.max(1, Math.floor(budget / 4 / (BYTES_PER_CELL * cols)));
      for (let top = r.top; top <= r.bottom; top += rowsPerBlock) {
        const rows = Math.min(rowsPerBlock, r.bottom - top + 1);
        const est =
          rows * cols * BYTES_PER_CELL + (styles ? rows * Math.min(cols, STYLE_COLUMNS) * STYLE_BYTES_PER_CELL : 0);
        if (pending.length && pendingBytes + est > budget) await flush();
        const { block, bytes } = queue({ b, grid, top, rows, left: r.left, cols });
        pending.push(block);
        pendingBytes += bytes;
      }
    }
  }
  await flush();
  for (const { grid: g } of jobs) {
    for (let i = 0; i < g.cells.length; i++) if (!g.cells[i]) g.cells[i] = [];
    while (g.cells.length && g.cells[g.cells.length - 1].length === 0) g.cells.pop();
  }
}

/** Copies a part's cells into the grid at their sheet positions. */
function place(grid: Grid, part: Grid): void {
  const dc = part.left - grid.left;
  for (let i = 0; i < part.cells.length; i++) {
    const src = part.cells[i];
    if (!src || src.length === 0) continue;
    const ri = part.top - grid.top + i;
    const row = grid.cells[ri] ?? (grid.cells[ri] = []);
    src.forEach((cell, c) => {
      row[dc + c] = cell;
    });
  }
}

/** Bold/indent of a block whose properties start at sheet row `top`, column `left`. */
function applyStylesAt(part: Grid, props: Excel.CellProperties[][] | undefined, top: number, left: number): void {
  if (!props) return;
  for (let r = 0; r < props.length; r++) {
    const row = part.cells[top - part.top + r];
    if (!row) continue;
    for (let c = 0; c < props[r].length; c++) {
      const i = left - part.left + c;
      const f = props[r][c]?.format;
      if (!f || !row[i]) continue;
      if (f.font?.bold === true || (f.indentLevel ?? 0) > 0) {
        const cell: Cell = { ...row[i] };
        if (f.font?.bold === true) cell.bold = true;
        if ((f.indentLevel ?? 0) > 0) cell.indent = f.indentLevel;
        row[i] = cell;
      }
    }
  }
}
