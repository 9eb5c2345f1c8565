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
import { pctDiffers } from "../values/round";
import { FINDING_TEXT } from "../../i18n/findings";
import { CONVENTION_TEXT } from "../../i18n/conventions";
import type {
  CalculatedKeyIndicator,
  CalculatedRow,
  Finding,
  KeyIndicatorRow,
  Options,
  PlanRow,
  Quarter,
  Totals,
} from "../types";
import { defaultConvention, quartersUpTo, val } from "./common";
import { statedRealization } from "./activity";
import { computeQuarter, planChildren, type ComputedQuarter } from "./figures";
import { makeFinding } from "./finding";
import { calculateKeyIndicators } from "./key-indicators";
import { computeTotals } from "./totals";

export { computeQuarter, planChildren, emptyFigures, type ComputedQuarter } from "./figures";
export { defaultConvention, type Convention } from "./common";
export { computeTotals } from "./totals";
export { calculateKeyIndicators } from "./key-indicators";
export { RULE_SEVERITY, makeFinding } from "./finding";

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

/** Info findings: a program states a realization that differs from the mean of its activities. */
function programFindings(rows: PlanRow[], perQuarter: ComputedQuarter[], options: Options): Finding[] {
  const conv = defaultConvention(options);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const out: Finding[] = [];
  for (const row of rows) {
    if (row.isTotal || row.level !== "program") continue;
    const activities = planChildren(row, byId).filter((c) => c.level === "activity");
    // Latest quarter first: a cell that names no quarter (in every quarter's slot) is compared once,
    // for the latest quarter computed; the findings keep quarter order.
    const reported = new Set<string>();
    const own: Finding[] = [];
    for (const cq of [...perQuarter].reverse()) {
      const stated = statedRealization(row, cq.quarter, conv);
      if (stated && reported.has(stated.cell)) continue;
      if (stated) reported.add(stated.cell);
      const mean = cq.programMeans.get(row.id) ?? null;
      if (!stated || mean === null || !pctDiffers(stated.value, mean)) continue;
      const count = activities.filter((a) => cq.figures.get(a.id)?.realizationPct != null).length;
      own.unshift(
        makeFinding(
          "stated-value-mismatch",
          row,
          stated.cell,
          (stated.quarterOnly === undefined
            ? FINDING_TEXT.programRealizationDiffers
            : CONVENTION_TEXT.programQuarterSum)({ quarter: cq.quarter, stated: stated.value, computed: mean, count }),
          stated.value,
          mean,
          "info",
        ),
      );
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
): {
  rows: CalculatedRow[];
  keyIndicators: CalculatedKeyIndicator[];
  totals: Totals;
  findings: Finding[];
  perQuarter: ComputedQuarter[];
} {
  const perQuarter = quartersUpTo(quarter).map((q) => computeQuarter(rows, q, options));
  const current = perQuarter[perQuarter.length - 1];
  const calculated: CalculatedRow[] = rows.map((r) => ({ ...r, figures: current.figures.get(r.id)! }));
  const ki = calculateKeyIndicators(keyIndicators, quarter, options);
  return {
    rows: calculated,
    keyIndicators: ki.keyIndicators,
    totals: computeTotals(calculated),
    findings: [...programFindings(rows, perQuarter, options), ...ki.findings],
    perQuarter,
  };
}
