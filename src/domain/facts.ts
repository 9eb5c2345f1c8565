/**
 * Facts the readers record (layout, hierarchy, model) and the calculation notes (calc), in the order
 * they saw them: a cell that did not parse, a unit clash, a stated amount and its children, a
 * formula's shape, what a reading assumed. Each carries the figures its message needs; the rule
 * files in `checks/` turn them into findings (`judgeFacts`). No finding is built outside `checks/`.
 */
import type { Level, Quarter } from "./types";

/** Where a fact is: the row and the cell a finding about it points at (`name` is the row's name as read). */
export interface FactPlace {
  sheet: string;
  row: number;
  cell: string;
  code: string | null;
  name: string | null;
}

/** What a sum-mismatch says: which reader compared which stated amount with which children. */
export type StatedTotalSays =
  /** An account line against the lines nested in it. */
  | { text: "accountLines"; code: string }
  /** A sub-activity's stated budget against its account lines. */
  | { text: "accountBudget" }
  /** A sub-activity's stated spending against its account lines. */
  | { text: "accountSpent" }
  /** A flat export's sub-total line against the lines it counts. */
  | { text: "subTotal"; label: string }
  /** A flat export's level row against the sub-activities under it. */
  | { text: "levelTotal"; label: string }
  /** A SUM / SUBTOTAL helper cell over the whole column. */
  | { text: "helperTotal" }
  /** A Total column against the spending groups on its row. */
  | { text: "groupTotal"; names: string[] }
  /** A SUM under an account sheet's lines. */
  | { text: "accountTotal" }
  /** A sheet of the same money (account sheet) against the plan's amount. */
  | { text: "sameMoney"; sheet: string; main: string }
  /** A plan cell against the joined flat export's amount. */
  | { text: "joinBudget"; sheet: string };

/** One money group reading of a table (layout/readings.ts). */
export type GroupReading =
  | { how: "summed"; what: "budget" | "spent"; names: string[] }
  | {
      how: "total" | "insteadOfTotal";
      what: "budget" | "spent";
      header: string;
      names: string[];
      agreeing: number;
      checked: number;
    };

/** What a `layout` info says. */
export type LayoutSays =
  /** A sentence the detection report states as one of the table's assumptions (said again here). */
  | { text: "assumption"; sentence: string }
  /** Readable, but nothing to compute (a template without rows, a reference list): a warning. */
  | { text: "nothingToCompute"; sentence: string }
  | { text: "assumed"; what: string }
  | { text: "sheetSkipped"; sheet: string }
  | { text: "quarterSheets"; used: string; others: string[] }
  | { text: "copyOf"; copies: string[]; original: string }
  | { text: "moneyGroups"; groups: GroupReading[] }
  | { text: "thousands"; where: string }
  | { text: "monthly"; month: string; source: string }
  | { text: "monthSeries"; sheets: string[]; latest: string | null }
  | { text: "titlePlan"; sheet: string; rows: string[] }
  | { text: "joined"; sheets: string[]; matched: number; unmatched: number }
  | { text: "sameMoney"; sheets: string[]; main: string; amount: number }
  | { text: "sameMoneySpending"; sheet: string; main: string }
  | { text: "sameMoneyUnmatched"; sheet: string; amount: number }
  | { text: "levelsFromLayout"; rows: number; sums: number };

/** The shape a formula should have and does not (formula-inconsistent). */
export type FormulaShape =
  | { text: "differentChildren"; other: string; rows: number[]; otherRows: number[] }
  | { text: "doubleCounted"; nested: number[] }
  | { text: "skippedChild"; row: number; name: string };

export type ReadFact =
  /** Malformed text in a numeric cell (§4); `column`: the role kind read there. */
  | { kind: "unparsed"; at: FactPlace; raw: string; column: string }
  /** An Excel error value in a cell the calculation needs. */
  | { kind: "cellError"; at: FactPlace; error: string; column: string }
  /** The unit of a realization differs from the row's target unit (`at` the realization cell). */
  | { kind: "unitClash"; at: FactPlace; expected: string; found: string }
  /** An amount in words and the amount in digits next to it. */
  | { kind: "amountInWords"; at: FactPlace; text: string; words: number; digits: number }
  /** A stated amount and the sum of its children (`computed`), as one reader compared them. */
  | { kind: "statedTotal"; at: FactPlace; stated: number; computed: number; says: StatedTotalSays }
  /** A formula whose shape departs from its row's other formulas or skips a child. */
  | { kind: "formulaShape"; at: FactPlace; shape: FormulaShape }
  /** A code seen before in the same table (`account`: an account line written twice). */
  | { kind: "duplicateCode"; at: FactPlace; code: string; firstRow: number; account: boolean }
  /** A level guessed from the layout (indent, wording, bold). */
  | { kind: "levelGuessed"; at: FactPlace; level: Level }
  /**
   * A row without a parent of the level above (`higher`: the row it was attached to instead);
   * `levelGuessed`: its level was a guess, which is its one finding already.
   */
  | { kind: "parentMissing"; at: FactPlace; level: Level; want: Level; higher: Level | null; levelGuessed: boolean }
  /** A column header naming another year than the report's. */
  | { kind: "headerYear"; at: FactPlace; header: string; year: number; reportYear: number }
  /** What a reading decided that the user should know (a `layout` info). */
  | { kind: "layoutNote"; at: FactPlace; says: LayoutSays }
  /** A program's stated realization for a quarter and the mean of its activities (calc). */
  | {
      kind: "programMean";
      at: FactPlace;
      quarter: Quarter;
      stated: number;
      mean: number;
      count: number;
      quarterOnly: boolean;
    }
  /** A key indicator's stated realization and the one its numerator / denominator give. */
  | {
      kind: "keyIndicatorRatio";
      at: FactPlace;
      stated: number;
      computed: number;
      numerator: number;
      denominator: number;
    }
  /** A key indicator with no realization yet. */
  | { kind: "keyIndicatorNoRealization"; at: FactPlace }
  /** A key indicator with a realization but no (positive) target. */
  | { kind: "keyIndicatorNoTarget"; at: FactPlace; realization: number; unit: string | null }
  /** A key indicator's stated achievement and the computed one. */
  | {
      kind: "keyIndicatorPerformance";
      at: FactPlace;
      stated: number;
      computed: number;
      realization: number;
      target: number;
      negative: boolean;
    }
  /** A key indicator's achievement (over-target when above 100). */
  | { kind: "keyIndicatorAchievement"; at: FactPlace; quarter: Quarter; performancePct: number };

export type ReadFactKind = ReadFact["kind"];
export type FactOf<K extends ReadFactKind> = Extract<ReadFact, { kind: K }>;

/** The place of a row-level fact: the cell given, else the row's name cell, else column A. */
export function placeOf(
  subject: { sheet: string; row: number; code?: string | null; name: string; nameCell?: string },
  cell: { cell: string } | string | null | undefined,
): FactPlace {
  const address = typeof cell === "string" ? cell : (cell?.cell ?? subject.nameCell ?? `A${subject.row}`);
  return {
    sheet: subject.sheet,
    row: subject.row,
    cell: address,
    code: subject.code ?? null,
    name: subject.name || null,
  };
}
