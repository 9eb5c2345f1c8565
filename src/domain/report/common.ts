/** Helpers shared by the report builders. */
import { PREDICATE_SCALES } from "../calc/predicate";
import type {
  CalculatedKeyIndicator,
  CalculatedRow,
  Finding,
  LayoutReport,
  NumCell,
  Options,
  Quarter,
  SheetSpec,
  Totals,
} from "../types";
import { REPORT_TEXT } from "../../i18n/report";
import { LAST_DATA_TEXT } from "../../i18n/conventions";

export interface ReportInput {
  quarter: Quarter;
  options: Options;
  layout: LayoutReport;
  /** Calculated rows in workbook order (total rows included; the report skips them). */
  rows: CalculatedRow[];
  keyIndicators: CalculatedKeyIndicator[];
  totals: Totals;
  findings: Finding[];
  /** Workbook sheet order for sorting findings; default: derived from rows, key indicators and layout. */
  sheetOrder?: string[];
}

/** Excel number formats used by the output sheets. */
export const FORMATS = {
  rupiah: "#,##0",
  pct: "0.00",
  /** Targets and realizations (any unit, may have decimals). */
  quantity: "General",
  integer: "0",
  text: "@",
  /** Stated / computed values on Temuan that are not whole numbers. */
  decimal: "#,##0.00##",
} as const;

export const PRINT_LANDSCAPE_TABLE: SheetSpec["print"] = { landscape: true, fitToWidth: true, repeatHeader: true };

export function num(c: NumCell | null | undefined): number | null {
  const v = c?.value;
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}

/** Finite number or null (NaN / Infinity never reach a sheet or the JSON). */
export function finite(v: number | null | undefined): number | null {
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}

/** Rows of the plan (total rows skipped), in workbook order. */
export function planRows(rows: CalculatedRow[]): CalculatedRow[] {
  return rows.filter((r) => !r.isTotal);
}

export function scaleName(input: ReportInput): string {
  return PREDICATE_SCALES[input.options.predicateScale].name;
}

/** Title lines shared by the report sheets: heading, agency, year, quarter (and scale). */
/** "data terakhir: TW II …" when the quarter asked had no data (every output says it), else null. */
export function lastDataNote(layout: LayoutReport): string | null {
  if (!layout.lastQuarterWithData || !layout.requestedQuarter) return null;
  return LAST_DATA_TEXT.line(layout.lastQuarterWithData, layout.requestedQuarter);
}

export function titleLines(heading: string, input: ReportInput, withScale: boolean): string[] {
  const lines = [heading];
  if (input.layout.agency) lines.push(input.layout.agency);
  if (input.layout.year != null) lines.push(REPORT_TEXT.yearLine(input.layout.year));
  lines.push(REPORT_TEXT.quarterLine(input.quarter));
  const last = lastDataNote(input.layout);
  if (last) lines.push(last);
  if (withScale) lines.push(REPORT_TEXT.scaleLine(scaleName(input)));
  return lines;
}

/** Workbook sheet order as far as the input knows it. */
export function deriveSheetOrder(input: ReportInput): string[] {
  if (input.sheetOrder) return input.sheetOrder;
  const seen: string[] = [];
  const add = (s: string) => {
    if (!seen.includes(s)) seen.push(s);
  };
  input.layout.tables.forEach((t) => add(t.sheet));
  input.rows.forEach((r) => add(r.sheet));
  input.keyIndicators.forEach((k) => add(k.sheet));
  input.layout.skippedSheets.forEach((s) => add(s.sheet));
  return seen;
}
