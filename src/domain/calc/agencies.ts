/**
 * Several agencies in one table (layouts.md): the results per agency. Each row carries its
 * agency (from the table's SKPD / OPD column); rows without one (a total line) belong to the
 * agency of the row above. A finding belongs to the agency of the row it is on; findings on no
 * row of an agency (detection notes) stay with the whole workbook only.
 */
import { computeTotals } from "./totals";
import type { AgencyResult, CalculatedRow, Finding } from "../types";

/** One result per agency in first-appearance order, or undefined when the rows hold fewer than two. */
export function splitByAgency(rows: CalculatedRow[], findings: Finding[]): AgencyResult[] | undefined {
  const order: string[] = [];
  const rowsOf = new Map<string, CalculatedRow[]>();
  const agencyAt = new Map<string, string>();
  let current: string | undefined;
  let runs = 0;
  for (const r of rows) {
    const a = r.agency ?? current;
    if (a === undefined) continue;
    if (a !== current) runs++;
    current = a;
    if (!rowsOf.has(a)) {
      order.push(a);
      rowsOf.set(a, []);
    }
    rowsOf.get(a)!.push(r);
    agencyAt.set(`${r.sheet}!${r.row}`, a);
  }
  // An agency's rows come as one block (sorted by agency, or one table per agency). Values that
  // change on almost every row are no agency column but something else (a unit, a source).
  if (order.length < 2 || runs > order.length * 2) return undefined;
  // A finding on a line between two made rows (an aggregated export's budget line) belongs to
  // the agency of the nearest row above it on the same sheet.
  const bySheet = new Map<string, [number, string][]>();
  for (const [key, a] of agencyAt) {
    const i = key.lastIndexOf("!");
    const list = bySheet.get(key.slice(0, i)) ?? [];
    list.push([Number(key.slice(i + 1)), a]);
    bySheet.set(key.slice(0, i), list);
  }
  for (const list of bySheet.values()) list.sort((x, y) => x[0] - y[0]);
  const findingsOf = new Map<string, Finding[]>(order.map((a) => [a, []]));
  for (const f of findings) {
    const a = agencyAt.get(`${f.sheet}!${f.row}`) ?? nearestAbove(bySheet.get(f.sheet), f.row);
    if (a !== undefined) findingsOf.get(a)!.push(f);
  }
  return order.map((agency) => {
    const list = rowsOf.get(agency)!;
    return { agency, rows: list, totals: computeTotals(list), findings: findingsOf.get(agency)! };
  });
}

function nearestAbove(list: [number, string][] | undefined, row: number): string | undefined {
  if (!list || list.length === 0 || row < list[0][0]) return undefined;
  let lo = 0;
  let hi = list.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (list[mid][0] <= row) lo = mid;
    else hi = mid - 1;
  }
  return list[lo][1];
}
