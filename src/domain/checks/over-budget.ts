/**
 * over-budget (error): spentToDate > budget by 1 Rupiah or more, on any plan row that has both
 * (sub-activities and the sums of activities, programs and groups). Points at the spending cell.
 *
 * One defect, one finding (domain.md §6 Precision): a parent whose overspending is no more than
 * what its over-budget children overspend only repeats them (its amounts are their sums), so it is
 * not flagged again; a parent that overspends beyond its children (a stated amount of its own) is.
 */
import type { Check } from "./check";
import { isMoneyDifferent } from "../values/rupiah";
import { FINDING_TEXT } from "../../i18n/findings";
import type { CalculatedRow, Finding } from "../types";
import { makeFinding } from "./finding";
import { planRowsOf, spendingCell, type CheckContext } from "./context";

/** Overspending of a row (spent − budget), 0 when within budget or not known. */
function excess(row: CalculatedRow): number {
  const { budget, spentToDate: spent } = row.figures;
  return budget === null || spent === null || !(spent > budget) ? 0 : spent - budget;
}

export function checkOverBudget(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const row of planRowsOf(ctx)) {
    const { budget, spentToDate: spent } = row.figures;
    if (budget === null || spent === null || !(spent > budget) || !isMoneyDifferent(spent, budget)) continue;
    const fromChildren = ctx.children(row).reduce((s, k) => s + excess(k), 0);
    if (fromChildren > 0 && !isMoneyDifferent(Math.min(spent - budget, fromChildren), spent - budget)) continue;
    out.push(
      makeFinding(
        "over-budget",
        row,
        spendingCell(row, ctx.quarter),
        FINDING_TEXT.overBudget({ level: row.level, quarter: ctx.quarter, spent, budget }),
        budget,
        spent,
      ),
    );
  }
  return out;
}

export const overBudgetCheck: Check = { rows: checkOverBudget };
