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
import type { Check } from "./check";
import { pctDiffers } from "../values/round";
import { FINDING_TEXT, type AlternativeId, type PerformanceBasis } from "../../i18n/findings";
import { CONVENTION_TEXT } from "../../i18n/conventions";
import { isMoneyDifferent } from "../values/rupiah";
import { ownSpentToDate } from "../calc/subactivity";
import type { CalculatedRow, Finding, PlanRow, Quarter, RowFigures } from "../types";
import { at, defaultConvention, quartersUpTo, val, type Convention } from "../calc/common";
import { findingAt, makeFinding } from "./finding";
import type { FactOf } from "../facts";
import { layoutText } from "../../i18n/layout";
import { qualifyingSubactivities, statedRealization } from "../calc/activity";
import { checkedAt, type CheckContext } from "./context";
import { activityQuarterMean, quarterOnlyPct } from "./conventions";
import { statedBasis, toDatePerformance } from "./stated-basis";

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

/** Quantities tolerance for K against `%` × target: `%` is often rounded to whole points. */
function progressTolerance(target: number): number {
  return Math.max(0.01, target * 0.01);
}

/** What a sub-activity's `%` sub-columns say its K for quarter q should be, or null. */
function expectedFromProgress(
  row: PlanRow,
  q: Quarter,
): { expected: number; stated: number; progress: number; previous: number | null; target: number } | null {
  const target = val(row.annualTarget);
  const progress = val(at(row.progressPct, q));
  const k = at(row.quarterRealizations, q);
  if (target === null || !(target > 0) || progress === null || !k) return null;
  const stated = val(k) ?? 0;
  if (row.accumulation === "level")
    return { expected: (progress * target) / 100, stated, progress, previous: null, target };
  const previous = q === 1 ? 0 : val(at(row.progressPct, q - 1));
  if (previous !== null)
    return {
      expected: ((progress - previous) * target) / 100,
      stated,
      progress,
      previous: q === 1 ? null : previous,
      target,
    };
  // No `%` for the quarter before: the K values to date against the cumulative `%`.
  let before = 0;
  for (let i = 1; i < q; i++) before += val(at(row.quarterRealizations, i)) ?? 0;
  return { expected: (progress * target) / 100 - before, stated, progress, previous: null, target };
}

/**
 * A flow row's K values to date against its cumulative `%` for quarter q. One wrong `%` of an earlier
 * quarter breaks that quarter and the difference for the next one; the K values to date still agree
 * with the later `%`, so the later quarter is not flagged again (one defect, one finding).
 */
function cumulativeAgrees(row: PlanRow, q: Quarter, e: { progress: number; target: number }): boolean {
  if (row.accumulation === "level" || q === 1) return false;
  let toDate = 0;
  for (let i = 1; i <= q; i++) toDate += val(at(row.quarterRealizations, i as Quarter)) ?? 0;
  return Math.abs(toDate - (e.progress * e.target) / 100) <= progressTolerance(e.target);
}

function progressMismatch(row: CalculatedRow, q: Quarter): Finding | null {
  const e = expectedFromProgress(row, q);
  if (!e || Math.abs(e.stated - e.expected) <= progressTolerance(e.target)) return null;
  if (cumulativeAgrees(row, q, e)) return null;
  return makeFinding(
    "stated-value-mismatch",
    row,
    at(row.quarterRealizations, q),
    CONVENTION_TEXT.progressMismatch({ quarter: q, ...e, unit: row.unit }),
    e.stated,
    e.expected,
  );
}

/** A sub-activity's achievement as its `%` sub-columns state it (to date, or the quarter alone). */
function progressPct(row: PlanRow, q: Quarter, quarterOnly: boolean): number | null {
  const p = val(at(row.progressPct, q));
  if (p === null) return null;
  if (!quarterOnly || row.accumulation === "level") return p;
  const previous = q === 1 ? 0 : val(at(row.progressPct, q - 1));
  return previous === null ? null : p - previous;
}

/**
 * The activity's stated value is what its sub-activities' `%` sub-columns give, and some sub-activity's
 * K disagrees with its `%`: the cause is flagged at that K cell, not again at the activity.
 */
