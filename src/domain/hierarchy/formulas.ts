/**
 * Structure in formulas (domain.md §3, signal 4): a parent's amount cell such as `=SUM(K15:K21)`
 * or `=SUM(K14+K22+K27)` names its children. Also the formula checks of §6
 * (`formula-inconsistent`): one row summing different children in different columns, a parent
 * that skips one of its children, a range that counts a branch twice.
 */
import { columnNumber } from "../grid";

export interface FormulaRefs {
  /** Rows referenced in the same column as the formula cell (same sheet). */
  rows: number[];
  /** Some reference was a range (A1:A9). */
  usesRange: boolean;
  /** SUM / SUBTOTAL / plain addition: a sum of its references. */
  isSum: boolean;
  isAverage: boolean;
}

const REF = /(?:'[^']+'|[A-Za-z0-9_.]+)?!?\$?([A-Z]{1,3})\$?(\d{1,7})(?::\$?([A-Z]{1,3})\$?(\d{1,7}))?/g;

/** References of `formula` (text with "=") into column `col` of the same sheet. */
export function formulaRefs(formula: string, col: number): FormulaRefs | null {
  const f = formula.replace(/^=/, "").toUpperCase();
  if (f.includes("!")) return null; // refers to another sheet: no structure to learn here
  const isAverage = /\bAVERAGE\s*\(/.test(f);
  const isSum =
    !isAverage &&
    (/^\s*(SUM|SUBTOTAL)\s*\(/.test(f) || /^[\s(]*\$?[A-Z]{1,3}\$?\d+(\s*\+\s*\$?[A-Z]{1,3}\$?\d+)*[\s)]*$/.test(f));
  const rows = new Set<number>();
  let usesRange = false;
  REF.lastIndex = 0;
  const body = f.replace(/^\s*SUBTOTAL\s*\(\s*\d+\s*,/, "SUM(");
  let m: RegExpExecArray | null;
  while ((m = REF.exec(body))) {
    const c1 = columnNumber(m[1]);
    const r1 = Number(m[2]);
    if (m[3]) {
      usesRange = true;
      const c2 = columnNumber(m[3]);
      const r2 = Number(m[4]);
      if (c1 !== col || c2 !== col) continue;
      const [a, b] = r1 <= r2 ? [r1, r2] : [r2, r1];
      if (b - a > 200_000) continue;
      for (let r = a; r <= b; r++) rows.add(r);
    } else if (c1 === col) rows.add(r1);
  }
  if (rows.size === 0) return null;
  return { rows: [...rows].sort((a, b) => a - b), usesRange, isSum, isAverage };
}
