/**
 * Building the hierarchy from SUM formulas in money columns (signal 4), recording the formulas whose
 * shape departs (judged as `formula-inconsistent` in checks/). Runs before layout guesses, after
 * codes and name prefixes.
 */
import type { Level, NumCell } from "../types";
import type { FormulaShape, ReadFact } from "../facts";
import type { ReadRow } from "./read-row";
import { columnNumber } from "../grid";
import { formulaRefs } from "./formulas";

const LEVEL_BY_HEIGHT: Level[] = ["subactivity", "activity", "program", "group"];

function moneyCells(r: ReadRow): NumCell[] {
  return [r.budget, ...r.spentQuarters, ...r.spentToDateStated].filter((x): x is NumCell => !!x && !!x.formula);
}

function colOf(cell: string): number {
  return columnNumber(/^[A-Z]+/.exec(cell)![0]);
}

function f(r: ReadRow, cell: string, shape: FormulaShape): ReadFact {
  return { kind: "formulaShape", at: { sheet: r.sheet, row: r.row, cell, code: r.code, name: r.name }, shape };
}

/** Returns, for each row that a parent's formula names, that parent. */
export function applyFormulaStructure(rows: ReadRow[], facts: ReadFact[]): Map<ReadRow, ReadRow> {
  const byRow = new Map(rows.map((r) => [r.row, r]));
  const children = new Map<ReadRow, ReadRow[]>();
  for (const r of rows) {
    if (r.isAccountLine) continue;
    const sets: { cell: string; rows: number[]; usesRange: boolean }[] = [];
    for (const c of moneyCells(r)) {
      const refs = formulaRefs(c.formula!, colOf(c.cell));
      if (!refs || !refs.isSum) continue;
      const inTable = refs.rows.filter((x) => x !== r.row && byRow.has(x));
      if (inTable.length > 0) sets.push({ cell: c.cell, rows: inTable, usesRange: refs.usesRange });
    }
    if (sets.length === 0) continue;
    // The set most columns agree on; a column that sums other rows is inconsistent.
    const counts = new Map<string, number>();
    for (const s of sets) counts.set(s.rows.join(","), (counts.get(s.rows.join(",")) ?? 0) + 1);
    const canonicalKey = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
    const canonical = sets.find((s) => s.rows.join(",") === canonicalKey)!;
    const odd = sets.find((s) => s.rows.join(",") !== canonicalKey);
    if (odd)
      facts.push(
        f(r, odd.cell, { text: "differentChildren", other: canonical.cell, rows: odd.rows, otherRows: canonical.rows }),
      );
    children.set(
      r,
      canonical.rows.map((x) => byRow.get(x)!).filter((x) => !x.isAccountLine && !x.continuation),
    );
  }
  // A range that takes in a branch and that branch's own children counts the branch twice.
  for (const [p, list] of children) {
    const inList = new Set(list);
    const nested = list.filter((c) => (children.get(c) ?? []).some((g) => inList.has(g)));
    if (nested.length > 0) {
      const cell = moneyCells(p)[0]?.cell ?? p.nameCell;
      facts.push(f(p, cell, { text: "doubleCounted", nested: nested.map((n) => n.row) }));
      const grand = new Set(nested.flatMap((n) => children.get(n) ?? []));
      children.set(
        p,
        list.filter((c) => !grand.has(c)),
      );
    }
  }
  // Levels for rows no code or prefix placed: height in the formula tree.
  const referenced = new Map<ReadRow, ReadRow>();
  for (const [p, list] of children) for (const c of list) if (!p.isTotal) referenced.set(c, p);
  const heights = new Map<ReadRow, number>();
  const height = (r: ReadRow, depth: number): number => {
    if (heights.has(r)) return heights.get(r)!;
    if (depth > 50) return 0; // a cycle in formula references
    const list = children.get(r) ?? [];
    let h = 0;
    for (const c of list) h = Math.max(h, 1 + height(c, depth + 1));
    heights.set(r, h);
    return h;
  };
  for (const r of rows) {
    if (!r.levelUncertain || r.isTotal) continue;
    const hasKids = (children.get(r) ?? []).length > 0;
    if (!hasKids && !referenced.has(r)) continue;
    r.level = LEVEL_BY_HEIGHT[Math.min(3, height(r, 0))];
    r.levelSource = "formula";
    r.levelUncertain = false;
  }
  // A parent whose formula leaves out a row of its children's level inside its block.
  const indexOf = new Map(rows.map((r, i) => [r, i]));
  for (const [p, list] of children) {
    if (p.isTotal || list.length === 0) continue;
    const level = list[0].level;
    const first = list[0].row;
    const pIdx = indexOf.get(p)!;
    const included = new Set(list);
    for (let i = pIdx + 1; i < rows.length; i++) {
      const r = rows[i];
      if (r === p || r.isAccountLine || r.continuation) continue;
      if (r.isTotal || rank(r.level) <= rank(p.level)) break;
      if (r.row < first || included.has(r) || r.level !== level) continue;
      if (referenced.has(r) && referenced.get(r) !== p) continue;
      const cell = moneyCells(p)[0]?.cell ?? p.nameCell;
      facts.push(f(p, cell, { text: "skippedChild", row: r.row, name: r.name }));
      referenced.set(r, p);
    }
  }
  return referenced;
}

function rank(l: Level): number {
  return { group: 0, program: 1, activity: 2, subactivity: 3 }[l];
}
