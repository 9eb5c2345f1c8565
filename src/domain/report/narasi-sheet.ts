/**
 * The `Narasi` sheet: the report's paragraphs, per program block (narasi.ts). Two columns: the
 * outline number and the text. Each block: a caption row (after a blank row, except the first,
 * which is the last title line), then per plan row its heading (styled by level, indented) and
 * its paragraph (plain, wrapped). Printed portrait, fit to the page width.
 */
import type { SheetRow, SheetSpec } from "../types";
import { NARASI_SHEET_NAME, NARASI_TEXT as N } from "../../i18n/narasi";
import { FORMATS, titleLines, type ReportInput } from "./common";
import { LEVEL_STYLE } from "./capaian-sheet";
import { buildNarasi } from "./narasi";

/** Column of the paragraph text. */
export const NARASI_TEXT_COL = 1;

export function buildNarasiSheet(input: ReportInput): SheetSpec {
  const title = titleLines(N.title, input, false);
  const rows: SheetRow[] = [];
  const blocks = buildNarasi(input);
  blocks.forEach((block, i) => {
    if (i === 0) title.push(block.title);
    else {
      rows.push({ cells: [null, null] });
      rows.push({ cells: [block.title, null], style: "caption" });
    }
    for (const item of block.items) {
      const indent = item.row.level === "program" ? 0 : item.row.level === "activity" ? 1 : 2;
      rows.push({ cells: [item.no, item.heading], style: LEVEL_STYLE[item.row.level], indent });
      rows.push({ cells: [null, item.paragraph] });
    }
  });
  return {
    name: NARASI_SHEET_NAME,
    title,
    columns: [
      { header: N.no, width: 8, numberFormat: FORMATS.text },
      { header: N.text, width: 92, indent: true },
    ],
    rows,
    headerRows: 1,
    freezeRows: 0,
    print: { landscape: false, fitToWidth: true, repeatHeader: false },
  };
}
