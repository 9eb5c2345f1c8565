/**
 * Writes the engine's SheetSpec[] into the open workbook with Office.js.
 *
 * Round trips are constant — they do not grow with the number of rows:
 *   sync 1  sheet list (names, ids)
 *   sync 2  which sheets are ours (src/excel/marker.ts): the custom property (ExcelApi 1.12) and,
 *           for sheets a settings record names, their signature now (used-range address, header
 *           row); skipped when there is nothing to ask
 *   then    structure: add the new sheets (temporary names, marked at once), delete our previous
 *           output sheets, rename the new ones, column widths, freeze panes, page layout — queued
 *           at the head of the first data batch, no sync of its own
 *   sync 3…5  cell data in row blocks, spread evenly over VALUE_SYNCS batches; the chart and the
 *           activation of the first sheet go into the last one, with the loads of the new
 *           sheets' signatures (recorded in the document settings afterwards)
 * Every batch starts with suspendApiCalculationUntilNextSync (our sheets hold no formulas, so no
 * recalculation is owed afterwards). A batch is kept under `budgetBytes` (default 3.5 MB, Excel on
 * the web refuses requests over 5 MB); only output so large that VALUE_SYNCS batches cannot hold
 * it gets extra batches.
 *
 * Text safety: every string cell gets the number format "@" (Text) in the same block, queued
 * BEFORE its value. Excel then stores "=SUM(A1)", "+62…", "-", "@x", "1.1" or "01" literally as
 * text — never as a formula, number or date — and shows no apostrophe. Numbers get the column's
 * format ("#,##0", "0.00"); empty cells too.
 *
 * Only sheets created in this run are written to. User sheets are never touched: a user's sheet
 * named like one of ours is kept and ours becomes "Capaian (2)".
 */
import type { SheetSpec, SpecValue } from "../domain/types";
import { rangeAddress } from "./address";
import {
  candidateRecord,
  headerHash,
  isOutputSheet,
  MARKER_KEY,
  MARKER_VALUE,
  readOutputRecords,
  recordedRight,
  stripSheet,
  writeOutputRecords,
  type OutputSheetRecord,
  type SheetSignature,
} from "./marker";
import { officeSettings, officeSupports, saveSettings, type DocSettings, type Supports } from "./office-support";
import { charsToPoints, placeSheet, type PlacedRow, type PlacedSheet, type PlacedStyle } from "./sheet-layout";
import { placeOutputSheets } from "../hosts/placement";
import { OUTPUT_COLOURS } from "../hosts/palette";

export const VALUE_SYNCS = 3;
export const DEFAULT_BUDGET_BYTES = 3_500_000;
/** Target size of one row block (values + formats) — a few hundred KB keeps each range op small. */
const BLOCK_BYTES = 400_000;

export interface WriteOptions {
  supports?: Supports;
  settings?: DocSettings | null;
  budgetBytes?: number;
  /** Activate the first written sheet at the end (default true). */
  activate?: boolean;
}

export interface WriteReport {
  /** Final sheet names, in spec order. */
  sheetNames: string[];
  /** Names of the previous output sheets removed. */
  removed: string[];
  /** context.sync() calls made. */
  syncs: number;
  /** Largest estimated request payload of one batch (bytes, JSON). */
  largestBatchBytes: number;
}

interface Op {
  bytes: number;
  run: () => void;
}

const STYLE_FILL: Partial<Record<PlacedStyle, string>> = {
  header: OUTPUT_COLOURS.headerFill,
  program: OUTPUT_COLOURS.programFill,
  total: OUTPUT_COLOURS.totalFill,
};
const BOLD: ReadonlySet<PlacedStyle> = new Set<PlacedStyle>([
  "header",
  "program",
  "activity",
  "total",
  "title",
  "blockTitle",
  "caption",
]);
/** Styles written in column A only (a title line over the empty cells to its right). */
const FIRST_CELL_ONLY: ReadonlySet<PlacedStyle> = new Set<PlacedStyle>(["title", "blockTitle", "caption"]);

