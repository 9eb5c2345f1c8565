/**
 * Layout C joined to a plan table (layouts.md): when a workbook holds both an A/B table (targets and
 * realizations) and a flat SIPD export (budget lines), the export supplies the budget and spending
 * of the plan's sub-activities, matched by code, else by normalised name. The export's own rows
 * are then not counted again. A plan cell that states an amount is kept and compared instead.
 */
import type { NumCell, PlanRow } from "../types";
import type { ReadFact } from "../facts";
import { norm } from "../layout/text";

const key = (r: PlanRow) => norm(r.name.replace(/^\s*sub\s*-?\s*kegiatan\s+/i, ""));

export function joinFlatTables(plan: PlanRow[], flat: PlanRow[], facts: ReadFact[]): void {
  const subs = flat.filter((r) => r.level === "subactivity");
  const byCode = new Map(subs.filter((r) => r.code).map((r) => [r.code!, r]));
  const byName = new Map(subs.map((r) => [key(r), r]));
  const used = new Set<PlanRow>();
  let matched = 0;
  for (const row of plan) {
    if (row.level !== "subactivity" || row.isTotal) continue;
    const src = (row.code ? byCode.get(row.code) : undefined) ?? byName.get(key(row));
    if (!src) continue;
    matched++;
    used.add(src);
    row.budget = take(row, row.budget, src.budget, facts, src);
    for (let q = 0; q < 4; q++) {
      if (!row.spentQuarters[q] && src.spentQuarters[q]) row.spentQuarters[q] = src.spentQuarters[q];
      if (!row.spentToDateStated[q] && src.spentToDateStated[q]) row.spentToDateStated[q] = src.spentToDateStated[q];
    }
  }
  const sheets = [...new Set(flat.map((r) => r.sheet))];
  const at = flat[0];
  facts.push({
    kind: "layoutNote",
    at: { sheet: at.sheet, row: at.row, cell: at.nameCell, code: null, name: null },
    says: { text: "joined", sheets, matched, unmatched: subs.length - used.size },
  });
}

/** The plan's own budget wins; the export fills it when empty and is compared when both exist. */
function take(
  row: PlanRow,
  own: NumCell | null,
  fromExport: NumCell | null,
  facts: ReadFact[],
  src: PlanRow,
): NumCell | null {
  if (!fromExport || fromExport.value === null) return own;
  if (!own || own.value === null) return fromExport;
  facts.push({
    kind: "statedTotal",
    at: { sheet: row.sheet, row: row.row, cell: own.cell, code: row.code, name: row.name },
    stated: own.value,
    computed: fromExport.value,
    says: { text: "joinBudget", sheet: src.sheet },
  });
  return own;
}
