/**
 * Shared formulas: a cell that shares its master's formula gets the master's text with its
 * relative references shifted by the distance between the two cells; `$` parts stay. A port of
 * ExcelJS 4.4's slideFormula (lib/utils/shared-formula.js), which the old path used through
 * `cell.formula`, so both readers give the same text (function names and names are untouched).
 */

import { columnLetter, columnNumber } from "../../domain/grid";
const CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const CELL_REF = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

export class FormulaRangeError extends Error {
  override readonly name = "FormulaRangeError";
}

/** "AA" → 27 (upper-case letters). */
export const lettersToColumn = columnNumber;

/** 27 → "AA"; outside 1 … 16 384 an error, as ExcelJS's colCache.n2l. */
export function columnToLetters(n: number): string {
  if (n < 1 || n > 16384) throw new FormulaRangeError(`${n} di luar kolom 1 … 16384`);
  return columnLetter(n);
}

/** ExcelJS's colCache.decodeAddress: upper-case letters then digits; null without a column. */
export function decodeAddress(value: string): { row: number; col: number } | null {
  let col = 0;
  let row = 0;
  let hasCol = false;
  let hasRow = false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (!hasRow && c >= 65 && c <= 90) {
      hasCol = true;
      col = col * 26 + c - 64;
    } else if (c >= 48 && c <= 57) {
      hasRow = true;
      row = row * 10 + c - 48;
    } else if (hasRow && hasCol && c !== 36) break;
  }
  if (!hasCol || col > 16384) return null;
  return { row: hasRow ? row : NaN, col };
}

/** The master's formula as seen from `to` (both cells as row/column numbers). */
export function slideFormula(
  formula: string,
  from: { row: number; col: number },
  to: { row: number; col: number },
): string {
  return formula.replace(
    CANDIDATE,
    (refMatch: string, sheet: string | undefined, _s: string, addrPart: string, paren: string | undefined) => {
      if (paren) return refMatch;
      const m = CELL_REF.exec(addrPart);
      if (!m) return refMatch;
      const colDollar = m[1];
      const colStr = m[2].toUpperCase();
      const rowDollar = m[3];
      if (colStr.length > 3 || (colStr.length === 3 && colStr > "XFD")) return refMatch;
      let col = lettersToColumn(colStr);
      let row = parseInt(m[4], 10);
      if (!colDollar) col += to.col - from.col;
      if (!rowDollar) row += to.row - from.row;
      return (sheet || "") + (colDollar || "") + columnToLetters(col) + (rowDollar || "") + row;
    },
  );
}
