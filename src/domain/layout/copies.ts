/**
 * The same table copied onto several sheets (layouts.md: a "SEKRETARIAT" sheet filtered from the
 * main one) is one table: a table whose rows (code, name, amounts) are found (95 % or more) in a
 * larger table on another sheet is a copy and is not processed again.
 */
import type { TableLayout } from "./tables";
import { norm } from "./text";

function rowSignatures(t: TableLayout): Set<string> {
  const keyCols = [...t.roles.entries()]
    .filter(([, r]) => ["code", "name", "budget", "annualTarget", "indicator"].includes(r.kind))
    .map(([c]) => c)
    .sort((a, b) => a - b);
  const sigs = new Set<string>();
  for (let r = t.table.dataRows.first; r <= t.table.dataRows.last; r++) {
    const parts = keyCols.map((c) => norm(t.view.text(r, c)));
    if (parts.some((p) => p !== "")) sigs.add(parts.join("|"));
  }
  return sigs;
}

/** Share of a table's rows that must appear in another table for it to be a copy (a few edited rows are tolerated). */
const COPY_SHARE = 0.95;

function shared(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const s of a) if (b.has(s)) n++;
  return n;
}

/** Returns the tables to process and, for each kept table, the sheets that copy it. */
export function dropCopies(
  tables: TableLayout[],
  sheetQuarter?: (sheet: string) => number | null,
  chosen?: number,
): { kept: TableLayout[]; copies: Map<TableLayout, TableLayout[]> } {
  // Copies need two tables of one kind on different sheets; otherwise skip the row signatures.
  const candidates = tables.filter((t) =>
    tables.some((u) => u !== t && u.view.sheet !== t.view.sheet && u.table.kind === t.table.kind),
  );
  if (candidates.length === 0) return { kept: tables.slice(), copies: new Map() };
  const sigs = tables.map((t) => (candidates.includes(t) ? rowSignatures(t) : new Set<string>()));
  const copies = new Map<TableLayout, TableLayout[]>();
  const keptIdx: number[] = [];
  // Larger tables first, so a filtered copy is matched against the full table.
  const order = tables.map((_, i) => i).sort((a, b) => sigs[b].size - sigs[a].size || a - b);
  const isCopy = new Set<number>();
  for (const i of order) {
    if (sigs[i].size < 3) continue;
    const original = keptIdx.find(
      (k) =>
        tables[k].view.sheet !== tables[i].view.sheet &&
        tables[k].table.kind === tables[i].table.kind &&
        shared(sigs[i], sigs[k]) >= COPY_SHARE * sigs[i].size,
    );
    if (original !== undefined) {
      isCopy.add(i);
      const list = copies.get(tables[original]) ?? [];
      list.push(tables[i]);
      copies.set(tables[original], list);
    } else keptIdx.push(i);
  }
  // A sheet per quarter ("TW I", "TW II" …) holds the same table: keep the chosen quarter's sheet,
  // else the latest one (it carries the quarters before it), instead of the largest.
  const swapped = new Map<TableLayout, TableLayout>();
  if (sheetQuarter)
    for (const [original, list] of [...copies]) {
      const group = [original, ...list];
      const quarters = group.map((t) => sheetQuarter(t.view.sheet));
      if (quarters.some((q) => q === null) || new Set(quarters).size !== group.length) continue;
      const pick =
        group.find((t) => sheetQuarter(t.view.sheet) === chosen) ??
        group[quarters.indexOf(Math.max(...(quarters as number[])))];
      if (pick === original) continue;
      copies.delete(original);
      copies.set(
        pick,
        group.filter((t) => t !== pick),
      );
      swapped.set(original, pick);
    }
  const keep = new Set(tables.filter((_, i) => !isCopy.has(i)));
  for (const [original, pick] of swapped) {
    keep.delete(original);
    keep.add(pick);
  }
  return { kept: tables.filter((t) => keep.has(t)), copies };
}
