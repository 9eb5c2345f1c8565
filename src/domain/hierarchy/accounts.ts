/**
 * Account lines (rekening) under a plan row, in any code format (5.1.02.01.01.0024,
 * 5.1.02.01.001.00024, " 5.1.02."): each line is checked against the lines nested in it, a line
 * written twice is named once and counted once, and the outermost lines give the plan row's money.
 */
import type { NumCell } from "../types";
import type { ReadFact } from "../facts";
import type { ReadRow } from "./read-row";
import { isMoneyDifferent, sumMoney } from "../values/rupiah";

const segs = (r: ReadRow) => (r.code ? r.code.split(".").length : Infinity);
/** Segments by value: 5.1.02.02.001 and 5.1.02.02.01 name the same account group. */
const key = (code: string) =>
  code
    .split(".")
    .map((x) => String(Number(x)))
    .join(".");

/**
 * Drops repeated lines (recording the first line of each repeated block: a `duplicate-code` warning)
 * and records each line's amount with the sum of the lines nested in it (a `sum-mismatch` when they
 * differ). Nesting is by
 * position and segment count (a newer-format code 5.1.02.02.001.00003 under 5.1.02.02.01 shares no
 * prefix with it), lines without an amount nest nothing.
 */
export function checkAccountLines(lines: ReadRow[], facts: ReadFact[]): ReadRow[] {
  const seen = new Map<string, ReadRow>();
  const kept: ReadRow[] = [];
  let skipUnder = -1;
  for (const l of lines) {
    if (skipUnder >= 0 && segs(l) > skipUnder) continue;
    skipUnder = -1;
    const first = l.code ? seen.get(l.code) : undefined;
    if (first) {
      const at = { sheet: l.sheet, row: l.row, cell: l.nameCell, code: l.code, name: l.name };
      facts.push({ kind: "duplicateCode", at, code: l.code!, firstRow: first.row, account: true });
      skipUnder = segs(l);
      continue;
    }
    if (l.code) seen.set(l.code, l);
    kept.push(l);
  }
  // Nesting by the segments' values, so the newer format's 001 nests under the older 01.
  const children = new Map<ReadRow, ReadRow[]>();
  const byKey = new Map<string, ReadRow>();
  for (const l of kept) {
    if (!l.code) continue;
    const k = key(l.code);
    const parts = k.split(".");
    let parent: ReadRow | undefined;
    for (let n = parts.length - 1; n >= 1 && !parent; n--) parent = byKey.get(parts.slice(0, n).join("."));
    if (parent) children.set(parent, [...(children.get(parent) ?? []), l]);
    byKey.set(k, l);
  }
  // Budget, then spending per quarter and to date: each checked the same way, a cell once.
  const measures: ((l: ReadRow) => NumCell | null)[] = [(l) => l.budget];
  for (let q = 0; q < 4; q++)
    measures.push(
      (l) => l.spentQuarters[q] ?? null,
      (l) => l.spentToDateStated[q] ?? null,
    );
  const checked = new Set<string>();
  for (const get of measures) checkMeasure(kept, children, get, checked, facts);
  return kept;
}

/**
 * A line is checked against the lines right under it, taken as they are written (top) or each as
 * the sum of its own lines (bottom-up); it is wrong only when neither adds up. So one wrong line is
 * one finding, at the line that disagrees with the lines under it, not one more at every line above.
 * A line without an amount stands for the sum of the lines in it.
 */
function checkMeasure(
  kept: ReadRow[],
  children: Map<ReadRow, ReadRow[]>,
  get: (l: ReadRow) => NumCell | null,
  checked: Set<string>,
  facts: ReadFact[],
): void {
  const memo = new Map<ReadRow, number | null>();
  const bottom = (l: ReadRow): number | null => {
    if (memo.has(l)) return memo.get(l)!;
    const xs = (children.get(l) ?? []).map(bottom).filter((x): x is number => x !== null);
    const v: number | null = xs.length > 0 ? sumMoney(xs) : (get(l)?.value ?? null);
    memo.set(l, v);
    return v;
  };
  const top = (l: ReadRow): number | null => get(l)?.value ?? bottom(l);
  const sumOf = (list: ReadRow[], f: (l: ReadRow) => number | null) => {
    const xs = list.map(f).filter((x): x is number => x !== null);
    return xs.length > 0 ? sumMoney(xs) : null;
  };
  for (const parent of kept) {
    const list = children.get(parent);
    const cell = get(parent);
    if (!list || !cell || cell.value === null || checked.has(`${parent.sheet}!${cell.cell}`)) continue;
    const stated = cell.value;
    const sum = sumOf(list, top);
    if (sum === null) continue;
    checked.add(`${parent.sheet}!${cell.cell}`);
    const bottomSum = sumOf(list, bottom);
    // Agreeing with the lines under it taken bottom-up, the line is right (a lower line is wrong).
    if (bottomSum !== null && !isMoneyDifferent(stated, bottomSum)) continue;
    const at = { sheet: parent.sheet, row: parent.row, cell: cell.cell, code: parent.code, name: parent.name };
    facts.push({ kind: "statedTotal", at, stated, computed: sum, says: { text: "accountLines", code: parent.code! } });
  }
}

/** The lines not nested in another line of the list (by the segments' values). */
export function outermostLines(lines: ReadRow[]): ReadRow[] {
  const coded = lines.filter((l) => l.code);
  if (coded.length === 0) return lines;
  const keys = new Set(coded.map((l) => key(l.code!)));
  return coded.filter((l) => {
    const parts = key(l.code!).split(".");
    for (let n = parts.length - 1; n >= 1; n--) if (keys.has(parts.slice(0, n).join("."))) return false;
    return true;
  });
}
