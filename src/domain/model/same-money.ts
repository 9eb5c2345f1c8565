/**
 * Several tables of the same money in one workbook (layouts.md "More structures"): a sheet that
 * holds only account lines (a cash plan, a per-month realisation sheet, a working copy of the DPA)
 * restates money the plan already has. Each is checked on its own, never added to the totals, and
 * compared with the plan: equal amounts are said once, a difference is one finding.
 */
import type { Finding, PlanRow } from "../types";
import type { ReadRow } from "./plan-table";
import { checkAccountLines, outermostLines } from "./accounts";
import { isMoneyDifferent, sumMoney } from "../values/rupiah";
import { exportText } from "../../i18n/export-structures";

export interface AccountTable {
  sheet: string;
  amount: number;
  cell: string;
  row: number;
}

/** Only account lines (and total / text lines): no plan row of its own. */
export function isAccountOnly(read: ReadRow[]): boolean {
  return read.some((r) => r.isAccountLine) && read.every((r) => r.isAccountLine || r.isTotal || r.textOnly);
}

export function accountTable(read: ReadRow[], findings: Finding[]): AccountTable | null {
  const lines = outermostLines(checkAccountLines(read.filter((r) => r.isAccountLine), findings));
  const withAmount = lines.filter((l) => l.budget?.value != null);
  if (withAmount.length === 0) return null;
  const first = withAmount[0];
  return {
    sheet: first.sheet,
    amount: sumMoney(withAmount.map((l) => l.budget!.value)),
    cell: first.budget!.cell,
    row: first.row,
  };
}

const info = (t: AccountTable, message: string): Finding => ({
  rule: "layout",
  severity: "info",
  sheet: t.sheet,
  cell: t.cell,
  row: t.row,
  code: null,
  rowName: null,
  message,
  stated: null,
  computed: null,
});

export function compareSameMoney(plan: PlanRow[], tables: AccountTable[], findings: Finding[]): void {
  const rows = plan.filter((r) => !r.isTotal && r.level !== "group" && r.budget?.value != null);
  const leaves = rows.filter((r) => !rows.some((c) => c.parentId === r.id));
  const same = new Map<PlanRow, AccountTable[]>();
  for (const t of tables) {
    const match = rows.find((r) => !isMoneyDifferent(r.budget!.value!, t.amount));
    if (match) {
      same.set(match, [...(same.get(match) ?? []), t]);
      continue;
    }
    // The sheet's own lines already disagree at that cell: that is the one finding.
    const flagged = findings.some((f) => f.rule === "sum-mismatch" && f.sheet === t.sheet && f.cell === t.cell);
    if (flagged) continue;
    if (leaves.length === 1) {
      const main = leaves[0];
      findings.push({
        rule: "sum-mismatch",
        severity: "error",
        sheet: t.sheet,
        cell: t.cell,
        row: t.row,
        code: main.code,
        rowName: main.name,
        message: exportText.sameMoneyDiffers(t.sheet, t.amount, main.sheet, main.budget!.value!),
        stated: t.amount,
        computed: main.budget!.value,
      });
    } else findings.push(info(t, exportText.sameMoneyUnmatched(t.sheet, t.amount)));
  }
  for (const [row, list] of same)
    findings.push(info(list[0], exportText.sameMoney(list.map((t) => t.sheet), row.sheet, row.budget!.value!)));
}
