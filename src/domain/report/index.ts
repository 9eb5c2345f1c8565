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
import { buildNarasiSheet } from "./narasi-sheet";
import { buildJsonReport as buildJson } from "./json-report";

export type { ReportInput } from "./common";
export { FORMATS } from "./common";
export { sortFindings } from "./sort-findings";
export { buildCapaianSheet, capaianColumns } from "./capaian-sheet";
export { buildPredikatSheet } from "./predikat-sheet";
export { buildRingkasanSheet } from "./ringkasan-sheet";
export { buildTemuanSheet, TEMUAN_CELL_COL } from "./temuan-sheet";
export { buildNarasiSheet, NARASI_TEXT_COL } from "./narasi-sheet";
export { buildNarasi, type NarasiBlock, type NarasiItem } from "./narasi";

/** Names of the product's output sheets, in the order they are written (public contract). */
export const OUTPUT_SHEET_NAMES: readonly string[] = Object.freeze([
  SHEET_NAMES.capaian,
  SHEET_NAMES.predikat,
  SHEET_NAMES.ringkasan,
  SHEET_NAMES.temuan,
  SHEET_NAMES.narasi,
]);

/** [Capaian, Predikat, Ringkasan, Temuan, Narasi], in that order (Narasi last: added later). */
export function buildSheets(input: ReportInput): SheetSpec[] {
  return [
    buildCapaianSheet(input),
    buildPredikatSheet(input),
    buildRingkasanSheet(input),
    buildTemuanSheet(input),
    buildNarasiSheet(input),
  ];
}

/** The JSON report of contract.md (schemaVersion 1) plus the detection report as `layout`. */
export function buildJsonReport(input: ReportInput): JsonReport {
  return buildJson(input);
}
