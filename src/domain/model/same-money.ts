/**
 * Several tables of the same money in one workbook (layouts.md "More structures"): a sheet that
 * holds only account lines (a cash plan, a per-month realisation sheet, a working copy of the DPA)
 * restates money the plan already has. Each is checked on its own, never added to the totals, and
 * compared with the plan: equal amounts are said once, a difference is one finding.
 */
import type { NumCell, PlanRow } from "../types";
import type { FactPlace, LayoutSays, ReadFact } from "../facts";
import type { ReadRow } from "./plan-table";
import { checkAccountLines, outermostLines } from "../hierarchy/accounts";
import { isMoneyDifferent, sumMoney } from "../values/rupiah";
import { norm } from "../layout/text";

export interface AccountTable {
  sheet: string;
  amount: number;
  cell: string;
  row: number;
  /** A summary restates the whole plan; a sheet of account lines may restate one part of it. */
  summary?: boolean;
  /** The spending its outermost lines state, per quarter (flows) and to date; absent when none. */
  spent?: { quarters: (NumCell | null)[]; toDate: (NumCell | null)[] };
}

/** Σ of one spending measure over the lines, at the first line's cell; null when no line states it. */
function sumSpent(lines: ReadRow[], get: (l: ReadRow) => NumCell | null): NumCell | null {
  const cells = lines.map(get).filter((c): c is NumCell => c !== null && c.value !== null);
  return cells.length > 0 ? { value: sumMoney(cells.map((c) => c.value!)), cell: cells[0].cell } : null;
}

const hasSpent = (cells: (NumCell | null | undefined)[]) => cells.some((c) => c && c.value !== null && c.value !== 0);

/**
 * A cash plan lists the DPA's account lines by name only ("Honorarium Narasumber …" under No 1, 2 …):
 * a row without code or level whose name is an account line's name elsewhere in the workbook is
 * that account line.
 */
export function markAccountNames(tables: ReadRow[][]): void {
  const names = new Set<string>();
  for (const rows of tables) for (const r of rows) if (r.isAccountLine && r.code) names.add(norm(r.name));
  if (names.size === 0) return;
  for (const rows of tables)
    for (const r of rows)
      if (r.levelUncertain && !r.code && names.has(norm(r.name))) {
        r.levelUncertain = false;
        r.isAccountLine = true;
      }
}

/** Only account lines (and total / text lines): no plan row of its own. */
export function isAccountOnly(read: ReadRow[]): boolean {
  // Helper rows under the last line (a monthly plan total, "Akumulasi", "Prosentase (%)") are not lines.
  let last = -1;
  read.forEach((r, i) => {
    if (r.isAccountLine) last = i;
  });
  return last >= 0 && read.every((r, i) => i > last || r.isAccountLine || r.isTotal || r.textOnly);
}

/** Rows without code or level signal only (a hand-made per-unit summary beside a coded plan). */
export function isUncodedSummary(read: ReadRow[]): boolean {
  const data = read.filter((r) => !r.isTotal && !r.textOnly);
  return data.length > 0 && data.every((r) => !r.code && r.levelUncertain && r.budget?.value != null);
}

/** The summary's amount: the sum of its rows. */
export function summaryTable(read: ReadRow[]): AccountTable | null {
  const data = read.filter((r) => !r.isTotal && !r.textOnly && r.budget?.value != null);
  if (data.length === 0) return null;
  return {
    sheet: data[0].sheet,
    amount: sumMoney(data.map((r) => r.budget!.value)),
    cell: data[0].budget!.cell,
    row: data[0].row,
    summary: true,
  };
}

/**
 * `ownMonth`: the sheet holds one month's realisation (its name says the month): its spending is not
 * the year to date, so it never stands for the plan's.
 */
