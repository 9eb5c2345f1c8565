/** A row with nothing read yet: every figure empty. */
import { a1 } from "../grid";
import type { PlanRow } from "../types";
import type { ReadRow } from "../hierarchy/read-row";

/** A plan row with nothing read yet (test fixtures build on it): newReadRow without the reading state. */
export function emptyPlanRow(id: number, sheet: string, row: number): PlanRow {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { codeInfo, isAccountLine, levelUncertain, continuation, textOnly, scope, bold, indent, ...plan } = newReadRow(
    id,
    sheet,
    row,
  );
  return plan;
}

/**
 * A read row (plan row plus what settling levels needs) with nothing read yet. One literal, the
 * plan row's members first in emptyPlanRow's order: a spread of emptyPlanRow made an object several
 * times larger (and allocated far more) per data row of a 100 000-row table.
 */
export function newReadRow(id: number, sheet: string, row: number): ReadRow {
  return {
    id,
    sheet,
    row,
    level: "subactivity",
    levelSource: "layout",
    code: null,
    name: "",
    nameCell: a1(row, 1),
    indicator: null,
    unit: null,
    annualTarget: null,
    quarterTargets: [null, null, null, null],
    quarterRealizations: [null, null, null, null],
    realizationToDateStated: [null, null, null, null],
    statedPerformancePct: [null, null, null, null],
    budget: null,
    spentQuarters: [null, null, null, null],
    spentToDateStated: [null, null, null, null],
    statedBudgetPct: [null, null, null, null],
    accumulation: null,
    polarity: "positive",
    parentId: null,
    childIds: [],
    codeInfo: null,
    isAccountLine: false,
    levelUncertain: false,
    continuation: false,
    scope: "",
    bold: false,
    indent: 0,
  };
}
