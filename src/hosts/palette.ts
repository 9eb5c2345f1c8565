/**
 * The one colour set of the output sheets, used by both writers (src/xlsx: ExcelJS wants
 * "FFRRGGBB", see argb(); src/excel: Office.js wants "#RRGGBB").
 */
export const OUTPUT_COLOURS = {
  /** Column header rows: fill and (bold) text. */
  headerFill: "#1F6F43",
  headerText: "#FFFFFF",
  /** Program rows. */
  programFill: "#E2EFDA",
  /** Total rows. */
  totalFill: "#D9D9D9",
  /** Thin cell borders (ExcelJS; Office.js writes no borders). */
  border: "#808080",
  /** Links to source cells (ExcelJS; Office.js uses Excel's hyperlink style). */
  link: "#0563C1",
} as const;

/** "#1F6F43" → "FF1F6F43" (opaque ARGB, as ExcelJS writes colours). */
export function argb(hex: string): string {
  return "FF" + hex.replace(/^#/, "").toUpperCase();
}
