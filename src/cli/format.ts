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
