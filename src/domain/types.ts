/**
 * Shared types of the engine: options, model rows, calculated figures, findings, layout report
 * and output sheet specifications. See ../shared/spec/domain.md and contract.md.
 */
import type { CellRange } from "./grid";

export type Quarter = 1 | 2 | 3 | 4;
export type Level = "group" | "program" | "activity" | "subactivity";
export type Severity = "error" | "warning" | "info";
export type PredicateScaleId = "sakip" | "permendagri86";
export type AverageOver = "targeted" | "all";
export type Accumulation = "flow" | "level";
export type Polarity = "positive" | "negative";

export interface Options {
  /** Quarter 1–4; undefined = the latest quarter with realizations. */
  quarter?: Quarter;
  predicateScale: PredicateScaleId;
  /** Activity average over sub-activities that have a target to date (default) or all with an annual target. */
  averageOver: AverageOver;
  /** Column mapping overriding detection (as saved by the add-in / given with --mapping). */
  mapping?: Mapping;
  /**
   * What the quarter columns (TW q) of activity and program rows hold: the value to date (default)
   * or that quarter's value only (Form E.81 columns 8–11). Taken from the workbook's own numbers
   * (checks/conventions.ts), not a user setting.
   */
  parentQuarterValues?: "toDate" | "quarter";
  /** Name of the file read (a monthly export may say its month only there: "lra_juli.xlsx"). */
  fileName?: string;
}

export const DEFAULT_OPTIONS: Options = { predicateScale: "sakip", averageOver: "targeted" };

/** Rule ids of domain.md §6 (public contract) plus product-specific ones. */
export type RuleId =
  | "sum-mismatch"
  | "stated-value-mismatch"
  | "quarter-targets-vs-annual"
  | "accumulation-ambiguous"
  | "over-target"
  | "over-budget"
  | "realization-without-target"
  | "spending-without-progress"
  | "progress-without-spending"
  | "missing-target"
  | "unparseable-value"
  | "error-value"
  | "negative-value"
  | "unit-mismatch"
  | "hierarchy"
  | "duplicate-code"
  | "formula-inconsistent"
  | "words-mismatch"
  | "layout"
  /** Product-specific (info): a key indicator with no realization yet (domain.md §5.5). */
  | "missing-realization";

export interface Finding {
  rule: RuleId;
  severity: Severity;
  sheet: string;
  /** A1 address without the sheet name. */
  cell: string;
  /** 1-based Excel row. */
  row: number;
  code: string | null;
  /** Name of the row the finding is about (for the Temuan sheet), or null. */
  rowName: string | null;
  /** Indonesian, understandable without the spec. */
  message: string;
  stated: number | string | null;
  computed: number | string | null;
}

/** A parsed numeric cell. `value` null = no value (empty, "-", malformed, error). */
export interface NumCell {
  value: number | null;
  /** A1 address of the source cell. */
  cell: string;
  /** Unit written in the cell ("10 Dok" → "Dok"). */
  unit?: string;
  /** Raw formula text, when the cell holds a formula. */
  formula?: string;
  /**
   * A plain number in a `%` column whose values are mostly fractions: read as a fraction (× 100),
   * or, departing from that convention, as already in percent points.
   */
  percentReading?: "fraction" | "points";
}

