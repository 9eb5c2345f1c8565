/**
 * Sub-activity (sub kegiatan) figures for quarter q — domain.md §5.1.
 *
 * Decisions where the spec is silent or ambiguous:
 * - `targetToDate` is Σ of quarterly targets 1..q (empty = 0) as §5.1 says, also for `level`
 *   indicators (where it overstates: targets 100, 100 give 200 — noted for the spec's owners).
 *   `targetToDate` is null when the row has no quarterly target value at all.
 * - "Has a target to date" is `targetToDate > 0`; when the table has no quarterly target columns
 *   (Form E.81: only the annual target) it falls back to "has an annual target", or activities
 *   of such a table would never have a realization.
 * - A stated cumulative column "Realisasi s.d. TW q" with a value wins over the quarterly columns
 *   (it is "used as it is, whatever the accumulation"); the stated-value / sum checks report it.
 * - No realization value at all (cells empty): `realizationToDate` is 0 when the realization
 *   columns exist ("counts as 0"), null when the row has no realization column. A *negative*
 *   indicator with no realization value gets no `performancePct` (0 would mean "best result").
 * - Money: Σ quarterly spending 1..q when any quarterly spending value exists, otherwise the stated
 *   "s.d. TW q" column (the spec's order). Spending columns present but empty = 0; no spending
 *   column = null. `budgetPct` is null when the budget is empty or 0; `remaining` = budget −
 *   (spentToDate or 0), computed exactly in sen.
 * - `performanceToDatePct` uses the same polarity formula as `performancePct`.
 */
import { subtractMoney, sumMoney } from "../values/rupiah";
import type { Accumulation, PlanRow, Quarter, RowFigures } from "../types";
import { accumulationOf, achievement, at, hasColumnUpTo, upTo, val, type Convention } from "./common";

export interface Money {
  budget: number | null;
  spentToDate: number | null;
  budgetPct: number | null;
  remaining: number | null;
}

export function moneyFigures(budget: number | null, spentToDate: number | null): Money {
  return {
    budget,
    spentToDate,
    budgetPct: budget !== null && budget > 0 && spentToDate !== null ? (spentToDate / budget) * 100 : null,
    remaining: budget !== null ? subtractMoney(budget, spentToDate ?? 0) : null,
  };
}

/** Spending to date of a row from its own cells (§5.1 money). */
export function ownSpentToDate(row: PlanRow, q: Quarter): number | null {
  const quarterly = upTo(row.spentQuarters, q);
  if (quarterly.some((v) => v !== null)) return sumMoney(quarterly);
  const stated = val(at(row.spentToDateStated, q));
  if (stated !== null) return stated;
  if (hasColumnUpTo(row.spentQuarters, q) || at(row.spentToDateStated, q)) return 0;
  return null;
}

export function ownMoney(row: PlanRow, q: Quarter): Money {
  return moneyFigures(val(row.budget), ownSpentToDate(row, q));
}

/** True when any quarterly target of the row (TW I–IV) has a value. */
export function hasQuarterTargets(row: PlanRow): boolean {
  return upTo(row.quarterTargets, 4).some((v) => v !== null);
}

/** §5.1: Σ quarterly targets 1..q (empty = 0), whatever the accumulation — as the spec says. */
export function targetToDate(row: PlanRow, q: Quarter, _acc: Accumulation): number | null {
  if (!hasColumnUpTo(row.quarterTargets, q)) return null;
  return upTo(row.quarterTargets, q).reduce<number>((s, v) => s + (v ?? 0), 0);
}

/** "Has a target to date" (§5.1), with the fallback described at the top of this file. */
export function hasTargetToDate(row: PlanRow, q: Quarter, acc: Accumulation): boolean {
  // The fallback applies only when the table has no quarterly target columns at all (Form E.81);
  // where the columns exist, empty cells mean "no target in this quarter" (§4).
  const noColumns = row.quarterTargetColumns === undefined ? !hasQuarterTargets(row) : !row.quarterTargetColumns;
  if (noColumns) {
    const annual = val(row.annualTarget);
    return annual !== null && annual > 0;
  }
  const t = targetToDate(row, q, acc);
  return t !== null && t > 0;
}

export interface RealizationToDate {
  value: number | null;
  /** Some realization cell (or the stated to-date cell) of quarters 1..q has a value. */
  has: boolean;
  source: "stated" | "flow" | "level" | null;
}

/** Realization to date by flow (Σ) or level (latest non-empty) from the quarterly columns only. */
export function quarterlyRealizationToDate(row: PlanRow, q: Quarter, acc: Accumulation): number | null {
  const vs = upTo(row.quarterRealizations, q);
  if (!vs.some((v) => v !== null)) return null;
  if (acc === "level") {
    for (let i = vs.length - 1; i >= 0; i--) if (vs[i] !== null) return vs[i];
  }
  return vs.reduce<number>((s, v) => s + (v ?? 0), 0);
}

export function realizationToDate(row: PlanRow, q: Quarter, acc: Accumulation): RealizationToDate {
  const stated = val(at(row.realizationToDateStated, q));
  if (stated !== null) return { value: stated, has: true, source: "stated" };
  const fromQuarters = quarterlyRealizationToDate(row, q, acc);
  if (fromQuarters !== null) return { value: fromQuarters, has: true, source: acc };
  if (hasColumnUpTo(row.quarterRealizations, q) || at(row.realizationToDateStated, q)) {
    return { value: 0, has: false, source: null };
  }
  return { value: null, has: false, source: null };
}

export function computeSubactivity(row: PlanRow, q: Quarter, conv: Convention): RowFigures {
  const acc = accumulationOf(row, conv);
  const tToDate = targetToDate(row, q, acc);
  const real = realizationToDate(row, q, acc);
  const negative = row.polarity === "negative";
  const measurable = real.value !== null && (real.has || !negative);

  const annual = val(row.annualTarget);
  let performancePct: number | null = null;
  if (measurable && real.value !== null) {
    if (conv.basis === "annual") performancePct = achievement(real.value, annual, negative);
    else if (conv.basis === "toDate") performancePct = achievement(real.value, tToDate, negative);
    else {
      const rq = val(at(row.quarterRealizations, q));
      performancePct = rq === null ? null : achievement(rq, val(at(row.quarterTargets, q)), negative);
    }
    if (conv.cap && performancePct !== null) performancePct = Math.min(100, performancePct);
  }
  const performanceToDatePct = measurable && real.value !== null ? achievement(real.value, tToDate, negative) : null;

  return {
    targetToDate: tToDate,
    realizationToDate: real.value,
    realizationPct: null,
    realizationSource: null,
    performancePct,
    performanceToDatePct,
    ...ownMoney(row, q),
    predicate: null,
    accumulation: acc,
  };
}
