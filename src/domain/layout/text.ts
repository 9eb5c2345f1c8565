/** Text helpers shared by detection: normalising header and name text. */
import type { Cell } from "../grid";

/** Cell as display text ("" for empty). Numbers as plain JS strings. */
export function cellText(cell: Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return cell.error ?? "";
  if (typeof v === "string") return v.trim();
  return String(v);
}

/** Lower case, punctuation (except % . / used in tokens) to spaces, collapsed whitespace. */
export function norm(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u00a0\s]+/g, " ")
    .replace(/[(){}[\]:;,"'’`*_]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
