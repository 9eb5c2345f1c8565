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
 */
import type ExcelJS from "exceljs";

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

/** Names of the sheets that carry the marker (as they are now named). */
export function outputSheetNames(workbook: ExcelJS.Workbook): string[] {
  const out: string[] = [];
  for (const d of markerEntries(workbook)) {
    for (const r of d.ranges) {
      const s = sheetOfReference(r);
      if (s && !out.includes(s)) out.push(s);
    }
  }
  return out;
}

export function isOutputSheet(workbook: ExcelJS.Workbook, sheetName: string): boolean {
  const lower = sheetName.toLowerCase();
  return outputSheetNames(workbook).some((s) => s.toLowerCase() === lower);
}

/** Removes every marker name (the sheets stay). */
export function clearMarkers(workbook: ExcelJS.Workbook): void {
  const names = workbook.definedNames as unknown as NamesInternals & { remove(loc: string, name: string): void };
  for (const d of markerEntries(workbook)) {
    if (names.matrixMap && d.name in names.matrixMap) {
      delete names.matrixMap[d.name];
    } else {
      for (const r of d.ranges) names.remove(r, d.name);
    }
  }
}

/** Marks a sheet as an output sheet (adds the next free `_capaian_output_<n>`). */
export function markOutputSheet(workbook: ExcelJS.Workbook, sheetName: string): string {
  const taken = new Set(markerEntries(workbook).map((d) => d.name.toLowerCase()));
  let n = 1;
  while (taken.has(`${MARKER_PREFIX}_${n}`)) n++;
  const name = `${MARKER_PREFIX}_${n}`;
  workbook.definedNames.add(`${quoteSheetName(sheetName)}!$A$1`, name);
  return name;
}
