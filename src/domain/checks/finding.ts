/**
 * Building findings (domain.md §6): severity per rule, location from the row and the cell. The one
 * place a finding object is made; only checks/ imports it (.dependency-cruiser.cjs).
 */
import { placeOf, type FactPlace } from "../facts";
import type { Finding, NumCell, RuleId, Severity } from "../types";

export const RULE_SEVERITY: Record<RuleId, Severity> = {
  "sum-mismatch": "error",
  "stated-value-mismatch": "warning",
  "quarter-targets-vs-annual": "warning",
  "accumulation-ambiguous": "warning",
  "over-target": "info",
  "over-budget": "error",
  "realization-without-target": "info",
  "spending-without-progress": "warning",
  "progress-without-spending": "warning",
  "missing-target": "warning",
  "unparseable-value": "error",
  "error-value": "error",
  "negative-value": "error",
  "unit-mismatch": "warning",
  hierarchy: "warning",
  "duplicate-code": "error",
  "formula-inconsistent": "warning",
  "words-mismatch": "error",
  layout: "warning",
  "missing-realization": "info",
};

/** What a finding is about: a plan row or a key-indicator row. */
export interface FindingSubject {
  sheet: string;
  row: number;
  code?: string | null;
  name: string;
  nameCell?: string;
}

/** A finding about a row, at `cell` (else the row's name cell, else column A). */
export function makeFinding(
  rule: RuleId,
  subject: FindingSubject,
  cell: NumCell | string | null | undefined,
  message: string,
  stated: number | string | null,
  computed: number | string | null,
  severity: Severity = RULE_SEVERITY[rule],
): Finding {
  return findingAt(rule, placeOf(subject, cell), message, stated, computed, severity);
}

/** A finding at a fact's place (its row name as read). */
export function findingAt(
  rule: RuleId,
  at: FactPlace,
  message: string,
  stated: number | string | null,
  computed: number | string | null,
  severity: Severity = RULE_SEVERITY[rule],
): Finding {
  return {
    rule,
    severity,
    sheet: at.sheet,
    cell: at.cell,
    row: at.row,
    code: at.code,
    rowName: at.name,
    message,
    stated,
    computed,
  };
}
