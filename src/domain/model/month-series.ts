/**
 * Spending of a table kept from one sheet per month (layout/month-series.ts): each row's realisation
 * is read from every month's sheet (matched by code and name) and becomes, per quarter, the latest
 * month's figure (sheets stating the realisation to date) or the sum of its months (sheets holding
 * their own month). Budget, codes and the other columns stay those of the table processed.
 */
import type { NumCell } from "../types";
import type { MonthSeries } from "../layout/month-series";
import type { ReadRow } from "./plan-table";
import { norm } from "../layout/text";
import { sumMoney } from "../values/rupiah";

/** A row's realisation in its own sheet: the to-date column (no quarter named), else a quarter column. */
function spendOf(r: ReadRow): NumCell | null {
  return (
    r.spentToDateStated.find((x) => x && x.value !== null) ?? r.spentQuarters.find((x) => x && x.value !== null) ?? null
  );
}

function keyed(rows: ReadRow[]): Map<string, ReadRow> {
  const out = new Map<string, ReadRow>();
  const seen = new Map<string, number>();
  for (const r of rows) {
    const k = `${r.code ?? ""}|${norm(r.name ?? "")}`;
    const n = seen.get(k) ?? 0;
    seen.set(k, n + 1);
    out.set(`${k}#${n}`, r);
  }
  return out;
}

/**
 * Sheets whose title does not say "s.d." but whose figures only grow month by month, and whose sum
 * would put a row over its budget while its latest month does not: the workbook's own arithmetic
 * says they are to date, not each month's own.
 */
function looksCumulative(base: ReadRow[], months: (NumCell | null)[][]): boolean {
  let overBySum = false;
  for (const [i, row] of base.entries()) {
    const xs = months[i].filter((c): c is NumCell => c !== null && c.value !== null).map((c) => c.value!);
    for (let m = 1; m < xs.length; m++) if (xs[m] < xs[m - 1]) return false;
    const budget = row.budget?.value ?? null;
    if (budget !== null && xs.length > 1 && sumMoney(xs) > budget && xs[xs.length - 1] <= budget) overBySum = true;
  }
  return overBySum;
}

/**
 * Sets the base rows' spending from the months (`reads[i]` = the rows read from `series.months[i]`).
 * Returns whether the months were read as realisation to date.
 */
export function mergeMonths(base: ReadRow[], series: MonthSeries, reads: ReadRow[][]): boolean {
  const byMonth = reads.map(keyed);
  const filled = reads.map((rows) => rows.some((r) => (spendOf(r)?.value ?? 0) !== 0));
  const rows = [...keyed(base)];
  const cellsOf = rows.map(([k]) => byMonth.map((m) => (m.get(k) ? spendOf(m.get(k)!) : null)));
  const cumulative =
    series.cumulative ||
    looksCumulative(
      rows.map(([, r]) => r),
      cellsOf,
    );
  for (const [ri, [, row]] of rows.entries()) {
    const months = series.months.map((m, i) => ({ month: m.month, filled: filled[i], cell: cellsOf[ri][i] }));
    if (!months.some((m) => m.cell)) continue;
    for (let q = 0; q < 4; q++) {
      const inQuarter = months.filter((m) => m.month > 3 * q && m.month <= 3 * q + 3);
      if (cumulative) {
        // The latest month of the quarter with realisation in its sheet: its figure is the quarter's to date.
        const latest = inQuarter.filter((m) => m.filled).pop();
        row.spentToDateStated[q] = latest ? (latest.cell ?? { value: 0, cell: row.nameCell }) : null;
        row.spentQuarters[q] = null;
      } else {
        const cells = inQuarter.map((m) => m.cell).filter((c): c is NumCell => c !== null && c.value !== null);
        row.spentQuarters[q] =
          cells.length > 0 ? { value: sumMoney(cells.map((c) => c.value!)), cell: cells[cells.length - 1].cell } : null;
        row.spentToDateStated[q] = null;
      }
    }
  }
  return cumulative;
}
