/**
 * Amounts in thousands of Rupiah (layouts.md "More structures"): a money column's header or the
 * title above the table says `Rp. (000)`, `(Rp 000)`, `dalam ribuan`. The amounts are then
 * reported in Rupiah (× 1 000), and the table says so once.
 */
import type { TableLayout } from "./tables";
import { kindsWhere } from "./roles";

const THOUSANDS =
  /(rp\.?\s*\(?\s*000\s*\)?|\(\s*000\s*\)|\bdalam\s+ribuan\b|\bribuan\s+rupiah\b|\(\s*ribuan\s*\)|\brp\.?\s*ribu\b)/i;
const MONEY = kindsWhere((e) => e.money);

/** Where the table says its amounts are in thousands (a header or title text), or null. */
export function thousandsMarker(t: TableLayout): string | null {
  for (const c of t.table.columns) if (MONEY.has(c.role.kind) && THOUSANDS.test(c.header)) return `"${c.header}"`;
  const v = t.view;
  for (let r = Math.max(v.firstRow, t.table.headerRows.first - 12); r <= t.table.headerRows.last; r++)
    for (const [, text] of v.rowTexts(r)) if (THOUSANDS.test(text) && text.length <= 200) return `"${text.trim()}"`;
  return null;
}

export function applyThousands(t: TableLayout): void {
  const where = thousandsMarker(t);
  if (!where) return;
  t.amountScale = 1000;
  t.thousandsWhere = where;
  t.table.amountScale = 1000;
}
