/**
 * The `Ringkasan` sheet: several small tables in one column grid, all in `rows`:
 *   key/value lines (agency, year, quarter, scale) under the main column header "Uraian | Nilai";
 *   then, each after a blank row and a sub-table header row (style "header"): key indicators,
 *   budget (with terbilang), plan row counts, findings by severity, and the per-activity table the
 *   chart points at (`chart` indexes are 0-based indexes into `rows`).
 * Cells whose format differs from their column's carry `numberFormats`.
 */
import type { Severity, SheetRow, SheetSpec, SpecValue } from "../types";
import { REPORT_TEXT, SEVERITY_LABELS, SHEET_NAMES } from "../../i18n/report";
import { FORMATS, finite, num, planRows, scaleName, titleLines, type ReportInput } from "./common";

const T = REPORT_TEXT.ringkasan;
const WIDTH = 5;

function row(cells: SpecValue[], formats?: (string | null)[], style?: SheetRow["style"]): SheetRow {
  const padded = [...cells];
  while (padded.length < WIDTH) padded.push(null);
  const r: SheetRow = { cells: padded };
  if (style) r.style = style;
  if (formats && formats.some((f) => f != null)) {
    const fm = [...formats];
    while (fm.length < WIDTH) fm.push(null);
    r.numberFormats = fm;
  }
  return r;
}

const blank = (): SheetRow => row([]);
const header = (cells: string[]): SheetRow => row(cells, undefined, "header");

export function buildRingkasanSheet(input: ReportInput): SheetSpec {
  const q = input.quarter;
  const t = input.totals;
  const rows: SheetRow[] = [];

  // Key / value section.
  rows.push(row([T.agency, input.layout.agency]));
  rows.push(row([T.year, input.layout.year], [null, FORMATS.integer]));
  rows.push(row([T.quarter, T.quarterValue(q)]));
  rows.push(row([T.scale, scaleName(input)]));

  // Key indicators.
  rows.push(blank());
  rows.push(header([T.keyIndicatorsHeader, T.kiTarget, T.kiRealization(q), T.kiPerformance, T.kiPredicate]));
  if (input.keyIndicators.length === 0) rows.push(row([T.noKeyIndicators]));
  for (const k of input.keyIndicators) {
    rows.push(
      row(
        [
          k.name,
          num(k.target),
          finite(k.figures.realizationPct),
          finite(k.figures.performancePct),
          k.figures.predicate,
        ],
        [null, FORMATS.quantity, FORMATS.pct, FORMATS.pct, null],
      ),
    );
  }

  // Budget.
  rows.push(blank());
  rows.push(header([T.budgetHeader, T.amount, T.words]));
  rows.push(row([T.budget, finite(t.budget), t.budgetWords], [null, FORMATS.rupiah]));
  rows.push(row([T.spentToDate(q), finite(t.spentToDate), t.spentWords], [null, FORMATS.rupiah]));
  rows.push(row([T.budgetPct, finite(t.budgetPct)], [null, FORMATS.pct]));
  rows.push(row([T.remaining, finite(t.remaining), t.remainingWords], [null, FORMATS.rupiah]));

  // Counts.
  rows.push(blank());
  rows.push(header([T.countsHeader, T.count]));
  rows.push(row([T.programs, t.programs], [null, FORMATS.integer]));
  rows.push(row([T.activities, t.activities], [null, FORMATS.integer]));
  rows.push(row([T.subactivities, t.subactivities], [null, FORMATS.integer]));

  // Findings by severity.
  rows.push(blank());
  rows.push(header([T.findingsHeader, T.count]));
  for (const s of ["error", "warning", "info"] as Severity[]) {
    rows.push(
      row([SEVERITY_LABELS[s], input.findings.filter((f) => f.severity === s).length], [null, FORMATS.integer]),
    );
  }

  // Per-activity table (chart data).
  const activities = planRows(input.rows).filter((r) => r.level === "activity");
  rows.push(blank());
  rows.push(header([T.activityHeader, T.activityPerformance, T.activityBudget]));
  const first = rows.length;
  for (const a of activities) {
    rows.push(
      row([a.name, finite(a.figures.performancePct), finite(a.figures.budgetPct)], [null, FORMATS.pct, FORMATS.pct]),
    );
  }
  const last = rows.length - 1;

  const spec: SheetSpec = {
    name: SHEET_NAMES.ringkasan,
    title: titleLines(T.title, input, false),
    columns: [
      // Column C holds the amounts in words: wide enough for them to wrap on a few lines.
      { header: T.item, width: 44 },
      { header: T.value, width: 18 },
      { header: "", width: 40 },
      { header: "", width: 12 },
      { header: "", width: 16 },
    ],
    rows,
    headerRows: 1,
    freezeRows: 0,
    print: { landscape: false, fitToWidth: true, repeatHeader: false },
  };
  if (activities.length > 0) {
    spec.chart = {
      kind: "bar",
      title: T.chartTitle,
      categories: { firstRow: first, lastRow: last, col: 0 },
      series: [
        { name: T.activityPerformance, firstRow: first, lastRow: last, col: 1 },
        { name: T.activityBudget, firstRow: first, lastRow: last, col: 2 },
      ],
    };
  }
  return spec;
}
