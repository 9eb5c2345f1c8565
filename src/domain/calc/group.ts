/** Group rows (urusan / bidang / unit): money sums of their children, no performance (spec §3). */
import type { PlanRow, Quarter, RowFigures } from "../types";
import { accumulationOf, type Convention } from "./common";
import { aggregateMoney, type Child } from "./activity";

/** Group (urusan / bidang): money sums of its children, no performance. */
export function computeGroup(row: PlanRow, children: Child[], q: Quarter, conv: Convention): RowFigures {
  return {
    targetToDate: null,
    realizationToDate: null,
    realizationPct: null,
    realizationSource: null,
    performancePct: null,
    performanceToDatePct: null,
    ...aggregateMoney(row, children, q),
    predicate: null,
    accumulation: accumulationOf(row, conv),
  };
}
