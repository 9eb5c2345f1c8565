/**
 * Conventions taken from the workbook's own numbers (domain.md §6 "Precision"): where a convention
 * is open, the one the workbook's stated values follow in most rows is used, reported once (a
 * `layout` info, see layout.ts) and only the rows that depart from it are flagged.
 *
 * Open conventions decided here, from the realizations activity rows state for quarters 1..n:
 * - the activity's realization is the mean over sub-activities with a target to date (`targeted`,
 *   domain.md §5.2 default) or over all sub-activities with an annual target (`all`);
 * - the quarter columns (TW q) of activity rows hold the value to date (default) or that quarter's
 *   value only (Form E.81 columns 8–11: the to-date value is column 12 = Σ).
 *
 * Decisions:
 * - A stated value votes for a reading only when it reproduces that reading and not the other one
 *   (within 0,01 points); values both or neither reproduce do not vote.
 * - The alternative is taken only when it has strictly more votes than the default; otherwise the
 *   default (the user's `averageOver` option, "to date") stays.
 * - A quarter's own value of an activity is the mean, over the same sub-activities, of their
 *   realization in that quarter ÷ annual target × 100 (flow); for a level indicator its value to
 *   date ÷ annual target × 100 (a level has no per-quarter increment).
 * - `%` as a fraction or × 100 is settled per column when the values are read
 *   (values/percent-column.ts); E.81 `%` sub-columns are checked against `K` in
 *   stated-value-mismatch.ts. The budget with / without `Modal` belongs to the readers of spending
 *   groups.
 */
import { pctDiffers } from "../values/round";
import type { AverageOver, Options, PlanRow, Quarter, RowFigures } from "../types";
import { computeQuarter, planChildren, type ComputedQuarter } from "../calc/figures";
import { accumulationOf, at, defaultConvention, mean, quartersUpTo, val, type Convention } from "../calc/common";
import { qualifyingSubactivities, statedRealization, type Child } from "../calc/activity";

export type ParentQuarterValues = "toDate" | "quarter";

export interface DetectedConventions {
  averageOver: AverageOver;
  parentQuarterValues: ParentQuarterValues;
  votes: {
    averageOver: Record<AverageOver, number>;
    parentQuarterValues: Record<ParentQuarterValues, number>;
  };
}

/** A sub-activity's achievement in quarter q alone (see the decisions above). */
export function quarterOnlyPct(sub: PlanRow, q: Quarter, figures: RowFigures | null, conv: Convention): number | null {
  const annual = val(sub.annualTarget);
  if (annual === null || !(annual > 0)) return null;
  if (accumulationOf(sub, conv) === "level" || sub.polarity === "negative") return figures?.performancePct ?? null;
  return ((val(at(sub.quarterRealizations, q)) ?? 0) / annual) * 100;
}

/** Mean over the activity's qualifying sub-activities of their achievement in quarter q alone. */
export function activityQuarterMean(
  subs: PlanRow[],
  q: Quarter,
  conv: Convention,
  figuresOf: (row: PlanRow) => RowFigures | null,
): number | null {
  const children: Child[] = subs.map((s) => ({ row: s, figures: figuresOf(s)! })).filter((c) => c.figures);
  const pcts = qualifyingSubactivities(children, q, conv)
    .map((c) => quarterOnlyPct(c.row, q, c.figures, conv))
    .filter((p): p is number => p !== null);
  return mean(pcts);
}

export function detectConventions(rows: PlanRow[], n: Quarter, options: Options): DetectedConventions {
  const votes: DetectedConventions["votes"] = {
    averageOver: { targeted: 0, all: 0 },
    parentQuarterValues: { toDate: 0, quarter: 0 },
  };
  const byId = new Map(rows.map((r) => [r.id, r]));
  const activities = rows.filter((r) => !r.isTotal && r.level === "activity");
  const withStated = activities.filter((a) => quartersUpTo(n).some((q) => statedRealization(a, q) !== null));
  if (withStated.length > 0) {
    const base = defaultConvention({ ...options, parentQuarterValues: undefined });
    const convs: Record<AverageOver, Convention> = {
      targeted: { ...base, averageOver: "targeted" },
      all: { ...base, averageOver: "all" },
    };
    const cache = new Map<string, ComputedQuarter>();
    const computed = (q: Quarter, avg: AverageOver) => {
      const key = `${q}|${avg}`;
      if (!cache.has(key)) cache.set(key, computeQuarter(rows, q, options, convs[avg]));
      return cache.get(key)!;
    };
    for (const a of withStated) {
      const subs = planChildren(a, byId).filter((c) => c.level === "subactivity");
      if (subs.length === 0) continue;
      for (const q of quartersUpTo(n)) {
        const stated = statedRealization(a, q);
        if (!stated) continue;
        const fromToDateColumn = val(at(a.realizationToDateStated, q)) !== null;
        const matches: { avg: AverageOver; pq: ParentQuarterValues }[] = [];
        for (const avg of ["targeted", "all"] as AverageOver[]) {
          const cq = computed(q, avg);
          const toDate = cq.figures.get(a.id)?.realizationPct ?? null;
          if (toDate !== null && !pctDiffers(stated.value, toDate)) matches.push({ avg, pq: "toDate" });
          if (fromToDateColumn || q === 1) continue; // TW I alone is also TW I to date
          const quarter = activityQuarterMean(subs, q, convs[avg], (s) => cq.figures.get(s.id) ?? null);
          if (quarter !== null && !pctDiffers(stated.value, quarter)) matches.push({ avg, pq: "quarter" });
        }
        const avgs = new Set(matches.map((m) => m.avg));
        if (avgs.size === 1) votes.averageOver[[...avgs][0]]++;
        const pqs = new Set(matches.map((m) => m.pq));
        if (pqs.size === 1 && !fromToDateColumn && q > 1) votes.parentQuarterValues[[...pqs][0]]++;
      }
    }
  }
  const other: AverageOver = options.averageOver === "all" ? "targeted" : "all";
  return {
    averageOver: votes.averageOver[other] > votes.averageOver[options.averageOver] ? other : options.averageOver,
    parentQuarterValues: votes.parentQuarterValues.quarter > votes.parentQuarterValues.toDate ? "quarter" : "toDate",
    votes,
  };
}