export async function writeSheets(
  context: Excel.RequestContext,
  specs: SheetSpec[],
  options: WriteOptions = {},
): Promise<WriteReport> {
  const supports = options.supports ?? officeSupports;
  const settings = options.settings === undefined ? officeSettings() : options.settings;
  const budget = options.budgetBytes ?? DEFAULT_BUDGET_BYTES;
  const has19 = supports("1.9");
  const has112 = supports("1.12");
  let syncs = 0;
  let largest = 0;
  const sync = async (bytes: number) => {
    largest = Math.max(largest, bytes);
    syncs++;
    await context.sync();
  };

  // ---- sync 1: what is in the workbook
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/id");
  await sync(200);
  const existing = sheets.items.map((ws) => ({ ws, id: ws.id, name: ws.name }));

  // ---- sync 2: which of them are ours (custom property, ExcelApi 1.12; signature of recorded sheets)
  const records = readOutputRecords(settings);
  const markers = new Map<string, string | null>();
  const props = has112
    ? existing.map((e) => {
        const p = e.ws.customProperties.getItemOrNullObject(MARKER_KEY);
        p.load("value");
        return { e, p };
      })
    : [];
  const probes = existing.flatMap((e) => {
    const record = candidateRecord(e, records);
    return record ? [{ e, probe: signatureProbe(e.ws, record.headerRow, recordedRight(record)) }] : [];
  });
  if (props.length || probes.length) await sync(100 * props.length + 300 * probes.length);
  for (const { e, p } of props) markers.set(e.id, p.isNullObject ? null : String(p.value));
  const signatures = new Map<string, SheetSignature | null>();
  for (const { e, probe } of probes) signatures.set(e.id, readSignature(probe));
  const ours = existing.filter((e) =>
    isOutputSheet(e, has112 ? (markers.get(e.id) ?? null) : undefined, records, signatures.get(e.id) ?? null),
  );

  // Final names: free among the sheets that stay and among each other (src/hosts/placement.ts).
  const placed = specs.map(placeSheet);
  const finalNames = placeOutputSheets(
    existing.map((e) => ({ name: e.name, ours: ours.includes(e) })),
    placed.map((p) => p.name),
  ).names;

  // ---- sync 3: structure
  context.application.suspendApiCalculationUntilNextSync();
  const stamp = Date.now().toString(36).slice(-5);
  const created = placed.map((p, i) => {
    const ws = sheets.add(`~capaian${i}~${stamp}`);
    if (has112) ws.customProperties.add(MARKER_KEY, MARKER_VALUE);
    return ws;
  });
  for (const o of ours) o.ws.delete();
  created.forEach((ws, i) => {
    ws.name = finalNames[i];
    ws.load("id,name");
    layoutOps(ws, placed[i], has19);
  });
  // The structure goes out with the first data batch (no round trip of its own).
  const structureBytes = 2_000 * placed.length + 300 * ours.length;

  // ---- syncs 4…: data
  const ops: Op[] = [];
  placed.forEach((p, i) => {
    for (const op of dataOps(created[i], p, has19)) ops.push(op);
    for (const op of wrapOps(created[i], p, has19)) ops.push(op);
    for (const op of borderOps(created[i], p, has19)) ops.push(op);
    for (const op of indentOps(created[i], specs[i], p, has19)) ops.push(op);
  });
  const tail: Op[] = [];
  placed.forEach((p, i) => {
    if (p.chart) tail.push(chartOp(created[i], p, has19));
    // Wrapped names and headers: let Excel fit the row heights (ExcelApi 1.2), after the values.
    const lastRow = p.rows.reduce((m, r) => Math.max(m, r.row), 1);
    tail.push({
      bytes: 100,
      run: () => created[i].getRangeByIndexes(0, 0, lastRow, Math.max(1, p.width)).format.autofitRows(),
    });
  });
  if (options.activate !== false && created.length) {
    tail.push({ bytes: 100, run: () => created[0].activate() });
  }
  const batches = planBatches(ops, tail, budget);
  let written: SignatureProbe[] = [];
  for (let b = 0; b < batches.length; b++) {
    if (b > 0) context.application.suspendApiCalculationUntilNextSync();
    let bytes = b === 0 ? structureBytes : 0;
    for (const op of batches[b]) {
      op.run();
      bytes += op.bytes;
    }
    // The last batch also reads back what each new sheet now holds: its signature for the record.
    if (settings && b === batches.length - 1) {
      written = created.map((ws, i) => signatureProbe(ws, placed[i].headerRow, Math.max(1, placed[i].width)));
      bytes += 300 * created.length;
    }
    await sync(bytes);
  }

  if (settings) {
    // Record our sheets (id, name, signature); the records of the sheets removed go.
    const deletedIds = new Set(ours.map((o) => o.id));
    const existingIds = new Set(existing.map((e) => e.id));
    const newRecords: OutputSheetRecord[] = created.map((ws, i) => {
      const sig = written[i] ? readSignature(written[i]) : null;
      const rec: OutputSheetRecord = { id: ws.id, name: finalNames[i], headerRow: placed[i].headerRow, marked: has112 };
      if (sig) {
        rec.address = sig.address;
        rec.headerHash = sig.headerHash;
      }
      return rec;
    });
    const createdIds = new Set(newRecords.map((r) => r.id));
    writeOutputRecords(settings, [
      ...records.filter((r) => existingIds.has(r.id) && !deletedIds.has(r.id) && !createdIds.has(r.id)),
      ...newRecords,
    ]);
    await saveSettings(settings);
  }
  return { sheetNames: finalNames, removed: ours.map((o) => o.name), syncs, largestBatchBytes: largest };
}

