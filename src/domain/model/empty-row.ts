/** A plan row with nothing read yet: every figure empty. Readers and test fixtures start from it. */
import { a1 } from "../grid";
import type { PlanRow } from "../types";

export function emptyPlanRow(id: number, sheet: string, row: number): PlanRow {
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
  };
}
