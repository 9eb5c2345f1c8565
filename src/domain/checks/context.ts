/**
 * What every check receives: the calculated rows, lookup by id, the quarter, the options, and
 * figures of any quarter 1..n under the product's convention or an alternative one (cached).
 */
import { computeQuarter, defaultConvention, planChildren, type ComputedQuarter, type Convention } from "../calc";
import type { CalculatedRow, NumCell, Options, PlanRow, Quarter, RowFigures } from "../types";
import { at, val } from "../calc/common";

export interface CheckContext {
  rows: CalculatedRow[];
  /** Rows of the plan (no total rows), computed once. */
  planRows: CalculatedRow[];
  byId: Map<number, CalculatedRow>;
  quarter: Quarter;
  options: Options;
  /** Plan children (non-total rows) of a row. */
  children(row: PlanRow): CalculatedRow[];
  /** Figures of a row for quarter q (q = n and no convention: the row's own calculated figures). */
  figures(row: PlanRow, q?: Quarter, conv?: Convention): RowFigures | null;
}

/**
 * `computedQuarters`: figures the calculation already made (product convention, quarters 1..n),
 * reused instead of computed again.
 */
export function makeContext(
  rows: CalculatedRow[],
  quarter: Quarter,
  options: Options,
  computedQuarters: ComputedQuarter[] = [],
): CheckContext {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const cache = new Map<string, ComputedQuarter>();
  const base = defaultConvention(options);
  for (const cq of computedQuarters) cache.set(`${cq.quarter}|${JSON.stringify(base)}`, cq);
  const childCache = new Map<number, CalculatedRow[]>();
  const computed = (q: Quarter, conv: Convention): ComputedQuarter => {
    const key = `${q}|${JSON.stringify(conv)}`;
    let c = cache.get(key);
    if (!c) {
      c = computeQuarter(rows, q, options, conv);
      cache.set(key, c);
    }
    return c;
  };
  return {
    rows,
    planRows: rows.filter((r) => !r.isTotal),
    byId,
    quarter,
    options,
    children: (row) => {
      let c = childCache.get(row.id);
      if (!c) childCache.set(row.id, (c = planChildren(row, byId)));
      return c;
    },
    figures: (row, q = quarter, conv) => {
      if (q === quarter && !conv) return byId.get(row.id)?.figures ?? null;
      return computed(q, conv ?? base).figures.get(row.id) ?? null;
    },
  };
}

/** The cell that holds a row's realization for quarter q (stated to-date, else latest quarterly). */
export function realizationCell(row: PlanRow, q: Quarter): NumCell | null {
  const toDate = at(row.realizationToDateStated, q);
  if (toDate && val(toDate) !== null) return toDate;
  for (let i = q; i >= 1; i--) {
    const c = at(row.quarterRealizations, i);
    if (c && val(c) !== null) return c;
  }
  return toDate ?? at(row.quarterRealizations, q);
}

/** The cell that holds a row's spending to date for quarter q (stated to-date, else latest quarterly, else budget). */
export function spendingCell(row: PlanRow, q: Quarter): NumCell | null {
  const toDate = at(row.spentToDateStated, q);
  if (toDate && val(toDate) !== null) return toDate;
  for (let i = q; i >= 1; i--) {
    const c = at(row.spentQuarters, i);
    if (c && val(c) !== null) return c;
  }
  return toDate ?? at(row.spentQuarters, q) ?? row.budget;
}

/** Rows of the plan (no total rows). */
export function planRowsOf(ctx: CheckContext): CalculatedRow[] {
  return ctx.planRows;
}

/**
 * Whether the cell in slot q of a per-quarter array is checked at quarter q. A column that names no
 * quarter ("Realisasi", "s.d.") puts one cell in every slot: it is checked once, at the quarter
 * computed (n), or at the last slot it fills when that is earlier — one finding per cell.
 */
export function checkedAt(arr: (NumCell | null)[] | undefined, q: Quarter, n: Quarter): boolean {
  const cell = at(arr, q);
  if (!cell) return false;
  const slots = ([1, 2, 3, 4] as Quarter[]).filter((i) => at(arr, i)?.cell === cell.cell);
  if (slots.length <= 1) return true;
  return q === Math.min(n, Math.max(...slots));
}
