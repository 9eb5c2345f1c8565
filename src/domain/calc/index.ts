/**
 * Calculation of quarter n (domain.md §5): sub-activities, activities, programs, groups, totals,
 * key indicators and predicates. Pure and deterministic.
 *
 * Decisions (details at the top of each file):
 * - `latestQuarter` counts only non-zero values: workbooks often pre-fill future quarters with 0 or
 *   with `=SUM(…)` formulas that show 0, which must not move the quarter forward.
 * - Rows with `isTotal` keep all-null figures; they are only checked (sum-mismatch, negative-value).
 * - Predicates are attached to activities, programs and key indicators, never to sub-activities.
 * - A program's stated realization wins; the difference with the mean of its activities is an
 *   `info` finding (`stated-value-mismatch`, severity info) for every quarter 1..n that states one.
 */
import { placeOf, type FactOf, type ReadFact } from "../facts";
import type {
  CalculatedKeyIndicator,
  CalculatedRow,
  KeyIndicatorRow,
  Options,
  PlanRow,
  Quarter,
  Totals,
} from "../types";
import { defaultConvention, quartersUpTo, val } from "./common";
import { statedRealization } from "./activity";
import { computeQuarter, planChildren, type ComputedQuarter } from "./figures";
import { calculateKeyIndicators } from "./key-indicators";
import { computeTotals } from "./totals";

export { computeQuarter, planChildren, emptyFigures, type ComputedQuarter } from "./figures";
export { defaultConvention, type Convention } from "./common";
export { computeTotals } from "./totals";
export { calculateKeyIndicators } from "./key-indicators";

/** Highest quarter with any (non-zero) realization or spending; 1 if none. */
export function latestQuarter(rows: PlanRow[]): Quarter {
  let latest: Quarter = 1;
  for (const r of rows) {
    for (const q of [1, 2, 3, 4] as Quarter[]) {
      if (q <= latest) continue;
      const cells = [r.quarterRealizations, r.realizationToDateStated, r.spentQuarters, r.spentToDateStated].map(
        (a) => a?.[q - 1],
      );
      if (
        cells.some((c) => {
          const v = val(c);
          return v !== null && v !== 0;
        })
      )
        latest = q;
    }
  }
  return latest;
}

/**
 * The last quarter with any (non-zero) realization or spending, or null when nothing is filled;
 * used when a later quarter is asked (domain.md §6: compute up to the last quarter with data).
 */
export function lastQuarterWithData(rows: PlanRow[]): Quarter | null {
  const q = latestQuarter(rows);
  if (q > 1) return q;
  const any = rows.some((r) =>
    [r.quarterRealizations, r.realizationToDateStated, r.spentQuarters, r.spentToDateStated].some((a) => {
      const v = val(a?.[0]);
      return v !== null && v !== 0;
    }),
  );
  return any ? 1 : null;
}

/**
 * A program's stated realization and the mean of its activities, per quarter that states one
 * (judged in checks/stated-value-mismatch.ts: an info finding when they differ).
 */
function programFacts(rows: PlanRow[], perQuarter: ComputedQuarter[], options: Options): ReadFact[] {
  const conv = defaultConvention(options);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const out: ReadFact[] = [];
  for (const row of rows) {
    if (row.isTotal || row.level !== "program") continue;
    const activities = planChildren(row, byId).filter((c) => c.level === "activity");
    // Latest quarter first: a cell that names no quarter (in every quarter's slot) is compared once,
    // for the latest quarter computed; the facts keep quarter order.
    const reported = new Set<string>();
    const own: FactOf<"programMean">[] = [];
    for (const cq of [...perQuarter].reverse()) {
      const stated = statedRealization(row, cq.quarter, conv);
      if (stated && reported.has(stated.cell)) continue;
      if (stated) reported.add(stated.cell);
      const mean = cq.programMeans.get(row.id) ?? null;
      if (!stated || mean === null) continue;
      const count = activities.filter((a) => cq.figures.get(a.id)?.realizationPct != null).length;
      own.unshift({
        kind: "programMean",
        at: placeOf(row, stated.cell),
        quarter: cq.quarter,
        stated: stated.value,
        mean,
        count,
        quarterOnly: stated.quarterOnly !== undefined,
      });
    }
    out.push(...own);
  }
  return out;
}

export function calculate(
  rows: PlanRow[],
  keyIndicators: KeyIndicatorRow[],
  quarter: Quarter,
  options: Options,
  /**
   * The plan rows become the calculated rows (their `figures` set) instead of being copied: for a
   * caller with no further use for them as plain plan rows (the engine). One object per row, not
   * two: ~1 KB a row less at 100 000 rows.
   */
  into: "copy" | "same rows" = "copy",
): {
  rows: CalculatedRow[];
  keyIndicators: CalculatedKeyIndicator[];
  totals: Totals;
  /** What the calculation noted for the checks (program means, key indicators). */
  facts: ReadFact[];
  perQuarter: ComputedQuarter[];
} {
  const perQuarter = quartersUpTo(quarter).map((q) => computeQuarter(rows, q, options));
  const current = perQuarter[perQuarter.length - 1];
  const calculated: CalculatedRow[] =
    into === "copy"
      ? rows.map((r) => ({ ...r, figures: current.figures.get(r.id)! }))
      : rows.map((r) => {
          const c = r as CalculatedRow;
          c.figures = current.figures.get(r.id)!;
          return c;
        });
  const ki = calculateKeyIndicators(keyIndicators, quarter, options);
  return {
    rows: calculated,
    keyIndicators: ki.keyIndicators,
    totals: computeTotals(calculated),
    facts: [...programFacts(rows, perQuarter, options), ...ki.facts],
    perQuarter,
  };
}
