/**
 * missing-target (warning): a sub-activity has a realization (quarters 1..n or stated to date) but
 * no annual target (empty or 0), so its performancePct is null (§5.1). Activities and programs
 * default to a 100 % target and never miss one.
 *
 * Decisions: a written 0 counts as a realization only on a negative indicator (elsewhere it is
 * "nothing yet"); the finding points at the (empty) annual target cell when the column exists,
 * where the user has to act, else at the realization cell.
 */
import type { Check } from "./check";
import { FINDING_TEXT } from "../../i18n/findings";
import type { Finding } from "../types";
import { accumulationOf, defaultConvention, val } from "../calc/common";
import { findingAt, makeFinding } from "./finding";
import type { FactOf } from "../facts";
import { realizationToDate } from "../calc/subactivity";
import { planRowsOf, realizationCell, type CheckContext } from "./context";

export function checkMissingTarget(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  const conv = defaultConvention(ctx.options);
  for (const row of planRowsOf(ctx)) {
    if (row.level !== "subactivity") continue;
    const annual = val(row.annualTarget);
    if (annual !== null && annual > 0) continue;
    const real = realizationToDate(row, ctx.quarter, accumulationOf(row, conv));
    if (!real.has || real.value === null || (real.value === 0 && row.polarity !== "negative")) continue;
    out.push(
      makeFinding(
        "missing-target",
        row,
        row.annualTarget ?? realizationCell(row, ctx.quarter),
        FINDING_TEXT.missingTarget({ level: row.level, realization: real.value, unit: row.unit }),
        null,
        real.value,
      ),
    );
  }
  return out;
}

/** A key indicator with a realization but no (positive) target (calculation). */
function keyIndicatorNoTarget(f: FactOf<"keyIndicatorNoTarget">): Finding[] {
  const message = FINDING_TEXT.missingTarget({ level: "keyIndicator", realization: f.realization, unit: f.unit });
  return [findingAt("missing-target", f.at, message, null, f.realization)];
}

export const missingTargetCheck: Check = { rows: checkMissingTarget, facts: { keyIndicatorNoTarget } };