export function accountTable(read: ReadRow[], facts: ReadFact[], ownMonth = false): AccountTable | null {
  const lines = outermostLines(
    checkAccountLines(
      read.filter((r) => r.isAccountLine),
      facts,
    ),
  );
  const withAmount = lines.filter((l) => l.budget?.value != null);
  if (withAmount.length === 0) return null;
  const first = withAmount[0];
  const amount = sumMoney(withAmount.map((l) => l.budget!.value));
  // A total under the lines (a SUM over them, "Rencana Anggaran Per Bulan") that disagrees: one finding.
  const lastLine = read.reduce((k, r, i) => (r.isAccountLine ? i : k), -1);
  const stated = read
    .slice(lastLine + 1)
    .find((r) => r.budget?.value != null && /^=\s*SUM\s*\(/i.test(r.budget.formula ?? ""));
  if (stated) {
    const at = { sheet: stated.sheet, row: stated.row, cell: stated.budget!.cell, code: null, name: stated.name };
    facts.push({
      kind: "statedTotal",
      at,
      stated: stated.budget!.value!,
      computed: amount,
      says: { text: "accountTotal" },
    });
  }
  const quarters = [0, 1, 2, 3].map((q) => sumSpent(lines, (l) => l.spentQuarters[q] ?? null));
  const toDate = [0, 1, 2, 3].map((q) => sumSpent(lines, (l) => l.spentToDateStated[q] ?? null));
  const spent = !ownMonth && (hasSpent(quarters) || hasSpent(toDate)) ? { quarters, toDate } : undefined;
  return {
    sheet: first.sheet,
    amount,
    cell: first.budget!.cell,
    row: first.row,
    ...(spent ? { spent } : {}),
  };
}

const placeOfTable = (t: AccountTable): FactPlace => ({
  sheet: t.sheet,
  row: t.row,
  cell: t.cell,
  code: null,
  name: null,
});
const info = (t: AccountTable, says: LayoutSays): ReadFact => ({ kind: "layoutNote", at: placeOfTable(t), says });

export function compareSameMoney(plan: PlanRow[], tables: AccountTable[], facts: ReadFact[]): void {
  const rows = plan.filter((r) => !r.isTotal && r.level !== "group" && r.budget?.value != null);
  const leaves = rows.filter((r) => !rows.some((c) => c.parentId === r.id));
  // The whole plan's budget, as the totals count it (Σ programs, else Σ sub-activities).
  const programs = rows.filter((r) => r.level === "program");
  const basis = programs.length > 0 ? programs : rows.filter((r) => r.level === "subactivity");
  const whole = basis.length > 0 ? sumMoney(basis.map((r) => r.budget!.value)) : null;
  const same = new Map<PlanRow, AccountTable[]>();
  for (const t of tables) {
    const match =
      rows.find((r) => !isMoneyDifferent(r.budget!.value!, t.amount)) ??
      (whole !== null && !isMoneyDifferent(whole, t.amount) ? basis[0] : undefined);
    if (match) {
      same.set(match, [...(same.get(match) ?? []), t]);
      continue;
    }
    // The sheet's own lines already disagree at that cell: that is the one finding.
    const flagged = facts.some(
      (f) =>
        f.kind === "statedTotal" &&
        f.at.sheet === t.sheet &&
        f.at.cell === t.cell &&
        isMoneyDifferent(f.stated, f.computed),
    );
    if (flagged) continue;
    const main = t.summary && whole !== null ? basis[0] : leaves.length === 1 ? leaves[0] : undefined;
    if (main) {
      const mainAmount = t.summary && whole !== null ? whole : main.budget!.value!;
      const at = { ...placeOfTable(t), code: main.code, name: main.name };
      const says = { text: "sameMoney", sheet: t.sheet, main: main.sheet } as const;
      facts.push({ kind: "statedTotal", at, stated: t.amount, computed: mainAmount, says });
    } else facts.push(info(t, { text: "sameMoneyUnmatched", sheet: t.sheet, amount: t.amount }));
  }
  for (const [row, list] of same) {
    // The plan states no spending but a sheet of the same money does: its spending is the plan's
    // (taken once, from the first such sheet), said in one info.
    const source = list.find((t) => t.spent);
    if (source && !hasSpent(row.spentQuarters) && !hasSpent(row.spentToDateStated) && !row.childIds.length) {
      row.spentQuarters = source.spent!.quarters.slice();
      row.spentToDateStated = source.spent!.toDate.slice();
      facts.push(info(source, { text: "sameMoneySpending", sheet: source.sheet, main: row.sheet }));
    }
    facts.push(
      info(list[0], { text: "sameMoney", sheets: list.map((t) => t.sheet), main: row.sheet, amount: list[0].amount }),
    );
  }
}
