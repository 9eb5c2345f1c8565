/** The shape of one rule's check (one file per rule id of domain.md §6, listed in `CHECKS`). */
import type { Finding } from "../types";
import type { CheckContext } from "./context";

export interface Check {
  /** Findings on the calculated rows (none for a rule whose defects are all seen while reading). */
  rows?(ctx: CheckContext): Finding[];
}
