/** The `Capaian` sheet: the LKj table "Capaian Kinerja dan Keuangan … s.d. Triwulan n". */
import type { CalculatedRow, Level, Quarter, RowStyle, SheetColumn, SheetRow, SheetSpec, SpecValue } from "../types";
import { REPORT_TEXT, SHEET_NAMES } from "../../i18n/report";
import { FORMATS, PRINT_LANDSCAPE_TABLE, finite, num, planRows, titleLines, type ReportInput } from "./common";

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

/** Column layout for quarter n (indexes used by the tests and by `capaianColumns`). */
export function capaianColumns(q: Quarter): SheetColumn[] {
  const qs = quartersUpTo(q);
  // Narrow quarterly columns when there are many, so the table still fits a landscape page.
  const qWidth = q >= 3 ? 8 : 10;
  return [
    { header: T.code, width: 12, numberFormat: FORMATS.text },
    { header: T.name, width: 42 },
    { header: T.unit, width: 10 },
    { header: T.annualTarget, width: 10, numberFormat: FORMATS.quantity },
    ...qs.map((x) => ({ header: T.quarterTarget(x), width: qWidth, numberFormat: FORMATS.quantity })),
    ...qs.map((x) => ({ header: T.quarterRealization(x), width: qWidth, numberFormat: FORMATS.quantity })),
    { header: T.realizationToDate(q), width: 11, numberFormat: FORMATS.quantity },
    { header: T.realizationPct, width: 10, numberFormat: FORMATS.pct },
    { header: T.performancePct, width: 10, numberFormat: FORMATS.pct },
    { header: T.budget, width: 16, numberFormat: FORMATS.rupiah },
    { header: T.spentToDate(q), width: 16, numberFormat: FORMATS.rupiah },
    { header: T.budgetPct, width: 10, numberFormat: FORMATS.pct },
    { header: T.remaining, width: 16, numberFormat: FORMATS.rupiah },
    { header: T.predicate, width: 15 },
  ];
}

function isAggregate(level: Level): boolean {
  return level === "program" || level === "activity";
}

function rowCells(r: CalculatedRow, q: Quarter): SpecValue[] {
  const f = r.figures;
  const qs = quartersUpTo(q);
  return [
    r.code,
    r.name,
    r.unit,
    num(r.annualTarget),
    ...qs.map((x) => num(r.quarterTargets[x - 1])),
    ...qs.map((x) => num(r.quarterRealizations[x - 1])),
    finite(f.realizationToDate),
    isAggregate(r.level) ? finite(f.realizationPct) : null,
    finite(f.performancePct),
    finite(f.budget),
    finite(f.spentToDate),
    finite(f.budgetPct),
    finite(f.remaining),
    isAggregate(r.level) ? f.predicate : null,
  ];
}

export function buildCapaianSheet(input: ReportInput): SheetSpec {
  const q = input.quarter;
  const columns = capaianColumns(q);
  const rows: SheetRow[] = planRows(input.rows).map((r) => ({ cells: rowCells(r, q), style: LEVEL_STYLE[r.level] }));
  const t = input.totals;
  const total: SpecValue[] = new Array(columns.length).fill(null);
  const n = columns.length;
  total[1] = T.total;
  total[n - 5] = finite(t.budget);
  total[n - 4] = finite(t.spentToDate);
  total[n - 3] = finite(t.budgetPct);
  total[n - 2] = finite(t.remaining);
  rows.push({ cells: total, style: "total" });
  const title = titleLines(T.title, input, true);
  return {
    name: SHEET_NAMES.capaian,
    title,
    columns,
    rows,
    headerRows: 1,
    freezeRows: title.length + 1,
    print: PRINT_LANDSCAPE_TABLE,
  };
}
