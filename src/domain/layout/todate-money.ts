/**
 * An unqualified "Realisasi s.d. TW II" column beside quarterly realisation columns and a budget,
 * with no spending column: is it the performance realised to date or the money spent to date?
 * The workbook's own arithmetic decides (layouts.md "A reading is checked by the workbook's own
 * arithmetic"): read as performance it should equal the quarters' sum (or the latest quarter);
 * read as money it stays within each row's budget. When the money reading holds on most rows and
 * the performance reading on at most half of them (and on fewer than half as many), the column is the spending to date.
 */
import type { ColumnRole, DetectedColumn, Quarter } from "../types";
import type { SheetView } from "./sheet-view";
import { parseCell } from "../values/parse";

function num(view: SheetView, row: number, col: number): number | null {
  const p = parseCell(view.raw(row, col));
  return p.kind === "number" ? p.value : null;
}

const near = (a: number, b: number) => Math.abs(a - b) < 0.01;

export function settleToDateRealization(
  view: SheetView,
  columns: DetectedColumn[],
  roles: Map<number, ColumnRole>,
  first: number,
  last: number,
): void {
  const cols = [...roles.entries()];
  if (cols.some(([, r]) => r.kind === "spentToDate" || r.kind === "spentQuarter")) return;
  const budget = cols.find(([, r]) => r.kind === "budget")?.[0];
  const quarters = cols.filter(([, r]) => r.kind === "quarterRealization").map(([c]) => c);
  if (budget === undefined || quarters.length === 0) return;
  const candidates = cols.filter(([, r]) => r.kind === "realizationToDate");
  if (candidates.length !== 1) return;
  const [col, role] = candidates[0];
  let compared = 0;
  let asPerformance = 0;
  let asMoney = 0;
  for (let r = first; r <= last; r++) {
    const s = num(view, r, col);
    if (s === null) continue;
    compared++;
    const qs = quarters.map((c) => num(view, r, c)).filter((v): v is number => v !== null);
    const sum = qs.reduce((a, b) => a + b, 0);
    if (qs.length > 0 && (near(s, sum) || near(s, qs[qs.length - 1]))) asPerformance++;
    const b = num(view, r, budget);
    if (b !== null && b > 0 && s <= b + 0.5 && !(qs.length > 0 && near(s, sum))) asMoney++;
  }
  // The money reading must hold on most rows (an overspent row and its parents may break it).
  if (compared < 2 || asPerformance * 2 > compared || asMoney * 2 <= compared || asMoney <= 2 * asPerformance) return;
  const quarter = (role as { kind: "realizationToDate"; quarter: Quarter }).quarter;
  const next: ColumnRole = { kind: "spentToDate", quarter };
  roles.set(col, next);
  const c = columns.find((x) => x.col === col);
  if (c) c.role = next;
}
