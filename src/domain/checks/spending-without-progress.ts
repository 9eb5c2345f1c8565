/**
 * spending-without-progress (warning): a sub-activity with target to date > 0, realization to
 * date = 0 (the realization columns exist but are empty or 0) and spending to date > 0.
 */
import type { Check } from "./check";
import { FINDING_TEXT } from "../../i18n/findings";
import type { Finding } from "../types";
import { makeFinding } from "./finding";
import { planRowsOf, realizationCell, type CheckContext } from "./context";

export function checkSpendingWithoutProgress(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const row of planRowsOf(ctx)) {
    if (row.level !== "subactivity") continue;
    const { targetToDate, realizationToDate, spentToDate } = row.figures;
    if (
      targetToDate === null ||
      !(targetToDate > 0) ||
      realizationToDate !== 0 ||
      spentToDate === null ||
      !(spentToDate > 0)
    )
      continue;
    out.push(
      makeFinding(
        "spending-without-progress",
        row,
        realizationCell(row, ctx.quarter),
        FINDING_TEXT.spendingWithoutProgress({
          quarter: ctx.quarter,
          spent: spentToDate,
          targetToDate,
          unit: row.unit,
        }),
        null,
        spentToDate,
      ),
    );
  }
  return out;
}

export const spendingWithoutProgressCheck: Check = { rows: checkSpendingWithoutProgress };
