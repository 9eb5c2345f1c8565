/**
 * Lines of sub-activities with no plan rows above them (layouts.md "Several agencies in one
 * table"): a regency-wide budget list has one row per sub-output (or budget line) of a
 * sub-kegiatan, the sub-kegiatan code in one column and repeated on each of its lines, and no row
 * of its own for the kegiatan or program. Such a table is read like a flat export: the lines of
 * one code are one sub-activity, and its activity and program are derived from the code's prefixes.
 */
import type { DetectedColumn } from "../types";
import { codePrefix, parseCode } from "../hierarchy/codes";
import type { SheetView } from "./sheet-view";
import type { FlatColumns } from "./flat";

/** Most rows looked at (the decision needs a sample, not the whole list). */
const SAMPLE = 2000;

export function leafCodeLines(
  view: SheetView,
  columns: DetectedColumn[],
  first: number,
  last: number,
): FlatColumns | null {
  // Performance realizations per line would be lost by folding lines: only budget lists qualify.
  if (columns.some((c) => c.role.kind === "quarterRealization" || c.role.kind === "realizationToDate")) return null;
  const name = columns.find((c) => c.role.kind === "name")?.col;
  if (hasPlanRows(view, columns, first, last)) return null;
  // The code in its own column, else written in front of the name ("1.01.01.2.01.01 Penyusunan …").
  const candidates = [
    ...columns.filter((c) => c.role.kind === "code"),
    ...columns.filter((c) => c.role.kind === "name"),
  ];
  for (const c of candidates) {
    let leaves = 0;
    let other = 0;
    const seen = new Map<string, number>();
    for (let r = first; r <= Math.min(last, first + SAMPLE); r++) {
      const t = view.text(r, c.col);
      if (t === "") continue;
      const p = parseCode(c.role.kind === "name" ? (codePrefix(t)?.code ?? "") : t, "nomenclature");
      if (p?.level === "subactivity") {
        leaves++;
        const key = `${agencyKey(view, columns, r)}|${p.code}`;
        seen.set(key, (seen.get(key) ?? 0) + 1);
      } else other++;
    }
    if (leaves < 2 || other > leaves / 20) continue;
    // The same code on several rows: lines of one sub-activity (a tenth of the rows or more).
    const repeated = [...seen.values()].filter((n) => n > 1).reduce((a, n) => a + n, 0);
    if (repeated * 10 < leaves) continue;
    const nameCol = c.role.kind === "name" ? c.col : (name ?? c.col);
    return { levels: { subactivity: { code: c.col, name: nameCol } }, derive: true };
  }
  return null;
}

function agencyKey(view: SheetView, columns: DetectedColumn[], r: number): string {
  return columns
    .filter((c) => c.role.kind === "agency")
    .map((c) => view.text(r, c.col))
    .join(" ");
}

/** Any program or activity code in a code column, or in front of a name: the table has plan rows. */
function hasPlanRows(view: SheetView, columns: DetectedColumn[], first: number, last: number): boolean {
  const cols = columns.filter((c) => c.role.kind === "code" || c.role.kind === "name").map((c) => c.col);
  for (let r = first; r <= Math.min(last, first + SAMPLE); r++)
    for (const c of cols) {
      const t = view.text(r, c);
      if (t === "") continue;
      const level = parseCode(codePrefix(t)?.code ?? t, "nomenclature")?.level;
      if (level === "program" || level === "activity") return true;
    }
  return false;
}
