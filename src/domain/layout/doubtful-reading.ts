/**
 * A doubtful reading (layouts.md "What the product must do when unsure"): when even the best
 * reading of a table leaves more than a fifth of its rows contradicting each other, the reading
 * is doubtful, not the workbook. The table's detailed findings are replaced by one clear message
 * (what was read, what does not add up, how to map the columns; checks/layout.ts collapseDoubtful);
 * the figures are still computed.
 */
import type { DetectedTable, Mapping } from "../types";
import { roleToString } from "./mapping";
import { READING_TEXT } from "../../i18n/reading";
import { roleLabel } from "../../i18n/cli";

/** The columns that carry the reading, as the user would check them ("C = Pagu anggaran"). */
function whatWasRead(t: DetectedTable): string[] {
  return t.columns.filter((c) => c.role.kind !== "extra").map((c) => `${c.letter} = ${roleLabel(c.role)}`);
}

export function doubtfulMessage(t: DetectedTable): string {
  const r = t.reading!;
  return READING_TEXT.doubtful({
    sheet: t.sheet,
    headerFirst: t.headerRows.first,
    headerLast: t.headerRows.last,
    read: whatWasRead(t),
    rows: r.rows,
    contradicting: r.contradicting,
    sum: r.failed.sum,
    code: r.failed.code,
    pct: r.failed.pct,
  });
}

/**
 * The message is also one of the table's assumptions: the pane then opens its mapping panel by
 * itself on that table (an unsure detection) and shows it there; --jelaskan lists it.
 */
export function noteDoubtful(tables: DetectedTable[]): void {
  for (const t of tables) if (t.kind === "plan" && t.reading?.doubtful) t.assumptions.push(doubtfulMessage(t));
}

/** A --mapping file that states the reading detection made, for the user to correct. */
export function suggestMapping(tables: DetectedTable[]): Mapping {
  return {
    version: 1,
    tables: tables.map((t) => ({
      sheet: t.sheet,
      headerRows: { ...t.headerRows },
      dataRows: { first: t.dataRows.first },
      kind: t.kind,
      columns: Object.fromEntries(t.columns.map((c) => [c.letter, roleToString(c.role)])),
    })),
  };
}
