/**
 * Reference lists that are not a plan (layouts.md "What the product must do when unsure"): the
 * national nomenclature of sub-activities, a list of programs and their indicators, … — columns
 * of "code name" texts (urusan, bidang, program, kegiatan, sub kegiatan), indicators and units,
 * but no target, realisation or budget anywhere. Such a sheet has nothing to compute: it is
 * recognised as a class (code-name columns on almost every row, almost no numbers), never by its
 * headers, so that one clear sentence replaces thousands of findings.
 */
import { codePrefix, splitCode } from "../hierarchy/codes";
import { parseCell } from "../values/parse";
import type { SheetView } from "./sheet-view";

/** Rows looked at (enough to decide; a nomenclature has thousands). */
const SAMPLE = 1500;
/** Fewer rows than this is a small table, not a reference list. */
const MIN_ROWS = 20;

/** "1.01.02 PROGRAM PENGELOLAAN PENDIDIKAN": a code of two or more segments followed by a name. */
function isCodeName(text: string): boolean {
  const p = codePrefix(text);
  return p !== null && (splitCode(p.code)?.length ?? 0) >= 2 && /[a-z]{3}/i.test(p.rest);
}

/** A cell holding an amount or a count (not a code, a year or a date). */
function isNumber(view: SheetView, r: number, c: number): boolean {
  const cell = view.raw(r, c);
  if (typeof cell.value === "string" && ((splitCode(cell.value)?.length ?? 0) >= 2 || isCodeName(cell.value)))
    return false;
  const p = parseCell(cell);
  // "1.01 URUSAN …" reads as a number with a unit; a real amount's unit is a word or two.
  return p.kind === "number" && (p.unit ?? "").length <= 15;
}

export interface ReferenceListStats {
  rows: number;
  codeNameRows: number;
  numbers: number;
}

export function referenceListStats(view: SheetView): ReferenceListStats {
  let rows = 0;
  let codeNameRows = 0;
  let numbers = 0;
  for (let r = view.firstRow; r <= view.lastRow && rows < SAMPLE; r++) {
    const cells = view.rowTexts(r);
    if (cells.length === 0) continue;
    rows++;
    if (cells.filter(([, t]) => isCodeName(t)).length >= 2) codeNameRows++;
    for (const [c] of cells) if (isNumber(view, r, c)) numbers++;
  }
  return { rows, codeNameRows, numbers };
}

/**
 * A reference list: at least four rows in five carry two or more "code name" cells (each level
 * of the hierarchy in its column) and there is less than one number per twenty rows.
 */
export function isReferenceList(view: SheetView): boolean {
  const s = referenceListStats(view);
  return s.rows >= MIN_ROWS && s.codeNameRows * 5 >= s.rows * 4 && s.numbers * 20 < s.rows;
}
