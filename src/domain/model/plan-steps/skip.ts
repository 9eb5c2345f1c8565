/**
 * Lines of a plan table that are not plan rows (readPlanTable, per row): spacers, summary and
 * note lines, and the details of a budget account (volume × unit price) under an account line.
 */
import type { ColumnRole } from "../../types";
import type { TableLayout } from "../../layout/tables";
import { cellText } from "../../layout/text";
import { isNoteText, isSignatureText } from "../../layout/notes";
import { kindsWhere } from "../../layout/roles";
import { isSummaryName, isTotalName, levelFromName } from "../../hierarchy/names";
import { parseCell } from "../../values/parse";
import type { RowIdentity } from "./identity";

type View = TableLayout["view"];

/** Figures about money (amounts, % spent): a line with only these may be a budget detail line. */
const FINANCE_ROLES = kindsWhere((e) => e.aspect === "finance");

/** Some figure column of the row is filled. */
export function hasFigures(v: View, r: number, numeric: [number, ColumnRole][]): boolean {
  return numeric.some(([c]) => cellText(v.raw(r, c)) !== "");
}

/**
 * Not a row of the plan: a summary line ("Rata-rata capaian kinerja (%)", "Predikat"), an empty
 * spacer, a place and date, an office, a signature.
 */
export function isSpacerOrNote(
  v: View,
  r: number,
  id: RowIdentity,
  numeric: [number, ColumnRole][],
  figures: boolean,
): boolean {
  if (!id.code && isSummaryName(id.text)) return true;
  if (id.text === "" && !id.code && !id.indicator && !figures) return true;
  return !id.code && !id.indicator && isNoteRow(v, r, id.text, numeric);
}

/**
 * A line without a code under an account line (volume × unit price): the account's own detail.
 * A row with an indicator or a performance figure is a plan row, never a detail; so is a row
 * whose name says its level or a total.
 */
export function isAccountDetail(v: View, r: number, id: RowIdentity, numeric: [number, ColumnRole][]): boolean {
  const performance =
    id.indicator !== null || numeric.some(([c, role]) => !FINANCE_ROLES.has(role.kind) && cellText(v.raw(r, c)) !== "");
  return !performance && !levelFromName(id.text) && !isTotalName(id.text);
}

/**
 * A line under (or inside) the table holding only a note or a signature: a place and date, an
 * office, an employee number, a name — in the name column or in numeric columns — and no number.
 * Such a line is not a row and its text is never an unreadable value.
 */
export function isNoteRow(v: View, r: number, name: string, numeric: [number, ColumnRole][]): boolean {
  const texts = numeric.map(([c]) => v.raw(r, c)).filter((cell) => cellText(cell) !== "");
  if (texts.some((cell) => typeof cell.value !== "string" || parseCell(cell).kind !== "malformed")) return false;
  if (name !== "" && !isSignatureText(name)) return false;
  if (name === "" && texts.length === 0) return false;
  return texts.every((cell) => isNoteText(cellText(cell)));
}
