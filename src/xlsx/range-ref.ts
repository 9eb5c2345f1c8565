/** A1-style range references ("B2", "A1:C3", "$A$1:$B$2"). Browser-safe. */
import { columnNumber, type CellRange } from "../domain/grid";

/** "A1:B2" → CellRange (1-based, inclusive). */
export function parseRangeRef(ref: string): CellRange | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(ref.trim());
  if (!m) return null;
  const col = columnNumber;
  const top = Number(m[2]);
  const left = col(m[1]);
  const bottom = m[4] ? Number(m[4]) : top;
  const right = m[3] ? col(m[3]) : left;
  return {
    top: Math.min(top, bottom),
    left: Math.min(left, right),
    bottom: Math.max(top, bottom),
    right: Math.max(left, right),
  };
}
