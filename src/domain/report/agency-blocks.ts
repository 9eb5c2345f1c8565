/**
 * Several agencies in one workbook: the output sheets get one block per agency. The sheets of
 * the whole workbook are built as usual; `Capaian` (one report table per program) and `Predikat`
 * then take, for each agency, a heading line and the rows of that agency's own sheet (its total line
 * included) — `Capaian` followed by the whole workbook's total line; `Ringkasan` gets a per-agency block. Builders are not changed:
 * this only composes their outputs.
 */
import type { AgencyResult, JsonReport, SheetRow, SheetSpec } from "../types";
import { SHEET_NAMES } from "../../i18n/report";
import { AGENCY_TEXT } from "../../i18n/agencies";
import { FORMATS, finite, type ReportInput } from "./common";

/** The report input of one agency (rows, totals and findings of that agency only). */
export function agencyInput(input: ReportInput, a: AgencyResult): ReportInput {
  return {
    ...input,
    layout: { ...input.layout, agency: a.agency },
    rows: a.rows,
    keyIndicators: [],
    totals: a.totals,
    findings: a.findings,
  };
}

function heading(agency: string, width: number): SheetRow {
  const cells = new Array(width).fill(null);
  cells[0] = AGENCY_TEXT.heading(agency);
  return { cells, style: "header" };
}

function perAgencyRows(whole: SheetSpec, parts: { agency: string; sheet: SheetSpec }[]): SheetSpec {
  const rows: SheetRow[] = [];
  for (const p of parts) rows.push(heading(p.agency, whole.columns.length), ...p.sheet.rows);
  return { ...whole, rows };
}

function agencyTable(agencies: AgencyResult[]): NonNullable<SheetSpec["blocks"]>[number] {
  const C = AGENCY_TEXT.columns;
  return {
    title: AGENCY_TEXT.blockTitle,
    columns: [
      { header: C.agency, width: 30, numberFormat: FORMATS.text },
      { header: C.programs, width: 10, numberFormat: FORMATS.integer },
      { header: C.activities, width: 10, numberFormat: FORMATS.integer },
      { header: C.subactivities, width: 12, numberFormat: FORMATS.integer },
      { header: C.budget, width: 18, numberFormat: FORMATS.rupiah },
      { header: C.spent, width: 18, numberFormat: FORMATS.rupiah },
      { header: C.pct, width: 12, numberFormat: FORMATS.pct },
      { header: C.remaining, width: 18, numberFormat: FORMATS.rupiah },
      { header: C.findings, width: 10, numberFormat: FORMATS.integer },
    ],
    rows: agencies.map((a) => ({
      cells: [
        a.agency,
        a.totals.programs,
        a.totals.activities,
        a.totals.subactivities,
        finite(a.totals.budget),
        finite(a.totals.spentToDate),
        finite(a.totals.budgetPct),
        finite(a.totals.remaining),
        a.findings.length,
      ],
    })),
  };
}

/**
 * `Capaian` holds one report table per program; its first table's caption is the sheet's last title
 * line (the column header row follows it). Per agency: its name and its first table's caption
 * (title lines for the first agency; caption rows and a header row for the next ones), then its
 * rows (further tables with their own captions), then the whole workbook's total line.
 */
function perAgencyTables(whole: SheetSpec, parts: { agency: string; sheet: SheetSpec }[]): SheetSpec {
  const width = whole.columns.length;
  const line = (text: string): SheetRow => ({ cells: [text, ...new Array(width - 1).fill(null)], style: "caption" });
  const baseTitle = (whole.title ?? []).slice(0, -1);
  let title = whole.title;
  const rows: SheetRow[] = [];
  parts.forEach((p, i) => {
    const caption = p.sheet.title?.[p.sheet.title.length - 1] ?? "";
    if (i === 0) title = [...baseTitle, AGENCY_TEXT.heading(p.agency), caption];
    else {
      rows.push({ cells: new Array(width).fill(null) });
      rows.push(line(AGENCY_TEXT.heading(p.agency)), line(caption));
      rows.push({ cells: whole.columns.map((c) => c.header), style: "header" });
    }
    rows.push(...p.sheet.rows);
  });
  const last = whole.rows[whole.rows.length - 1];
  if (last?.style === "total") rows.push({ cells: new Array(width).fill(null) }, last);
  return { ...whole, title, rows };
}

/** The whole workbook's sheets with one block per agency (see the file comment). */
export function withAgencyBlocks(
  whole: SheetSpec[],
  agencies: AgencyResult[],
  sheetsOf: (a: AgencyResult) => SheetSpec[],
): SheetSpec[] {
  const perAgency = agencies.map((a) => ({ agency: a.agency, sheets: sheetsOf(a) }));
  const pick = (name: string) =>
    perAgency.map((p) => ({ agency: p.agency, sheet: p.sheets.find((s) => s.name === name)! }));
  return whole.map((s) => {
    if (s.name === SHEET_NAMES.capaian) return perAgencyTables(s, pick(s.name));
    if (s.name === SHEET_NAMES.predikat) return perAgencyRows(s, pick(s.name));
    if (s.name === SHEET_NAMES.ringkasan) return { ...s, blocks: [...(s.blocks ?? []), agencyTable(agencies)] };
    return s;
  });
}

/** The JSON report with the additive `agencies` member: one report of the same shape per agency. */
export function withAgencyReports(
  whole: JsonReport,
  agencies: AgencyResult[],
  reportOf: (a: AgencyResult) => JsonReport,
): JsonReport {
  return { ...whole, agencies: agencies.map(reportOf) };
}
