/**
 * negative-value (error): a negative target, realization, budget or spending — every quarter
 * column, every row (total rows included). One finding per cell.
 */
import { FINDING_TEXT, valueColumnLabel } from "../../i18n/findings";
import type { Finding, NumCell, Quarter } from "../types";
import { QUARTERS, at, val } from "../calc/common";
import { makeFinding } from "../calc/finding";
import type { CheckContext } from "./context";

type Kind = Parameters<typeof valueColumnLabel>[0];

export function checkNegativeValue(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const row of ctx.rows) {
    const cells: { kind: Kind; q?: Quarter; cell: NumCell | null }[] = [
      { kind: "annualTarget", cell: row.annualTarget },
      { kind: "budget", cell: row.budget },
    ];
    for (const q of QUARTERS) {
      cells.push(
        { kind: "quarterTarget", q, cell: at(row.quarterTargets, q) },
        { kind: "quarterRealization", q, cell: at(row.quarterRealizations, q) },
        { kind: "realizationToDate", q, cell: at(row.realizationToDateStated, q) },
        { kind: "spentQuarter", q, cell: at(row.spentQuarters, q) },
        { kind: "spentToDate", q, cell: at(row.spentToDateStated, q) },
      );
    }
    for (const c of cells) {
      const v = val(c.cell);
      if (v === null || !(v < 0)) continue;
      out.push(
        makeFinding("negative-value", row, c.cell, FINDING_TEXT.negativeValue({ what: valueColumnLabel(c.kind, c.q), value: v }), v, null),
      );
    }
  }
  return out;
}
