/**
 * quarter-targets-vs-annual (warning): the quarterly targets fit none of the flow, level and
 * cumulative patterns. Checked on every plan row that has an annual target and quarterly targets
 * (the quarterly targets of activities and programs are only ever checked, §5.2). Points at the
 * annual target cell. Not checked when the table has target columns for only some quarters.
 */
import type { Check } from "./check";
import { FINDING_TEXT } from "../../i18n/findings";
import type { Finding } from "../types";
import { makeFinding } from "./finding";
import { planRowsOf, type CheckContext } from "./context";
import { targetPatterns } from "./target-patterns";

export function checkQuarterTargetsVsAnnual(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const row of planRowsOf(ctx)) {
    if (row.level === "group") continue;
    // Without a target column for every quarter the year's pattern cannot be judged.
    if (row.partialQuarterTargets) continue;
    const p = targetPatterns(row);
    if (!p || p.flow || p.level || p.cumulative) continue;
    out.push(
      makeFinding(
        "quarter-targets-vs-annual",
        row,
        row.annualTarget,
        FINDING_TEXT.quarterTargetsVsAnnual({ targets: p.targets, annual: p.annual, sum: p.sum, unit: row.unit }),
        p.annual,
        p.sum,
      ),
    );
  }
  return out;
}

export const quarterTargetsVsAnnualCheck: Check = { rows: checkQuarterTargetsVsAnnual };
