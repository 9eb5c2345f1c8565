/**
 * over-budget (error): spentToDate > budget by 1 Rupiah or more, on any plan row that has both
 * (sub-activities and the sums of activities, programs and groups). Points at the spending cell.
 */
import { isMoneyDifferent } from "../values/rupiah";
import { FINDING_TEXT } from "../../i18n/findings";
import type { Finding } from "../types";
import { makeFinding } from "../calc/finding";
import { planRowsOf, spendingCell, type CheckContext } from "./context";

export function checkOverBudget(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const row of planRowsOf(ctx)) {
    const { budget, spentToDate: spent } = row.figures;
    if (budget === null || spent === null || !(spent > budget) || !isMoneyDifferent(spent, budget)) continue;
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