function explainedByProgress(
  ctx: CheckContext,
  subs: CalculatedRow[],
  q: Quarter,
  conv: Convention,
  stated: number,
  quarterOnly: boolean,
): boolean {
  const broken = subs.some((s) => quartersUpTo(q).some((i) => progressMismatch(s, i) !== null));
  if (!broken) return false;
  const children = subs.map((s) => ({ row: s as PlanRow, figures: ctx.figures(s, q) ?? s.figures }));
  const pcts = qualifyingSubactivities(children, q, conv).map((c) => {
    const p = progressPct(c.row, q, quarterOnly);
    if (p !== null) return p;
    return quarterOnly ? quarterOnlyPct(c.row, q, c.figures, conv) : c.figures.performancePct;
  });
  if (pcts.some((p) => p === null) || pcts.length === 0) return false;
  const alt = pcts.reduce<number>((a, b) => a + b!, 0) / pcts.length;
  return !pctDiffers(stated, alt);
}

/**
 * A parent's stated % keuangan that is its *own* stated spending ÷ its own stated budget, where those
 * amounts differ from the bottom-up sums: the % follows from a wrong amount, which sum-mismatch flags
 * (at the row, or at the child whose wrong amount the row's =SUM repeats) — one defect, one finding.
 */
function followsOwnWrongMoney(row: CalculatedRow, q: Quarter, stated: number, f: RowFigures): boolean {
  if (row.level === "subactivity") return false;
  const budget = val(row.budget);
  const spent = ownSpentToDate(row, q);
  if (budget === null || !(budget > 0) || spent === null) return false;
  if (!isMoneyDifferent(budget, f.budget ?? 0) && !isMoneyDifferent(spent, f.spentToDate ?? 0)) return false;
  return !pctDiffers(stated, (spent / budget) * 100);
}

function activityRealization(
  ctx: CheckContext,
  row: CalculatedRow,
  q: Quarter,
  realizationPct: number,
  conv: Convention,
): Finding | null {
  const stated = statedRealization(row, q, conv);
  if (!stated) return null;
  const toDateCell = at(row.realizationToDateStated, q);
  if (toDateCell?.cell === stated.cell && !checkedAt(row.realizationToDateStated, q, ctx.quarter)) return null;
  const subs = ctx.children(row).filter((c) => c.level === "subactivity");
  const figuresOf = (s: PlanRow) => ctx.figures(s, q);
  const quarterOnly = stated.quarterOnly !== undefined;
  const statedValue = quarterOnly ? stated.quarterOnly! : stated.value;
  const computed = quarterOnly ? activityQuarterMean(subs, q, conv, figuresOf) : realizationPct;
  if (computed === null || !pctDiffers(statedValue, computed)) return null;
  if (explainedByProgress(ctx, subs, q, conv, statedValue, quarterOnly)) return null;
  const count = qualifyingSubactivities(
    subs.map((s) => ({ row: s, figures: figuresOf(s) ?? s.figures })),
    q,
    conv,
  ).filter((s) => s.figures.performancePct !== null).length;
  // The other reading of the quarter columns (that quarter alone / to date) reproduces the value.
  const fromQuarterColumn = val(at(row.realizationToDateStated, q)) === null && q > 1;
  let other = "";
  if (fromQuarterColumn && quarterOnly && !pctDiffers(statedValue, realizationPct))
    other = CONVENTION_TEXT.otherQuarterReading(q, false);
  if (fromQuarterColumn && !quarterOnly) {
    const alone = activityQuarterMean(subs, q, conv, figuresOf);
    if (alone !== null && !pctDiffers(statedValue, alone)) other = CONVENTION_TEXT.otherQuarterReading(q, true);
  }
  const alternatives = quarterOnly ? [] : reproducing(ctx, row, q, stated.value, (g) => g.realizationPct);
  const inputs =
    other === "" && alternatives.length === 0
      ? CONVENTION_TEXT.inputsToCheck(
          q,
          subs.map((s) => s.row),
        )
      : "";
  const message = quarterOnly
    ? CONVENTION_TEXT.statedQuarterOnly({ quarter: q, stated: statedValue, computed, count })
    : FINDING_TEXT.statedParentRealization({
        level: "activity",
        quarter: q,
        stated: stated.value,
        computed,
        count,
        averageOver: conv.averageOver,
        alternatives,
      });
  return makeFinding("stated-value-mismatch", row, stated.cell, message + other + inputs, statedValue, computed);
}

/** The workbook's `% capaian` follows the target to date (stated-basis.ts) and this value does too. */
function followsToDateBasis(ctx: CheckContext, row: CalculatedRow, q: Quarter, stated: number): boolean {
  if (row.level !== "subactivity" || statedBasis(ctx).value !== "toDate") return false;
  const toDate = toDatePerformance(ctx, row, q);
  return toDate !== null && !pctDiffers(stated, toDate);
}

