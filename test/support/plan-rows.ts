/**
 * Test helper: build PlanRows / KeyIndicatorRows from compact specs.
 *
 * Per-quarter arrays: `undefined` = the sheet has no such column (cells null); an array = the
 * column exists; missing trailing quarters and `null` entries are empty cells (NumCell with value
 * null). Cell addresses follow a fixed column layout (see COLS) on row `row` (default 10 + id).
 */
import type { Accumulation, KeyIndicatorRow, Level, NumCell, PlanRow, Polarity } from "../../src/domain/types";
import { emptyPlanRow } from "../../src/domain/model/empty-row";

export interface RowSpec {
  id: number;
  level: Level;
  parentId?: number | null;
  code?: string | null;
  name?: string;
  sheet?: string;
  row?: number;
  unit?: string | null;
  annual?: number | null;
  targets?: (number | null)[];
  real?: (number | null)[];
  realToDate?: (number | null)[];
  perfPct?: (number | null)[];
  budget?: number | null;
  spent?: (number | null)[];
  spentToDate?: (number | null)[];
  budgetPct?: (number | null)[];
  accumulation?: Accumulation | null;
  polarity?: Polarity;
  isTotal?: boolean;
}

export const COLS = {
  code: "A",
  name: "B",
  annual: "E",
  targets: ["F", "G", "H", "I"],
  real: ["J", "K", "L", "M"],
  realToDate: ["N", "O", "P", "Q"],
  perfPct: ["R", "S", "T", "U"],
  budget: "V",
  spent: ["W", "X", "Y", "Z"],
  spentToDate: ["AA", "AB", "AC", "AD"],
  budgetPct: ["AE", "AF", "AG", "AH"],
} as const;

function cell(col: string, row: number, value: number | null | undefined): NumCell | null {
  return value === undefined ? null : { value, cell: `${col}${row}` };
}

function quarters(cols: readonly string[], row: number, values: (number | null)[] | undefined): (NumCell | null)[] {
  if (values === undefined) return [null, null, null, null];
  return cols.map((c, i) => ({ value: values[i] ?? null, cell: `${c}${row}` }));
}

export function planRow(s: RowSpec): PlanRow {
  const row = s.row ?? 10 + s.id;
  return {
    ...emptyPlanRow(s.id, s.sheet ?? "Renaksi", row),
    level: s.level,
    levelSource: s.isTotal ? "total" : "code",
    code: s.code === undefined ? `C${s.id}` : s.code,
    name: s.name ?? `${s.level} ${s.id}`,
    nameCell: `${COLS.name}${row}`,
    unit: s.unit ?? null,
    annualTarget: cell(COLS.annual, row, s.annual),
    quarterTargets: quarters(COLS.targets, row, s.targets),
    quarterRealizations: quarters(COLS.real, row, s.real),
    realizationToDateStated: quarters(COLS.realToDate, row, s.realToDate),
    statedPerformancePct: quarters(COLS.perfPct, row, s.perfPct),
    budget: cell(COLS.budget, row, s.budget),
    spentQuarters: quarters(COLS.spent, row, s.spent),
    spentToDateStated: quarters(COLS.spentToDate, row, s.spentToDate),
    statedBudgetPct: quarters(COLS.budgetPct, row, s.budgetPct),
    accumulation: s.accumulation ?? null,
    polarity: s.polarity ?? "positive",
    parentId: s.parentId ?? null,
    ...(s.isTotal ? { isTotal: true } : {}),
  };
}

/** Rows with childIds resolved from parentId (in spec order). */
export function plan(specs: RowSpec[]): PlanRow[] {
  const rows = specs.map(planRow);
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const r of rows) if (r.parentId !== null) byId.get(r.parentId)?.childIds.push(r.id);
  return rows;
}

export interface KeyIndicatorSpec {
  row?: number;
  name?: string;
  target?: number | null;
  numerator?: number | null;
  denominator?: number | null;
  realization?: number | null;
  statedPct?: number | null;
  polarity?: Polarity;
}

export function keyIndicator(s: KeyIndicatorSpec): KeyIndicatorRow {
  const row = s.row ?? 5;
  return {
    sheet: "IKU",
    row,
    objective: null,
    name: s.name ?? "Indeks Kepuasan Masyarakat",
    unit: "%",
    target: cell("C", row, s.target),
    numerator: cell("D", row, s.numerator),
    denominator: cell("E", row, s.denominator),
    realization: cell("F", row, s.realization),
    statedPerformancePct: cell("G", row, s.statedPct),
    polarity: s.polarity ?? "positive",
  };
}
