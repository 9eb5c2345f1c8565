/**
 * Small helpers shared by the calculation files (reading NumCells, quarter ranges, conventions).
 *
 * A `Convention` describes *how* figures are computed. The product's own convention is
 * `defaultConvention(options)`; the stated-value check recomputes everything under a few
 * alternative conventions (average over all sub-activities, level instead of flow, …) to tell
 * the user which convention reproduces a stated percentage.
 */
import type { Accumulation, AverageOver, NumCell, Options, PlanRow, Quarter } from "../types";

/** Finite value of a cell, or null (no cell, empty, "-", malformed, error). */
export function val(c: NumCell | null | undefined): number | null {
  const v = c?.value;
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}

/** The cell at index q-1 of a per-quarter array (arrays may be shorter than 4). */
export function at<T>(arr: (T | null)[] | undefined, q: number): T | null {
  return arr?.[q - 1] ?? null;
}

/** Values of quarters 1..q of a per-quarter array (null where there is no value). */
export function upTo(arr: (NumCell | null)[] | undefined, q: number): (number | null)[] {
  const out: (number | null)[] = [];
  for (let i = 1; i <= q; i++) out.push(val(at(arr, i)));
  return out;
}

/** True when any of quarters 1..q has a cell (the column exists), even an empty one. */
export function hasColumnUpTo(arr: (NumCell | null)[] | undefined, q: number): boolean {
  for (let i = 1; i <= q; i++) if (at(arr, i)) return true;
  return false;
}

export const QUARTERS: readonly Quarter[] = [1, 2, 3, 4];

export function quartersUpTo(n: Quarter): Quarter[] {
  return QUARTERS.filter((q) => q <= n);
}

export type PctBasis = "annual" | "toDate" | "quarter";

export interface Convention {
  /** Which sub-activities an activity averages over. */
  averageOver: AverageOver;
  /** When set, used instead of the default (flow) for rows without an explicit accumulation. */
  accumulation?: Accumulation;
  /** Divisor of a sub-activity's performancePct: annual target (spec), target to date, or the quarter's own target. */
  basis: PctBasis;
  /** Cap sub-activity performancePct at 100 (never done by the product; only an alternative). */
  cap: boolean;
  /** Activity / program performancePct = realizationPct (own annual target ignored; alternative only). */
  ignoreOwnTarget?: boolean;
  /** Quarter columns of activity / program rows hold that quarter's value (stated to date = Σ 1..q). */
  parentQuarterValues?: "quarter";
}

export function defaultConvention(options: Pick<Options, "averageOver" | "parentQuarterValues">): Convention {
  const conv: Convention = { averageOver: options.averageOver, basis: "annual", cap: false };
  if (options.parentQuarterValues === "quarter") conv.parentQuarterValues = "quarter";
  return conv;
}

/** Accumulation actually used for a row under a convention. */
export function accumulationOf(row: PlanRow, conv: Convention): Accumulation {
  return row.accumulation ?? conv.accumulation ?? "flow";
}

export function mean(xs: number[]): number | null {
  if (xs.length === 0) return null;
  let s = 0;
  for (const x of xs) s += x;
  return s / xs.length;
}

/** Performance of a realization against a target, by polarity (domain.md §5.1). Null when target ≤ 0. */
export function achievement(realization: number, target: number | null, negative: boolean): number | null {
  if (target === null || !(target > 0)) return null;
  if (!negative) return (realization / target) * 100;
  return Math.max(0, ((2 * target - realization) / target) * 100);
}
