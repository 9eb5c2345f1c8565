/** The shape of one rule's check (one file per rule id of domain.md §6, listed in `CHECKS`). */
import type { FactOf, ReadFactKind } from "../facts";
import type { Finding } from "../types";
import type { CheckContext } from "./context";

/** Per fact kind a rule judges: the findings that fact makes (none when it is no defect). */
export type FactJudges = { [K in ReadFactKind]?: (fact: FactOf<K>) => Finding[] };

export interface Check {
  /** Findings on the calculated rows (none for a rule whose defects are all seen while reading). */
  rows?(ctx: CheckContext): Finding[];
  /** Findings from the facts the readers and the calculation recorded (`judgeFacts`). */
  facts?: FactJudges;
}
