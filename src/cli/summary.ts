/**
 * Human-readable outputs of the CLI: the results summary of one file and the detection report
 * (--jelaskan). Plain text, Indonesian, numbers in Indonesian format.
 */
import type { LayoutReport, Result } from "../domain/types";
import { EXPLAIN, SUMMARY, roleLabel } from "../i18n/cli";
import { formatPct, formatRupiah, padEnd, padStart, truncate } from "./format";
import { lastDataNote } from "../domain/report/common";
import { programRows, type FileStats } from "./stats";
import { AGENCY_TEXT } from "../i18n/agencies";
import { READING_TEXT } from "../i18n/reading";
import { doubtfulMessage, suggestMapping } from "../domain/layout/doubtful-reading";
import type { AgencyResult } from "../domain/types";

/** A consolidation of many agencies has hundreds of programs: the terminal shows the first ones. */
const MAX_PROGRAMS_LISTED = 40;

const NAME_WIDTH = 48;

export function summaryText(stats: FileStats, result: Result, json?: string): string {
  const lines: string[] = [];
  const agency = stats.agency ?? (result.agencies ? AGENCY_TEXT.many(result.agencies.length) : null);
  lines.push(SUMMARY.heading(agency, stats.year, stats.quarter));
  const last = lastDataNote(result.layout);
  if (last) lines.push(last.charAt(0).toUpperCase() + last.slice(1));
  lines.push(`${SUMMARY.file}: ${stats.file}`);
  lines.push(SUMMARY.counts(stats.programs, stats.activities, stats.subactivities));
  const label = (s: string) => padEnd(s, 10);
  lines.push(`  ${label(SUMMARY.budget)} ${formatRupiah(stats.budget)}`);
  lines.push(`  ${label(SUMMARY.spent)} ${formatRupiah(stats.spentToDate)}`);
  lines.push(`  ${label(SUMMARY.absorption)} ${formatPct(stats.budgetPct)}`);
  lines.push(`  ${label(SUMMARY.remaining)} ${formatRupiah(stats.remaining)}`);
  lines.push("");

  const programs = programRows(result);
  if (result.agencies) {
    // Several agencies in one workbook: one block per agency, never one program list mixing them.
    lines.push(...agencyBlocks(result.agencies));
  } else if (programs.length === 0) {
    lines.push(SUMMARY.noPrograms);
  } else {
    lines.push(SUMMARY.programs(stats.scaleName));
    const codeWidth = Math.max(4, ...programs.map((p) => [...(p.code ?? "")].length));
    lines.push(
      `  ${padEnd("Kode", codeWidth)}  ${padEnd("Program", NAME_WIDTH)}  ${padStart("% Kinerja", 10)}  Predikat`,
    );
    for (const p of programs.slice(0, MAX_PROGRAMS_LISTED)) {
      lines.push(
        `  ${padEnd(p.code ?? "", codeWidth)}  ${padEnd(truncate(p.name, NAME_WIDTH), NAME_WIDTH)}  ` +
          `${padStart(formatPct(p.figures.performancePct), 10)}  ${p.figures.predicate ?? "-"}`,
      );
    }
    if (programs.length > MAX_PROGRAMS_LISTED) lines.push(SUMMARY.morePrograms(programs.length - MAX_PROGRAMS_LISTED));
  }
  lines.push("");
  const f = stats.findings;
  lines.push(f.error + f.warning + f.info === 0 ? SUMMARY.findingsNone : SUMMARY.findings(f.error, f.warning, f.info));
  const doubtful = result.layout.tables.filter((t) => t.reading?.doubtful);
  if (doubtful.length > 0 && !result.options.mapping) {
    // The one message is among the findings; here, the mapping to start from.
    lines.push("");
    for (const t of doubtful) lines.push(doubtfulMessage(t));
    lines.push(READING_TEXT.mappingExample(stats.file));
    lines.push(JSON.stringify(suggestMapping(doubtful), null, 2));
    lines.push("");
  }
  lines.push(SUMMARY.output(stats.output));
  if (json !== undefined && json !== "-") lines.push(SUMMARY.json(json));
  return lines.join("\n") + "\n";
}

