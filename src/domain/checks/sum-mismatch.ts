/**
 * sum-mismatch (error, domain.md §6): a stated parent amount differs by 1 Rupiah or more from the
 * exact sum of its children, for the budget and every quarterly / to-date spending column; and
 * Σ quarterly spending 1..q ≠ the row's stated "s.d. TW q" spending.
 *
 * Decisions (§6 "Precision: one defect, one finding, at the cell that is wrong"):
 * - The parent is compared with the sum computed bottom-up from the leaves (the sub-activities' own
 *   figures; a plan row without plan children is its own leaf), not with its children's stated
 *   values: when one activity's stated budget is wrong, the activity is flagged, and its program,
 *   whose stated budget is right, is not.
 * - A parent that differs from its leaves but equals the sum its children *state* only repeats a
 *   child's defect (the program's =SUM adds the wrong activity cell): that child is flagged, the
 *   parent is not — one defect, one finding. Noted for the spec's owners.
 * - A leaf's amount for a to-date column is its stated cell, else its quarterly spending summed.
 * - Children whose cells are all absent (the column does not reach them) are not compared; empty
 *   cells of children that have the column count as 0. Continuation lines (a second indicator of
 *   a row) are not counted again.
 * - A total row (JUMLAH / TOTAL) is compared with the leaves of the plan rows of its sheet that
 *   lie above it and below the previous total row (all rows above it when there are none: a grand
 *   total after sub-totals). Nested group rows (urusan → bidang → unit) are thereby never counted
 *   twice; the cascade rule uses the top-level rows (groups when present, else programs).
 * - A stated value in a column that names no quarter (one "s.d." column) sits in every quarter's
 *   slot: it is compared once, for the quarter computed (one finding per cell).
 * - The readers record the stated amounts they compare with children the calculated rows do not
 *   have (account lines, a flat export's sub-totals and helper totals, spending groups, a sheet of
 *   the same money, a joined export): `statedTotal` facts, judged here with the same 1 Rupiah rule.
 */
import type { Check } from "./check";
import { isMoneyDifferent, sumMoney } from "../values/rupiah";
import { FINDING_TEXT, type MoneyColumn } from "../../i18n/findings";
import type { CalculatedRow, Finding, Level, NumCell, PlanRow, Quarter } from "../types";
import { QUARTERS, at, upTo, val } from "../calc/common";
import { findingAt, makeFinding } from "./finding";
import type { FactOf } from "../facts";
import { exportText } from "../../i18n/export-structures";
import { modelText } from "../../i18n/model";
import { joinText } from "../../i18n/join";
import { checkedAt, type CheckContext } from "./context";

interface Column {
  label: MoneyColumn;
  /** The quarter slot the column reads (undefined: the budget). */
  quarter?: Quarter;
  arr?(row: PlanRow): (NumCell | null)[];
  cell(row: PlanRow): NumCell | null;
  /** A value the row itself states when its cell is empty (to-date: Σ of its quarterly spending). */
  fallback?(row: PlanRow): number | undefined;
}

const COLUMNS: Column[] = [
  { label: { kind: "budget" }, cell: (r) => r.budget },
  ...QUARTERS.map((q): Column => ({
    label: { kind: "spentQuarter", quarter: q },
    quarter: q,
    arr: (r) => r.spentQuarters,
    cell: (r) => at(r.spentQuarters, q),
  })),
  ...QUARTERS.map((q): Column => ({
    label: { kind: "spentToDate", quarter: q },
    quarter: q,
    arr: (r) => r.spentToDateStated,
    cell: (r) => at(r.spentToDateStated, q),
    fallback: (r) => {
      const vs = upTo(r.spentQuarters, q);
      return vs.some((v) => v !== null) ? sumMoney(vs) : undefined;
    },
  })),
];

/** The amount a row states in a column (to-date: its quarterly spending summed when the cell is empty). */
function ownValue(row: PlanRow, col: Column): number | undefined {
  const cell = col.cell(row);
  const v = val(cell);
  if (v !== null) return v;
  const own = col.fallback?.(row);
  if (own !== undefined) return own;
  return cell ? 0 : undefined;
}

/** What a row's children state, each child falling back on its leaves when it states nothing. */
function statedValue(ctx: CheckContext, row: PlanRow, col: Column): number | undefined {
  const v = val(col.cell(row));
  if (v !== null) return v;
  const own = col.fallback?.(row);
  if (own !== undefined) return own;
  return leafValue(ctx, row, col);
}

/** Bottom-up sum over the leaves under a row (the row itself when it has no plan children). */
function leafValue(ctx: CheckContext, row: PlanRow, col: Column, depth = 0): number | undefined {
  const kids = ctx.children(row).filter((k) => k.continuationOf === undefined);
  if (kids.length === 0 || depth > 50) return ownValue(row, col);
  const values = kids.map((k) => leafValue(ctx, k, col, depth + 1));
  return values.some((k) => k !== undefined) ? sumMoney(values) : undefined;
}

/** As leafValue, with each leaf's to-date amount taken from its quarters when it has them. */
function leafByQuarters(ctx: CheckContext, row: PlanRow, col: Column, depth = 0): number | undefined {
  const kids = ctx.children(row).filter((k) => k.continuationOf === undefined);
  if (kids.length === 0 || depth > 50) return col.fallback?.(row) ?? ownValue(row, col);
  const values = kids.map((k) => leafByQuarters(ctx, k, col, depth + 1));
  return values.some((k) => k !== undefined) ? sumMoney(values) : undefined;
}

function sumOf(values: (number | undefined)[]): number | undefined {
  return values.every((v) => v === undefined) ? undefined : sumMoney(values);
}

