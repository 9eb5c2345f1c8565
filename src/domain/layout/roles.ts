/**
 * The column-role catalog: every meaning a column of a report table can have, once. Everything
 * that lists column meanings reads it: the `ColumnRole` type (types.ts), the mapping file's role
 * names (layout/mapping.ts), the mapping panel's list (taskpane/state/mapping.ts), where a plan
 * row keeps a figure (model/plan-table), which figures are money. The Indonesian labels are in
 * i18n, as a `Record<ColumnRoleKind, …>` each, so a kind without a label does not compile.
 * Detection (which header words mean which role) stays in layout/classify.ts: its patterns are
 * tried in order and the order decides between them.
 *
 * Adding a meaning: one entry here (in the order the mapping panel offers it), its labels in
 * i18n/cli.ts (`ROLE_LABELS`, --jelaskan) and i18n/ui.ts (`roles`, the panel), and where it is read.
 */
import type { Quarter } from "../types";

/** The PlanRow fields holding one figure per quarter (index 0..3 = TW I..IV). */
export type QuarterSlot =
  | "quarterTargets"
  | "quarterRealizations"
  | "realizationToDateStated"
  | "statedPerformancePct"
  | "spentQuarters"
  | "spentToDateStated"
  | "statedBudgetPct";

/** The PlanRow field a plan table's figure column fills: a quarter array, or one figure. */
export type PlanSlot = QuarterSlot | "annualTarget" | "budget";

interface RoleEntry {
  readonly kind: string;
  /** Its name in a mapping file ("quarterTarget:1": the name, then the quarter where it has one). */
  readonly name: string;
  /**
   * "required": the column is for one quarter (1–4); "optional": for one quarter or, left open,
   * for the quarter the sheet reports; "none": no quarter.
   */
  readonly perQuarter: "required" | "optional" | "none";
  /** The cells are figures (numbers, percentages, amounts), parsed as such. */
  readonly numeric: boolean;
  /** Rupiah amounts (scaled when the table is in thousands, read from spending groups). */
  readonly money: boolean;
  /** What the figure is about, for telling a plan row from a budget detail line. */
  readonly aspect: "performance" | "finance" | null;
  /** Where a plan table keeps the figure (PlanRow field), or null when it reads none. */
  readonly slot: PlanSlot | null;
  /** One table may have several columns of this meaning (a code split over columns, Program | Kegiatan). */
  readonly multiColumn: boolean;
}

const text = {
  perQuarter: "none",
  numeric: false,
  money: false,
  aspect: null,
  slot: null,
  multiColumn: false,
} as const;

/** The catalog, in the order a user thinks of a report table (the mapping panel's order). */
export const ROLES = [
  { ...text, kind: "code", name: "code", multiColumn: true },
  { ...text, kind: "name", name: "name", multiColumn: true },
  { ...text, kind: "level", name: "level" },
  { ...text, kind: "indicator", name: "indicator" },
  { ...text, kind: "unit", name: "unit" },
  { ...text, kind: "annualTarget", name: "annualTarget", numeric: true, aspect: "performance", slot: "annualTarget" },
  {
    ...text,
    kind: "quarterTarget",
    name: "quarterTarget",
    perQuarter: "required",
    numeric: true,
    aspect: "performance",
    slot: "quarterTargets",
  },
  {
    ...text,
    kind: "quarterRealization",
    name: "quarterRealization",
    perQuarter: "required",
    numeric: true,
    aspect: "performance",
    slot: "quarterRealizations",
  },
  {
    ...text,
    kind: "realizationToDate",
    name: "realizationToDate",
    perQuarter: "required",
    numeric: true,
    aspect: "performance",
    slot: "realizationToDateStated",
  },
  { ...text, kind: "budget", name: "budget", numeric: true, money: true, aspect: "finance", slot: "budget" },
  {
    ...text,
    kind: "spentQuarter",
    name: "spentQuarter",
    perQuarter: "required",
    numeric: true,
    money: true,
    aspect: "finance",
    slot: "spentQuarters",
  },
  {
    ...text,
    kind: "spentToDate",
    name: "spentToDate",
    perQuarter: "required",
    numeric: true,
    money: true,
    aspect: "finance",
    slot: "spentToDateStated",
  },
  {
    ...text,
    kind: "statedPerformancePct",
    name: "statedPerformancePct",
    perQuarter: "optional",
    numeric: true,
    aspect: "performance",
    slot: "statedPerformancePct",
  },
  {
    ...text,
    kind: "statedBudgetPct",
    name: "statedBudgetPct",
    perQuarter: "optional",
    numeric: true,
    aspect: "finance",
    slot: "statedBudgetPct",
  },
  { ...text, kind: "accumulation", name: "accumulation" },
  { ...text, kind: "polarity", name: "polarity" },
  /** Key indicators (IKU): the strategic objective, and the figures a realization % is made of. */
  { ...text, kind: "objective", name: "objective" },
  { ...text, kind: "numerator", name: "numerator", numeric: true },
  { ...text, kind: "denominator", name: "denominator", numeric: true },
  { ...text, kind: "realization", name: "realization", numeric: true },
  { ...text, kind: "notes", name: "notes", multiColumn: true },
  /** The agency (SKPD / OPD code or name) of each row: a table holding several agencies. */
  { ...text, kind: "agency", name: "agency" },
  /** A column carried through as is, under its header text ("extra:<header>" in a mapping file). */
  { ...text, kind: "extra", name: "extra", multiColumn: true },
] as const satisfies readonly RoleEntry[];

type Entry = (typeof ROLES)[number];

/** Every column meaning's kind. */
export type ColumnRoleKind = Entry["kind"];

/** The kinds whose cells are figures (named in unreadable-value messages: i18n/model.ts `columnNames`). */
export type NumericRoleKind = Extract<Entry, { numeric: true }>["kind"];

type RoleOf<E> = E extends { kind: "extra" }
  ? { kind: "extra"; label: string }
  : E extends { kind: infer K; perQuarter: "required" }
    ? { kind: K; quarter: Quarter }
    : E extends { kind: infer K; perQuarter: "optional" }
      ? { kind: K; quarter: Quarter | null }
      : E extends { kind: infer K }
        ? { kind: K }
        : never;

/** What detection (or a mapping) decided for one column: its kind, with a quarter or label where it has one. */
export type ColumnRole = RoleOf<Entry>;

const BY_KIND = new Map<string, RoleEntry>(ROLES.map((e) => [e.kind, e]));
const BY_NAME = new Map<string, RoleEntry>(ROLES.map((e) => [e.name, e]));

/** The catalog entry of a kind. */
export function roleEntry(kind: ColumnRoleKind): RoleEntry {
  return BY_KIND.get(kind)!;
}

/** The entry a mapping file's role name stands for, or undefined. */
export function roleByName(name: string): (RoleEntry & { kind: ColumnRoleKind }) | undefined {
  return BY_NAME.get(name) as (RoleEntry & { kind: ColumnRoleKind }) | undefined;
}

/** The kinds of the catalog with a property, as a set (for `has(role.kind)` tests). */
export function kindsWhere(test: (e: RoleEntry) => boolean): ReadonlySet<string> {
  return new Set(ROLES.filter((e) => test(e)).map((e) => e.kind));
}

/** Every kind, in the catalog's order. */
export const ROLE_KINDS: readonly ColumnRoleKind[] = ROLES.map((e) => e.kind);