/** A consolidation of a whole regency has dozens of agencies: the terminal shows the first ones. */
const MAX_AGENCIES_LISTED = 60;

function agencyBlocks(agencies: AgencyResult[]): string[] {
  const lines = [AGENCY_TEXT.summaryIntro(agencies.length)];
  for (const a of agencies.slice(0, MAX_AGENCIES_LISTED)) {
    const t = a.totals;
    const f = { error: 0, warning: 0, info: 0 };
    for (const x of a.findings) f[x.severity]++;
    lines.push("");
    lines.push(`  ${a.agency}`);
    lines.push(`    ${SUMMARY.counts(t.programs, t.activities, t.subactivities)}`);
    lines.push(
      `    ${SUMMARY.budget} ${formatRupiah(t.budget)} · ${SUMMARY.spent} ${formatRupiah(t.spentToDate)} · ` +
        `${SUMMARY.absorption} ${formatPct(t.budgetPct)}`,
    );
    lines.push(
      `    ${f.error + f.warning + f.info === 0 ? SUMMARY.findingsNone : SUMMARY.findings(f.error, f.warning, f.info)}`,
    );
  }
  if (agencies.length > MAX_AGENCIES_LISTED)
    lines.push(AGENCY_TEXT.moreAgencies(agencies.length - MAX_AGENCIES_LISTED));
  return lines;
}

/** The detection report: tables, header rows, column meanings, row counts, assumptions. */
export function explainText(file: string, layout: LayoutReport): string {
  const lines: string[] = [EXPLAIN.heading(file), EXPLAIN.identity(layout.agency, layout.year, layout.quarter)];
  if (layout.tables.length === 0) lines.push(EXPLAIN.noTables);
  for (const t of layout.tables) {
    lines.push("");
    lines.push(
      `${EXPLAIN.table(t.sheet, t.kind, t.layout)}; ${EXPLAIN.headerRows(t.headerRows.first, t.headerRows.last)}; ` +
        `${EXPLAIN.dataRows(t.dataRows.first, t.dataRows.last)}.`,
    );
    lines.push(`  ${EXPLAIN.columns}`);
    const headers = t.columns.map((c) => (c.header ? `"${truncate(c.header, 60)}"` : ""));
    const width = Math.max(0, ...headers.map((h) => [...h].length));
    const letterWidth = Math.max(1, ...t.columns.map((c) => c.letter.length));
    t.columns.forEach((c, i) => {
      lines.push(`    ${padEnd(c.letter, letterWidth)}  ${padEnd(headers[i], width)}  → ${roleLabel(c.role)}`);
    });
    lines.push(`  ${EXPLAIN.rowCounts(t.rowCounts)}`);
    if (t.amountScale && t.amountScale !== 1) lines.push(`  ${EXPLAIN.thousands(t.amountScale)}`);
    if (t.period) lines.push(`  ${EXPLAIN.period(t.period.name, t.period.source)}`);
    if (t.reading) {
      const r = t.reading;
      const score = READING_TEXT.score(r.held, r.equations, r.contradicting, r.rows, r.candidates);
      lines.push(`  ${r.doubtful ? `${READING_TEXT.doubtfulTag}. ` : ""}${score}`);
    }
    if (t.copies.length) lines.push(`  ${EXPLAIN.copies(t.copies)}`);
    if (t.assumptions.length) {
      lines.push(`  ${EXPLAIN.assumptions}`);
      for (const a of t.assumptions) lines.push(`    - ${a}`);
    }
  }
  if (layout.skippedSheets.length) {
    lines.push("");
    lines.push(EXPLAIN.skipped);
    for (const s of layout.skippedSheets) lines.push(`  - "${s.sheet}": ${s.reason}`);
  }
  return lines.join("\n") + "\n";
}