function levelOf(rows: PlanRow[]): Level | "mixed" {
  const levels = new Set(rows.map((r) => r.level));
  return levels.size === 1 ? rows[0].level : "mixed";
}

/** A cell shared by every quarter's slot (a column naming no quarter) is compared once. */
function comparedHere(row: PlanRow, col: Column, ctx: CheckContext): boolean {
  return col.quarter === undefined || checkedAt(col.arr!(row), col.quarter, ctx.quarter);
}

function compareWithChildren(
  ctx: CheckContext,
  parent: PlanRow,
  kids: PlanRow[],
  leaves: (col: Column) => number | undefined,
  out: Finding[],
): void {
  if (kids.length === 0) return;
  for (const col of COLUMNS) {
    const cell = col.cell(parent);
    const stated = val(cell);
    if (stated === null || !comparedHere(parent, col, ctx)) continue;
    const computed = leaves(col);
    if (computed === undefined || !isMoneyDifferent(stated, computed)) continue;
    // Equal to what the children state: the defect is in a child, flagged there.
    const childrenState = sumOf(
      kids.filter((k) => k.continuationOf === undefined).map((k) => statedValue(ctx, k, col)),
    );
    if (childrenState !== undefined && !isMoneyDifferent(stated, childrenState)) continue;
    // Equal to the leaves' quarterly spending summed: a leaf's own to-date cell is wrong, flagged
    // there (against its quarters), not here too.
    if (col.fallback) {
      const byQuarters = sumOf(
        kids.filter((k) => k.continuationOf === undefined).map((k) => leafByQuarters(ctx, k, col)),
      );
      if (byQuarters !== undefined && !isMoneyDifferent(stated, byQuarters)) continue;
    }
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

function compareQuartersWithToDate(ctx: CheckContext, row: PlanRow, out: Finding[]): void {
  for (const q of QUARTERS) {
    const cell = at(row.spentToDateStated, q);
    const stated = val(cell);
    if (stated === null || !checkedAt(row.spentToDateStated, q, ctx.quarter)) continue;
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
function compareRealizationToDate(ctx: CheckContext, row: PlanRow, out: Finding[]): void {
  if (row.level !== "subactivity") return;
  for (const q of QUARTERS) {
    const cell = at(row.realizationToDateStated, q);
    const stated = val(cell);
    if (stated === null || !checkedAt(row.realizationToDateStated, q, ctx.quarter)) continue;
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

/** Plan rows a total row covers: those of its sheet above it and below the previous total row. */
function rowsCoveredByTotal(ctx: CheckContext, total: CalculatedRow): CalculatedRow[] {
  const sameSheet = ctx.rows.filter((r) => r.sheet === total.sheet);
  const previousTotal = sameSheet.filter((r) => r.isTotal && r.row < total.row).reduce((m, r) => Math.max(m, r.row), 0);
  const above = sameSheet.filter((r) => !r.isTotal && r.row < total.row);
  const sinceLast = above.filter((r) => r.row > previousTotal);
  return sinceLast.length > 0 ? sinceLast : above;
}

/** Top-level plan rows a total row sums (rows without a parent among those it covers). */
export function rowsSummedByTotal(ctx: CheckContext, total: CalculatedRow): CalculatedRow[] {
  return rowsCoveredByTotal(ctx, total).filter((r) => r.parentId === null || !ctx.byId.has(r.parentId));
}

/** Bottom-up sum of a total row: the leaves (plan rows without plan children) it covers. */
function totalLeaves(ctx: CheckContext, total: CalculatedRow): (col: Column) => number | undefined {
  const leaves = rowsCoveredByTotal(ctx, total).filter(
    (r) => r.continuationOf === undefined && r.level !== "group" && ctx.children(r).length === 0,
  );
  return (col) => sumOf(leaves.map((l) => ownValue(l, col)));
}

export function checkSumMismatch(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const row of ctx.rows) {
    if (row.isTotal) compareWithChildren(ctx, row, rowsSummedByTotal(ctx, row), totalLeaves(ctx, row), out);
    else if (row.level !== "subactivity")
      compareWithChildren(ctx, row, ctx.children(row), (col) => leafValue(ctx, row, col), out);
    compareQuartersWithToDate(ctx, row, out);
    compareRealizationToDate(ctx, row, out);
  }
  return out;
}

/** What a reader's stated total says when it is off, by which reader saw it. */
function statedTotalMessage(f: FactOf<"statedTotal">): string {
  const { stated, computed: sum, says } = f;
  switch (says.text) {
    case "accountLines":
      return exportText.accountLinesDiffer(says.code, stated, sum);
    case "accountBudget":
      return modelText.accountMismatch(stated, sum);
    case "accountSpent":
      return modelText.accountSpendMismatch(stated, sum);
    case "subTotal":
      return exportText.subTotalDiffers(says.label, stated, sum);
    case "levelTotal":
      return exportText.levelTotalDiffers(says.label, stated, sum);
    case "helperTotal":
      return modelText.statedTotal(stated, sum);
    case "groupTotal":
      return exportText.groupTotalDiffers(stated, sum, says.names);
    case "accountTotal":
      return exportText.accountTotalDiffers(stated, sum);
    case "sameMoney":
      return exportText.sameMoneyDiffers(says.sheet, stated, says.main, sum);
    case "joinBudget":
      return joinText.budgetDiffers(stated, sum, says.sheet);
  }
}

/** A stated amount a reader compared with its children: wrong by 1 Rupiah or more. */
function statedTotal(f: FactOf<"statedTotal">): Finding[] {
  if (!isMoneyDifferent(f.stated, f.computed)) return [];
  return [findingAt("sum-mismatch", f.at, statedTotalMessage(f), f.stated, f.computed, "error")];
}

export const sumMismatchCheck: Check = { rows: checkSumMismatch, facts: { statedTotal } };
