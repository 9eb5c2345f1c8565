/**
 * One file or sheet per month (layouts.md "More structures"): an export of one month's
 * realisation whose title does not say so, while the file or sheet name does (`lra_juli`, `Jan` …
 * `Desember`). The realisation is that month's, not the year to date.
 */
import type { TableLayout } from "./tables";
import { exportText } from "../../i18n/export-structures";

const MONTHS: [number, string, RegExp][] = [
  [1, "Januari", /^(jan|januari|january)$/],
  [2, "Februari", /^(feb|peb|febr|pebr|februari|pebruari|february)$/],
  [3, "Maret", /^(mar|maret|march)$/],
  [4, "April", /^(apr|april)$/],
  [5, "Mei", /^(mei|may)$/],
  [6, "Juni", /^(jun|juni|june)$/],
  [7, "Juli", /^(jul|juli|july)$/],
  [8, "Agustus", /^(agu|agt|ags|agust|agustus|aug|august)$/],
  [9, "September", /^(sep|sept|september)$/],
  [10, "Oktober", /^(okt|oct|oktober|october)$/],
  [11, "November", /^(nov|nop|november|nopember)$/],
  [12, "Desember", /^(des|dec|desember|december)$/],
];

/** The month a name names as one of its words ("lra_juli.xlsx", "Jan", "Realisasi Desember"). */
export function monthIn(name: string): { month: number; name: string } | null {
  const words = name
    .toLowerCase()
    .replace(/\.[a-z0-9]+$/, "")
    .split(/[^a-z]+/)
    .filter((w) => w !== "");
  for (const w of words) for (const [month, label, re] of MONTHS) if (re.test(w)) return { month, name: label };
  return null;
}

/** A title that says "s.d." / "sampai dengan" states a figure to date, not one month's. */
const TO_DATE = /(s\.?\s*\/?\s*d\.?\s|sampai dengan|kumulatif)/i;

/** Whether the title above a table says its figures are to date ("s.d. Bulan Juni"). */
export function titleSaysToDate(t: TableLayout): boolean {
  const v = t.view;
  for (let r = v.firstRow; r < t.table.headerRows.first; r++)
    for (const [, text] of v.rowTexts(r)) if (TO_DATE.test(text)) return true;
  return false;
}

/**
 * Marks a table holding realisation as one month's when its sheet name (else the file name, for a
 * workbook of one sheet) names a month and its title does not say "to date".
 */
export function applyMonthly(t: TableLayout, fileName: string | undefined, singleSheet: boolean): void {
  const spends = [...t.roles.values()].some((r) => r.kind === "spentToDate" || r.kind === "spentQuarter");
  if (!spends) return;
  if (titleSaysToDate(t)) return;
  const v = t.view;
  const bySheet = monthIn(v.sheet);
  const byFile = !bySheet && singleSheet && fileName ? monthIn(fileName) : null;
  const m = bySheet ?? byFile;
  if (!m) return;
  t.table.period = {
    month: m.month,
    name: m.name,
    source: bySheet ? exportText.sourceSheet(v.sheet) : exportText.sourceFile(fileName!),
  };
}
