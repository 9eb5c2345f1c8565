/**
 * A plan row's unit (readPlanTable, per row): the Satuan column, else the unit written in the
 * target's (or a realization's) cell; a realization in another unit than the target's is recorded as a
 * unitClash fact (judged by checks/unit-mismatch.ts).
 */
import type { ReadFact } from "../../facts";
import type { NumCell } from "../../types";
import type { TableLayout } from "../../layout/tables";
import type { ReadRow } from "../../hierarchy/read-row";
import { sameUnit } from "../num-cell";

export function unitsOf(
  row: ReadRow,
  units: { target?: string; real: NumCell[] },
  v: TableLayout["view"],
  r: number,
  facts: ReadFact[],
): void {
  if (!row.unit) row.unit = units.target ?? units.real[0]?.unit ?? null;
  const expected = units.target ?? row.unit;
  const odd = expected ? units.real.find((n) => !sameUnit(expected, n.unit!)) : undefined;
  if (expected && odd) {
    const at = { sheet: v.sheet, row: r, cell: odd.cell, code: row.code, name: row.name };
    facts.push({ kind: "unitClash", at, expected, found: odd.unit! });
  }
}
