/**
 * What detection chose for the money of a table, said once per table in a `layout` info (a fact here):
 * spending groups (Total or Σ groups), amounts in thousands, the month of a monthly export.
 */
import type { GroupReading, LayoutSays, ReadFact } from "../facts";
import type { TableLayout } from "./tables";
import { a1 } from "../grid";

export function readingFacts(t: TableLayout): ReadFact[] {
  const out: LayoutSays[] = [];
  const groups: GroupReading[] = [];
  for (const g of t.moneyGroups ?? []) {
    const what = t.roles.get(g.col)?.kind === "budget" ? "budget" : "spent";
    const header = g.total !== null ? (t.table.columns.find((c) => c.col === g.total)?.header ?? "") : "";
    if (g.total === null) groups.push({ how: "summed", what, names: g.names });
    else
      groups.push({
        how: g.reading === "total" ? "total" : "insteadOfTotal",
        what,
        header,
        names: g.names,
        agreeing: g.agreeing,
        checked: g.checked,
      });
  }
  // The spending-group reading of every money figure is said in one message.
  if (groups.length > 0) out.push({ text: "moneyGroups", groups });
  if (t.thousandsWhere) out.push({ text: "thousands", where: t.thousandsWhere });
  if (t.table.period) out.push({ text: "monthly", month: t.table.period.name, source: t.table.period.source });
  const row = t.table.headerRows.first;
  return out.map((says) => ({
    kind: "layoutNote",
    at: { sheet: t.view.sheet, row, cell: a1(row, t.view.firstCol), code: null, name: null },
    says,
  }));
}
