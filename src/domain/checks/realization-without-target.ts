/**
 * realization-without-target (info): a sub-activity has a (non-zero) realization in a quarter
 * 1..n whose target is empty or 0.
 *
 * Decision: only for sub-activities whose quarterly targets are filled in at all (a plan without a
 * quarterly breakdown would flag every realization), and a written 0 is not a realization.
 */
import type { Check } from "./check";
import { FINDING_TEXT } from "../../i18n/findings";
import type { Finding } from "../types";
import { at, quartersUpTo, val } from "../calc/common";
import { makeFinding } from "./finding";
import { hasQuarterTargets } from "../calc/subactivity";
import { planRowsOf, type CheckContext } from "./context";

export function checkRealizationWithoutTarget(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const row of planRowsOf(ctx)) {
    if (row.level !== "subactivity" || !hasQuarterTargets(row)) continue;
    for (const q of quartersUpTo(ctx.quarter)) {
      const cell = at(row.quarterRealizations, q);
      const r = val(cell);
      if (r === null || r === 0) continue;
      const t = val(at(row.quarterTargets, q));
      if (t !== null && t !== 0) continue;
      out.push(
        makeFinding(
          "realization-without-target",
          row,
          cell,
          FINDING_TEXT.realizationWithoutTarget({ quarter: q, realization: r, unit: row.unit }),
          r,
          null,
        ),
      );
    }
  }
  return out;
}

export const realizationWithoutTargetCheck: Check = { rows: checkRealizationWithoutTarget };
