/**
 * Terminal layout helpers. Numbers are formatted by the domain (src/domain/values/format.ts:
 * Indonesian grouping, 2-decimal percentages rounded half away from zero).
 */
export { formatNumber, formatPct, formatRupiah } from "../domain/values/format";

/** Pad to a display width (code points), for simple aligned columns. */
export function padEnd(s: string, width: number): string {
  const len = [...s].length;
  return len >= width ? s : s + " ".repeat(width - len);
}

export function padStart(s: string, width: number): string {
  const len = [...s].length;
  return len >= width ? s : " ".repeat(width - len) + s;
}

/** Collapse whitespace and shorten to `max` code points with an ellipsis. */
export function truncate(s: string, max: number): string {
  const cps = [...s.replace(/\s+/g, " ").trim()];
  return cps.length <= max ? cps.join("") : cps.slice(0, max - 1).join("") + "…";
}

/**
 * Text for a terminal: control characters from workbook text (ESC sequences that clear the screen
 * or set the window title, BEL, backspace, carriage return, C1 controls, bidirectional overrides)
 * are removed; new lines and tabs stay. ExcelJS decodes `_x001B_` escapes into raw ESC.
 */
export function terminalSafe(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, "");
}