interface SignatureProbe {
  used: Excel.Range;
  header: Excel.Range;
}

/** Queues the loads of a sheet's signature (used range, values only; header row columns A…right). */
function signatureProbe(ws: Excel.Worksheet, headerRow: number, right: number): SignatureProbe {
  const probe = {
    used: ws.getUsedRangeOrNullObject(true),
    header: ws.getRangeByIndexes(headerRow - 1, 0, 1, Math.max(1, right)),
  };
  probe.used.load("address");
  probe.header.load("values");
  return probe;
}

/** After the sync: the signature, or null when the sheet holds no values. */
function readSignature(p: SignatureProbe): SheetSignature | null {
  if (p.used.isNullObject) return null;
  return { address: stripSheet(p.used.address), headerHash: headerHash(p.header.values[0] ?? []) };
}

/**
 * VALUE_SYNCS batches of about equal size; a batch only closes early when the next op would take
 * it over the budget (then the number of batches grows — only for output far beyond real reports).
 */
export function planBatches(ops: Op[], tail: Op[], budget: number): Op[][] {
  const all = [...ops, ...tail];
  const total = all.reduce((s, o) => s + o.bytes, 0);
  const target = Math.max(1, Math.ceil(total / VALUE_SYNCS));
  const batches: Op[][] = [];
  let cur: Op[] = [];
  let curBytes = 0;
  for (const op of ops) {
    if (
      cur.length &&
      (curBytes + op.bytes > budget || (curBytes + op.bytes > target && batches.length < VALUE_SYNCS - 1))
    ) {
      batches.push(cur);
      cur = [];
      curBytes = 0;
    }
    cur.push(op);
    curBytes += op.bytes;
  }
  for (const op of tail) {
    if (cur.length && curBytes + op.bytes > budget) {
      batches.push(cur);
      cur = [];
      curBytes = 0;
    }
    cur.push(op);
    curBytes += op.bytes;
  }
  if (cur.length) batches.push(cur);
  // Always exactly VALUE_SYNCS batches for anything that fits, so the count never depends on size.
  while (batches.length < VALUE_SYNCS) batches.push([]);
  return batches;
}

