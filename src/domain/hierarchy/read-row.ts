/**
 * A plan-table row as read (model/plan-table.ts), with what settling levels and parents needs
 * (parents.ts, formula-tree.ts). It lives here so that the hierarchy does not import the model.
 */
import type { PlanRow } from "../types";
import type { ParsedCode } from "./codes";

export interface ReadRow extends PlanRow {
  /** Code kind, when the row has a code. */
  codeInfo: ParsedCode | null;
  /** A budget-account line (kode rekening / "Belanja …") under a sub-activity: not a plan row. */
  isAccountLine: boolean;
  /** No code, name or level signal: the level was guessed from layout. */
  levelUncertain: boolean;
  /** A second indicator line of the row above (no code, no name). */
  continuation: boolean;
  /** Text only (no code, level word, indicator or figure): a section heading. */
  textOnly?: boolean;
  /** Organisation / sub-unit code carried beside the plan code (the same sub-activity may repeat per unit). */
  scope: string;
  bold: boolean;
  indent: number;
}
