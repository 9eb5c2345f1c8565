/**
 * Hand-made summary tables without codes (layouts.md): the hierarchy is only in the numbering
 * column — capital letters for programs (A, B, …), Roman numerals for kegiatan (I, II, …, often
 * numbered on across programs), decimals for sub kegiatan (1.1, 2.1 — restarting under each
 * kegiatan, so they are no codes). Each number's kind is decided in sequence: the next Roman
 * numeral, else the next letter, else a Roman "I" restarting, else any letter; digits are sub
 * kegiatan. The table qualifies only when it has both letters and Roman numerals.
 */
import type { Level } from "../types";
import type { SheetView } from "./sheet-view";

const ROMAN = /^(?=[IVXLC])(C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;
const VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** "XI" → 11; null when not a Roman numeral. */
export function romanValue(text: string): number | null {
  if (!ROMAN.test(text)) return null;
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const v = VALUES[text[i]];
    const next = VALUES[text[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** Row → level for a numbering column holding letters, Roman numerals and decimals; else undefined. */
export function numberingLevels(
  view: SheetView,
  col: number,
  first: number,
  last: number,
): Map<number, Level> | undefined {
  const out = new Map<number, Level>();
  let nextLetter = "A";
  let lastRoman = 0;
  let letters = 0;
  let romans = 0;
  let numbered = 0;
  for (let r = first; r <= last; r++) {
    const t = view.raw(r, col);
    if (t.value === null || t.value === undefined) continue;
    const v = String(t.value).trim().replace(/\.$/, "");
    if (v === "") continue;
    const roman = romanValue(v);
    const letter = /^[A-Z]$/.test(v);
    if (roman !== null && roman === lastRoman + 1) {
      [lastRoman, romans] = [roman, romans + 1];
      out.set(r, "activity");
    } else if (letter && v === nextLetter) {
      nextLetter = String.fromCharCode(v.charCodeAt(0) + 1);
      letters++;
      out.set(r, "program");
    } else if (roman === 1) {
      [lastRoman, romans] = [1, romans + 1];
      out.set(r, "activity");
    } else if (letter) {
      nextLetter = String.fromCharCode(v.charCodeAt(0) + 1);
      letters++;
      out.set(r, "program");
    } else if (/^\d+(\.\d+)*$/.test(v) || typeof t.value === "number") {
      out.set(r, "subactivity");
    } else continue;
    numbered++;
  }
  // Letters above Roman numerals (A program, I kegiatan); "I. URUSAN …, A. bidang …" is another outline.
  const top = [...out.values()][0];
  return letters > 0 && romans > 0 && numbered >= 3 && top === "program" ? out : undefined;
}
