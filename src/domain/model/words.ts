/**
 * `words-mismatch` (§6): an amount in words (terbilang) in the workbook that does not match the
 * amount in digits next to it (the nearest number to its left in the same row, or just above it).
 */
import { a1 } from "../grid";
import type { Finding } from "../types";
import type { TableLayout } from "../layout/tables";
import { cellText } from "../layout/text";
import { looksLikeTerbilang, parseTerbilang } from "../values/terbilang";
import { parseCell } from "../values/parse";
import { modelText } from "../../i18n/model";

const WORDS_HINT = /(rupiah|ribu|juta|milyar|miliar|triliun|trilyun)/i;

export function checkWords(t: TableLayout): Finding[] {
  const v = t.view;
  const out: Finding[] = [];
  for (let r = t.table.dataRows.first; r <= Math.min(v.lastRow, t.table.dataRows.last + 10); r++) {
    for (const [c, text] of v.rowTexts(r)) {
      // Cheap screen first: amounts in words always name Rupiah or a scale word.
      if (text.length < 8 || !WORDS_HINT.test(text) || !looksLikeTerbilang(text)) continue;
      const words = parseTerbilang(text);
      if (words === null) continue;
      const digits = nearestNumber(t, r, c);
      if (!digits || Math.abs(digits.value - words) < 1) continue;
      out.push({
        rule: "words-mismatch",
        severity: "error",
        sheet: v.sheet,
        cell: a1(r, c),
        row: r,
        code: null,
        rowName: null,
        message: modelText.wordsMismatch(text, words, digits.value),
        stated: words,
        computed: digits.value,
      });
    }
  }
  return out;
}

function nearestNumber(t: TableLayout, row: number, col: number): { value: number } | null {
  const v = t.view;
  for (let c = col - 1; c >= v.firstCol; c--) {
    const p = parseCell(v.raw(row, c));
    if (p.kind === "number") return { value: p.value };
    if (cellText(v.raw(row, c)) !== "" && p.kind !== "empty" && c < col - 2) break;
  }
  for (let r = row - 1; r >= Math.max(v.firstRow, row - 2); r--) {
    const p = parseCell(v.raw(r, col));
    if (p.kind === "number") return { value: p.value };
  }
  return null;
}
