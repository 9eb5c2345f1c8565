/**
 * What both .xlsx writers (src/xlsx/write-sheets.ts with ExcelJS, src/xlsx/splice/sheet-xml.ts as
 * XML) write for a SheetSpec cell: its value and the font of its row style. Browser-safe.
 */
import type { RowStyle, SpecValue } from "../domain/types";

/** Excel's limit on the characters of one cell. */
export const MAX_CELL_TEXT = 32767;

/** The value written: numbers as numbers (non-finite left empty), anything else as text, never a formula. */
export function cellValue(v: SpecValue | undefined): string | number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  const s = String(v);
  return s.length > MAX_CELL_TEXT ? s.slice(0, MAX_CELL_TEXT) : s;
}

/** The font of a row style: program, activity, total and header bold; group bold italic. */
export function fontFor(style: RowStyle | undefined): { bold: true; italic?: true } | undefined {
  switch (style) {
    case "program":
    case "activity":
    case "total":
    case "header":
      return { bold: true };
    case "group":
      return { bold: true, italic: true };
    default:
      return undefined;
  }
}
