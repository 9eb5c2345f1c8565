/**
 * The `Capaian` sheet: the report's tables "Tabel 3.x Capaian Kinerja dan Keuangan Program … s.d.
 * Triwulan n", one block per program (program-blocks.ts), each with its own title row (style
 * "caption") and column header row, then one total row for the whole plan.
 *
 * Layout (SheetSpec): the sheet title lines, then the first block's title as the last title line,
 * so the spec's column header row is the first block's header; every further block is, inside
 * `rows`: a blank row, its caption row, its header row (style "header"), its rows.
 *
 * Columns: No, Kode, Program / Kegiatan / Sub Kegiatan (indented by level), Indikator, Satuan,
 * Target, Realisasi TW I..n, Realisasi s.d. TW n, % Capaian Kinerja, Pagu, Realisasi Anggaran s.d.
 * TW n, % Capaian Keuangan, Predikat (programs and activities), and — only when some row has one —
 * "Nilai Tertulis (berbeda)": the values the agency wrote that differ from the computed ones
 * (the row's stated-value / sum findings), next to the computed figures.
 * Programs and activities: "Realisasi s.d." is their realization in percent (shown when their
 * unit is a percent or missing), the quarterly cells what the row itself states.
 */
import type {
  CalculatedRow,
  Finding,
  Level,
  Quarter,
  RowStyle,
  SheetColumn,
  SheetRow,
  SheetSpec,
  SpecValue,
} from "../types";
import { REPORT_TEXT, SHEET_NAMES } from "../../i18n/report";
import { formatNumber } from "../values/format";
import { FORMATS, PRINT_LANDSCAPE_TABLE, finite, num, titleLines, type ReportInput } from "./common";
import { programBlocks, rowKey, statedDifferences, type BlockRow } from "./program-blocks";

const T = REPORT_TEXT.capaian;

export function quartersUpTo(q: Quarter): Quarter[] {
  return ([1, 2, 3, 4] as Quarter[]).filter((x) => x <= q);
}

export const LEVEL_STYLE: Record<Level, RowStyle> = {
  group: "group",
  program: "program",
  activity: "activity",
  subactivity: "subactivity",
};

/** Column indexes of the Capaian table for quarter q (the quarterly columns sit between). */
export function capaianIndexes(q: Quarter) {
  const firstQuarter = 6;
  const toDate = firstQuarter + q;
  return {
    no: 0,
    code: 1,
    name: 2,
    indicator: 3,
    unit: 4,
    target: 5,
    firstQuarter,
    toDate,
    performancePct: toDate + 1,
    budget: toDate + 2,
    spentToDate: toDate + 3,
    budgetPct: toDate + 4,
    predicate: toDate + 5,
    stated: toDate + 6,
  };
}

/**
 * Column layout for quarter n. Widths sum to about 175 characters with four quarters: with
 * fit-to-width that prints on A4 landscape at a readable scale; long names wrap (row heights
 * follow, see row-height.ts).
 */
export function capaianColumns(q: Quarter, withStated = false): SheetColumn[] {
  const qWidth = q >= 3 ? 9 : 10;
  const cols: SheetColumn[] = [
    { header: T.no, width: 7, numberFormat: FORMATS.text },
    { header: T.code, width: 12, numberFormat: FORMATS.text },
    { header: T.name, width: 34, indent: true },
    { header: T.indicator, width: 26 },
    { header: T.unit, width: 10 },
    { header: T.annualTarget, width: 9, numberFormat: FORMATS.quantity },
    ...quartersUpTo(q).map((x) => ({ header: T.quarterRealization(x), width: qWidth, numberFormat: FORMATS.quantity })),
    { header: T.realizationToDate(q), width: 11, numberFormat: FORMATS.quantity },
    { header: T.performancePct, width: 10, numberFormat: FORMATS.pct },
    { header: T.budget, width: 16, numberFormat: FORMATS.rupiah },
    { header: T.spentToDate(q), width: 16, numberFormat: FORMATS.rupiah },
    { header: T.budgetPct, width: 10, numberFormat: FORMATS.pct },
    { header: T.predicate, width: 13 },
  ];
  if (withStated) cols.push({ header: T.stated, width: 24 });
  return cols;
}