function layoutOps(ws: Excel.Worksheet, p: PlacedSheet, has19: boolean): void {
  p.columnWidths.forEach((w, c) => {
    ws.getRangeByIndexes(0, c, 1, 1).getEntireColumn().format.columnWidth = charsToPoints(w);
  });
  if (p.freezeRows > 0) ws.freezePanes.freezeRows(p.freezeRows);
  if (has19) {
    const pl = ws.pageLayout;
    if (p.print.landscape) pl.orientation = "Landscape";
    if (p.print.fitToWidth) pl.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    if (p.print.repeatHeader) pl.setPrintTitleRows(`$${p.headerRow}:$${p.headerLastRow}`);
  }
}

/** Cell values + number formats in row blocks, then row styles and links — all as whole ranges. */
function dataOps(ws: Excel.Worksheet, p: PlacedSheet, has19: boolean): Op[] {
  const ops: Op[] = [];
  const width = Math.max(1, p.width);
  // Group consecutive rows (title/blank rows break nothing: they are rows too).
  let i = 0;
  const rows = fillGaps(p.rows);
  while (i < rows.length) {
    const start = i;
    let bytes = 0;
    const values: (string | number)[][] = [];
    const formats: string[][] = [];
    while (i < rows.length && (i === start || bytes < BLOCK_BYTES)) {
      const { v, f } = rowArrays(rows[i], width);
      values.push(v);
      formats.push(f);
      bytes += jsonBytes(v) + jsonBytes(f);
      i++;
    }
    const top = rows[start].row;
    ops.push({
      bytes: bytes + 200,
      run: () => {
        const range = ws.getRangeByIndexes(top - 1, 0, values.length, width);
        range.numberFormat = formats; // first: text cells become "@" before their value arrives
        range.values = values;
      },
    });
  }

  // Styles: runs of rows with the same style; with ExcelApi 1.9 all runs of one style share one
  // multi-area range (getRanges) per ~2 000 characters of address, otherwise one range per run.
  const runs = new Map<PlacedStyle, string[]>();
  let r = 0;
  while (r < rows.length) {
    const style = rows[r].style;
    let e = r;
    while (e + 1 < rows.length && rows[e + 1].style === style && rows[e + 1].row === rows[e].row + 1) e++;
    if (BOLD.has(style) || STYLE_FILL[style] || style === "group") {
      const right = FIRST_CELL_ONLY.has(style) ? 1 : width;
      const list = runs.get(style) ?? [];
      list.push(rangeAddress(rows[r].row, 1, rows[e].row, right));
      runs.set(style, list);
    }
    r = e + 1;
  }
  for (const [style, addresses] of runs) {
    const groups: string[][] = has19 ? chunkAddresses(addresses) : addresses.map((a) => [a]);
    for (const g of groups) {
      const addr = g.join(",");
      ops.push({
        bytes: 300 + addr.length,
        run: () => styleFormat(g.length === 1 ? ws.getRange(addr).format : ws.getRanges(addr).format, style),
      });
    }
  }

  for (const l of p.links) {
    const addr = rangeAddress(l.row, l.col);
    ops.push({
      bytes: 200 + l.target.length * 2 + l.text.length,
      run: () => {
        ws.getRange(addr).hyperlink = { documentReference: l.target, textToDisplay: l.text };
      },
    });
  }
  return ops;
}

function styleFormat(fmt: Excel.RangeFormat | Excel.RangeAreas["format"], style: PlacedStyle): void {
  if (BOLD.has(style)) fmt.font.bold = true;
  const fill = STYLE_FILL[style];
  if (fill) fmt.fill.color = fill;
  if (style === "header") {
    fmt.font.color = OUTPUT_COLOURS.headerText;
    fmt.wrapText = true;
    fmt.verticalAlignment = "Center";
  }
  if (style === "title") fmt.font.size = 13;
  if (style === "group") fmt.font.italic = true;
}

