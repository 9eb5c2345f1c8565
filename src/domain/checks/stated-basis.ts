/**
 * Which divisor a sub-activity's stated `% capaian` column follows, from the workbook's own numbers
 * (domain.md §6 Precision): the annual target (§5.1, the default) or the target to date. A stated
 * value votes when it reproduces one and not the other (within 0,01 points); the target to date is
 * taken only with strictly more votes, and at least two (one value is a row's slip, not a convention). Then stated values are compared with that figure and the
 * choice is said once (a `layout` info); `performancePct` itself stays against the annual target.
 */
import { STATED_BASIS_TEXT } from "../../i18n/conventions";
import { pctDiffers } from "../values/round";
import type { CalculatedRow, Finding } from "../types";
import { at, defaultConvention, quartersUpTo, val } from "../calc/common";
import { checkedAt, type CheckContext } from "./context";
import { findingAt } from "./finding";

export interface StatedBasis {
  value: "annual" | "toDate";
  votes: { annual: number; toDate: number };
  /** The first stated value that voted for the target to date (where the info points). */
  first: { row: CalculatedRow; cell: string } | null;
}

/** The sub-activity's performance % against its target to date for quarter q (null when none). */
export function toDatePerformance(ctx: CheckContext, row: CalculatedRow, q: 1 | 2 | 3 | 4): number | null {
  return ctx.figures(row, q, { ...defaultConvention(ctx.options), basis: "toDate" })?.performancePct ?? null;
}

const memo = new WeakMap<CheckContext, StatedBasis>();

export function statedBasis(ctx: CheckContext): StatedBasis {
  const known = memo.get(ctx);
  if (known) return known;
  const votes = { annual: 0, toDate: 0 };
  let first: StatedBasis["first"] = null;
  for (const row of ctx.planRows) {
    if (row.level !== "subactivity") continue;
    for (const q of quartersUpTo(ctx.quarter)) {
      const cell = at(row.statedPerformancePct, q);
      const stated = val(cell);
      if (stated === null || !cell || !checkedAt(row.statedPerformancePct, q, ctx.quarter)) continue;
      const annual = ctx.figures(row, q)?.performancePct ?? null;
      const toDate = toDatePerformance(ctx, row, q);
      const byAnnual = annual !== null && !pctDiffers(stated, annual);
      const byToDate = toDate !== null && !pctDiffers(stated, toDate);
      if (byAnnual && !byToDate) votes.annual++;
      if (byToDate && !byAnnual) {
        votes.toDate++;
        first ??= { row, cell: cell.cell };
      }
    }
  }
  const result: StatedBasis = {
    value: votes.toDate > votes.annual && votes.toDate >= 2 ? "toDate" : "annual",
    votes,
    first,
  };
  memo.set(ctx, result);
  return result;
}

/** The `layout` info saying the workbook's `% capaian` follows the target to date. */
export function checkStatedBasis(ctx: CheckContext): Finding[] {
  const b = statedBasis(ctx);
  if (b.value !== "toDate" || !b.first) return [];
  const { row, cell } = b.first;
  const at = { sheet: row.sheet, row: row.row, cell, code: row.code, name: row.name };
  const message = STATED_BASIS_TEXT.toDate({ for: b.votes.toDate, against: b.votes.annual });
  return [findingAt("layout", at, message, null, null, "info")];
}
