/**
 * A plan row's traits and level (readPlanTable, per row): the Satuan, Sifat and Polaritas
 * columns, and the level from the signals in order (domain.md §3): explicit (a level column, the
 * name's column, a numbering), code, name prefix; then total rows, organisation lines, helper
 * totals, a further indicator line of the row above, and a guess from layout.
 */
import type { Accumulation, Level, Polarity } from "../../types";
import type { TableLayout } from "../../layout/tables";
import { cellText, norm } from "../../layout/text";
import { isAccountName, isTotalName, levelFromName, levelFromWord } from "../../hierarchy/names";
import type { ReadRow } from "../../hierarchy/read-row";
import type { PlanColumns } from "./columns";
import type { RowIdentity } from "./identity";
import { modelText } from "../../../i18n/model";

export function accumulationOf(text: string): Accumulation | null {
  const t = norm(text);
  if (t === "") return null;
  if (/(non\s*-?\s*kumulatif|posisi akhir|^akhir|tetap|stok|stock|level)/.test(t)) return "level";
  if (/(kumulatif|flow|akumulasi)/.test(t)) return "flow";
  return null;
}

export function polarityOf(text: string): Polarity {
  const t = norm(text);
  return /(negatif|rendah semakin baik|semakin rendah|menurun|minimal|turun)/.test(t) ? "negative" : "positive";
}

/** The table's quarter-target columns, and the row's unit, accumulation and polarity cells. */
export function readTraits(row: ReadRow, t: TableLayout, cols: PlanColumns, r: number): void {
  const v = t.view;
  row.quarterTargetColumns = cols.hasQuarterTargets;
  if (cols.partialQuarterTargets) row.partialQuarterTargets = true;
  row.unit = cols.unit ? cellText(v.raw(r, cols.unit)) || null : null;
  row.accumulation = cols.accumulation ? accumulationOf(cellText(v.raw(r, cols.accumulation))) : null;
  row.polarity = cols.polarity ? polarityOf(cellText(v.raw(r, cols.polarity))) : "positive";
}

/** The level the table states for the row: a level column's word, the name's column, a numbering. */
export function explicitLevel(t: TableLayout, cols: PlanColumns, r: number, id: RowIdentity): Level | null {
  return (
    (cols.level ? levelFromWord(cellText(t.view.raw(r, cols.level))) : null) ??
    t.nameColumnLevels?.get(id.nameCol) ??
    id.numbered ??
    null
  );
}

/** Sets the row's level and how it was decided; `prev` is the last row read (for a further indicator line). */
export function settleLevel(row: ReadRow, id: RowIdentity, explicit: Level | null, prev: ReadRow | undefined): void {
  const { text: name, prefix, codeInfo } = id;
  row.isTotal = isTotalName(name) && !row.code;
  row.isAccountLine =
    codeInfo?.kind === "account" || (isAccountName(name) && !levelFromName(name) && codeInfo?.level == null);
  if (explicit) [row.level, row.levelSource] = [explicit, "explicit"];
  else if (codeInfo?.level) [row.level, row.levelSource] = [codeInfo.level, "code"];
  else if (levelFromName(prefix ? prefix.rest : name))
    [row.level, row.levelSource] = [levelFromName(prefix ? prefix.rest : name)!, "prefix"];
  else if (row.isTotal) [row.level, row.levelSource] = ["group", "total"];
  else if (codeInfo?.kind === "organisation") [row.level, row.levelSource] = ["group", "code"];
  else if (name === "" && !row.code && !row.indicator) {
    // Figures with no name: a helper total (SUBTOTAL, a check sum) below or inside the table.
    row.isTotal = true;
    [row.level, row.levelSource, row.name] = ["group", "total", modelText.unnamedTotal];
  } else if (name === "" && !row.code && prev) {
    row.continuation = true;
    row.continuationOf = prev.continuationOf ?? prev.id;
    [row.level, row.levelSource, row.code, row.name, row.nameCell] = [
      prev.level,
      prev.levelSource,
      prev.code,
      prev.name,
      prev.nameCell,
    ];
  } else row.levelUncertain = !row.isAccountLine;
}
