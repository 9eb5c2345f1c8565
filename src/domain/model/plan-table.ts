/**
 * Reading the data rows of one plan table (layout A/B) into PlanRows: identity (code, name, level),
 * parsed figures with their cells, accumulation and polarity. Levels and parents are settled by
 * ../hierarchy. The steps are in ./plan-steps/; this loop only sequences them.
 */
import type { ReadFact } from "../facts";
import type { Level, PlanRow } from "../types";
import type { TableLayout } from "../layout/tables";
import { norm } from "../layout/text";
import type { ParsedCode } from "../hierarchy/codes";
import type { RowContext } from "./num-cell";
import { newReadRow } from "./empty-row";
export { newReadRow };
import { titlePlanInfo, titlePlanRows } from "./title-plan";
import { planColumns, tableCodes } from "./plan-steps/columns";
import { applyIdentity, rowIdentity } from "./plan-steps/identity";
import { hasFigures, isAccountDetail, isSpacerOrNote } from "./plan-steps/skip";
import { explicitLevel, readTraits, settleLevel } from "./plan-steps/level";
import { readFigures, readProgress, type PercentRead } from "./plan-steps/figures";
import { unitsOf } from "./plan-steps/units";
import { normalizePercents, placeUndated, type UndatedPercent } from "./plan-steps/percents";

// The row as read, with what settling levels and parents needs; defined in ../hierarchy (which must not import the model).
import type { ReadRow } from "../hierarchy/read-row";
export type { ReadRow };
/** Checked where the rows are built: a ReadRow stays a PlanRow carrying its parsed code. */
type _ReadRowIsPlanRow = ReadRow extends PlanRow
  ? ReadRow["codeInfo"] extends ParsedCode | null
    ? true
    : never
  : never;

export function readPlanTable(
  t: TableLayout,
  nextId: () => number,
  facts: ReadFact[],
  titleQuarter: number | null,
): ReadRow[] {
  const defaultQuarter = titleQuarter ?? 4;
  const v = t.view;
  const columns = planColumns(t);
  // The code scheme (outline vs nomenclature) is decided once per table.
  const codes = tableCodes(t, columns);
  // A "No" column holding only 1, 2, 3 … (no dotted code anywhere) counts rows; it names no level.
  const cols = codes.rowCounterOnly ? { ...columns, code: [] } : columns;

  const rows: ReadRow[] = titlePlanRows(t, nextId);
  if (rows.length > 0) facts.push(titlePlanInfo(t, rows));
  let agencyAbove = "";
  let inAccount = false;
  const undated: UndatedPercent[] = [];
  const percentColumns = new Map<number, Omit<PercentRead, "col">[]>();
  for (let r = t.table.dataRows.first; r <= t.table.dataRows.last; r++) {
    const id = rowIdentity(t, cols, codes, r, agencyAbove);
    agencyAbove = id.agency;
    const row = newReadRow(0, v.sheet, r);
    applyIdentity(row, id);
    const ctx: RowContext = { sheet: v.sheet, row: r, code: row.code, name: id.text || null };

    const figures = hasFigures(v, r, cols.numeric);
    if (isSpacerOrNote(v, r, id, cols.numeric, figures)) continue;
    // Lines without a code under an account line (volume × unit price): the account's own details.
    if (row.code) inAccount = id.codeInfo?.kind === "account";
    else if (inAccount && isAccountDetail(v, r, id, cols.numeric)) continue;

    readTraits(row, t, cols, r);
    settleLevel(row, id, explicitLevel(t, cols, r, id), rows[rows.length - 1]);
    if (row.continuation) [ctx.code, ctx.name] = [row.code, row.name];

    const read = readFigures(t, r, row, cols.numeric, ctx, facts, defaultQuarter);
    for (const u of read.undated) undated.push({ row, ...u });
    for (const p of [...read.percents, ...readProgress(t, r, row, cols.progress)]) {
      const list = percentColumns.get(p.col) ?? [];
      list.push({ num: p.num, percent: p.percent });
      percentColumns.set(p.col, list);
    }
    unitsOf(row, read.units, v, r, facts);

    // The organisation row written twice in a row (SIPD exports): the second is a copy, not a child.
    const prev = rows[rows.length - 1];
    if (id.codeInfo?.kind === "organisation" && prev && prev.code === row.code && norm(prev.name) === norm(row.name))
      continue;
    row.id = nextId();
    // A line of text only, with no code, level word, indicator or figure: a section heading
    // ("A. URUSAN WAJIB …") inside the table, or a note after it (dropped below).
    if (row.levelUncertain && !figures && !row.indicator && !row.code) {
      row.levelUncertain = false;
      [row.level, row.levelSource] = ["group", "layout"];
      row.textOnly = true;
    }
    rows.push(row);
  }
  // Notes under the table ("Keterangan: …", "Sumber: …") carry no figures: not rows of the plan.
  while (rows.length > 0 && rows[rows.length - 1].textOnly) rows.pop();
  placeUndated(undated, rows, titleQuarter);
  normalizePercents(percentColumns.values());
  return rows;
}

export type { Level };