/** One row of the plan (program / activity / sub-activity / group) as read from the workbook. */
export interface PlanRow {
  id: number;
  sheet: string;
  row: number;
  level: Level;
  /** How the level was decided (explicit, code, prefix, formula, layout) — for the detection report. */
  levelSource: "explicit" | "code" | "prefix" | "formula" | "layout" | "total";
  code: string | null;
  name: string;
  nameCell: string;
  indicator: string | null;
  unit: string | null;
  annualTarget: NumCell | null;
  quarterTargets: (NumCell | null)[]; // index 0..3 = TW I..IV
  quarterRealizations: (NumCell | null)[];
  /** Stated cumulative realization "s.d. TW q" (index 0..3), used as is when present. */
  realizationToDateStated: (NumCell | null)[];
  /** Stated performance % (capaian) per quarter-to-date (index 0..3) or for the sheet's quarter. */
  statedPerformancePct: (NumCell | null)[];
  budget: NumCell | null;
  spentQuarters: (NumCell | null)[];
  spentToDateStated: (NumCell | null)[];
  statedBudgetPct: (NumCell | null)[];
  accumulation: Accumulation | null; // null = not explicit
  polarity: Polarity;
  parentId: number | null;
  childIds: number[];
  /** A further indicator line of the row with this id (no code or name of its own): not counted again. */
  continuationOf?: number;
  /** The table has quarterly target columns (undefined: unknown, decide from the values). */
  quarterTargetColumns?: boolean;
  /**
   * The table's quarterly target columns cover only some quarters (a "Target s.d. TW II" column, a
   * sheet per quarter): the year's target patterns (Σ = annual …) cannot be checked on them.
   */
  partialQuarterTargets?: boolean;
  /** True for total rows (JUMLAH / TOTAL). Not part of the plan; only checked. */
  isTotal?: boolean;
  /**
   * Form E.81 realisation `%` sub-column per quarter (index 0..3): the row's cumulative progress in
   * percent points, an input checked against the `K` values (absent when the table has none).
   */
  progressPct?: (NumCell | null)[];
  /** Extra carried-through columns (e.g. Renstra figures of Form E.81), header → value. */
  extra?: Record<string, number | string | null>;
  /** The agency this row belongs to, in a table holding several agencies (its SKPD / OPD column). */
  agency?: string;
  /**
   * An activity that is a leaf of its table (the 2010-era Renja form: program → kegiatan, no sub
   * kegiatan yet): computed from its own target and realization, as a sub-activity is.
   */
  leaf?: boolean;
}

export interface KeyIndicatorRow {
  sheet: string;
  row: number;
  objective: string | null;
  name: string;
  unit: string | null;
  target: NumCell | null;
  numerator: NumCell | null;
  denominator: NumCell | null;
  realization: NumCell | null;
  statedPerformancePct: NumCell | null;
  polarity: Polarity;
  /** Realization per quarter (index 0..3), when the table has quarterly columns instead of one. */
  quarterRealizations?: (NumCell | null)[];
}

/** Figures computed for one plan row for quarter n (domain.md §5). */
export interface RowFigures {
  targetToDate: number | null;
  realizationToDate: number | null;
  /** Activities / programs: averaged or stated realization (percent). */
  realizationPct: number | null;
  realizationSource: "stated" | "computed" | null;
  performancePct: number | null;
  performanceToDatePct: number | null;
  budget: number | null;
  spentToDate: number | null;
  budgetPct: number | null;
  remaining: number | null;
  predicate: string | null;
  accumulation: Accumulation;
}

export interface CalculatedRow extends PlanRow {
  figures: RowFigures;
}

export interface KeyIndicatorFigures {
  realizationPct: number | null;
  performancePct: number | null;
  predicate: string | null;
}

export interface CalculatedKeyIndicator extends KeyIndicatorRow {
  figures: KeyIndicatorFigures;
}

export interface Totals {
  budget: number;
  spentToDate: number;
  budgetPct: number | null;
  remaining: number;
  budgetWords: string;
  spentWords: string;
  remainingWords: string;
  programs: number;
  activities: number;
  subactivities: number;
}

/** What detection decided for one column, and the kinds of column meaning: see layout/roles.ts (the catalog). */
import type { ColumnRole, ColumnRoleKind, NumericRoleKind } from "./layout/roles";
export type { ColumnRole, ColumnRoleKind, NumericRoleKind };

export interface DetectedColumn {
  col: number;
  letter: string;
  /** Header text as composed from the header rows ("Target Kinerja / TW I / K"). */
  header: string;
  role: ColumnRole;
}

