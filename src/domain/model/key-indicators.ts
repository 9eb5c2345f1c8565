/** Reading a key-indicator (IKU) table (domain.md §5.5, layouts.md "Key indicators"). */
import type { KeyIndicatorRow, NumCell } from "../types";
import type { ReadFact } from "../facts";
import type { TableLayout } from "../layout/tables";
import { cellText, norm } from "../layout/text";
import { readNum } from "./num-cell";
import { isNoteText, isSignatureText } from "../layout/notes";

export function readKeyIndicatorTable(t: TableLayout, facts: ReadFact[]): KeyIndicatorRow[] {
  const v = t.view;
  const col = (kind: string) => [...t.roles.entries()].find(([, r]) => r.kind === kind)?.[0];
  /** A column of this kind that names no quarter (its figure is the current one). */
  const currentCol = (kind: string) =>
    [...t.roles.entries()].find(([, r]) => r.kind === kind && "quarter" in r && (r.quarter as number) === 0)?.[0];
  // Quarterly realization columns (Realisasi TW I … IV, or s.d. TW n): per quarter, "s.d." first.
  const quarterCols = [1, 2, 3, 4].map((q) => {
    const of = (kind: string) =>
      [...t.roles.entries()].find(([, r]) => r.kind === kind && "quarter" in r && r.quarter === q)?.[0];
    return of("realizationToDate") ?? of("quarterRealization");
  });
  const nameCol = col("indicator") ?? col("name");
  const objectiveCol = col("objective");
  const unitCol = col("unit");
  const polCol = col("polarity");
  const numCols: [string, number | undefined][] = [
    ["target", col("annualTarget")],
    ["numerator", col("numerator")],
    ["denominator", col("denominator")],
    ["realization", col("realization") ?? currentCol("realizationToDate")],
    ["statedPerformancePct", col("statedPerformancePct")],
  ];
  const out: KeyIndicatorRow[] = [];
  let objective: string | null = null;
  if (nameCol === undefined) return out;
  for (let r = t.table.dataRows.first; r <= t.table.dataRows.last; r++) {
    if (objectiveCol !== undefined) {
      const o = v.text(r, objectiveCol); // merged vertically over its indicators
      if (o) objective = o;
    }
    const name = v.text(r, nameCol);
    if (!name || /^\(?\d+\)?$/.test(name.trim())) continue;
    // A place and date, an office or an NIP under the table: a signature, not an indicator.
    const noteOnly = (c: number | undefined) =>
      c === undefined || cellText(v.raw(r, c)) === "" || isNoteText(cellText(v.raw(r, c)));
    if (isSignatureText(name) && numCols.every(([, c]) => noteOnly(c))) continue;
    const ctx = { sheet: v.sheet, row: r, code: null, name };
    const nums: Record<string, NumCell | null> = {};
    for (const [what, c] of numCols)
      nums[what] = c === undefined ? null : readNum(v.raw(r, c), c, ctx, what, facts).num;
    out.push({
      sheet: v.sheet,
      row: r,
      objective,
      name,
      unit: unitCol !== undefined ? cellText(v.raw(r, unitCol)) || null : null,
      target: nums.target,
      numerator: nums.numerator,
      denominator: nums.denominator,
      realization: nums.realization,
      statedPerformancePct: nums.statedPerformancePct,
      polarity:
        polCol !== undefined && /(negatif|rendah|menurun)/.test(norm(v.text(r, polCol))) ? "negative" : "positive",
      quarterRealizations: quarterCols.some((c) => c !== undefined)
        ? quarterCols.map((c) => (c === undefined ? null : readNum(v.raw(r, c), c, ctx, "realization", facts).num))
        : undefined,
    });
  }
  return out;
}
