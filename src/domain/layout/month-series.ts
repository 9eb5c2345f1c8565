/**
 * One sheet per month holding the same table (layouts.md "One file (or sheet) per month"): `Jan` …
 * `Jun`, the same codes and budget, the realisation of each month. When the titles say "s.d." each
 * sheet states the realisation to date: the quarter's figure is the latest month of that quarter
 * with realisation, never the sum of cumulative months. Otherwise each sheet holds its own month
 * (the spec's reading of a monthly sheet): the months of each quarter add up to that quarter's
 * spending. The table processed is the latest month with realisation; the others feed its spending.
 */
import type { MonthSeries, TableLayout } from "./tables";
import { monthIn, titleSaysToDate } from "./monthly";
import { parseCell } from "../values/parse";

export type { MonthSeries };

const SPENDING = new Set(["spentToDate", "spentQuarter"]);

/** Whether a table has any non-zero spending cell. */
export function hasSpending(t: TableLayout): boolean {
  const cols = [...t.roles.entries()].filter(([, r]) => SPENDING.has(r.kind)).map(([c]) => c);
  for (let r = t.table.dataRows.first; r <= t.table.dataRows.last; r++)
    for (const c of cols) {
      const p = parseCell(t.view.raw(r, c));
      if (p.kind === "number" && p.value !== 0) return true;
    }
  return false;
}

/**
 * A group of copies on sheets named by distinct months, with spending columns and realisation in at
 * least one of them: the series (months in order) and the table to process; null otherwise.
 */
export function monthSeries(group: TableLayout[]): { series: MonthSeries; base: TableLayout } | null {
  const months = group.map((t) => ({ m: monthIn(t.view.sheet), t }));
  if (months.some((x) => x.m === null) || new Set(months.map((x) => x.m!.month)).size !== group.length) return null;
  if (!group.every((t) => [...t.roles.values()].some((r) => SPENDING.has(r.kind)))) return null;
  const sorted = months.map((x) => ({ month: x.m!.month, name: x.m!.name, t: x.t })).sort((a, b) => a.month - b.month);
  const filled = sorted.filter((x) => hasSpending(x.t));
  if (filled.length === 0) return null;
  return {
    series: { months: sorted, cumulative: sorted.some((x) => titleSaysToDate(x.t)) },
    base: filled[filled.length - 1].t,
  };
}
