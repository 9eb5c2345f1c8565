/**
 * Cells with an external hyperlink (`<hyperlink ref r:id>`): ExcelJS 4.4 turns them into
 * hyperlink values whose text is the cell's value (a formula's result, the formula dropped) and
 * read-grids.ts read that text as a string. Applied after the sheet is parsed (the hyperlinks
 * follow the cell data in the part). Not reproduced: a hyperlink on an empty cell, or on a
 * date-formatted number (ExcelJS gives the Date's local-time text).
 */
import type { SheetData } from "./sheet-part";
import type { Relationship } from "./workbook-part";
import { XmlError } from "./xml-scan";
import { decodeAddress } from "./formula-slide";

export function applyHyperlinks(data: SheetData, rels: Relationship[]): void {
  if (data.hyperlinks.length === 0) return;
  const byId = new Map(rels.map((r) => [r.id, r]));
  for (const h of data.hyperlinks) {
    const rel = byId.get(h.rId);
    if (!rel) throw new XmlError(`hyperlink ${h.ref}: relasi ${h.rId} tidak ada`);
    if (!rel.target) continue;
    if (!/^[A-Z]+[0-9]+$/.test(h.ref)) continue;
    const a = decodeAddress(h.ref);
    if (!a) continue;
    const row = data.rows.get(a.row);
    const at = row ? row.cols.indexOf(a.col) : -1;
    if (!row || at < 0) continue;
    const cell = row.cells[at];
    // The old path's String(text): an error value is an object, a missing result nothing.
    const text = cell.error ? String({}) : cell.value === null ? "" : String(cell.value);
    const out: typeof cell = { value: text };
    if (cell.numberFormat) out.numberFormat = cell.numberFormat;
    if (cell.bold) out.bold = true;
    if (cell.indent) out.indent = cell.indent;
    row.cells[at] = out;
  }
}
