/**
 * Parsing one cell of a numeric column (domain.md §4): Excel numbers, Indonesian / English number
 * text, Rupiah, percentages, units, empty marks and Excel errors. Never guesses a number out of
 * malformed text.
 *
 * Decisions on ambiguous text:
 * - With both `.` and `,` present the last one is the decimal mark; it must occur once and the
 *   other mark must group thousands correctly (1–3 digits, then groups of exactly 3).
 * - Several `.` (or several `,`) are thousands marks and every group after the first must have
 *   exactly 3 digits (`37.962.87` is malformed).
 * - A single `.` followed by exactly 3 digits, with a first group of 1–3 digits not starting
 *   with 0, is a thousands mark (`1.500` = 1500). Otherwise a single `.` is an (English) decimal
 *   mark: `1.5`, `44.77`, `0.500` = 0.5, `1234.567` = 1234.567.
 * - A single `,` is always the decimal mark, even before exactly 3 digits: `1,500` = 1.5.
 *   Indonesian is the default format (§4) and a lone comma is the Indonesian decimal mark;
 *   English grouping is only accepted when unambiguous (two or more commas, or `,` before `.`).
 * - `Rp -` (accounting zero written as text) is no value, like `-`.
 * - `98 persen` is a percentage like `98 %`; other trailing words are the unit (`10 Dok`).
 * - Magnitude words (domain.md §4 Rupiah): `rb`/`ribu` ×10³, `jt`/`juta` ×10⁶, `M`/`miliar`/`milyar`
 *   ×10⁹, `T`/`triliun` ×10¹²: `Rp 1,5 M` = 1 500 000 000, computed with integers from the digits
 *   (never 1.5 × 1e9 in floats). Ambiguous forms are malformed, never a silently small number:
 *   a lone `.` before exactly three digits (`1.500 M`: 1,5 or 1 500 miliar?), a result that is
 *   not a whole Rupiah (`1,2345 rb`), more words after the magnitude (`2 jt/bulan`).
 * - A magnitude beyond MAX_MAGNITUDE (90 triliun) is malformed: Rupiah sums in integer sen stay
 *   exact below 2⁵³ sen, and no agency's line is that large (so 1e308 never reaches a sum).
 */
import type { Cell } from "../grid";
import { fractionToPercent } from "./round";

export type Parsed =
  /** null, "", whitespace, "-", "–", "—", "Rp -". */
  | { kind: "empty" }
  /** percent: the cell said % (text or number format); value is then in percent points. */
  | { kind: "number"; value: number; unit?: string; percent?: boolean }
  /** Text that is not one clean number: "35.629.000 0", "37.962.87", "12a", "Sudah", TRUE. */
  | { kind: "malformed"; raw: string }
  /** Excel error: cell.error, or error text such as "#REF!". */
  | { kind: "error"; error: string };

const EMPTY: Parsed = Object.freeze({ kind: "empty" }) as Parsed;

/** Largest magnitude read as a number: 9 × 10¹³ (× 100 sen stays below Number.MAX_SAFE_INTEGER). */
export const MAX_MAGNITUDE = 90_000_000_000_000;

/** Magnitude words after an amount → power of ten. Case matters for the one-letter forms (m = metre). */
const MAGNITUDE: Record<string, number> = {
  rb: 3,
  ribu: 3,
  jt: 6,
  juta: 6,
  M: 9,
  miliar: 9,
  milyar: 9,
  T: 12,
  triliun: 12,
};

function magnitudeOf(word: string): number | undefined {
  const w = word.replace(/\.$/, "");
  if (w === "M" || w === "T") return MAGNITUDE[w];
  if (w.length <= 1) return undefined;
  const lower = w.toLowerCase();
  return lower === "m" || lower === "t" ? undefined : MAGNITUDE[lower];
}
const DASHES = new Set(["-", "–", "—", "\u2212"]);
const EXCEL_ERROR =
  /^#(?:REF!|DIV\/0!|N\/A|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA)$/i;

/** Parses one cell: error → error, null → empty, number (percent formats scaled) or text. */
export function parseCell(cell: Cell): Parsed {
  if (cell.error) return { kind: "error", error: cell.error };
  const v = cell.value;
  if (v === null || v === undefined) return EMPTY;
  if (typeof v === "boolean") return { kind: "malformed", raw: v ? "TRUE" : "FALSE" };
  if (typeof v === "number") {
    if (!Number.isFinite(v) || Math.abs(v) > MAX_MAGNITUDE) return { kind: "malformed", raw: String(v) };
    const pct = percentFormatKind(cell.numberFormat);
    if (pct === "scaled") return { kind: "number", value: fractionToPercent(v), percent: true };
    if (pct === "literal") return { kind: "number", value: v === 0 ? 0 : v, percent: true };
    return { kind: "number", value: v === 0 ? 0 : v };
  }
  return parseNumberText(v);
}

/**
 * How an Excel number format shows percent: "scaled" when it has an unquoted `%` (Excel shows the
 * value × 100: 0.98 → 98%), "literal" when `%` only appears as quoted / escaped text
 * (`0.00"%"`, `0.00\%`: the value is already in percent points), "none" otherwise.
 */
export function percentFormatKind(numberFormat: string | undefined): "scaled" | "literal" | "none" {
  if (!numberFormat || !numberFormat.includes("%")) return "none";
  const unquoted = numberFormat
    .replace(/"[^"]*"/g, "") // quoted literal text
    .replace(/\[[^\]]*\]/g, "") // [Red], [$Rp-421], conditions
    .replace(/[\\_*]./g, ""); // escaped char, padding, fill
  return unquoted.includes("%") ? "scaled" : "literal";
}

