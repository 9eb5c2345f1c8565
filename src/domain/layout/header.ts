/**
 * Finding header blocks: the 1–5 rows above a table that name its columns (group headers, quarter
 * sub-headers, a unit row "K / Rp / %", a column-numbering row "(1) (2) …" or "13 = 9+10+11+12").
 */
import type { SheetView } from "./sheet-view";
import { norm } from "./text";
import { bareQuarter, quarterIn } from "./quarter";
import { isMonthNumberRun } from "./month-numbers";

const VOCAB =
  /(^|\s)(kode|no\.?|nomor|uraian|program|kegiatan|indikator|satuan|target|realisasi|capaian|pagu|anggaran|keterangan|sasaran|pembilang|penyebut|polaritas|sifat|tw|triwulan|tolok ukur|alokasi|serapan|dpa|apbd|rencana aksi|nilai rincian|nilai|akun|rekening|jumlah|biaya)(\s|$|\/)/;
const FIGURE =
  /(target|realisasi|pagu|anggaran|capaian|pembilang|penyebut|alokasi|dpa|apbd|nilai rincian|^jumlah$|^biaya$)/;
/** A spending-group label over an Anggaran | Realisasi pair ("Belanja Operasi", "Modal", "Tak Terduga"). */
const SPENDING_GROUP = /^(belanja |kelompok belanja )?(operasi|modal|tak terduga|tidak terduga|transfer)$/;
const IDENT = /(kode|no\.?$|nomor|uraian|program|kegiatan|indikator|nama|sasaran)/;

/** Does this text look like a header label (short, from the vocabulary or a unit/quarter/number token)? */
export function isHeaderToken(text: string): boolean {
  const t = norm(text);
  if (t === "") return true;
  if (/^\(?\d{1,2}\)?$/.test(t)) return true; // column number
  if (/^\(?\d{1,2}\)?\s*=/.test(t) || /^\(\d{1,2}\)\s*=/.test(text.trim())) return true; // "13 = 9+10"
  if (/^(k|rp\.?|%|\(%\)|rupiah|fisik|keu|kinerja|keuangan|volume|vol|\(rp\)|\(k\))$/.test(t)) return true;
  if (bareQuarter(text) !== null || quarterIn(text) !== null) return true;
  if (t.length <= 60 && VOCAB.test(t)) return true;
  return false;
}

/** A row of column numbers: at least 3 cells "1", "2", "(3)" … increasing left to right. */
export function isNumberingRow(view: SheetView, row: number): boolean {
  const cells = view.rowTexts(row);
  if (cells.length < 3) return false;
  if (isLetteringRow(cells.map(([, t]) => t))) return true;
  const seen = new Set<number>();
  let rises = 0;
  let prev = 0;
  for (const [, t] of cells) {
    const m = /^\(?(\d{1,3})\)?(\s*=.*)?$/.exec(t.trim());
    if (!m) return false;
    const n = Number(m[1]);
    if (n >= prev) rises++;
    prev = n;
    seen.add(n);
  }
  // Column numbers mostly rise left to right; a stray repeat or one out of order is tolerated.
  return seen.size >= 3 && rises >= cells.length - 1;
}

/** A row of column letters "a | b | c …" (single letters rising left to right). */
function isLetteringRow(texts: string[]): boolean {
  if (texts.length < 4) return false;
  let prev = "";
  for (const t of texts) {
    const s = t.trim().toLowerCase();
    if (!/^\(?[a-z]\)?$/.test(s)) return false;
    const ch = s.replace(/[()]/g, "");
    if (ch <= prev) return false;
    prev = ch;
  }
  return true;
}

/** Score of a row as the first row of a header: how many distinct vocabulary labels it has. */
export function headerStartScore(view: SheetView, row: number): number {
  if (!view.mayBeHeaderRow(row)) return 0;
  const cells = view.resolvedRowTexts(row);
  if (cells.length < 2) return 0;
  let vocab = 0;
  let figure = false;
  let ident = false;
  const numeric: number[] = [];
  for (const [col, t] of cells) {
    const c = view.raw(row, col);
    if (typeof c.value === "number") numeric.push(c.value);
    const n = norm(t);
    if (n.length > 80) continue;
    if (SPENDING_GROUP.test(n)) {
      vocab++;
      figure = true;
    } else if (VOCAB.test(n) || quarterIn(n)) {
      vocab++;
      if (FIGURE.test(n)) figure = true;
      if (IDENT.test(n)) ident = true;
    }
  }
  if (numeric.length > 1 && !isMonthNumberRun(numeric)) return 0;
  if (!figure || !ident || vocab < 3) return 0;
  return vocab;
}

/**
 * Header rows starting at `start`: the start row, then following rows while they consist of header
 * tokens only (or are covered by merges from above), up to 5 rows in all.
 */
export function headerBlock(
  view: SheetView,
  start: number,
): { first: number; last: number; numberingRow: number | null } {
  // Group headers above the start row belong to the block when a merge joins them to it
  // ("Kode" merged over rows 6–8 while "Anggaran / Realisasi" sit on row 8).
  let first = start;
  while (
    first - 1 >= view.firstRow &&
    first > start - 4 &&
    view.mergeSpansRows(first - 1, first) &&
    view.rowTexts(first - 1).length > 0
  )
    first--;
  let last = start;
  let numberingRow: number | null = null;
  for (let r = start + 1; r <= Math.min(view.lastRow, start + 5); r++) {
    if (isNumberingRow(view, r)) {
      numberingRow = r;
      last = r;
      continue;
    }
    const cells = view.rowTexts(r);
    if (cells.length === 0) {
      // An empty row inside a header happens only when merges from above cover it.
      if (coveredRow(view, r, start)) {
        last = r;
        continue;
      }
      break;
    }
    const allTokens = cells.every(([col, t]) => typeof view.raw(r, col).value !== "number" && isHeaderToken(t));
    if (!allTokens) break;
    last = r;
  }
  return { first, last, numberingRow };
}

function coveredRow(view: SheetView, row: number, start: number): boolean {
  for (let c = view.firstCol; c <= view.lastCol; c++) if (view.coveredFromAbove(row, c) && row > start) return true;
  return false;
}
