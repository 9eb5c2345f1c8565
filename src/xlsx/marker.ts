/**
 * The product marker: how Capaian recognises its own output sheets on a re-run.
 *
 * Each output sheet is named by a workbook-scoped defined name
 *     _capaian_output_<n>   →   ='<sheet name>'!$A$1          (n = 1, 2, … in writing order)
 *
 * Why a defined name: ExcelJS 4.4 keeps cell-reference defined names on load/save (it drops custom
 * document properties and cannot write sheet-level custom properties), Excel and LibreOffice keep
 * them, and Excel rewrites the reference when the user renames the sheet, so a renamed output sheet
 * is still recognised. The add-in (Office.js) uses the same names: `workbook.names.add(name,
 * sheet.getRange("A1"))`. A sheet without such a name is a user's sheet and is never removed.
 *
 * Trust (a name is easy to copy or forge): the reference spans exactly what we wrote,
 * `'<sheet>'!$A$1:$<last column>$<last row>` (the content signature). A marker is trusted only
 * when the sheet it names exists and its cells with content end exactly there. A name pointing at
 * a user's sheet (`_capaian_output_1` → IKU!$A$1), an old single-cell marker, or an output sheet
 * the user has since edited beyond its extent is not trusted: the sheet is read as the user's, is
 * never removed, and our new output is written under a new name ("Capaian (2)").
 */
import type ExcelJS from "exceljs";
import { columnLetter, columnNumber } from "../domain/grid";

export const MARKER_PREFIX = "_capaian_output";
const MARKER_RE = /^_capaian_output(_\d+)?$/i;

export function isMarkerName(name: string): boolean {
  return MARKER_RE.test(name);
}

/** Quotes a sheet name for a reference: O'Brien → 'O''Brien'. */
export function quoteSheetName(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** "'Capaian (2)'!$A$1" → "Capaian (2)"; "Sheet1!$A$1" → "Sheet1". */
export function sheetOfReference(ref: string): string | null {
  const bang = ref.lastIndexOf("!");
  if (bang <= 0) return null;
  let s = ref.slice(0, bang).trim();
  if (s.startsWith("'") && s.endsWith("'") && s.length >= 2) s = s.slice(1, -1).replace(/''/g, "'");
  return s;
}

interface NamesInternals {
  matrixMap?: Record<string, unknown>;
}

function markerEntries(workbook: ExcelJS.Workbook): { name: string; ranges: string[] }[] {
  const model = (workbook.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model ?? [];
  return model.filter((d) => isMarkerName(d.name));
}

/** Last row and column holding a value (or covered by a merge) on a sheet; 0 × 0 when empty. */
export function contentExtent(ws: ExcelJS.Worksheet): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (_cell, c) => {
      if (r > rows) rows = r;
      if (c > cols) cols = c;
    });
  });
  return { rows, cols };
}

/** "'S'!$A$1:$F$20" → { sheet, rows: 20, cols: 6 }; null for other shapes (e.g. a single cell). */
function signatureOf(ref: string): { sheet: string; rows: number; cols: number } | null {
  const sheet = sheetOfReference(ref);
  if (!sheet) return null;
  const m = /^\$A\$1:\$([A-Z]{1,3})\$(\d+)$/.exec(ref.slice(ref.lastIndexOf("!") + 1).trim());
  if (!m) return null;
  return { sheet, rows: Number(m[2]), cols: columnNumber(m[1]) };
}

/** Marker entries whose reference matches the sheet it names (see the file comment). */
function trustedEntries(workbook: ExcelJS.Workbook): { name: string; ranges: string[]; sheet: string }[] {
  const out: { name: string; ranges: string[]; sheet: string }[] = [];
  for (const d of markerEntries(workbook)) {
    if (d.ranges.length !== 1) continue;
    const sig = signatureOf(d.ranges[0]);
    const ws = sig ? workbook.getWorksheet(sig.sheet) : undefined;
    if (!sig || !ws) continue;
    const ext = contentExtent(ws);
    if (ext.rows === sig.rows && ext.cols === sig.cols) out.push({ ...d, sheet: ws.name });
  }
  return out;
}

/** Names of the sheets that carry a trusted marker (as they are now named). */
export function outputSheetNames(workbook: ExcelJS.Workbook): string[] {
  const out: string[] = [];
  for (const d of trustedEntries(workbook)) if (!out.includes(d.sheet)) out.push(d.sheet);
  return out;
}

export function isOutputSheet(workbook: ExcelJS.Workbook, sheetName: string): boolean {
  const lower = sheetName.toLowerCase();
  return outputSheetNames(workbook).some((s) => s.toLowerCase() === lower);
}

/**
 * Removes the trusted marker names and those naming no existing sheet (the sheets stay); names
 * pointing at a sheet we do not trust are left alone. Call before removing our sheets.
 */
export function clearMarkers(workbook: ExcelJS.Workbook): void {
  const names = workbook.definedNames as unknown as NamesInternals & { remove(loc: string, name: string): void };
  const trusted = new Set(trustedEntries(workbook).map((d) => d.name));
  const dangling = (d: { ranges: string[] }) =>
    d.ranges.every((r) => {
      const s = sheetOfReference(r);
      return !s || !workbook.getWorksheet(s);
    });
  for (const d of markerEntries(workbook).filter((x) => trusted.has(x.name) || dangling(x))) {
    if (names.matrixMap && d.name in names.matrixMap) {
      delete names.matrixMap[d.name];
    } else {
      for (const r of d.ranges) names.remove(r, d.name);
    }
  }
}

/**
 * Marks a sheet we have just written as an output sheet: the next free `_capaian_output_<n>`
 * spanning the sheet's content (its signature).
 */
export function markOutputSheet(workbook: ExcelJS.Workbook, sheetName: string): string {
  const taken = new Set(markerEntries(workbook).map((d) => d.name.toLowerCase()));
  let n = 1;
  while (taken.has(`${MARKER_PREFIX}_${n}`)) n++;
  const name = `${MARKER_PREFIX}_${n}`;
  const ws = workbook.getWorksheet(sheetName);
  const ext = ws ? contentExtent(ws) : { rows: 1, cols: 1 };
  const end = `$${columnLetter(Math.max(1, ext.cols))}$${Math.max(1, ext.rows)}`;
  workbook.definedNames.add(`${quoteSheetName(sheetName)}!$A$1:${end}`, name);
  return name;
}
