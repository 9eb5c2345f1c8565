/**
 * Consistency checks on calculated rows (domain.md §6). One file per rule; the rules raised while
 * parsing (unparseable-value, error-value, unit-mismatch, hierarchy, duplicate-code, words-mismatch,
 * formula-inconsistent) belong to the model builder, and the key-indicator checks to
 * calc/key-indicators.ts.
 */
import type { CalculatedRow, Finding, Options, Quarter } from "../types";
import type { ComputedQuarter } from "../calc";
import { makeContext, type CheckContext } from "./context";
import { checkAccumulationAmbiguous } from "./accumulation-ambiguous";
import { checkMissingTarget } from "./missing-target";
import { checkNegativeValue } from "./negative-value";
import { checkOverBudget } from "./over-budget";
import { checkOverTarget } from "./over-target";
import { checkProgressWithoutSpending } from "./progress-without-spending";
import { checkQuarterTargetsVsAnnual } from "./quarter-targets-vs-annual";
import { checkRealizationWithoutTarget } from "./realization-without-target";
import { checkSpendingWithoutProgress } from "./spending-without-progress";
import { checkStatedBasis } from "./stated-basis";
import { checkStatedValueMismatch } from "./stated-value-mismatch";
import { checkSumMismatch } from "./sum-mismatch";

export const CHECKS: ((ctx: CheckContext) => Finding[])[] = [
  checkSumMismatch,
  checkStatedValueMismatch,
  checkStatedBasis,
  checkQuarterTargetsVsAnnual,
  checkAccumulationAmbiguous,
  checkOverTarget,
  checkOverBudget,
  checkRealizationWithoutTarget,
  checkSpendingWithoutProgress,
  checkProgressWithoutSpending,
  checkMissingTarget,
  checkNegativeValue,
];

export function runChecks(
  rows: CalculatedRow[],
  quarter: Quarter,
  options: Options,
  computedQuarters: ComputedQuarter[] = [],
): Finding[] {
  const ctx = makeContext(rows, quarter, options, computedQuarters);
  return CHECKS.flatMap((check) => check(ctx));
}

export { makeContext, type CheckContext } from "./context";
