/**
 * Cells with an external hyperlink (`<hyperlink ref r:id>`): ExcelJS 4.4 turns them into
 * hyperlink values whose text is the cell's value (a formula's result, the formula dropped; an
 * empty cell gives ""), and read-grids.ts read that text as a string. The hyperlinks follow the
 * cell data in the part, so a sheet that has any is read a second time for those cells only
 * (./sheet-part.ts, `links`), and they replace what the first pass stored.
 */
import type { SheetData } from "./sheet-part";
import type { Relationship } from "./workbook-part";
import { XmlError } from "./xml-scan";

/** The cell addresses (`r`, exactly as written) that carry a hyperlink; throws when a link's relation is missing. */
export function linkedAddresses(data: SheetData, rels: Relationship[]): Set<string> {
  const out = new Set<string>();
  if (data.hyperlinks.length === 0) return out;
  const byId = new Map(rels.map((r) => [r.id, r]));
  for (const h of data.hyperlinks) {
    const rel = byId.get(h.rId);
    if (!rel) throw new XmlError(`hyperlink ${h.ref}: relasi ${h.rId} tidak ada`);
    if (rel.target) out.add(h.ref);
  }
  return out;
}

/** Puts the second pass's hyperlinked cells into the first pass's rows. */
export function mergeLinked(data: SheetData, linked: SheetData): void {
  for (const [r, entry] of linked.rows) {
    let row = data.rows.get(r);
    if (!row) data.rows.set(r, (row = { cols: [], cells: [] }));
    for (let i = 0; i < entry.cols.length; i++) {
      const c = entry.cols[i];
      const at = row.cols.indexOf(c);
      if (at >= 0) row.cells[at] = entry.cells[i];
      else {
        row.cols.push(c);
        row.cells.push(entry.cells[i]);
      }
      if (r > data.extentRows) data.extentRows = r;
      if (c > data.extentCols) data.extentCols = c;
    }
  }
}
