/**
 * stated-value-mismatch (warning): a percentage written in the workbook differs from the computed
 * one by 0,01 points or more, for every quarter 1..n that states one:
 * - the realization of an activity (Realisasi s.d. TW q, else Realisasi TW q) vs its realizationPct;
 * - a stated "% capaian" (statedPerformancePct) of a sub-activity, activity or program vs performancePct;
 * - a stated "% keuangan" (statedBudgetPct) vs budgetPct.
 * A program's stated realization is not compared here: it *is* the program's realization (§5.3);
 * calc raises an info finding when the mean of its activities differs. Key indicators are checked
 * in calc/key-indicators.ts (runChecks only sees plan rows).
 *
 * The message says how the value was computed and lists the known alternative conventions that
 * reproduce the stated value: averaging over all sub-activities (or only the targeted ones when
 * the option says "all"), level instead of flow, the target to date instead of the annual target,
 * capping at 100 %, the quarter's realization ÷ the quarter's target, and (for activities and
 * programs) not dividing by their own target. Stated values with nothing to compare with (the
 * computed value is null) are left to missing-target.
 */
import { pctDiffers } from "../values/round";
import { FINDING_TEXT, type AlternativeId, type PerformanceBasis } from "../../i18n/findings";
import type { CalculatedRow, Finding, Quarter, RowFigures } from "../types";
import { at, defaultConvention, quartersUpTo, val, type Convention } from "../calc/common";
import { makeFinding } from "../calc/finding";
import { qualifyingSubactivities, statedRealization } from "../calc/activity";
import type { CheckContext } from "./context";

function alternatives(ctx: CheckContext): [AlternativeId, Convention][] {
  const d = defaultConvention(ctx.options);
  return [
    d.averageOver === "targeted"
      ? ["averageAll", { ...d, averageOver: "all" }]
      : ["averageTargeted", { ...d, averageOver: "targeted" }],
    ["level", { ...d, accumulation: "level" }],
    ["toDate", { ...d, basis: "toDate" }],
    ["capped", { ...d, cap: true }],
    ["quarterTarget", { ...d, basis: "quarter" }],
    ["noOwnTarget", { ...d, ignoreOwnTarget: true }],
  ];
}

function reproducing(
  ctx: CheckContext,
  row: CalculatedRow,
  q: Quarter,
  stated: number,
  pick: (f: RowFigures) => number | null,
): AlternativeId[] {
  const out: AlternativeId[] = [];
  for (const [id, conv] of alternatives(ctx)) {
    const f = ctx.figures(row, q, conv);
    const v = f ? pick(f) : null;
    if (v !== null && !pctDiffers(stated, v)) out.push(id);
  }
  return out;
}

function performanceBasis(row: CalculatedRow, f: RowFigures): PerformanceBasis | null {
  if (row.level === "subactivity") {
    const target = val(row.annualTarget);
    if (f.realizationToDate === null || target === null) return null;
    return {
      kind: "subactivity",
      realization: f.realizationToDate,
      target,
      targetLabel: "annual",
      unit: row.unit,
      negative: row.polarity === "negative",
    };
  }
  if (f.realizationPct === null) return null;
  const t = val(row.annualTarget);
  return { kind: "parent", realizationPct: f.realizationPct, target: t !== null && t > 0 ? t : null };
}

export function checkStatedValueMismatch(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  const conv = defaultConvention(ctx.options);
  for (const row of ctx.rows) {
    if (row.isTotal) continue;
    for (const q of quartersUpTo(ctx.quarter)) {
      const f = ctx.figures(row, q);
      if (!f) continue;

      // Realization of an activity that averages its sub-activities (a leaf kegiatan states its own, in its unit).
      if (row.level === "activity" && !row.leaf && f.realizationSource === "computed" && f.realizationPct !== null) {
        const stated = statedRealization(row, q);
        if (stated && pctDiffers(stated.value, f.realizationPct)) {
          const subs = ctx.children(row).filter((c) => c.level === "subactivity");
          const count = qualifyingSubactivities(
            subs.map((s) => ({ row: s, figures: ctx.figures(s, q) ?? s.figures })),
            q,
            conv,
          ).filter((s) => s.figures.performancePct !== null).length;
          out.push(
            makeFinding(
              "stated-value-mismatch",
              row,
              stated.cell,
              FINDING_TEXT.statedParentRealization({
                level: "activity",
                quarter: q,
                stated: stated.value,
                computed: f.realizationPct,
                count,
                averageOver: conv.averageOver,
                alternatives: reproducing(ctx, row, q, stated.value, (g) => g.realizationPct),
              }),
              stated.value,
              f.realizationPct,
            ),
          );
        }
      }

      // Stated % capaian kinerja.
      const perfCell = at(row.statedPerformancePct, q);
      const statedPerf = val(perfCell);
      if (
        row.level !== "group" &&
        statedPerf !== null &&
        f.performancePct !== null &&
        pctDiffers(statedPerf, f.performancePct)
      ) {
        const basis = performanceBasis(row, f);
        if (basis) {
          out.push(
            makeFinding(
              "stated-value-mismatch",
              row,
              perfCell,
              FINDING_TEXT.statedPerformance({
                level: row.level,
                quarter: q,
                stated: statedPerf,
                computed: f.performancePct,
                basis,
                alternatives: reproducing(ctx, row, q, statedPerf, (g) => g.performancePct),
              }),
              statedPerf,
              f.performancePct,
            ),
          );
        }
      }

      // Stated % capaian keuangan.
      const budgetCell = at(row.statedBudgetPct, q);
      const statedBudget = val(budgetCell);
      if (
        statedBudget !== null &&
        f.budgetPct !== null &&
        f.budget !== null &&
        f.spentToDate !== null &&
        pctDiffers(statedBudget, f.budgetPct)
      ) {
        out.push(
          makeFinding(
            "stated-value-mismatch",
            row,
            budgetCell,
            FINDING_TEXT.statedBudgetPct({
              level: row.level,
              quarter: q,
              stated: statedBudget,
              computed: f.budgetPct,
              spent: f.spentToDate,
              budget: f.budget,
            }),
            statedBudget,
            f.budgetPct,
          ),
        );
      }
    }
  }
  return out;
}
