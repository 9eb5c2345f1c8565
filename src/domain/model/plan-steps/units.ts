/**
 * A plan row's unit (readPlanTable, per row): the Satuan column, else the unit written in the
 * target's (or a realization's) cell; a realization in another unit than the target's is a
 * unit-mismatch.
 */
import type { Finding, NumCell } from "../../types";
import type { TableLayout } from "../../layout/tables";
import type { ReadRow } from "../../hierarchy/read-row";
import { sameUnit } from "../num-cell";
import { modelText } from "../../../i18n/model";

export function unitsOf(
  row: ReadRow,
  units: { target?: string; real: NumCell[] },
  v: TableLayout["view"],
  r: number,
  findings: Finding[],
): void {
  if (!row.unit) row.unit = units.target ?? units.real[0]?.unit ?? null;
  const expected = units.target ?? row.unit;
  const odd = expected ? units.real.find((n) => !sameUnit(expected, n.unit!)) : undefined;
  if (expected && odd) {
    findings.push({
      rule: "unit-mismatch",
      severity: "warning",
      sheet: v.sheet,
      cell: odd.cell,
      row: r,
      code: row.code,
      rowName: row.name,
      message: modelText.unitMismatch(expected, odd.unit!),
      stated: odd.unit!,
      computed: expected,
    });
  }
}
