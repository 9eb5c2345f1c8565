/** Recognising quarter labels in headers: "TW I", "Triwulan II", "TW. 1", "Tw-3", "I" under a quarter group. */
import type { Quarter } from "../types";

const ROMAN: Record<string, Quarter> = { i: 1, ii: 2, iii: 3, iv: 4 };

function toQuarter(token: string): Quarter | null {
  const t = token.toLowerCase();
  if (t in ROMAN) return ROMAN[t];
  if (/^[1-4]$/.test(t)) return Number(t) as Quarter;
  return null;
}

/**
 * The quarter named in a header text, with whether it is cumulative ("s.d. TW II").
 * Returns null when the text names no quarter.
 */
export function quarterIn(text: string): { quarter: Quarter; toDate: boolean } | null {
  const t = text.toLowerCase();
  const m = /(?:^|[^a-z])(?:tw|triwulan|trw|q)\s*[.\-:]?\s*(iv|iii|ii|i|[1-4])(?![a-z0-9])/.exec(t);
  if (!m) return null;
  const quarter = toQuarter(m[1]);
  if (!quarter) return null;
  return { quarter, toDate: isToDate(t.slice(0, m.index + 1)) || isToDate(t) };
}

/** "s.d", "s/d", "sd", "sampai dengan", "kumulatif" before a quarter. */
export function isToDate(text: string): boolean {
  return /(^|[^a-z])(s\s*[./]\s*d|sd|sampai\s+dengan|sampai|kumulatif)(?![a-z])/.test(text.toLowerCase());
}

/** A bare quarter token as a sub-header under a quarter group: "I", "II", "1", "TW I". */
export function bareQuarter(text: string): Quarter | null {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/[.\s]+$/, "");
  const q = toQuarter(t);
  if (q) return q;
  const m = quarterIn(t);
  return m && !m.toDate ? m.quarter : null;
}

export function romanQuarter(q: Quarter): string {
  return ["I", "II", "III", "IV"][q - 1];
}
