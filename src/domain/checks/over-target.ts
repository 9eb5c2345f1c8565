/**
 * over-target: performancePct > 100 — info, warning above 150 (150 itself is info).
 * Sub-activities point at their realization cell; activities and programs at their stated
 * realization or stated % capaian cell when they have one, else at their name.
 */
import type { Check } from "./check";
import { FINDING_TEXT } from "../../i18n/findings";
import type { CalculatedRow, Finding, NumCell, Quarter } from "../types";
import { at, val } from "../calc/common";
import { findingAt, makeFinding } from "./finding";
import type { FactOf } from "../facts";
import { OVER_TARGET_WARNING_ABOVE } from "../calc/key-indicators";
import { planRowsOf, realizationCell, type CheckContext } from "./context";

export function performanceCell(row: CalculatedRow, q: Quarter): NumCell | null {
  if (row.level === "subactivity") return realizationCell(row, q) ?? at(row.statedPerformancePct, q);
  for (const c of [
    at(row.realizationToDateStated, q),
    at(row.quarterRealizations, q),
    at(row.statedPerformancePct, q),
  ]) {
    if (c && val(c) !== null) return c;
  }
  return null;
}

export function checkOverTarget(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const row of planRowsOf(ctx)) {
    const pct = row.figures.performancePct;
    if (pct === null || !(pct > 100)) continue;
    const high = pct > OVER_TARGET_WARNING_ABOVE;
    out.push(
      makeFinding(
        "over-target",
        row,
        performanceCell(row, ctx.quarter),
        FINDING_TEXT.overTarget({ level: row.level, quarter: ctx.quarter, computed: pct, high }),
        null,
        pct,
        high ? "warning" : "info",
      ),
    );
  }
  return out;
}

/** A key indicator's achievement above 100 % (warning above 150 %). */
function keyIndicatorAchievement(f: FactOf<"keyIndicatorAchievement">): Finding[] {
  const pct = f.performancePct;
  if (!(pct > 100)) return [];
  const high = pct > OVER_TARGET_WARNING_ABOVE;
  const message = FINDING_TEXT.overTarget({ level: "keyIndicator", quarter: f.quarter, computed: pct, high });
  return [findingAt("over-target", f.at, message, null, pct, high ? "warning" : "info")];
}

export const overTargetCheck: Check = { rows: checkOverTarget, facts: { keyIndicatorAchievement } };
