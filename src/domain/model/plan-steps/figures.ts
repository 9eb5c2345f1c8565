/**
 * A plan row's figures (readPlanTable, per row): each figure column's cell parsed into the row's
 * slot of the role catalog (`readFigures`), and the Form E.81 progress `%` sub-columns
 * (`readProgress`). What the table-wide steps need afterwards is handed back: the units written
 * in the cells, stated percentages naming no quarter, and every percentage read.
 */
import { a1 } from "../../grid";
import type { ReadFact } from "../../facts";
import type { ColumnRole, NumCell, Quarter } from "../../types";
import type { TableLayout } from "../../layout/tables";
import { roleEntry, type QuarterSlot } from "../../layout/roles";
import { parseCell } from "../../values/parse";
import type { ReadRow } from "../../hierarchy/read-row";
import type { RowContext } from "../num-cell";
import { readMoney } from "../money-cell";

/** Column slot of a role in a PlanRow (the catalog's): the quarter array and index, or null for a scalar field or none. */
export function slot(role: ColumnRole, quarter: number | null): { arr: QuarterSlot; idx: number } | null {
  const s = roleEntry(role.kind).slot;
  if (s === null || s === "annualTarget" || s === "budget") return null;
  return { arr: s, idx: (quarter ?? 0) - 1 };
}

/** A percentage read from a column, to be normalised with the rest of its column. */
export interface PercentRead {
  col: number;
  num: NumCell;
  /** The cell said "%" (text or percent format). */
  percent: boolean;
}

export interface RowFigures {
  /** Units written in cells: the target's, and the realizations carrying one. */
  units: { target?: string; real: NumCell[] };
  /** Stated percentages that name no quarter: placed once the table's quarter is known. */
  undated: { kind: "statedPerformancePct" | "statedBudgetPct"; num: NumCell }[];
  percents: PercentRead[];
}

export function readFigures(
  t: TableLayout,
  r: number,
  row: ReadRow,
  numeric: [number, ColumnRole][],
  ctx: RowContext,
  facts: ReadFact[],
  defaultQuarter: number,
): RowFigures {
  const v = t.view;
  const out: RowFigures = { units: { real: [] }, undated: [], percents: [] };
  for (const [c, role] of numeric) {
    const cell = v.raw(r, c);
    if (cell.value === null && !cell.error && !t.moneyGroups?.some((g) => g.col === c)) {
      placeEmptyRealization(row, role, c, r);
      continue;
    }
    const { num, percent } = readMoney(t, r, c, role.kind, ctx, facts);
    if (!num) {
      if (parseCell(cell).kind === "empty") placeEmptyRealization(row, role, c, r); // "-"
      continue;
    }
    if (role.kind === "annualTarget") row.annualTarget = num;
    else if (role.kind === "budget") row.budget = num;
    else if ((role.kind === "statedPerformancePct" || role.kind === "statedBudgetPct") && role.quarter === null) {
      // A stated % that names no quarter states the sheet's current figure: placed once the
      // table's latest quarter is known.
      out.undated.push({ kind: role.kind, num });
    } else if ((role.kind === "spentToDate" || role.kind === "realizationToDate") && (role.quarter as number) === 0) {
      for (let i = 0; i < 4; i++) row[slot(role, i + 1)!.arr][i] = num; // "to date" for whichever quarter is computed
    } else {
      const q = "quarter" in role ? (role.quarter ?? defaultQuarter) : defaultQuarter;
      const s = slot(role, q)!;
      if (s.idx < 0 || s.idx > 3) continue;
      row[s.arr][s.idx] = num;
    }
    if (role.kind === "statedPerformancePct" || role.kind === "statedBudgetPct")
      out.percents.push({ col: c, num, percent });
    if (num.unit) {
      if (role.kind === "annualTarget" || role.kind === "quarterTarget") out.units.target ??= num.unit;
      if (role.kind === "quarterRealization" || role.kind === "realizationToDate") out.units.real.push(num);
    }
  }
  return out;
}

/**
 * Form E.81's realisation `%` sub-column per quarter: the row's cumulative progress in percent
 * points. A helper column: a cell that is no number is skipped, never an unreadable-value finding.
 */
export function readProgress(
  t: TableLayout,
  r: number,
  row: ReadRow,
  progress: (readonly [number, Quarter])[],
): PercentRead[] {
  const v = t.view;
  const out: PercentRead[] = [];
  for (const [c, q] of progress) {
    const cell = v.raw(r, c);
    if (cell.value === null || cell.error) continue;
    const p = parseCell(cell);
    if (p.kind !== "number") continue;
    row.progressPct ??= [null, null, null, null];
    row.progressPct[q - 1] = { value: p.value, cell: a1(r, c) };
    out.push({ col: c, num: row.progressPct[q - 1]!, percent: p.percent === true });
  }
  return out;
}

/**
 * An empty (or "-") cell of a realization column is kept as a cell without value: the column
 * reaches the row, so a sub-activity with a target and nothing realised yet has realization 0 and
 * 0 % (domain.md §5.1), rather than no figure at all.
 */
function placeEmptyRealization(row: ReadRow, role: ColumnRole, col: number, r: number): void {
  if (role.kind !== "quarterRealization" && role.kind !== "realizationToDate") return;
  const arr = role.kind === "quarterRealization" ? row.quarterRealizations : row.realizationToDateStated;
  const q = role.quarter as number;
  const empty: NumCell = { value: null, cell: a1(r, col) };
  if (role.kind === "realizationToDate" && q === 0) {
    for (let i = 0; i < 4; i++) arr[i] ??= empty;
  } else if (q >= 1 && q <= 4) arr[q - 1] ??= empty;
}
