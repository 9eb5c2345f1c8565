/**
 * layout (info): the conventions the workbook's stated values follow (conventions.ts), said once
 * for the whole workbook. Raised only when some stated value tells the readings apart, or some `%`
 * column holds fractions (0,25 = 25 %). A `%` value written × 100 in a column of fractions is read
 * as it is and named in this info (its value is still checked like any stated percentage).
 */
import type { Check } from "./check";
import { checkStatedBasis } from "./stated-basis";
import { CONVENTION_TEXT, LAST_DATA_TEXT } from "../../i18n/conventions";
import type { DetectedTable, Finding, NumCell, PlanRow, Quarter } from "../types";
import { columnLetter } from "../grid";
import { doubtfulMessage } from "../layout/doubtful-reading";
import { findingAt, makeFinding } from "./finding";
import type { FactOf, GroupReading, LayoutSays } from "../facts";
import { layoutText } from "../../i18n/layout";
import { exportText } from "../../i18n/export-structures";
import { joinText } from "../../i18n/join";
import { modelText } from "../../i18n/model";
import { at, quartersUpTo } from "../calc/common";
import { statedRealization } from "../calc/activity";
import type { DetectedConventions } from "./conventions";

/** `%` cells read as fractions, and those departing from that convention (already × 100). */
function percentReadings(rows: PlanRow[]): { fractions: NumCell[]; points: NumCell[] } {
  const out = { fractions: [] as NumCell[], points: [] as NumCell[] };
  const seen = new Set<NumCell>();
  for (const r of rows)
    for (const c of [...r.statedPerformancePct, ...r.statedBudgetPct, ...(r.progressPct ?? [])]) {
      if (!c || seen.has(c) || !c.percentReading) continue;
      seen.add(c);
      (c.percentReading === "fraction" ? out.fractions : out.points).push(c);
    }
  return out;
}

export function conventionFindings(rows: PlanRow[], n: Quarter, d: DetectedConventions): Finding[] {
  const avg = d.votes.averageOver;
  const pq = d.votes.parentQuarterValues;
  const avgVotes = avg.targeted + avg.all;
  const pqVotes = pq.toDate + pq.quarter;
  const pct = percentReadings(rows);
  if (avgVotes === 0 && pqVotes === 0 && pct.fractions.length === 0) return [];
  const pctRow = rows.find((r) =>
    [...r.statedPerformancePct, ...r.statedBudgetPct, ...(r.progressPct ?? [])].some((c) => c === pct.fractions[0]),
  );
  // Point at the first stated activity realization: where the convention shows.
  let at: { row: PlanRow; cell: string } | null = null;
  for (const r of avgVotes + pqVotes > 0 ? rows : []) {
    if (at || r.isTotal || r.level !== "activity") continue;
    for (const q of quartersUpTo(n)) {
      const s = statedRealization(r, q);
      if (s) {
        at = { row: r, cell: s.cell };
        break;
      }
    }
  }
  if (!at && pctRow) at = { row: pctRow, cell: pct.fractions[0].cell };
  if (!at) return [];
  const other = d.averageOver === "all" ? "targeted" : "all";
  const message = CONVENTION_TEXT.detected({
    averageOver: avgVotes > 0 ? { value: d.averageOver, for: avg[d.averageOver], against: avg[other] } : null,
    parentQuarterValues:
      pqVotes > 0
        ? {
            value: d.parentQuarterValues,
            for: pq[d.parentQuarterValues],
            against: pq[d.parentQuarterValues === "quarter" ? "toDate" : "quarter"],
          }
        : null,
    percent:
      pct.fractions.length > 0 ? { fractions: pct.fractions.length, departures: pct.points.map((c) => c.cell) } : null,
  });
  return [makeFinding("layout", at.row, at.cell, message, null, null, "info")];
}

/**
 * layout (warning): the quarter asked has no data at all; the figures are those of the last quarter
 * with data. Points at the first empty realization cell of the quarter asked (else the first row).
 */
