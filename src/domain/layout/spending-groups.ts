/**
 * Amounts split by spending group (layouts.md "More structures"): `Operasi | Modal | Tak Terduga |
 * Transfer`, each with `Anggaran` and `Realisasi`, with or without a `Total` column. The budget
 * (and the spending) is the Total, else the sum of the groups. Where both exist, the workbook's own
 * arithmetic (Total = Σ groups on its rows) confirms the reading.
 */
import type { ColumnRole, DetectedColumn } from "../types";
import type { SheetView } from "./sheet-view";
import { norm } from "./text";
import { parseCell } from "../values/parse";
import { isMoneyDifferent, sumMoney } from "../values/rupiah";
import { kindsWhere } from "./roles";

/** One money figure read from several columns. */
export interface MoneyGroup {
  /** The column carrying the role (the Total when there is one, else the first group). */
  col: number;
  /** The group columns (Operasi, Modal, …), left to right. */
  groups: number[];
  /** The Total column, when the table has one. */
  total: number | null;
  /** Which reading the arithmetic chose: the Total column, or the sum of the groups. */
  reading: "total" | "groups";
  /** Group names, for the message ("Operasi", "Modal", …). */
  names: string[];
  /** Rows where Total and groups both hold figures, and of those where Total = Σ groups. */
  checked: number;
  agreeing: number;
}

const GROUP = /(^|\s)(operasi|modal|tak terduga|tidak terduga|transfer)(\s|$)/;
const TOTAL = /(^|\s)(total|jumlah)(\s|$)/;

function groupName(header: string): string | null {
  const m = GROUP.exec(norm(header));
  return m ? m[2].replace(/^tidak /, "tak ").replace(/(^|\s)\w/g, (c) => c.toUpperCase()) : null;
}

const MONEY_KINDS = kindsWhere((e) => e.money);
const key = (r: ColumnRole) => ("quarter" in r ? `${r.kind}:${r.quarter}` : r.kind);

/**
 * Finds the spending-group columns of each money role and settles them: the role stays on the
 * Total column (or the first group), the other columns become extras. A "Realisasi" column
 * without a group of its own belongs to the group on its left.
 */
export function settleSpendingGroups(columns: DetectedColumn[], roles: Map<number, ColumnRole>): MoneyGroup[] {
  const named = new Map<number, string>();
  const sorted = columns.slice().sort((a, b) => a.col - b.col);
  sorted.forEach((c, i) => {
    const g = groupName(c.header);
    if (g) named.set(c.col, g);
    else if (i > 0 && named.has(sorted[i - 1].col) && !TOTAL.test(norm(c.header)) && !/\//.test(c.header))
      named.set(c.col, named.get(sorted[i - 1].col)!);
  });
  if (new Set(named.values()).size < 2) return [];
  const out: MoneyGroup[] = [];
  const byKey = new Map<string, DetectedColumn[]>();
  for (const c of sorted)
    if (MONEY_KINDS.has(c.role.kind)) byKey.set(key(c.role), [...(byKey.get(key(c.role)) ?? []), c]);
  for (const list of byKey.values()) {
    const groups = list.filter((c) => named.has(c.col));
    if (groups.length < 2) continue;
    const total = list.find((c) => !named.has(c.col) && TOTAL.test(norm(c.header))) ?? null;
    const keep = total ?? groups[0];
    for (const c of list)
      if (c !== keep && (groups.includes(c) || c === total)) {
        c.role = { kind: "extra", label: c.header };
        roles.set(c.col, c.role);
      }
    out.push({
      col: keep.col,
      groups: groups.map((c) => c.col),
      total: total?.col ?? null,
      reading: total ? "total" : "groups",
      names: groups.map((c) => named.get(c.col)!),
      checked: 0,
      agreeing: 0,
    });
  }
  return out;
}

const num = (view: SheetView, r: number, c: number): number | null => {
  const p = parseCell(view.raw(r, c));
  return p.kind === "number" ? p.value : null;
};

/** Σ of the group cells on one row (null when none holds a figure). */
export function groupSum(view: SheetView, r: number, g: MoneyGroup): number | null {
  const xs = g.groups.map((c) => num(view, r, c));
  return xs.some((x) => x !== null) ? sumMoney(xs) : null;
}

/**
 * Lets the data rows decide: when the Total column disagrees with Σ groups on most rows that have
 * both, it is not the total of these groups, and the groups are read instead.
 */
export function confirmSpendingGroups(view: SheetView, groups: MoneyGroup[], first: number, last: number): void {
  for (const g of groups) {
    if (g.total === null) continue;
    for (let r = first; r <= last; r++) {
      const t = num(view, r, g.total);
      const s = groupSum(view, r, g);
      if (t === null || s === null) continue;
      g.checked++;
      if (!isMoneyDifferent(t, s)) g.agreeing++;
    }
    if (g.checked > 0 && g.agreeing * 2 < g.checked) g.reading = "groups";
  }
}