/** Parses number text as typed in an Indonesian workbook (see the file comment for the rules). */
export function parseNumberText(text: string): Parsed {
  const malformed: Parsed = { kind: "malformed", raw: text };
  let s = text.replace(/[\u00a0\u2007\u202f]/g, " ").trim();
  if (s === "" || DASHES.has(s)) return EMPTY;
  if (EXCEL_ERROR.test(s)) return { kind: "error", error: s.toUpperCase() };

  let negative = false;
  let signed = false;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    negative = true;
    signed = true;
    s = paren[1].trim();
  }
  const takeSign = (): boolean => {
    const m = /^([-+\u2212])\s*/.exec(s);
    if (!m) return true;
    if (signed) return false; // "(-5)", "--5", "-Rp -5"
    signed = true;
    negative = m[1] !== "+";
    s = s.slice(m[0].length);
    return true;
  };
  if (!takeSign()) return malformed;
  const currency = /^Rp\.?\s*/i.exec(s);
  if (currency) {
    s = s.slice(currency[0].length);
    if (!signed && DASHES.has(s)) return EMPTY; // "Rp -": accounting zero
    if (!takeSign()) return malformed;
  }

  const m = /^(\d[\d.,]*)([\s\S]*)$/.exec(s);
  if (!m) return malformed;
  let body = m[1];
  let rest = m[2];
  if (/[.,]$/.test(body) && rest.startsWith("-")) {
    // "1.812.889.000,-": the Rupiah "no sen" mark
    body = body.slice(0, -1);
    rest = rest.slice(1);
  }
  const canonical = canonicalDecimal(body);
  if (canonical === null) return malformed;

  const words = rest.trim().split(/\s+/);
  const power = rest === "" ? undefined : magnitudeOf(words[0]); // "1,5 M" and "Rp1,5M"
  // A magnitude glued to more text ("2 jt/bulan", "5M/tahun"): which amount is meant is unclear.
  const lead = /^\p{L}+/u.exec(rest.trimStart())?.[0];
  if (power === undefined && lead !== undefined && lead !== words[0] && magnitudeOf(lead) !== undefined)
    return malformed;
  if (power !== undefined) {
    if (words.length > 2 || (words.length === 2 && !/^rupiah$/i.test(words[1]))) return malformed;
    if (/^\d{1,3}\.\d{3}$/.test(body)) return malformed; // "1.500 M": decimal or thousands?
    const scaled = scaleExact(canonical, power);
    if (scaled === null || scaled > MAX_MAGNITUDE) return malformed;
    return { kind: "number", value: negative && scaled !== 0 ? -scaled : scaled };
  }

  const value = Number((negative ? "-" : "") + canonical);
  if (!Number.isFinite(value) || Math.abs(value) > MAX_MAGNITUDE) return malformed;
  const result = value === 0 ? 0 : value;

  if (rest === "") return { kind: "number", value: result };
  if (/^\s*%$/.test(rest) || /^\s+persen$/i.test(rest)) return { kind: "number", value: result, percent: true };
  if (!/^\s/.test(rest)) return malformed; // "12a", "10Dok", "5.000/bulan"
  const unit = rest.trim();
  if (!isUnit(unit)) return malformed;
  return { kind: "number", value: result, unit };
}

/**
 * "1.5" × 10⁹ → 1 500 000 000 with integer arithmetic on the digits; null when the result is not a
 * whole number (a fraction of a Rupiah) or not a safe integer.
 */
function scaleExact(canonical: string, power: number): number | null {
  const [int, frac = ""] = canonical.split(".");
  const fracDigits = frac.replace(/0+$/, "");
  if (fracDigits.length > power) return null;
  const digits = (int + fracDigits.padEnd(power, "0")).replace(/^0+(?=\d)/, "");
  const n = BigInt(digits);
  if (n > BigInt(Number.MAX_SAFE_INTEGER)) return null;
  return Number(n);
}

/**
 * "1.758.365.560,25" → "1758365560.25"; null when the marks do not form a valid number.
 * `body` starts with a digit and contains only digits, `.` and `,`.
 */
function canonicalDecimal(body: string): string | null {
  if (!/\d$/.test(body)) return null;
  const hasDot = body.includes(".");
  const hasComma = body.includes(",");
  if (!hasDot && !hasComma) return body;
  if (hasDot && hasComma) {
    const dec = body.lastIndexOf(".") > body.lastIndexOf(",") ? "." : ",";
    const thousands = dec === "." ? "," : ".";
    const parts = body.split(dec);
    if (parts.length !== 2) return null;
    const groups = parts[0].split(thousands);
    if (!validThousands(groups)) return null;
    return groups.join("") + "." + parts[1];
  }
  const mark = hasDot ? "." : ",";
  const parts = body.split(mark);
  if (parts.length > 2) return validThousands(parts) ? parts.join("") : null;
  if (mark === "." && validThousands(parts)) return parts.join(""); // "1.500" = 1500
  return parts[0] + "." + parts[1];
}

/** ["1", "758", "365"]: first group 1–3 digits not starting with 0, then groups of exactly 3. */
function validThousands(groups: string[]): boolean {
  if (groups.length < 2 || !/^[1-9]\d{0,2}$/.test(groups[0])) return false;
  return groups.slice(1).every((g) => /^\d{3}$/.test(g));
}

/**
 * A unit after a number: starts with a letter, no `%`, and no further number in it
 * ("Dok", "Orang/Hari", "m2" are units; "Dok 5", "- 20" are not).
 */
function isUnit(unit: string): boolean {
  if (!/^\p{L}/u.test(unit) || unit.includes("%")) return false;
  return unit.split(/\s+/).every((t) => !/^[-+\u2212]?\d/.test(t));
}
