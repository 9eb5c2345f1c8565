/**
 * Consistency checks on calculated rows (domain.md §6). One file per rule; the rules raised while
 * parsing (unparseable-value, error-value, unit-mismatch, hierarchy, duplicate-code, words-mismatch,
 * formula-inconsistent) belong to the model builder, and the key-indicator checks to
 * calc/key-indicators.ts.
 */
import type { CalculatedRow, Finding, Options, Quarter, RuleId } from "../types";
import type { ComputedQuarter } from "../calc";
import { makeContext } from "./context";
import type { Check } from "./check";
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
