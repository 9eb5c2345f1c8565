/**
 * Program figures for quarter q — domain.md §5.3.
 *
 * Decisions:
 * - The program's stated realization for quarter q is "Realisasi s.d. TW q" when that column has a
 *   value, else "Realisasi TW q" (both are percentages of the program indicator).
 * - Stated wins (realizationSource "stated"); the mean of the activities' non-null realizationPct is
 *   still computed and, when it differs by 0,01 points or more, reported as an `info` finding under
 *   the rule `stated-value-mismatch` (severity info: a measured program indicator may legitimately
 *   differ from the average of its activities). The comparison is made for every quarter 1..n that
 *   states a realization.
 * - The divisor is the program's annual target, 100 when empty or 0 (as for activities).
 * - A program without activity rows but with sub-activities directly under it (a skipped level,
 *   already reported as `hierarchy`) averages those sub-activities as an activity would.
 */
import type { PlanRow, PredicateScaleId, Quarter, RowFigures } from "../types";
import { mean, type Convention } from "./common";
import { activityMean, parentFigures, statedRealization, type Child } from "./activity";

/** The computed (averaged) realization of a program, ignoring what the row states. */
export function programMean(children: Child[], q: Quarter, conv: Convention): number | null {
  const activities = children.filter((c) => c.row.level === "activity");
  if (activities.length > 0) {
    return mean(activities.map((a) => a.figures.realizationPct).filter((p): p is number => p !== null));
  }
  const subs = children.filter((c) => c.row.level === "subactivity");
  return subs.length > 0 ? activityMean(subs, q, conv).value : null;
}

export function computeProgram(
  row: PlanRow,
  children: Child[],
  q: Quarter,
  conv: Convention,
  scale: PredicateScaleId,
): { figures: RowFigures; mean: number | null } {
  const computedMean = programMean(children, q, conv);
  const stated = statedRealization(row, q, conv);
  const realizationPct = stated ? stated.value : computedMean;
  const realizationSource: RowFigures["realizationSource"] = stated
    ? "stated"
    : realizationPct === null
      ? null
      : "computed";
  return {
    figures: parentFigures(row, children, q, conv, scale, realizationPct, realizationSource),
    mean: computedMean,
  };
}
