import { columnNumber } from "../grid";
import type { Finding, Severity } from "../types";

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Column number of an A1 address ("K12" → 11, "$AB$3" → 28); 0 when there is none. */
function cellColumn(cell: string): number {
  const m = /^\$?([A-Za-z]+)/.exec(cell.trim());
  return m ? columnNumber(m[1]) : 0;
}

/**
 * Findings in report order: severity (error > warning > info), then sheet order (sheets not in
 * `sheetOrder` last, by name), then row, then the cell's column. Stable: equal findings keep
 * their input order. Returns a new array; the input is not modified.
 */
export function sortFindings(findings: Finding[], sheetOrder: string[]): Finding[] {
  const sheetRank = new Map<string, number>();
  sheetOrder.forEach((s, i) => {
    if (!sheetRank.has(s)) sheetRank.set(s, i);
  });
  const rankOf = (s: string) => sheetRank.get(s) ?? Number.MAX_SAFE_INTEGER;
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => {
      const x = a.f;
      const y = b.f;
      return (
        SEVERITY_RANK[x.severity] - SEVERITY_RANK[y.severity] ||
        rankOf(x.sheet) - rankOf(y.sheet) ||
        (sheetRank.has(x.sheet) ? 0 : x.sheet < y.sheet ? -1 : x.sheet > y.sheet ? 1 : 0) ||
        x.row - y.row ||
        cellColumn(x.cell) - cellColumn(y.cell) ||
        a.i - b.i
      );
    })
    .map((e) => e.f);
}
