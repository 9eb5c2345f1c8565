/**
 * Choosing between readings of a plan table by its own arithmetic (layouts.md "What the product
 * must do when unsure"). Alternatives considered: which of several budget-like columns
 * ("Operasi / Anggaran", "Pagu Murni", "TOTAL / Anggaran", …) is the budget. Each candidate
 * reading is read and linked like the real one and scored (layout/reading-score.ts); the best is
 * kept (on a tie, detection's own choice). The chosen reading's score is recorded on the table.
 */
import type { Detection, TableLayout } from "../layout";
import type { ColumnRole, DetectedColumn, PlanRow } from "../types";
import type { ReadFact } from "../facts";
import { classifyColumn } from "../layout/classify";
import { betterReading, scoreReading, type ReadingScore } from "../layout/reading-score";
import { readPlanTable } from "./plan-table";
import { readFlatTable } from "./flat-table";
import { linkTable } from "../hierarchy/parents";
import { READING_TEXT } from "../../i18n/reading";

/** Tables larger than this are scored as read, without trying alternatives (time). */
const MAX_ROWS_FOR_ALTERNATIVES = 5000;
const MAX_CANDIDATES = 4;

function withBudget(t: TableLayout, col: number): TableLayout {
  const roles = new Map(t.roles);
  const columns: DetectedColumn[] = t.table.columns.map((c) => ({ ...c }));
  for (const c of columns) {
    let role: ColumnRole | undefined;
    if (c.col === col) role = { kind: "budget" };
    else if (c.role.kind === "budget") role = { kind: "extra", label: c.header };
    if (!role) continue;
    c.role = role;
    roles.set(c.col, role);
  }
  return { ...t, roles, table: { ...t.table, columns, assumptions: [...t.table.assumptions] } };
}

function score(t: TableLayout, quarter: number | null): ReadingScore {
  let id = 0;
  const nextId = () => ++id;
  if (t.flat) {
    const rows = readFlatTable(t, nextId, []);
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const r of rows) if (r.parentId !== null) byId.get(r.parentId)?.childIds.push(r.id);
    return scoreReading(rows);
  }
  return scoreReading(linkTable(readPlanTable(t, nextId, [], quarter), []));
}

/** Columns that could be the budget: their header alone reads as a budget column. */
function budgetCandidates(t: TableLayout): DetectedColumn[] {
  return t.table.columns.filter(
    (c) => c.role.kind === "budget" || classifyColumn({ parts: c.header.split(" / ") })?.kind === "budget",
  );
}

/**
 * Pick each plan table's reading. Returns, per table, how many readings were compared, and the
 * facts saying what was chosen against detection's first guess (a `layout` info each).
 */
export function chooseReadings(detection: Detection): { candidates: Map<TableLayout, number>; facts: ReadFact[] } {
  const quarter = detection.report.quarter;
  const counts = new Map<TableLayout, number>();
  const facts: ReadFact[] = [];
  detection.tables = detection.tables.map((t) => {
    if (t.table.kind !== "plan") return t;
    if (t.flat?.derive) {
      const best = linesOrRows(t, quarter, counts, facts);
      const i = detection.report.tables.indexOf(t.table);
      if (i >= 0) detection.report.tables[i] = best.table;
      return best;
    }
    if (t.flat) return t;
    const size = t.table.dataRows.last - t.table.dataRows.first + 1;
    const candidates = size <= MAX_ROWS_FOR_ALTERNATIVES ? budgetCandidates(t).slice(0, MAX_CANDIDATES) : [];
    const current = t.table.columns.find((c) => c.role.kind === "budget");
    if (!current || candidates.length < 2) return t;
    let best = t;
    let bestScore = score(t, quarter);
    for (const c of candidates) {
      if (c.col === current.col) continue;
      const alt = withBudget(t, c.col);
      const s = score(alt, quarter);
      if (betterReading(s, bestScore)) [best, bestScore] = [alt, s];
    }
    counts.set(best, candidates.length);
    if (best === t) return t;
    const chosen = best.table.columns.find((c) => c.role.kind === "budget")!;
    const text = READING_TEXT.budgetChosen(chosen.header, current.header, bestScore.held, bestScore.equations);
    best.table.assumptions.push(text);
    const row = t.table.headerRows.first;
    facts.push({
      kind: "layoutNote",
      at: { sheet: t.view.sheet, row, cell: `${chosen.letter}${row}`, code: null, name: null },
      says: { text: "assumption", sentence: text },
    });
    // The detection report lists the same table object: keep it in step.
    const i = detection.report.tables.indexOf(t.table);
    if (i >= 0) detection.report.tables[i] = best.table;
    return best;
  });
  return { candidates: counts, facts };
}

/** The score of the reading kept, from the model's rows of that table; recorded on the table. */
export function recordReadingScores(detection: Detection, rows: PlanRow[], candidates: Map<TableLayout, number>): void {
  for (const t of detection.tables) {
    if (t.table.kind !== "plan") continue;
    const { first, last } = t.table.dataRows;
    const own = rows.filter((r) => r.sheet === t.view.sheet && r.row >= first && r.row <= last);
    t.table.reading = { ...scoreReading(own), candidates: candidates.get(t) ?? 1 };
  }
}

/**
 * Plan rows or detail lines: a column of sub-activity codes repeated on several rows was taken
 * for lines of one sub-activity each (layout/leaf-lines.ts). The other reading — every row a plan
 * row of its own — is scored too; it is kept only when the table's arithmetic prefers it.
 */
function linesOrRows(
  t: TableLayout,
  quarter: number | null,
  counts: Map<TableLayout, number>,
  facts: ReadFact[],
): TableLayout {
  if (t.table.dataRows.last - t.table.dataRows.first + 1 > MAX_ROWS_FOR_ALTERNATIVES) return t;
  const rows: TableLayout = { ...t, flat: undefined, table: { ...t.table, layout: "A" } };
  const asLines = score(t, quarter);
  const asRows = score(rows, quarter);
  const best = betterReading(asRows, asLines) ? rows : t;
  counts.set(best, 2);
  if (best === t) return t;
  const text = READING_TEXT.rowsChosen(asRows.held, asRows.equations);
  best.table.assumptions.push(text);
  const row = t.table.headerRows.first;
  facts.push({
    kind: "layoutNote",
    at: { sheet: t.view.sheet, row, cell: `${t.table.columns[0]?.letter ?? "A"}${row}`, code: null, name: null },
    says: { text: "assumption", sentence: text },
  });
  return best;
}
