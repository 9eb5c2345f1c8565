/**
 * readPlanTable's last steps, once per table: stated percentages that name no quarter go to the
 * sheet's quarter, and each percent column is read as fractions or as percent points as a whole.
 */
import type { NumCell } from "../../types";
import type { ReadRow } from "../../hierarchy/read-row";
import { fractionFlags, normalizePercentColumn } from "../../values/percent-column";

/** A stated % naming no quarter, of one row. */
export interface UndatedPercent {
  row: ReadRow;
  kind: "statedPerformancePct" | "statedBudgetPct";
  num: NumCell;
}

/** The latest quarter (1–4) in which some row realised or spent anything, or null. */
export function latestFilledQuarter(rows: ReadRow[]): number | null {
  for (let q = 3; q >= 0; q--)
    for (const r of rows)
      if ((r.quarterRealizations[q]?.value ?? 0) !== 0 || (r.spentQuarters[q]?.value ?? 0) !== 0) return q + 1;
  return null;
}

/**
 * Undated stated percentages belong to the quarter the sheet reports: its title's, else the
 * latest quarter with figures in this table, else every quarter.
 */
export function placeUndated(undated: UndatedPercent[], rows: ReadRow[], titleQuarter: number | null): void {
  const q = titleQuarter ?? latestFilledQuarter(rows);
  for (const u of undated) for (let i = 0; i < 4; i++) if (q === null || i === q - 1) u.row[u.kind][i] = u.num;
}

/** Percent columns written as fractions (0,25 = 25 %): each column's cells, in row order. */
export function normalizePercents(columns: Iterable<{ num: NumCell; percent: boolean }[]>): void {
  for (const list of columns) {
    const norm2 = normalizePercentColumn(
      list.map((x) => x.num.value),
      list.map((x) => x.percent),
    );
    const fractions = fractionFlags(
      list.map((x) => x.num.value),
      list.map((x) => x.percent),
    );
    const anyFraction = fractions.some((f) => f);
    list.forEach((x, i) => {
      if (anyFraction && fractions[i]) x.num.percentReading = "fraction";
      else if (anyFraction && !x.percent && x.num.value !== null && x.num.value !== 0) x.num.percentReading = "points";
      x.num.value = norm2[i];
    });
  }
}
