/**
 * The report year from a "Tahun" / "Tahun Anggaran" column (exports that put the year on every
 * row instead of in a title): used only when no title names the year, and only when every row
 * that fills the column states the same year.
 */
import type { TableLayout } from "./tables";
import { norm } from "./text";

export function yearFromColumn(tables: TableLayout[]): number | null {
  for (const t of tables) {
    const v = t.view;
    for (let hr = t.table.headerRows.first; hr <= t.table.headerRows.last; hr++)
      for (const [col, text] of v.rowTexts(hr)) {
        if (!/^tahun( anggaran)?$/.test(norm(text))) continue;
        const years = new Set<string>();
        for (let r = t.table.dataRows.first; r <= Math.min(t.table.dataRows.last, t.table.dataRows.first + 500); r++) {
          const s = v.text(r, col);
          if (s !== "") years.add(s);
        }
        const [only] = [...years];
        if (years.size === 1 && /^20\d\d$/.test(only)) return Number(only);
      }
  }
  return null;
}
