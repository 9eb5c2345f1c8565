/**
 * The consistency rules of domain.md §6, one file per rule id (`<rule-id>.ts`, listed in `CHECKS`),
 * and the only place findings are built (checks/finding.ts). A rule judges two things:
 * - the facts the readers and the calculation recorded (`ReadFact`, domain/facts.ts): a cell that
 *   did not parse, a unit clash, a stated amount and its children, a formula's shape, what a reading
 *   assumed, a key indicator's figures — `judgeFacts`, in the order the facts were recorded, each
 *   kind by the rule `FACT_RULE` names;
 * - the calculated rows (`runChecks`, in the key order of `CHECKS`).
 * The engine judges the facts of each stage where that stage's findings stood before (detection,
 * readings, model, calculation), so findings that tie in the report's sort keep their order.
 */
import type { CalculatedRow, Finding, Options, Quarter, RuleId } from "../types";
import type { ComputedQuarter } from "../calc";
import { makeContext } from "./context";
import type { Check, FactJudges } from "./check";
import type { FactOf, ReadFact, ReadFactKind } from "../facts";
import { accumulationAmbiguousCheck } from "./accumulation-ambiguous";
import { duplicateCodeCheck } from "./duplicate-code";
import { errorValueCheck } from "./error-value";
import { formulaInconsistentCheck } from "./formula-inconsistent";
import { hierarchyCheck } from "./hierarchy";
import { layoutCheck } from "./layout";
import { missingRealizationCheck } from "./missing-realization";
import { missingTargetCheck } from "./missing-target";
import { negativeValueCheck } from "./negative-value";
import { overBudgetCheck } from "./over-budget";
import { overTargetCheck } from "./over-target";
import { progressWithoutSpendingCheck } from "./progress-without-spending";
import { quarterTargetsVsAnnualCheck } from "./quarter-targets-vs-annual";
import { realizationWithoutTargetCheck } from "./realization-without-target";
import { spendingWithoutProgressCheck } from "./spending-without-progress";
import { statedValueMismatchCheck } from "./stated-value-mismatch";
import { sumMismatchCheck } from "./sum-mismatch";
import { unitMismatchCheck } from "./unit-mismatch";
import { unparseableValueCheck } from "./unparseable-value";
import { wordsMismatchCheck } from "./words-mismatch";

/**
 * One check per rule id: a rule id without its check does not compile. The key order is the order
 * the row checks run in (findings that tie in the report's sort keep it).
 */
export const CHECKS: { [K in RuleId]: Check } = {
  "sum-mismatch": sumMismatchCheck,
  "stated-value-mismatch": statedValueMismatchCheck,
  layout: layoutCheck,
  "quarter-targets-vs-annual": quarterTargetsVsAnnualCheck,
  "accumulation-ambiguous": accumulationAmbiguousCheck,
  "over-target": overTargetCheck,
  "over-budget": overBudgetCheck,
  "realization-without-target": realizationWithoutTargetCheck,
  "spending-without-progress": spendingWithoutProgressCheck,
  "progress-without-spending": progressWithoutSpendingCheck,
  "missing-target": missingTargetCheck,
  "negative-value": negativeValueCheck,
  "unparseable-value": unparseableValueCheck,
  "error-value": errorValueCheck,
  "unit-mismatch": unitMismatchCheck,
  hierarchy: hierarchyCheck,
  "duplicate-code": duplicateCodeCheck,
  "formula-inconsistent": formulaInconsistentCheck,
  "words-mismatch": wordsMismatchCheck,
  "missing-realization": missingRealizationCheck,
};

const CHECK_LIST: Check[] = Object.values(CHECKS);

/** The rule that judges each kind of fact: a fact kind without its rule does not compile. */
export const FACT_RULE: { [K in ReadFactKind]: RuleId } = {
  unparsed: "unparseable-value",
  cellError: "error-value",
  unitClash: "unit-mismatch",
  amountInWords: "words-mismatch",
  statedTotal: "sum-mismatch",
  formulaShape: "formula-inconsistent",
  duplicateCode: "duplicate-code",
  levelGuessed: "hierarchy",
  parentMissing: "hierarchy",
  headerYear: "stated-value-mismatch",
  layoutNote: "layout",
  programMean: "stated-value-mismatch",
  keyIndicatorRatio: "stated-value-mismatch",
  keyIndicatorNoRealization: "missing-realization",
  keyIndicatorNoTarget: "missing-target",
  keyIndicatorPerformance: "stated-value-mismatch",
  keyIndicatorAchievement: "over-target",
};

/** The judge of one kind of fact, from its rule's check. */
export function judgeOf<K extends ReadFactKind>(kind: K): ((fact: FactOf<K>) => Finding[]) | undefined {
  const judges: FactJudges | undefined = CHECKS[FACT_RULE[kind]].facts;
  return judges?.[kind] as ((fact: FactOf<K>) => Finding[]) | undefined;
}

/**
 * The findings the recorded facts make, in the order the facts were recorded (the report's sort
 * keeps that order among findings at one cell).
 */
export function judgeFacts(facts: readonly ReadFact[]): Finding[] {
  const out: Finding[] = [];
  for (const fact of facts) {
    const judge = judgeOf(fact.kind) as ((f: ReadFact) => Finding[]) | undefined;
    if (!judge) throw new Error(`no rule judges the fact "${fact.kind}"`);
    out.push(...judge(fact));
  }
  return out;
}

export function runChecks(
  rows: CalculatedRow[],
  quarter: Quarter,
  options: Options,
  computedQuarters: ComputedQuarter[] = [],
): Finding[] {
  const ctx = makeContext(rows, quarter, options, computedQuarters);
  return CHECK_LIST.flatMap((check) => check.rows?.(ctx) ?? []);
}

export { makeContext, type CheckContext } from "./context";
export type { Check } from "./check";
