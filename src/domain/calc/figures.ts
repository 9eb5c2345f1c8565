/**
 * Figures of every plan row for one quarter under one convention (children before parents).
 * Used by `calculate` (product convention) and by the checks (earlier quarters, alternatives).
 *
 * Rows with `isTotal` are not plan rows: their figures are all null; they are never children.
 * Children are taken from `childIds` (the model resolved them); ids that do not resolve are ignored.
 */
import type { Options, PlanRow, Quarter, RowFigures } from "../types";
import { defaultConvention, type Convention } from "./common";
import { computeActivity, type Child } from "./activity";
import { computeGroup } from "./group";
import { computeProgram } from "./program";
import { computeSubactivity } from "./subactivity";
import { predicateFor } from "./predicate";

/**
 * Figures of one quarter under one convention, computed on demand (a row and the subtree below it)
 * and memoised: the checks ask for earlier quarters and alternative conventions of a few rows only.
 */
export interface ComputedQuarter {
  quarter: Quarter;
  figures: { get(id: number): RowFigures | undefined };
  /** Programs: the mean of their activities' realizations (whether or not a stated value won). */
  programMeans: { get(id: number): number | null | undefined };
}

export function emptyFigures(): RowFigures {
  return {
    targetToDate: null,
    realizationToDate: null,
    realizationPct: null,
    realizationSource: null,
    performancePct: null,
    performanceToDatePct: null,
    budget: null,
    spentToDate: null,
    budgetPct: null,
    remaining: null,
    predicate: null,
    accumulation: "flow",
  };
}

/** Plan children (non-total rows) of a row, in childIds order. */
export function planChildren<R extends PlanRow>(row: PlanRow, byId: Map<number, R>): R[] {
  const out: R[] = [];
  for (const id of row.childIds) {
    const c = byId.get(id);
    if (c && !c.isTotal && c.id !== row.id) out.push(c);
  }
  return out;
}

export function computeQuarter(
  rows: PlanRow[],
  q: Quarter,
  options: Pick<Options, "averageOver" | "predicateScale">,
  conv: Convention = defaultConvention(options),
): ComputedQuarter {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const figures = new Map<number, RowFigures>();
  const programMeans = new Map<number, number | null>();
  const inProgress = new Set<number>();

  const compute = (row: PlanRow): RowFigures => {
    const done = figures.get(row.id);
    if (done) return done;
    if (row.isTotal || inProgress.has(row.id)) return emptyFigures();
    inProgress.add(row.id);
    let f: RowFigures;
    if (row.level === "subactivity") {
      f = computeSubactivity(row, q, conv);
    } else if (row.leaf && row.level === "activity") {
      // A leaf kegiatan (no sub kegiatan level in the table): its own target and realization.
      const own = computeSubactivity(row, q, conv);
      const pct = own.performancePct;
      f = { ...own, realizationPct: pct, realizationSource: pct === null ? null : "computed" };
      f.predicate = predicateFor(pct, options.predicateScale);
    } else {
      const children: Child[] = planChildren(row, byId).map((c) => ({ row: c, figures: compute(c) }));
      if (row.level === "activity") f = computeActivity(row, children, q, conv, options.predicateScale);
      else if (row.level === "program") {
        const p = computeProgram(row, children, q, conv, options.predicateScale);
        programMeans.set(row.id, p.mean);
        f = p.figures;
      } else f = computeGroup(row, children, q, conv);
    }
    inProgress.delete(row.id);
    figures.set(row.id, f);
    return f;
  };

  const get = (id: number): RowFigures | undefined => {
    const row = byId.get(id);
    return row ? compute(row) : undefined;
  };
  return {
    quarter: q,
    figures: { get },
    programMeans: {
      get: (id) => {
        get(id);
        return programMeans.get(id);
      },
    },
  };
}
