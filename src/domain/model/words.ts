/**
 * Amounts in words (terbilang) in the workbook and the amount in digits next to each (the nearest
 * number to its left in the same row, or just above it), recorded for `words-mismatch` (§6,
 * checks/words-mismatch.ts).
 */
import { a1 } from "../grid";
import type { ReadFact } from "../facts";
import type { TableLayout } from "../layout/tables";
import { cellText } from "../layout/text";
import { looksLikeTerbilang, parseTerbilang } from "../values/terbilang";
import { parseCell } from "../values/parse";

const WORDS_HINT = /(rupiah|ribu|juta|milyar|miliar|triliun|trilyun)/i;

export function amountsInWords(t: TableLayout): ReadFact[] {
  const v = t.view;
  const out: ReadFact[] = [];
  for (let r = t.table.dataRows.first; r <= Math.min(v.lastRow, t.table.dataRows.last + 10); r++) {
    for (const [c, text] of v.rowTexts(r)) {
      // Cheap screen first: amounts in words always name Rupiah or a scale word.
      if (text.length < 8 || !WORDS_HINT.test(text) || !looksLikeTerbilang(text)) continue;
      const words = parseTerbilang(text);
      if (words === null) continue;
      const digits = nearestNumber(t, r, c);
      if (!digits) continue;
      const at = { sheet: v.sheet, row: r, cell: a1(r, c), code: null, name: null };
      out.push({ kind: "amountInWords", at, text, words, digits: digits.value });
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