/**
 * Indentation of the columns marked `indent` (the name column), by each row's `indent` level:
 * one range per run of rows with the same level, runs of one level joined in a multi-area range
 * with ExcelApi 1.9 (like the styles).
 */
function indentOps(ws: Excel.Worksheet, spec: SheetSpec, p: PlacedSheet, has19: boolean): Op[] {
  const cols = spec.columns.flatMap((c, i) => (c.indent ? [i + 1] : []));
  if (!cols.length) return [];
  const top = p.headerLastRow + 1;
  const byLevel = new Map<number, string[]>();
  let k = 0;
  while (k < spec.rows.length) {
    const level = spec.rows[k].indent ?? 0;
    let e = k;
    while (e + 1 < spec.rows.length && (spec.rows[e + 1].indent ?? 0) === level) e++;
    if (level > 0) {
      const list = byLevel.get(level) ?? [];
      for (const c of cols) list.push(rangeAddress(top + k, c, top + e, c));
      byLevel.set(level, list);
    }
    k = e + 1;
  }
  const ops: Op[] = [];
  for (const [level, addresses] of byLevel) {
    const groups: string[][] = has19 ? chunkAddresses(addresses) : addresses.map((a) => [a]);
    for (const g of groups) {
      const addr = g.join(",");
      ops.push({
        bytes: 200 + addr.length,
        run: () => {
          (g.length === 1 ? ws.getRange(addr).format : ws.getRanges(addr).format).indentLevel = level;
        },
      });
    }
  }
  return ops;
}

/** Title-like rows: one line in column A, running over the empty cells to its right (never wrapped). */
const UNWRAPPED: ReadonlySet<PlacedStyle> = new Set<PlacedStyle>(["title", "blockTitle", "caption", "blank"]);
/** Rows wrapOps leaves alone: the unwrapped ones, and header rows (styled centred by styleFormat). */
const NOT_WRAPPED_HERE: ReadonlySet<PlacedStyle> = new Set<PlacedStyle>([...UNWRAPPED, "header"]);

/**
 * Table rows wrap their text at the column width, top-aligned (long names, indicators, the Narasi
 * paragraphs); autofitRows at the end then gives each row its height. Title and caption lines
 * stay on one line.
 */
function wrapOps(ws: Excel.Worksheet, p: PlacedSheet, has19: boolean): Op[] {
  const addresses = rowRuns(p, (r) => NOT_WRAPPED_HERE.has(r.style));
  return formatOps(ws, addresses, has19, 200, (fmt) => {
    fmt.wrapText = true;
    fmt.verticalAlignment = "Top";
  });
}

/** Addresses (full table width) of the runs of consecutive rows that `skip` does not leave out. */
function rowRuns(p: PlacedSheet, skip: (r: PlacedRow) => boolean): string[] {
  const width = Math.max(1, p.width);
  const rows = [...p.rows].sort((a, b) => a.row - b.row);
  const addresses: string[] = [];
  let k = 0;
  while (k < rows.length) {
    if (skip(rows[k])) {
      k++;
      continue;
    }
    let e = k;
    while (e + 1 < rows.length && !skip(rows[e + 1]) && rows[e + 1].row === rows[e].row + 1) e++;
    addresses.push(rangeAddress(rows[k].row, 1, rows[e].row, width));
    k = e + 1;
  }
  return addresses;
}

/** One op per group of addresses (multi-area ranges from ExcelApi 1.9, else one range each). */
function formatOps(
  ws: Excel.Worksheet,
  addresses: string[],
  has19: boolean,
  bytes: number,
  apply: (fmt: Excel.RangeFormat) => void,
): Op[] {
  const groups: string[][] = has19 ? chunkAddresses(addresses) : addresses.map((a) => [a]);
  return groups.map((g) => {
    const addr = g.join(",");
    return {
      bytes: bytes + addr.length,
      run: () => apply(g.length === 1 ? ws.getRange(addr).format : ws.getRanges(addr).format),
    };
  });
}

const BORDER_SIDES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"] as const;

