/**
 * Where the output sheets go, the same for both writers (src/xlsx for the command line and the
 * web page, src/excel for the add-in). Pure: the writers read the sheet list, call this, and carry
 * the plan out with their own API.
 *
 *   - The sheets of a previous run (those carrying the product marker, `ours`) are removed; a
 *     user's sheet is never removed, renamed or written to.
 *   - Every output sheet, in the order given, is added after the sheets that stay, under its name
 *     made valid (Excel's sheet-name rules) and, when a sheet that stays or an earlier output sheet
 *     already has that name (case-insensitive, as Excel compares), "Name (2)", "Name (3)" …
 *
 * Any list of output sheet names works (Capaian, Predikat, Ringkasan, Temuan, Narasi, …).
 */
import { XLSX_TEXT } from "../i18n/xlsx";

/** Excel's limit on the length of a sheet name. */
export const MAX_SHEET_NAME = 31;
const FORBIDDEN = /[:\\/?*[\]]/g;
/** The name used when nothing valid is left of the wanted one. */
const FALLBACK_NAME = "Capaian";

export interface ExistingSheet {
  name: string;
  /** Written by a previous run (carries the product marker). */
  ours: boolean;
}

export interface Placement {
  /** Names of the previous output sheets to remove. */
  remove: string[];
  /** Names of the sheets that stay, in workbook order. */
  keep: string[];
  /** Final name of each output sheet, in the order of `outputs`; added after the kept sheets. */
  names: string[];
}

/** Excel's rules: 1–31 characters, none of : \ / ? * [ ], not starting or ending with an apostrophe. */
export function sanitizeSheetName(name: string): string {
  let s = name.replace(FORBIDDEN, " ").replace(/\s+/g, " ").trim();
  s = s.replace(/^'+|'+$/g, "").trim();
  if (!s) s = FALLBACK_NAME;
  return s.slice(0, MAX_SHEET_NAME).trim();
}

/** `wanted` made valid, or "wanted (2)", "wanted (3)" … (shortened to fit 31 characters) when taken. */
export function uniqueSheetName(wanted: string, taken: Iterable<string>): string {
  const used = new Set<string>();
  for (const t of taken) used.add(t.toLowerCase());
  const clean = sanitizeSheetName(wanted);
  if (!used.has(clean.toLowerCase())) return clean;
  for (let n = 2; ; n++) {
    const suffix = XLSX_TEXT.renamed("", n); // " (n)"
    const candidate = XLSX_TEXT.renamed(clean.slice(0, MAX_SHEET_NAME - suffix.length).trim(), n);
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/** The plan for one run: what to remove, what stays, and the name of each output sheet. */
export function placeOutputSheets(existing: readonly ExistingSheet[], outputs: readonly string[]): Placement {
  const remove = existing.filter((s) => s.ours).map((s) => s.name);
  const keep = existing.filter((s) => !s.ours).map((s) => s.name);
  const names: string[] = [];
  for (const wanted of outputs) names.push(uniqueSheetName(wanted, [...keep, ...names]));
  return { remove, keep, names };
}