export function lastQuarterFinding(rows: PlanRow[], last: Quarter, requested: Quarter): Finding[] {
  const plan = rows.filter((r) => !r.isTotal);
  if (plan.length === 0) return [];
  const hasCell = (r: PlanRow) => !!(at(r.quarterRealizations, requested) || at(r.spentQuarters, requested));
  const withCell = plan.find((r) => r.level === "subactivity" && hasCell(r)) ?? plan.find(hasCell);
  const row = withCell ?? plan[0];
  const cell = withCell ? (at(row.quarterRealizations, requested) ?? at(row.spentQuarters, requested)) : null;
  return [
    makeFinding(
      "layout",
      { sheet: row.sheet, row: row.row, code: null, name: "" },
      cell ?? `A${row.row}`,
      LAST_DATA_TEXT.warning(last, requested),
      requested,
      last,
      "warning",
    ),
  ];
}

/**
 * layout on the calculated rows: the divisor the `% capaian` column follows (stated-basis.ts). The
 * conventions and the last quarter with data are said by the engine through the functions above.
 */
export const layoutCheck: Check = { rows: checkStatedBasis, facts: { layoutNote } };

/** The sentence of one money-group reading (layout/readings.ts). */
function groupSentence(g: GroupReading): string {
  const what = g.what === "budget" ? exportText.budgetWord : exportText.spentWord;
  if (g.how === "summed") return exportText.groupsSummed(what, g.names);
  return g.how === "total"
    ? exportText.groupsTotal(what, g.header, g.names, g.agreeing, g.checked)
    : exportText.groupsInsteadOfTotal(what, g.header, g.names, g.agreeing, g.checked);
}

function noteMessage(says: LayoutSays): string {
  switch (says.text) {
    case "assumption":
    case "nothingToCompute":
      return says.sentence;
    case "assumed":
      return layoutText.assumed(says.what);
    case "sheetSkipped":
      return layoutText.sheetSkipped(says.sheet);
    case "quarterSheets":
      return layoutText.quarterSheets(says.used, says.others);
    case "copyOf":
      return layoutText.copyOf(says.copies, says.original);
    case "moneyGroups":
      // The spending-group reading of every money figure is said in one message.
      return says.groups.map(groupSentence).join(" ");
    case "thousands":
      return exportText.thousands(says.where);
    case "monthly":
      return exportText.monthly(says.month, says.source);
    case "monthSeries":
      return says.latest !== null
        ? exportText.monthSeriesToDate(says.sheets, says.latest)
        : exportText.monthSeriesOwn(says.sheets);
    case "titlePlan":
      return exportText.titlePlan(says.sheet, says.rows);
    case "joined":
      return joinText.joined(says.sheets, says.matched, says.unmatched);
    case "sameMoney":
      return exportText.sameMoney(says.sheets, says.main, says.amount);
    case "sameMoneySpending":
      return exportText.sameMoneySpending(says.sheet, says.main);
    case "sameMoneyUnmatched":
      return exportText.sameMoneyUnmatched(says.sheet, says.amount);
    case "levelsFromLayout":
      return modelText.levelsFromLayout(says.rows, says.sums);
  }
}

/** What a reading decided that the user should know: an info at the place it was decided. */
function layoutNote(f: FactOf<"layoutNote">): Finding[] {
  const severity = f.says.text === "nothingToCompute" ? "warning" : "info";
  return [findingAt("layout", f.at, noteMessage(f.says), null, null, severity)];
}

/**
 * Findings with each doubtful table's own findings replaced by its one message (a `layout` warning
 * at the table's first header cell; layout/doubtful-reading.ts).
 */
export function collapseDoubtful(findings: Finding[], tables: DetectedTable[]): Finding[] {
  const doubtful = tables.filter((t) => t.kind === "plan" && t.reading?.doubtful);
  if (doubtful.length === 0) return findings;
  const inside = (f: Finding, t: DetectedTable) =>
    f.sheet === t.sheet && f.row >= t.headerRows.first && f.row <= t.dataRows.last;
  const kept = findings.filter((f) => !doubtful.some((t) => inside(f, t)));
  const messages: Finding[] = doubtful.map((t) => {
    const at = {
      sheet: t.sheet,
      row: t.headerRows.first,
      cell: `${t.columns[0]?.letter ?? columnLetter(1)}${t.headerRows.first}`,
      code: null,
      name: null,
    };
    return findingAt("layout", at, doubtfulMessage(t), t.reading!.contradicting, t.reading!.rows, "warning");
  });
  return [...messages, ...kept];
}
