/**
 * Report stage: sheet specifications (pure data for the workbook writers) and the JSON report.
 */
import type { JsonReport, SheetSpec } from "../types";
import { SHEET_NAMES } from "../../i18n/report";
import type { ReportInput } from "./common";
import { buildCapaianSheet } from "./capaian-sheet";
import { buildPredikatSheet } from "./predikat-sheet";
import { buildRingkasanSheet } from "./ringkasan-sheet";
import { buildTemuanSheet } from "./temuan-sheet";
import { buildJsonReport as buildJson } from "./json-report";

export type { ReportInput } from "./common";
export { FORMATS } from "./common";
export { sortFindings } from "./sort-findings";
export { buildCapaianSheet, capaianColumns } from "./capaian-sheet";
export { buildPredikatSheet } from "./predikat-sheet";
export { buildRingkasanSheet } from "./ringkasan-sheet";
export { buildTemuanSheet, TEMUAN_CELL_COL } from "./temuan-sheet";

/** Names of the product's output sheets, in the order they are written (public contract). */
export const OUTPUT_SHEET_NAMES: readonly string[] = Object.freeze([
  SHEET_NAMES.capaian,
  SHEET_NAMES.predikat,
  SHEET_NAMES.ringkasan,
  SHEET_NAMES.temuan,
]);

/** [Capaian, Predikat, Ringkasan, Temuan], in that order. */
export function buildSheets(input: ReportInput): SheetSpec[] {
  return [buildCapaianSheet(input), buildPredikatSheet(input), buildRingkasanSheet(input), buildTemuanSheet(input)];
}

/** The JSON report of contract.md (schemaVersion 1) plus the detection report as `layout`. */
export function buildJsonReport(input: ReportInput): JsonReport {
  return buildJson(input);
}