function isAggregate(level: Level): boolean {
  return level === "program" || level === "activity";
}

/** A unit that says the row is measured in percent (or says nothing). */
export function isPercentUnit(unit: string | null): boolean {
  return unit === null || unit.trim() === "" || /^(%|persen|prosen)$/i.test(unit.trim());
}

function shown(x: number | string | null): string {
  if (typeof x !== "number") return String(x ?? "").trim();
  return formatNumber(x, Number.isInteger(x) ? 0 : 2);
}

function statedNote(found: Finding[] | undefined): string | null {
  if (!found || found.length === 0) return null;
  return found.map((f) => T.statedDiffers(f.cell, shown(f.stated), shown(f.computed))).join("\n");
}

function rowSpec(b: BlockRow, q: Quarter, width: number, note: string | null): SheetRow {
  const r: CalculatedRow = b.row;
  const f = r.figures;
  const ix = capaianIndexes(q);
  const aggregate = isAggregate(r.level);
  const toDate = aggregate ? (isPercentUnit(r.unit) ? finite(f.realizationPct) : null) : finite(f.realizationToDate);
  const cells: SpecValue[] = [
    b.no,
    r.code,
    r.continuationOf != null ? null : r.name,
    r.indicator,
    r.unit,
    num(r.annualTarget),
    ...quartersUpTo(q).map((x) => num(r.quarterRealizations[x - 1])),
    toDate,
    finite(f.performancePct),
    finite(f.budget),
    finite(f.spentToDate),
    finite(f.budgetPct),
    aggregate ? f.predicate : null,
  ];
  while (cells.length < width) cells.push(null);
  if (width > ix.stated) cells[ix.stated] = note;
  const spec: SheetRow = { cells, style: LEVEL_STYLE[r.level], indent: b.indent };
  if (aggregate && toDate !== null) {
    const formats: (string | null)[] = new Array(width).fill(null);
    formats[ix.toDate] = FORMATS.pct;
    spec.numberFormats = formats;
  }
  return spec;
}

export function buildCapaianSheet(input: ReportInput): SheetSpec {
  const q = input.quarter;
  const ix = capaianIndexes(q);
  const blocks = programBlocks(input.rows);
  const stated = statedDifferences(input.findings);
  const noteOf = (r: CalculatedRow) => statedNote(stated.get(rowKey(r.sheet, r.row)));
  const withStated = blocks.some((b) => b.rows.some((x) => noteOf(x.row) !== null));
  const columns = capaianColumns(q, withStated);
  const width = columns.length;
  const headers = columns.map((c) => c.header);
  const empty = (): SpecValue[] => new Array(width).fill(null);

  const title = titleLines(T.title, input, true);
  const rows: SheetRow[] = [];
  blocks.forEach((block, i) => {
    const caption = T.blockTitle(block.no, block.program?.name ?? null, q);
    if (i === 0) title.push(caption);
    else {
      rows.push({ cells: empty() });
      rows.push({ cells: [caption, ...empty().slice(1)], style: "caption" });
      rows.push({ cells: [...headers], style: "header" });
    }
    for (const b of block.rows) rows.push(rowSpec(b, q, width, noteOf(b.row)));
  });

  const t = input.totals;
  const total = empty();
  total[ix.name] = T.total;
  total[ix.budget] = finite(t.budget);
  total[ix.spentToDate] = finite(t.spentToDate);
  total[ix.budgetPct] = finite(t.budgetPct);
  // The plan's total, apart from the last program's table.
  if (rows.length > 0) rows.push({ cells: empty() });
  rows.push({ cells: total, style: "total" });
  return {
    name: SHEET_NAMES.capaian,
    title,
    columns,
    rows,
    headerRows: 1,
    freezeRows: 0,
    print: PRINT_LANDSCAPE_TABLE,
  };
}
