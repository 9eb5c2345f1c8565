/**
 * progress-without-spending (warning): performancePct ≥ 50, budget > 0 and spending to date = 0,
 * on sub-activities, activities and programs. Not raised when the row has no spending column at
 * all (spentToDate null: nothing is known about spending). Points at the spending cell.
 */
import type { Check } from "./check";
import { FINDING_TEXT } from "../../i18n/findings";
import type { Finding } from "../types";
import { makeFinding } from "./finding";
import { planRowsOf, spendingCell, type CheckContext } from "./context";

export function checkProgressWithoutSpending(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const row of planRowsOf(ctx)) {
    const { performancePct, budget, spentToDate } = row.figures;
    if (performancePct === null || !(performancePct >= 50) || budget === null || !(budget > 0) || spentToDate !== 0)
      continue;
    out.push(
      makeFinding(
        "progress-without-spending",
        row,
        spendingCell(row, ctx.quarter),
        FINDING_TEXT.progressWithoutSpending({ level: row.level, quarter: ctx.quarter, performancePct, budget }),
        null,
        performancePct,
      ),
    );
  }
  return out;
}

export const progressWithoutSpendingCheck: Check = { rows: checkProgressWithoutSpending };
