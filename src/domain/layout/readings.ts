/**
 * What detection chose for the money of a table, said once per table in a `layout` info finding:
 * spending groups (Total or Σ groups), amounts in thousands, the month of a monthly export.
 */
import type { Finding } from "../types";
import type { TableLayout } from "./tables";
import { a1 } from "../grid";
import { exportText } from "../../i18n/export-structures";

export function readingFindings(t: TableLayout): Finding[] {
  const out: string[] = [];
  const groups: string[] = [];
  for (const g of t.moneyGroups ?? []) {
    const kind = t.roles.get(g.col)?.kind;
    const what = kind === "budget" ? exportText.budgetWord : exportText.spentWord;
    const header = g.total !== null ? (t.table.columns.find((c) => c.col === g.total)?.header ?? "") : "";
    if (g.total === null) groups.push(exportText.groupsSummed(what, g.names));
    else if (g.reading === "total") groups.push(exportText.groupsTotal(what, header, g.names, g.agreeing, g.checked));
    else groups.push(exportText.groupsInsteadOfTotal(what, header, g.names, g.agreeing, g.checked));
  }
  // The spending-group reading of every money figure is said in one message.
  if (groups.length > 0) out.push(groups.join(" "));
  if (t.thousandsWhere) out.push(exportText.thousands(t.thousandsWhere));
  if (t.table.period) out.push(exportText.monthly(t.table.period.name, t.table.period.source));
  return out.map((message) => ({
    rule: "layout",
    severity: "info",
    sheet: t.view.sheet,
    cell: a1(t.table.headerRows.first, t.view.firstCol),
    row: t.table.headerRows.first,
    code: null,
    rowName: null,
    message,
    stated: null,
    computed: null,
  }));
}
