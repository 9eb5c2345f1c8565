/**
 * Activity (kegiatan) figures for quarter q — domain.md §5.2.
 *
 * Decisions:
 * - averageOver "targeted": sub-activities that have a target to date (see subactivity.ts for the
 *   fallback when a sub-activity has no quarterly targets); "all": sub-activities with an annual
 *   target > 0. Sub-activities whose performancePct is null (e.g. a negative indicator with no
 *   realization yet) are left out of the mean.
 * - The divisor is the activity's own annual target; empty *or 0* → 100 (a 0 % target cannot divide).
 * - An activity with no sub-activity rows under it has nothing to average: its realizationPct is
 *   the realization it states for quarter q (realizationSource "stated"), and its money figures are
 *   its own cells (as for a sub-activity).
 * - Money: sums (exact, in sen) of the children's budget / spentToDate; null when no child has one.
 *   Amounts written in the activity row itself are stated values, only checked (sum-mismatch).
 */
import { predicateFor } from "./predicate";
import { sumMoney } from "../values/rupiah";
import type { PlanRow, PredicateScaleId, Quarter, RowFigures } from "../types";
import { accumulationOf, at, mean, val, type Convention } from "./common";
import { hasTargetToDate, moneyFigures, ownMoney, type Money } from "./subactivity";

export interface Child {
  row: PlanRow;
  figures: RowFigures;
}

/** Money of a parent row: sums over its plan children, or its own cells when it has none. */
export function aggregateMoney(row: PlanRow, children: Child[], q: Quarter): Money {
  if (children.length === 0) return ownMoney(row, q);
  const budgets = children.map((c) => c.figures.budget);
  const spent = children.map((c) => c.figures.spentToDate);
  return moneyFigures(
    budgets.some((b) => b !== null) ? sumMoney(budgets) : null,
    spent.some((s) => s !== null) ? sumMoney(spent) : null,
  );
}

/**
 * The realization (percent) to date an activity or program row states for quarter q, or null: its
 * "s.d. TW q" cell, else its "TW q" cell — or, when the workbook's quarter columns of parent rows
 * hold each quarter's own value (`parentQuarterValues` "quarter"), Σ of TW 1..q (`quarterOnly`
 * then carries the TW q value itself, which the checks compare with the quarter's mean).
 */
export function statedRealization(
  row: PlanRow,
  q: Quarter,
  conv?: Pick<Convention, "parentQuarterValues">,
): { value: number; cell: string; quarterOnly?: number } | null {
  const toDate = at(row.realizationToDateStated, q);
  if (toDate && val(toDate) !== null) return { value: val(toDate)!, cell: toDate.cell };
  const c = at(row.quarterRealizations, q);
  const v = val(c);
  if (!c || v === null) return null;
  if (conv?.parentQuarterValues !== "quarter") return { value: v, cell: c.cell };
  let sum = 0;
  for (let i = 1; i <= q; i++) sum += val(at(row.quarterRealizations, i)) ?? 0;
  return { value: sum, cell: c.cell, quarterOnly: v };
}

/** Sub-activities an activity averages over for quarter q (§5.2). */
export function qualifyingSubactivities(subs: Child[], q: Quarter, conv: Convention): Child[] {
  return subs.filter((s) => {
    if (conv.averageOver === "all") {
      const annual = val(s.row.annualTarget);
      return annual !== null && annual > 0;
    }
    return hasTargetToDate(s.row, q, accumulationOf(s.row, conv));
  });
}

/** Mean of the qualifying sub-activities' performancePct (null when none has one). */
export function activityMean(subs: Child[], q: Quarter, conv: Convention): { value: number | null; count: number } {
  const pcts = qualifyingSubactivities(subs, q, conv)
    .map((s) => s.figures.performancePct)
    .filter((p): p is number => p !== null);
  return { value: mean(pcts), count: pcts.length };
}

/** realizationPct ÷ own annual target (100 when empty or 0) × 100. */
export function performanceOf(row: PlanRow, realizationPct: number | null, conv: Convention): number | null {
  if (realizationPct === null) return null;
  const t = val(row.annualTarget);
  const divisor = conv.ignoreOwnTarget || t === null || !(t > 0) ? 100 : t;
  return (realizationPct / divisor) * 100;
}

/** Figures of an activity or a program once its realization is known (§5.2, §5.3). */
export function parentFigures(
  row: PlanRow,
  children: Child[],
  q: Quarter,
  conv: Convention,
  scale: PredicateScaleId,
  realizationPct: number | null,
  realizationSource: RowFigures["realizationSource"],
): RowFigures {
  const performancePct = performanceOf(row, realizationPct, conv);
  return {
    targetToDate: null,
    realizationToDate: null,
    realizationPct,
    realizationSource,
    performancePct,
    performanceToDatePct: null,
    ...aggregateMoney(row, children, q),
    predicate: predicateFor(performancePct, scale),
    accumulation: accumulationOf(row, conv),
  };
}

export function computeActivity(
  row: PlanRow,
  children: Child[],
  q: Quarter,
  conv: Convention,
  scale: PredicateScaleId,
): RowFigures {
  const subs = children.filter((c) => c.row.level === "subactivity");
  let realizationPct: number | null;
  let realizationSource: RowFigures["realizationSource"];
  if (subs.length === 0) {
    realizationPct = statedRealization(row, q, conv)?.value ?? null;
    realizationSource = realizationPct === null ? null : "stated";
  } else {
    realizationPct = activityMean(subs, q, conv).value;
    realizationSource = realizationPct === null ? null : "computed";
  }
  return parentFigures(row, children, q, conv, scale, realizationPct, realizationSource);
}
