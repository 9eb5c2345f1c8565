/**
 * The `Temuan` sheet: one row per finding, sorted (sortFindings); the "Sel" cell of each row
 * has a `links` entry so writers make it a hyperlink to 'Sheet'!Cell.
 */
import type { SheetRow, SheetSpec, SpecValue } from "../types";
import { REPORT_TEXT, SEVERITY_LABELS, SHEET_NAMES } from "../../i18n/report";
import { FORMATS, PRINT_LANDSCAPE_TABLE, deriveSheetOrder, type ReportInput } from "./common";
import { sortFindings } from "./sort-findings";

const T = REPORT_TEXT.temuan;

/** Column index of "Sel" (the hyperlink cell). */
export const TEMUAN_CELL_COL = 3;
const STATED_COL = 7;
const COMPUTED_COL = 8;

function valueFormat(v: number | string | null): string | null {
  if (typeof v !== "number") return null;
  return Number.isInteger(v) ? FORMATS.rupiah : FORMATS.decimal;
}

function value(v: number | string | null): SpecValue {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  return v;
}

export function buildTemuanSheet(input: ReportInput): SheetSpec {
  const findings = sortFindings(input.findings, deriveSheetOrder(input));
  const rows: SheetRow[] = [];
  const links: NonNullable<SheetSpec["links"]> = [];
  findings.forEach((f, i) => {
    const cells: SpecValue[] = [
      i + 1,
      SEVERITY_LABELS[f.severity],
      f.sheet,
      f.cell || null,
      f.code,
      f.rowName,
      f.message,
      value(f.stated),
      value(f.computed),
    ];
    const r: SheetRow = { cells };
    const fs = valueFormat(f.stated);
    const fc = valueFormat(f.computed);
    if (fs || fc) {
      const formats: (string | null)[] = new Array(cells.length).fill(null);
      formats[STATED_COL] = fs;
      formats[COMPUTED_COL] = fc;
      r.numberFormats = formats;
    }
    rows.push(r);
    if (f.sheet && f.cell) links.push({ row: i, col: TEMUAN_CELL_COL, sheet: f.sheet, cell: f.cell });
  });
  if (rows.length === 0) rows.push({ cells: [T.none, null, null, null, null, null, null, null, null] });
  return {
    name: SHEET_NAMES.temuan,
    columns: [
      { header: T.no, width: 5, numberFormat: FORMATS.integer },
      { header: T.severity, width: 11 },
      { header: T.sheet, width: 18 },
      { header: T.cell, width: 8 },
      { header: T.code, width: 14, numberFormat: FORMATS.text },
      { header: T.rowName, width: 36 },
      { header: T.message, width: 70 },
      { header: T.stated, width: 16, numberFormat: FORMATS.decimal },
      { header: T.computed, width: 16, numberFormat: FORMATS.decimal },
    ],
    rows,
    headerRows: 1,
    freezeRows: 1,
    print: PRINT_LANDSCAPE_TABLE,
    links,
  };
}
