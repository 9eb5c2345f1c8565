/**
 * Layout C joined to a plan table (layouts.md): when a workbook holds both an A/B table (targets and
 * realizations) and a flat SIPD export (budget lines), the export supplies the budget and spending
 * of the plan's sub-activities, matched by code, else by normalised name. The export's own rows
 * are then not counted again. A plan cell that states an amount is kept and compared instead.
 */
import type { Finding, NumCell, PlanRow } from "../types";
import { norm } from "../layout/text";
import { isMoneyDifferent } from "../values/rupiah";
import { joinText } from "../../i18n/join";

const key = (r: PlanRow) => norm(r.name.replace(/^\s*sub\s*-?\s*kegiatan\s+/i, ""));

export function joinFlatTables(plan: PlanRow[], flat: PlanRow[], findings: Finding[]): void {
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
    row.budget = take(row, row.budget, src.budget, findings, src);
    for (let q = 0; q < 4; q++) {
      if (!row.spentQuarters[q] && src.spentQuarters[q]) row.spentQuarters[q] = src.spentQuarters[q];
      if (!row.spentToDateStated[q] && src.spentToDateStated[q]) row.spentToDateStated[q] = src.spentToDateStated[q];
    }
  }
  const sheets = [...new Set(flat.map((r) => r.sheet))];
  const at = flat[0];
  findings.push({
    rule: "layout",
    severity: "info",
    sheet: at.sheet,
    cell: at.nameCell,
    row: at.row,
    code: null,
    rowName: null,
    message: joinText.joined(sheets, matched, subs.length - used.size),
    stated: null,
    computed: null,
  });
}

/** The plan's own budget wins; the export fills it when empty and is compared when both exist. */
function take(
  row: PlanRow,
  own: NumCell | null,
  fromExport: NumCell | null,
  findings: Finding[],
  src: PlanRow,
): NumCell | null {
  if (!fromExport || fromExport.value === null) return own;
  if (!own || own.value === null) return fromExport;
  if (isMoneyDifferent(own.value, fromExport.value))
    findings.push({
      rule: "sum-mismatch",
      severity: "error",
      sheet: row.sheet,
      cell: own.cell,
      row: row.row,
      code: row.code,
      rowName: row.name,
      message: joinText.budgetDiffers(own.value, fromExport.value, src.sheet),
      stated: own.value,
      computed: fromExport.value,
    });
  return own;
}