function toDateComparison(
  ctx: CheckContext,
  row: CalculatedRow,
  q: Quarter,
  f: RowFigures,
): { basis: PerformanceBasis; computed: number } | null {
  if (row.level !== "subactivity" || statedBasis(ctx).value !== "toDate") return null;
  const computed = toDatePerformance(ctx, row, q);
  if (computed === null || f.realizationToDate === null || f.targetToDate === null) return null;
  const basis: PerformanceBasis = {
    kind: "subactivity",
    realization: f.realizationToDate,
    target: f.targetToDate,
    targetLabel: "toDate",
    unit: row.unit,
    negative: row.polarity === "negative",
  };
  return { basis, computed };
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
        const finding = activityRealization(ctx, row, q, f.realizationPct, conv);
        if (finding) out.push(finding);
      }

      // Form E.81: a sub-activity's K against its `%` sub-column × target.
      if (row.level === "subactivity") {
        const finding = progressMismatch(row, q);
        if (finding) out.push(finding);
      }

      // Stated % capaian kinerja.
      const perfCell = at(row.statedPerformancePct, q);
      const statedPerf = val(perfCell);
      if (
        row.level !== "group" &&
        statedPerf !== null &&
        checkedAt(row.statedPerformancePct, q, ctx.quarter) &&
        f.performancePct !== null &&
        pctDiffers(statedPerf, f.performancePct) &&
        !followsToDateBasis(ctx, row, q, statedPerf)
      ) {
        // Under the workbook's to-date convention the departing value is compared with that figure.
        const toDate = toDateComparison(ctx, row, q, f);
        const basis = toDate?.basis ?? performanceBasis(row, f);
        const computed = toDate?.computed ?? f.performancePct;
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
                computed,
                basis,
                alternatives: toDate ? [] : reproducing(ctx, row, q, statedPerf, (g) => g.performancePct),
              }),
              statedPerf,
              computed,
            ),
          );
        }
      }

      // Stated % capaian keuangan.
      const budgetCell = at(row.statedBudgetPct, q);
      const statedBudget = val(budgetCell);
      if (
        statedBudget !== null &&
        checkedAt(row.statedBudgetPct, q, ctx.quarter) &&
        f.budgetPct !== null &&
        f.budget !== null &&
        f.spentToDate !== null &&
        pctDiffers(statedBudget, f.budgetPct) &&
        !followsOwnWrongMoney(row, q, statedBudget, f)
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

/** A header naming another year than the report's (detection): an info on the header cell. */
function headerYear(f: FactOf<"headerYear">): Finding[] {
  return [
    findingAt(
      "stated-value-mismatch",
      f.at,
      layoutText.headerYear(f.header, f.year, f.reportYear),
      f.year,
      f.reportYear,
      "info",
    ),
  ];
}

/** A program's stated realization against the mean of its activities (calculation): an info. */
function programMean(f: FactOf<"programMean">): Finding[] {
  if (!pctDiffers(f.stated, f.mean)) return [];
  const message = (f.quarterOnly ? CONVENTION_TEXT.programQuarterSum : FINDING_TEXT.programRealizationDiffers)({
    quarter: f.quarter,
    stated: f.stated,
    computed: f.mean,
    count: f.count,
  });
  return [findingAt("stated-value-mismatch", f.at, message, f.stated, f.mean, "info")];
}

/** A key indicator's stated realization against numerator ÷ denominator. */
function keyIndicatorRatio(f: FactOf<"keyIndicatorRatio">): Finding[] {
  if (!pctDiffers(f.stated, f.computed)) return [];
  const message = FINDING_TEXT.keyIndicatorRealization({
    stated: f.stated,
    computed: f.computed,
    numerator: f.numerator,
    denominator: f.denominator,
  });
  return [findingAt("stated-value-mismatch", f.at, message, f.stated, f.computed)];
}

/** A key indicator's stated achievement against the computed one. */
function keyIndicatorPerformance(f: FactOf<"keyIndicatorPerformance">): Finding[] {
  if (!pctDiffers(f.stated, f.computed)) return [];
  const message = FINDING_TEXT.keyIndicatorPerformance({
    stated: f.stated,
    computed: f.computed,
    realization: f.realization,
    target: f.target,
    negative: f.negative,
  });
  return [findingAt("stated-value-mismatch", f.at, message, f.stated, f.computed)];
}

export const statedValueMismatchCheck: Check = {
  rows: checkStatedValueMismatch,
  facts: { headerYear, programMean, keyIndicatorRatio, keyIndicatorPerformance },
};
