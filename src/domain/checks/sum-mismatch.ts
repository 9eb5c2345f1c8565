/**
 * sum-mismatch (error, domain.md §6): a stated parent amount differs by 1 Rupiah or more from the
 * exact sum of its children, for the budget and every quarterly / to-date spending column; and
 * Σ quarterly spending 1..q ≠ the row's stated "s.d. TW q" spending.
 *
 * Decisions:
 * - A child's amount is what the child *states* (its own cell; for a to-date column, its quarterly
 *   spending summed when it has no to-date cell), and only when it states nothing the sum of its
 *   own children. So one wrong number is reported once, at the level where it is wrong, instead of
 *   at every level above it.
 * - Children whose cells are all absent (the column does not reach them) are not compared; empty
 *   cells of children that have the column count as 0.
 * - A total row (JUMLAH / TOTAL) is compared with the top-level plan rows (rows without a parent:
 *   groups when present, else programs) of its sheet that lie above it and below the previous
 *   total row; when there are none (a grand total after sub-totals), with all top-level rows above it.
 */
import { isMoneyDifferent, sumMoney } from "../values/rupiah";
import { FINDING_TEXT, type MoneyColumn } from "../../i18n/findings";
import type { CalculatedRow, Finding, Level, NumCell, PlanRow, Quarter } from "../types";
import { QUARTERS, at, upTo, val } from "../calc/common";
import { makeFinding } from "../calc/finding";
import type { CheckContext } from "./context";

interface Column {
  label: MoneyColumn;
  cell(row: PlanRow): NumCell | null;
  /** A value the row itself states when its cell is empty (to-date: Σ of its quarterly spending). */
  fallback?(row: PlanRow): number | undefined;
}

const COLUMNS: Column[] = [
  { label: { kind: "budget" }, cell: (r) => r.budget },
  ...QUARTERS.map((q): Column => ({
    label: { kind: "spentQuarter", quarter: q },
    cell: (r) => at(r.spentQuarters, q),
  })),
  ...QUARTERS.map((q): Column => ({
    label: { kind: "spentToDate", quarter: q },
    cell: (r) => at(r.spentToDateStated, q),
    fallback: (r) => {
      const vs = upTo(r.spentQuarters, q);
      return vs.some((v) => v !== null) ? sumMoney(vs) : undefined;
    },
  })),
];

function columnValue(ctx: CheckContext, row: PlanRow, col: Column, depth = 0): number | undefined {
  const cell = col.cell(row);
  const v = val(cell);
  if (v !== null) return v;
  const own = col.fallback?.(row);
  if (own !== undefined) return own;
  if (depth < 50) {
    const kids = ctx.children(row).map((k) => columnValue(ctx, k, col, depth + 1));
    if (kids.some((k) => k !== undefined)) return sumMoney(kids);
  }
  return cell ? 0 : undefined;
}

function levelOf(rows: PlanRow[]): Level | "mixed" {
  const levels = new Set(rows.map((r) => r.level));
  return levels.size === 1 ? rows[0].level : "mixed";
}

function compareWithChildren(ctx: CheckContext, parent: PlanRow, kids: PlanRow[], out: Finding[]): void {
  if (kids.length === 0) return;
  for (const col of COLUMNS) {
    const cell = col.cell(parent);
    const stated = val(cell);
    if (stated === null) continue;
    const values = kids.map((k) => columnValue(ctx, k, col));
    if (values.every((v) => v === undefined)) continue;
    const computed = sumMoney(values);
    if (!isMoneyDifferent(stated, computed)) continue;
    out.push(
      makeFinding(
        "sum-mismatch",
        parent,
        cell,
        FINDING_TEXT.sumMismatch({
          parent: parent.isTotal ? "total" : parent.level,
          column: col.label,
          childLevel: levelOf(kids),
          stated,
          computed,
        }),
        stated,
        computed,
      ),
    );
  }
}

function compareQuartersWithToDate(row: PlanRow, out: Finding[]): void {
  for (const q of QUARTERS) {
    const cell = at(row.spentToDateStated, q);
    const stated = val(cell);
    if (stated === null) continue;
    const quarterly = upTo(row.spentQuarters, q);
    if (!quarterly.some((v) => v !== null)) continue;
    const computed = sumMoney(quarterly);
    if (!isMoneyDifferent(stated, computed)) continue;
    out.push(
      makeFinding(
        "sum-mismatch",
        row,
        cell,
        FINDING_TEXT.quarterSumMismatch({ quarter: q as Quarter, stated, computed }),
        stated,
        computed,
      ),
    );
  }
}

/**
 * A stated cumulative realization (Form E.81 column 12 = 8+9+10+11, "Realisasi s.d. TW q") against
 * the quarterly realizations of a sub-activity: their sum (flow), or the latest one (level).
 * Quantities, so the tolerance is that of stated figures (< 0,01).
 */
function compareRealizationToDate(row: PlanRow, out: Finding[]): void {
  if (row.level !== "subactivity") return;
  for (const q of QUARTERS) {
    const cell = at(row.realizationToDateStated, q);
    const stated = val(cell);
    if (stated === null) continue;
    const quarterly = upTo(row.quarterRealizations, q);
    if (!quarterly.some((v) => v !== null)) continue;
    const level = row.accumulation === "level";
    const computed = level
      ? [...quarterly].reverse().find((v) => v !== null)!
      : quarterly.reduce<number>((s, v) => s + (v ?? 0), 0);
    if (Math.abs(stated - computed) < 0.01) continue;
    out.push(
      makeFinding(
        "sum-mismatch",
        row,
        cell,
        FINDING_TEXT.realizationSumMismatch({ quarter: q, stated, computed, level, unit: row.unit }),
        stated,
        computed,
      ),
    );
  }
}

/** Top-level plan rows a total row sums (see the decisions above). */
export function rowsSummedByTotal(ctx: CheckContext, total: CalculatedRow): CalculatedRow[] {
  const sameSheet = ctx.rows.filter((r) => r.sheet === total.sheet);
  const previousTotal = sameSheet.filter((r) => r.isTotal && r.row < total.row).reduce((m, r) => Math.max(m, r.row), 0);
  const topLevel = sameSheet.filter(
    (r) => !r.isTotal && r.row < total.row && (r.parentId === null || !ctx.byId.has(r.parentId)),
  );
  const sinceLast = topLevel.filter((r) => r.row > previousTotal);
  return sinceLast.length > 0 ? sinceLast : topLevel;
}

export function checkSumMismatch(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const row of ctx.rows) {
    if (row.isTotal) compareWithChildren(ctx, row, rowsSummedByTotal(ctx, row), out);
    else if (row.level !== "subactivity") compareWithChildren(ctx, row, ctx.children(row), out);
    compareQuartersWithToDate(row, out);
    compareRealizationToDate(row, out);
  }
  return out;
}
