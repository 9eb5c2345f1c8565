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
export function dropCopies(tables: TableLayout[]): { kept: TableLayout[]; copies: Map<TableLayout, TableLayout[]> } {
  const sigs = tables.map(rowSignatures);
  const copies = new Map<TableLayout, TableLayout[]>();
  const kept: TableLayout[] = [];
  const keptIdx: number[] = [];
  // Larger tables first, so a filtered copy is matched against the full table.
  const order = tables.map((_, i) => i).sort((a, b) => sigs[b].size - sigs[a].size || a - b);
  const isCopy = new Set<number>();
  for (const i of order) {
    if (sigs[i].size < 3) continue;
    const original = keptIdx.find(
      (k) => tables[k].view.sheet !== tables[i].view.sheet && tables[k].table.kind === tables[i].table.kind && shared(sigs[i], sigs[k]) >= COPY_SHARE * sigs[i].size,
    );
    if (original !== undefined) {
      isCopy.add(i);
      const list = copies.get(tables[original]) ?? [];
      list.push(tables[i]);
      copies.set(tables[original], list);
    } else keptIdx.push(i);
  }
  tables.forEach((t, i) => {
    if (!isCopy.has(i)) kept.push(t);
  });
  return { kept, copies };
}
