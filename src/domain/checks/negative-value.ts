/**
 * negative-value (error): a negative target, realization, budget or spending — every quarter
 * column, every row (total rows included). One finding per cell.
 */
import type { Check } from "./check";
import { FINDING_TEXT, valueColumnLabel } from "../../i18n/findings";
import type { CalculatedRow, Finding, NumCell, Quarter } from "../types";
import { QUARTERS, at, val } from "../calc/common";
import { makeFinding } from "./finding";
import type { CheckContext } from "./context";

type Kind = Parameters<typeof valueColumnLabel>[0];

export function checkNegativeValue(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  // A column that names no quarter puts one cell in every quarter's slot: reported once.
  const seen = new Set<NumCell>();
  const push = (row: CalculatedRow, kind: Kind, cell: NumCell | null, q?: Quarter) => {
    const v = val(cell);
    if (v === null || !(v < 0) || seen.has(cell!)) return;
    seen.add(cell!);
    out.push(
      makeFinding(
        "negative-value",
        row,
        cell,
        FINDING_TEXT.negativeValue({ what: valueColumnLabel(kind, q), value: v }),
        v,
        null,
      ),
    );
  };
  for (const row of ctx.rows) {
    push(row, "annualTarget", row.annualTarget);
    push(row, "budget", row.budget);
    for (const q of QUARTERS) {
      push(row, "quarterTarget", at(row.quarterTargets, q), q);
      push(row, "quarterRealization", at(row.quarterRealizations, q), q);
      push(row, "realizationToDate", at(row.realizationToDateStated, q), q);
      push(row, "spentQuarter", at(row.spentQuarters, q), q);
      push(row, "spentToDate", at(row.spentToDateStated, q), q);
    }
  }
  return out;
}

export const negativeValueCheck: Check = { rows: checkNegativeValue };