/** How many of the equations a reading implies hold (layout/reading-score.ts). */
export interface ReadingScore {
  /** Plan rows looked at (no total rows, no further indicator lines). */
  rows: number;
  equations: number;
  held: number;
  /** Failed equations by kind. */
  failed: { sum: number; code: number; pct: number };
  /** Rows taking part in a failed equation. */
  contradicting: number;
  /** held ÷ equations, or null when the reading implies no equation. */
  score: number | null;
  doubtful: boolean;
}

export interface DetectedTable {
  sheet: string;
  kind: "plan" | "keyIndicators";
  layout: "A" | "B" | "C";
  headerRows: { first: number; last: number };
  dataRows: { first: number; last: number };
  columns: DetectedColumn[];
  rowCounts: { group: number; program: number; activity: number; subactivity: number; total: number };
  /** Sheets recognised as copies of this table (processed once). */
  copies: string[];
  /** Things detection assumed (Indonesian), shown to the user. */
  assumptions: string[];
  /** Amounts were written in thousands of Rupiah and are reported × this factor (1000). */
  amountScale?: number;
  /** A monthly export: the realisation is this month's, not the year to date. */
  period?: { month: number; name: string; source: string };
  /** How well the reading chosen agrees with the table's own arithmetic (layout/reading-score.ts). */
  reading?: ReadingScore & {
    /** Readings compared (1 = detection had no alternative). */
    candidates: number;
  };
}

export interface LayoutReport {
  tables: DetectedTable[];
  skippedSheets: { sheet: string; reason: string }[];
  agency: string | null;
  year: number | null;
  quarter: Quarter | null;
  /**
   * Set when the quarter asked has no data at all (nothing filled after this one): the figures are
   * computed up to `lastQuarterWithData` and every output says so (domain.md §6 Precision).
   */
  lastQuarterWithData?: Quarter;
  /** The quarter that was asked, when it had no data (see lastQuarterWithData). */
  requestedQuarter?: Quarter;
  /** A monthly export: the month every realisation table of the workbook reports (not the year to date). */
  period?: { month: number; name: string; source: string };
}

/** Column mapping file (--mapping, and what the add-in saves in the workbook). */
export interface Mapping {
  version: 1;
  tables: {
    sheet: string;
    headerRows?: { first: number; last: number };
    dataRows?: { first: number; last?: number };
    /** Column letter → role kind (with quarter where the role has one), e.g. {"F": "quarterTarget:1"}. */
    columns: Record<string, string>;
    kind?: "plan" | "keyIndicators";
  }[];
}

/**
 * Why a mapping cannot be used (layout/mapping.ts `parseMapping`); `table` is the 0-based index in
 * `tables`. The one error type of the CLI, the pane and the web page (texts: i18n/mapping.ts).
 */
export type MappingProblem =
  | { kind: "notObject" }
  | { kind: "version" }
  | { kind: "tables" }
  | { kind: "table"; table: number }
  | { kind: "column"; table: number; column: string }
  | { kind: "rows"; table: number }
  | { kind: "tableKind"; table: number };

// ---------------------------------------------------------------- output sheet specifications

export type RowStyle = "header" | "caption" | "group" | "program" | "activity" | "subactivity" | "total" | "normal";

export interface SheetColumn {
  header: string;
  width: number;
  numberFormat?: string;
  /** Text in this column is indented by its row's `indent` level (the name column of a plan table). */
  indent?: boolean;
}

export type SpecValue = string | number | null;

/**
 * One row of an output table.
 * - `style` "header" inside `rows` marks a sub-table header line (e.g. on Ringkasan, where several
 *   small tables share one sheet): write it like the column header row (bold, filled).
 * - `style` "caption" inside `rows` is a block title line (e.g. "Tabel 3.2 … Program …" on
 *   Capaian, where each program is its own table): only `cells[0]` is written, bold, no borders,
 *   not wrapped (it may run over the empty cells to its right).
 * - `numberFormats` (optional): per-cell Excel number format overriding the column's
 *   `numberFormat` for this row; index = column index; null/undefined/missing = use the column's.
 * - `indent` (optional): indent level (0, 1, 2 …) of the cells in columns marked `indent`.
 */
