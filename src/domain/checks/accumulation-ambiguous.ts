/**
 * accumulation-ambiguous (warning): a sub-activity without an explicit accumulation whose
 * quarterly targets fit the level or cumulative pattern but not the flow pattern, where summing
 * and taking the latest realization give different realizations to date for quarter n.
 *
 * Decision: not raised when the row states its realization to date ("Realisasi s.d. TW n"): that
 * value is used as it is, so the accumulation does not change the result.
 */
import type { Check } from "./check";
import { FINDING_TEXT } from "../../i18n/findings";
import type { Finding } from "../types";
import { achievement, at, val } from "../calc/common";
import { makeFinding } from "./finding";
import { quarterlyRealizationToDate } from "../calc/subactivity";
import { planRowsOf, realizationCell, type CheckContext } from "./context";
import { targetPatterns } from "./target-patterns";

export function checkAccumulationAmbiguous(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  const n = ctx.quarter;
  for (const row of planRowsOf(ctx)) {
    if (row.level !== "subactivity" || row.accumulation !== null) continue;
    if (val(at(row.realizationToDateStated, n)) !== null) continue;
    const p = targetPatterns(row);
    if (!p || p.flow || !(p.level || p.cumulative)) continue;
    const flow = quarterlyRealizationToDate(row, n, "flow");
    const level = quarterlyRealizationToDate(row, n, "level");
    if (flow === null || level === null || flow === level) continue;
    const negative = row.polarity === "negative";
    const annual = val(row.annualTarget);
    out.push(
      makeFinding(
        "accumulation-ambiguous",
        row,
        realizationCell(row, n),
        FINDING_TEXT.accumulationAmbiguous({
          quarter: n,
          pattern: p.level ? "level" : "cumulative",
          flow,
          level,
          flowPct: achievement(flow, annual, negative),
          levelPct: achievement(level, annual, negative),
          unit: row.unit,
        }),
        null,
        flow,
      ),
    );
  }
  return out;
}

export const accumulationAmbiguousCheck: Check = { rows: checkAccumulationAmbiguous };