/**
 * Thin grey borders around the cells of every table (header and data rows, as the file output
 * and the printed report have them); titles, captions and blank separator rows get none.
 */
function borderOps(ws: Excel.Worksheet, p: PlacedSheet, has19: boolean): Op[] {
  const blankRow = (r: PlacedRow) =>
    UNWRAPPED.has(r.style) || (r.style === "normal" && r.cells.every((c) => c === null || c === ""));
  return formatOps(ws, rowRuns(p, blankRow), has19, 600, (fmt) => {
    for (const side of BORDER_SIDES) {
      const b = fmt.borders.getItem(side);
      b.style = "Continuous";
      b.color = "#808080";
    }
  });
}

/** Addresses in groups of at most ~2 000 characters (one multi-area range each). */
function chunkAddresses(addresses: string[]): string[][] {
  const groups: string[][] = [];
  let cur: string[] = [];
  let len = 0;
  for (const a of addresses) {
    if (cur.length && len + a.length + 1 > 2000) {
      groups.push(cur);
      cur = [];
      len = 0;
    }
    cur.push(a);
    len += a.length + 1;
  }
  if (cur.length) groups.push(cur);
  return groups;
}

/** Blank rows between parts become empty rows so a block is one rectangle. */
function fillGaps(rows: PlacedRow[]): PlacedRow[] {
  const out: PlacedRow[] = [];
  for (const r of rows) {
    const prev = out[out.length - 1];
    if (prev) for (let n = prev.row + 1; n < r.row; n++) out.push({ row: n, cells: [], style: "blank", formats: [] });
    out.push(r);
  }
  return out;
}

/** Cell values (null → "") and formats ("@" for every string; column format or General otherwise). */
export function rowArrays(row: PlacedRow, width: number): { v: (string | number)[]; f: string[] } {
  const v: (string | number)[] = new Array(width);
  const f: string[] = new Array(width);
  for (let c = 0; c < width; c++) {
    const x: SpecValue | undefined = row.cells[c];
    if (typeof x === "string") {
      v[c] = x;
      f[c] = "@";
    } else if (typeof x === "number" && Number.isFinite(x)) {
      v[c] = x;
      f[c] = row.formats[c] ?? "General";
    } else {
      v[c] = "";
      f[c] = row.formats[c] ?? "General";
    }
  }
  return { v, f };
}

function chartOp(ws: Excel.Worksheet, p: PlacedSheet, has19: boolean): Op {
  const c = p.chart!;
  const cat = rangeAddress(c.categories.top, c.categories.left, c.categories.bottom, c.categories.right);
  const series = c.series.map((s) => ({
    name: s.name,
    addr: rangeAddress(s.values.top, s.values.left, s.values.bottom, s.values.right),
  }));
  // Below everything on the sheet, one blank row apart, as wide as the table, starting a printed
  // page of its own (ExcelApi 1.9 page breaks), so it prints whole and the page keeps its width.
  const top = p.rows.reduce((m, r) => Math.max(m, r.row), 1) + 2;
  const right = Math.max(6, p.width);
  return {
    bytes: 600 + 200 * series.length,
    run: () => {
      if (!series.length) return;
      const chart = ws.charts.add("BarClustered", ws.getRange(series[0].addr), "Columns");
      chart.title.text = c.title;
      chart.legend.position = "Bottom";
      series.forEach((s, k) => {
        const cs = k === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
        cs.name = s.name;
        cs.setValues(ws.getRange(s.addr));
        cs.setXAxisValues(ws.getRange(cat));
      });
      const rowsShown = Math.max(16, Math.ceil((c.categories.bottom - c.categories.top + 1) * 1.6) + 6);
      chart.setPosition(rangeAddress(top, 1), rangeAddress(top + Math.min(rowsShown, 45), right));
      if (has19 && ws.horizontalPageBreaks) ws.horizontalPageBreaks.add(rangeAddress(top, 1));
    },
  };
}

function jsonBytes(x: unknown): number {
  return JSON.stringify(x).length;
}
