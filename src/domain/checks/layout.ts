/**
 * layout (info): the conventions the workbook's stated values follow (conventions.ts), said once
 * for the whole workbook. Raised only when some stated value tells the readings apart, or some `%`
 * column holds fractions (0,25 = 25 %). A `%` value written × 100 in a column of fractions is read
 * as it is and named in this info (its value is still checked like any stated percentage).
 */
import type { Check } from "./check";
import { checkStatedBasis } from "./stated-basis";
import { CONVENTION_TEXT, LAST_DATA_TEXT } from "../../i18n/conventions";
import type { Finding, NumCell, PlanRow, Quarter } from "../types";
import { makeFinding } from "./finding";
import { at, quartersUpTo } from "../calc/common";
import { statedRealization } from "../calc/activity";
import type { DetectedConventions } from "./conventions";

/** `%` cells read as fractions, and those departing from that convention (already × 100). */
function percentReadings(rows: PlanRow[]): { fractions: NumCell[]; points: NumCell[] } {
  const out = { fractions: [] as NumCell[], points: [] as NumCell[] };
  const seen = new Set<NumCell>();
  for (const r of rows)
    for (const c of [...r.statedPerformancePct, ...r.statedBudgetPct, ...(r.progressPct ?? [])]) {
      if (!c || seen.has(c) || !c.percentReading) continue;
      seen.add(c);
      (c.percentReading === "fraction" ? out.fractions : out.points).push(c);
    }
  return out;
}

export function conventionFindings(rows: PlanRow[], n: Quarter, d: DetectedConventions): Finding[] {
  const avg = d.votes.averageOver;
  const pq = d.votes.parentQuarterValues;
  const avgVotes = avg.targeted + avg.all;
  const pqVotes = pq.toDate + pq.quarter;
  const pct = percentReadings(rows);
  if (avgVotes === 0 && pqVotes === 0 && pct.fractions.length === 0) return [];
  const pctRow = rows.find((r) =>
    [...r.statedPerformancePct, ...r.statedBudgetPct, ...(r.progressPct ?? [])].some((c) => c === pct.fractions[0]),
  );
  // Point at the first stated activity realization: where the convention shows.
  let at: { row: PlanRow; cell: string } | null = null;
  for (const r of avgVotes + pqVotes > 0 ? rows : []) {
    if (at || r.isTotal || r.level !== "activity") continue;
    for (const q of quartersUpTo(n)) {
      const s = statedRealization(r, q);
      if (s) {
        at = { row: r, cell: s.cell };
        break;
      }
    }
  }
  if (!at && pctRow) at = { row: pctRow, cell: pct.fractions[0].cell };
  if (!at) return [];
  const other = d.averageOver === "all" ? "targeted" : "all";
  const message = CONVENTION_TEXT.detected({
    averageOver: avgVotes > 0 ? { value: d.averageOver, for: avg[d.averageOver], against: avg[other] } : null,
    parentQuarterValues:
      pqVotes > 0
        ? {
            value: d.parentQuarterValues,
            for: pq[d.parentQuarterValues],
            against: pq[d.parentQuarterValues === "quarter" ? "toDate" : "quarter"],
          }
        : null,
    percent:
      pct.fractions.length > 0 ? { fractions: pct.fractions.length, departures: pct.points.map((c) => c.cell) } : null,
  });
  return [makeFinding("layout", at.row, at.cell, message, null, null, "info")];
}

/**
 * layout (warning): the quarter asked has no data at all; the figures are those of the last quarter
 * with data. Points at the first empty realization cell of the quarter asked (else the first row).
 */
export function lastQuarterFinding(rows: PlanRow[], last: Quarter, requested: Quarter): Finding[] {
  const plan = rows.filter((r) => !r.isTotal);
  if (plan.length === 0) return [];
  const hasCell = (r: PlanRow) => !!(at(r.quarterRealizations, requested) || at(r.spentQuarters, requested));
  const withCell = plan.find((r) => r.level === "subactivity" && hasCell(r)) ?? plan.find(hasCell);
  const row = withCell ?? plan[0];
  const cell = withCell ? (at(row.quarterRealizations, requested) ?? at(row.spentQuarters, requested)) : null;
  return [
    makeFinding(
      "layout",
      { sheet: row.sheet, row: row.row, code: null, name: "" },
      cell ?? `A${row.row}`,
      LAST_DATA_TEXT.warning(last, requested),
      requested,
      last,
      "warning",
    ),
  ];
}

/**
 * layout on the calculated rows: the divisor the `% capaian` column follows (stated-basis.ts). The
 * conventions and the last quarter with data are said by the engine through the functions above.
 */
export const layoutCheck: Check = { rows: checkStatedBasis };
