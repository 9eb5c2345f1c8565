/**
 * Plan rows written in the title block above a table of account lines (an RKA / DPA form of one
 * kegiatan: "Program : 2.21.02 - PROGRAM …", "Kegiatan : 2.21.02.1.01 - …"). The account lines of
 * the table are the details of the deepest of them.
 */
import { a1 } from "../grid";
import type { TableLayout } from "../layout/tables";
import { parseCode } from "../hierarchy/codes";
import { newReadRow } from "./empty-row";
import type { ReadRow } from "../hierarchy/read-row";
import type { ReadFact } from "../facts";

const CODE_NAME = /^\s*((?:\d{1,4})(?:\s*\.\s*\d{1,5})+)\s*[-–:]\s*(\S.*)$/s;
const LABEL = /^\s*(program|kegiatan|sub\s*-?\s*kegiatan)\s*:?\s*$/i;

export function titlePlanRows(t: TableLayout, nextId: () => number): ReadRow[] {
  const v = t.view;
  const out: ReadRow[] = [];
  for (let r = Math.max(v.firstRow, t.table.headerRows.first - 30); r < t.table.headerRows.first; r++) {
    const cells = v.rowTexts(r);
    if (!cells.some(([, text]) => LABEL.test(text))) continue;
    for (const [c, text] of cells) {
      const m = CODE_NAME.exec(text);
      if (!m) continue;
      const code = parseCode(m[1], "nomenclature");
      if (!code || code.kind !== "nomenclature" || !code.level || code.level === "group") continue;
      if (out.some((x) => x.code === code.code)) continue;
      const row = newReadRow(nextId(), v.sheet, r);
      row.code = code.code;
      row.codeInfo = code;
      row.name = m[2].trim();
      row.nameCell = a1(r, c);
      row.level = code.level;
      row.levelSource = "code";
      out.push(row);
    }
  }
  return out;
}

/** Says once that the plan rows came from the title block. */
export function titlePlanInfo(t: TableLayout, rows: ReadRow[]): ReadFact {
  const first = rows[0];
  return {
    kind: "layoutNote",
    at: { sheet: t.view.sheet, row: first.row, cell: first.nameCell, code: null, name: null },
    says: { text: "titlePlan", sheet: t.view.sheet, rows: rows.map((r) => `${r.code} ${r.name}`) },
  };
}
