/**
 * The `Predikat` sheet: "Perbandingan Capaian Kinerja dan Serapan Anggaran" per program and its
 * activities, plus the predicate scale as a legend block.
 */
import { legendRows } from "../calc/predicate";
import type { SheetRow, SheetSpec } from "../types";
import { LEVEL_LABELS, REPORT_TEXT, SHEET_NAMES } from "../../i18n/report";
import { FORMATS, finite, planRows, scaleName, titleLines, type ReportInput } from "./common";
import { LEVEL_STYLE } from "./capaian-sheet";

const T = REPORT_TEXT.predikat;

export function buildPredikatSheet(input: ReportInput): SheetSpec {
  const rows: SheetRow[] = planRows(input.rows)
    .filter((r) => r.level === "program" || r.level === "activity")
    .map((r) => ({
      cells: [
        r.code,
        r.name,
        LEVEL_LABELS[r.level],
        finite(r.figures.performancePct),
        finite(r.figures.budgetPct),
        r.figures.predicate,
      ],
      style: LEVEL_STYLE[r.level],
    }));
  const title = titleLines(T.title, input, true);
  return {
    name: SHEET_NAMES.predikat,
    title,
    columns: [
      { header: T.code, width: 12, numberFormat: FORMATS.text },
      { header: T.name, width: 50 },
      { header: T.level, width: 11 },
      { header: T.performancePct, width: 14, numberFormat: FORMATS.pct },
      { header: T.budgetPct, width: 14, numberFormat: FORMATS.pct },
      { header: T.predicate, width: 18 },
    ],
    rows,
    headerRows: 1,
    freezeRows: title.length + 1,
    // Portrait: six columns fit the width, and the page is tall enough to keep the legend under
    // the table on the same page for a usual plan (landscape pushed it onto page 2).
    print: { landscape: false, fitToWidth: true, repeatHeader: true },
    blocks: [
      {
        title: REPORT_TEXT.scaleLine(scaleName(input)),
        columns: [
          { header: T.legendRange, width: 12 },
          { header: T.legendLabel, width: 50 },
          { header: T.legendCode, width: 11 },
        ],
        rows: legendRows(input.options.predicateScale).map((b) => ({ cells: [b.range, b.label, b.code] })),
      },
    ],
  };
}
