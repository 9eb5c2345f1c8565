/**
 * Row heights for wrapped text. Spreadsheet files store row heights; a writer that cannot ask the
 * spreadsheet to fit rows (ExcelJS) would otherwise leave wrapped names overlapping the next row.
 * Office.js writers can call autofitRows instead. Heights in points (11 pt font: 15 pt a line).
 */
import type { SheetColumn, SpecValue } from "../types";

const LINE_POINTS = 14.5;

/**
 * Lines a text needs in a column `width` characters wide, wrapping at spaces. A width unit holds
 * about one character of text (LibreOffice prints 26–28 characters of a sentence in a 26 wide
 * column, Excel a little more), bold text about 0,9: the estimate errs towards a taller row.
 */
export function wrappedLines(text: string, width: number, bold = false): number {
  const perLine = Math.max(4, Math.floor(width * (bold ? 0.9 : 1.0)));
  let lines = 0;
  for (const paragraph of text.split(/\r?\n/)) {
    let line = 0;
    let count = 1;
    for (const word of paragraph.split(/\s+/)) {
      const w = word.length;
      if (line === 0) line = w;
      else if (line + 1 + w <= perLine) line += 1 + w;
      else {
        count++;
        line = w;
      }
      while (line > perLine) {
        count++;
        line -= perLine;
      }
    }
    lines += count;
  }
  return lines;
}

/** Characters of column width one indent level takes (Excel: about 9 px of a 7 px character). */
export const INDENT_CHARS = 1.5;

/**
 * Height (points) for a row of cells, or undefined when every cell fits on one line. `indent` is
 * the row's indent level, taken off the width of the columns marked `indent`.
 */
export function rowHeight(cells: SpecValue[], columns: SheetColumn[], bold = false, indent = 0): number | undefined {
  let lines = 1;
  cells.forEach((v, i) => {
    if (typeof v !== "string" || v === "") return;
    const col = columns[i];
    const width = Math.max(4, (col?.width ?? 10) - (col?.indent ? indent * INDENT_CHARS : 0));
    lines = Math.max(lines, wrappedLines(v, width, bold));
  });
  return lines > 1 ? Math.ceil(lines * LINE_POINTS + 1) : undefined;
}