export interface SheetRow {
  cells: SpecValue[];
  style?: RowStyle;
  numberFormats?: (string | null)[];
  indent?: number;
}

/**
 * An output sheet, top to bottom (1-based sheet rows, T = title.length, H = headerRows):
 *   rows 1..T          title lines (column A, bold), no blank line after them;
 *   rows T+1..T+H      column headers (`columns[].header`; the report always uses H = 1);
 *   rows T+H+1…        `rows[0]`, `rows[1]`, … (so `rows[i]` is sheet row T+H+1+i);
 *   then each block: one blank row, the block title row, the block's column header row, its rows.
 * `freezeRows` counts sheet rows from the top (0 = no freeze). All string cells are written as
 * text, never as formulas (a name starting with "=" stays literal text).
 */
export interface SheetSpec {
  name: string;
  /** Rows above the table (title lines), written before the header row. */
  title?: string[];
  columns: SheetColumn[];
  rows: SheetRow[];
  /** Number of header rows at the top of the table (the column headers; ≥ 1). */
  headerRows: number;
  freezeRows: number;
  print: { landscape: boolean; fitToWidth: boolean; repeatHeader: boolean };
  /** Temuan → source cell. row/col are 0-based indexes into `rows` / `columns`. */
  links?: { row: number; col: number; sheet: string; cell: string }[];
  chart?: {
    kind: "bar";
    title: string;
    /** 0-based indexes into `rows` (so sheet row T+H+1+index) and `columns`; never into blocks. */
    categories: { firstRow: number; lastRow: number; col: number };
    series: { name: string; firstRow: number; lastRow: number; col: number }[];
  };
  /** Extra blocks below the main table (legend, totals). Each is written after a blank row. */
  blocks?: { title: string; columns: SheetColumn[]; rows: SheetRow[] }[];
}

export type Stage = "membaca" | "mengenali" | "menghitung" | "memeriksa" | "menulis";

export interface JsonReport {
  schemaVersion: 1;
  quarter: Quarter;
  year: number | null;
  agency: string | null;
  predicateScale: PredicateScaleId;
  layout: LayoutReport;
  rows: JsonRow[];
  keyIndicators: JsonKeyIndicator[];
  totals: Totals;
  findings: JsonFinding[];
  /** Additive member (contract.md): one report of this shape per agency, for a workbook holding several. */
  agencies?: JsonReport[];
}

export interface JsonRow {
  sheet: string;
  row: number;
  level: Level;
  code: string | null;
  name: string;
  parentRow: number | null;
  unit: string | null;
  annualTarget: number | null;
  targetToDate: number | null;
  realizationToDate: number | null;
  realizationPct: number | null;
  performancePct: number | null;
  performanceToDatePct: number | null;
  budget: number | null;
  spentToDate: number | null;
  budgetPct: number | null;
  remaining: number | null;
  predicate: string | null;
}

export interface JsonKeyIndicator {
  sheet: string;
  row: number;
  name: string;
  target: number | null;
  realizationPct: number | null;
  performancePct: number | null;
  predicate: string | null;
}

export interface JsonFinding {
  rule: RuleId;
  severity: Severity;
  sheet: string;
  cell: string;
  row: number;
  code: string | null;
  message: string;
  stated: number | string | null;
  computed: number | string | null;
}

export interface Result {
  quarter: Quarter;
  options: Options;
  layout: LayoutReport;
  rows: CalculatedRow[];
  keyIndicators: CalculatedKeyIndicator[];
  totals: Totals;
  findings: Finding[];
  sheets: SheetSpec[];
  report: JsonReport;
  /** A workbook holding several agencies: each agency's rows, totals and findings (workbook order). */
  agencies?: AgencyResult[];
}

export interface AgencyResult {
  agency: string;
  rows: CalculatedRow[];
  totals: Totals;
  findings: Finding[];
}

export type { CellRange };
