import { calculate } from "../../../src/domain/calc";
import { runChecks } from "../../../src/domain/checks";
import { DEFAULT_OPTIONS, type Finding, type Options, type Quarter, type RuleId } from "../../../src/domain/types";
import { plan, type RowSpec } from "../../support/plan-rows";

/** Calculate then run all checks; return the findings of one rule. */
export function findingsOf(rule: RuleId, specs: RowSpec[], q: Quarter = 2, options: Partial<Options> = {}): Finding[] {
  const opts = { ...DEFAULT_OPTIONS, ...options };
  const calc = calculate(plan(specs), [], q, opts);
  return runChecks(calc.rows, q, opts).filter((f) => f.rule === rule);
}
