/**
 * The JSON report (contract.md, schemaVersion 1). Objects are built with their keys in the
 * contract's order; values that do not apply are null, never omitted; percentages unrounded.
 * `layout` (the detection report) is appended after the contract's members.
 */
import type {
  CalculatedKeyIndicator,
  CalculatedRow,
  Finding,
  JsonFinding,
  JsonKeyIndicator,
  JsonReport,
  JsonRow,
  Totals,
} from "../types";
import { deriveSheetOrder, finite, num, planRows, type ReportInput } from "./common";
import { sortFindings } from "./sort-findings";

function jsonRow(r: CalculatedRow, rowOfId: Map<number, number>): JsonRow {
  const f = r.figures;
  const aggregate = r.level === "program" || r.level === "activity";
  return {
    sheet: r.sheet,
    row: r.row,
    level: r.level,
    code: r.code ?? null,
    name: r.name,
    parentRow: r.parentId != null ? (rowOfId.get(r.parentId) ?? null) : null,
    unit: r.unit ?? null,
    annualTarget: num(r.annualTarget),
    targetToDate: finite(f.targetToDate),
    realizationToDate: r.level === "subactivity" ? finite(f.realizationToDate) : null,
    realizationPct: aggregate ? finite(f.realizationPct) : null,
    performancePct: finite(f.performancePct),
    performanceToDatePct: finite(f.performanceToDatePct),
    budget: finite(f.budget),
    spentToDate: finite(f.spentToDate),
    budgetPct: finite(f.budgetPct),
    remaining: finite(f.remaining),
    predicate: aggregate ? (f.predicate ?? null) : null,
  };
}

function jsonKeyIndicator(k: CalculatedKeyIndicator): JsonKeyIndicator {
  return {
    sheet: k.sheet,
    row: k.row,
    name: k.name,
    target: num(k.target),
    realizationPct: finite(k.figures.realizationPct),
    performancePct: finite(k.figures.performancePct),
    predicate: k.figures.predicate ?? null,
  };
}

function jsonTotals(t: Totals): Totals {
  return {
    budget: t.budget,
    spentToDate: t.spentToDate,
    budgetPct: finite(t.budgetPct),
    remaining: t.remaining,
    budgetWords: t.budgetWords,
    spentWords: t.spentWords,
    remainingWords: t.remainingWords,
    programs: t.programs,
    activities: t.activities,
    subactivities: t.subactivities,
  };
}

function jsonValue(v: number | string | null | undefined): number | string | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  return v ?? null;
}

function jsonFinding(f: Finding): JsonFinding {
  return {
    rule: f.rule,
    severity: f.severity,
    sheet: f.sheet,
    cell: f.cell,
    row: f.row,
    code: f.code ?? null,
    message: f.message,
    stated: jsonValue(f.stated),
    computed: jsonValue(f.computed),
  };
}

export function buildJsonReport(input: ReportInput): JsonReport {
  const rowOfId = new Map(input.rows.map((r) => [r.id, r.row] as [number, number]));
  // Key order: the contract's members first, then `layout` (not part of the contract's example).
  const report = {
    schemaVersion: 1 as const,
    quarter: input.quarter,
    year: input.layout.year ?? null,
    agency: input.layout.agency ?? null,
    predicateScale: input.options.predicateScale,
    rows: planRows(input.rows).map((r) => jsonRow(r, rowOfId)),
    keyIndicators: input.keyIndicators.map(jsonKeyIndicator),
    totals: jsonTotals(input.totals),
    findings: sortFindings(input.findings, deriveSheetOrder(input)).map(jsonFinding),
    layout: input.layout,
  };
  return report satisfies JsonReport;
}
