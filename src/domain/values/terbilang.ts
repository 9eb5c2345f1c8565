/**
 * Terbilang: Rupiah amounts in Indonesian words (domain.md §5.7), and reading such words back
 * for the `words-mismatch` check.
 *
 * Writing: Title Case, ending in "Rupiah"; `se-` only in Sepuluh, Sebelas, Seratus, Seribu
 * ("Satu Juta", "Seratus Satu Ribu", "Satu Juta Seribu"); Miliar, Triliun, Kuadriliun (KBBI).
 * Sen (fractional Rupiah, rounded to 2 decimals) are written as "X Rupiah Y Sen"; negative amounts
 * start with "Minus".
 */
import { roundToString } from "./round";

const DIGITS = ["Nol", "Satu", "Dua", "Tiga", "Empat", "Lima", "Enam", "Tujuh", "Delapan", "Sembilan"];
const SCALES = ["", "Ribu", "Juta", "Miliar", "Triliun", "Kuadriliun"];
const MAX_RUPIAH = 10n ** 18n; // below one thousand kuadriliun

/** 0 ≤ n < 1000 in words ([] for 0). */
function hundredsWords(n: number): string[] {
  const words: string[] = [];
  const h = Math.floor(n / 100);
  const r = n % 100;
  if (h === 1) words.push("Seratus");
  else if (h > 1) words.push(DIGITS[h], "Ratus");
  if (r === 10) words.push("Sepuluh");
  else if (r === 11) words.push("Sebelas");
  else if (r > 11 && r < 20) words.push(DIGITS[r - 10], "Belas");
  else if (r >= 20) {
    words.push(DIGITS[Math.floor(r / 10)], "Puluh");
    if (r % 10 > 0) words.push(DIGITS[r % 10]);
  } else if (r > 0) words.push(DIGITS[r]);
  return words;
}

/** A whole number in words ("Nol" for 0). */
function integerWords(n: bigint): string[] {
  if (n === 0n) return ["Nol"];
  const words: string[] = [];
  let scale = 0;
  for (let rest = n; rest > 0n; rest /= 1000n, scale++) {
    const group = Number(rest % 1000n);
    if (group === 0) continue;
    const part =
      scale === 1 && group === 1 ? ["Seribu"] : [...hundredsWords(group), ...(scale > 0 ? [SCALES[scale]] : [])];
    words.unshift(...part);
  }
  return words;
}

/**
 * 11964329798 → "Sebelas Miliar Sembilan Ratus Enam Puluh Empat Juta Tiga Ratus Dua Puluh
 * Sembilan Ribu Tujuh Ratus Sembilan Puluh Delapan Rupiah"; 0 → "Nol Rupiah";
 * 1500.5 → "Seribu Lima Ratus Rupiah Lima Puluh Sen"; -5 → "Minus Lima Rupiah".
 * Throws RangeError for non-finite amounts and amounts of 10^18 or more.
 */
export function terbilang(amount: number): string {
  if (!Number.isFinite(amount)) throw new RangeError(`Bukan angka berhingga: ${amount}`);
  const abs = Math.abs(amount);
  let rupiah: bigint;
  let sen = 0;
  if (Number.isInteger(abs)) {
    rupiah = BigInt(abs);
  } else {
    const [whole, frac] = roundToString(abs, 2).split(".");
    rupiah = BigInt(whole);
    sen = Number(frac);
  }
  if (rupiah >= MAX_RUPIAH) throw new RangeError(`Jumlah terlalu besar untuk terbilang: ${amount}`);
  const words = [...integerWords(rupiah), "Rupiah"];
  if (sen > 0) words.push(...hundredsWords(sen), "Sen");
  if (amount < 0 && (rupiah > 0n || sen > 0)) words.unshift("Minus");
  return words.join(" ");
}

// ------------------------------------------------------------------------------- reading back

const UNIT_WORDS = new Map<string, number>(DIGITS.slice(1).map((w, i) => [w.toLowerCase(), i + 1]));
const SCALE_WORDS = new Map<string, bigint>([
  ["ribu", 10n ** 3n],
  ["juta", 10n ** 6n],
  ["miliar", 10n ** 9n],
  ["milyar", 10n ** 9n],
  ["triliun", 10n ** 12n],
  ["trilyun", 10n ** 12n],
  ["kuadriliun", 10n ** 15n],
]);
/** "seribu" → 1000n, "sejuta" → 1000000n; undefined for other words. */
const seScale = (t: string): bigint | undefined => (t.startsWith("se") ? SCALE_WORDS.get(t.slice(2)) : undefined);
/** Lower-case words; "se-ribu", "Se Ratus" and "seribu" all become one word; decorations dropped. */
function tokenize(text: string): string[] {
  const cleaned = text
    .toLowerCase()
    .replace(/^\s*terbilang\s*:?/, " ")
    .replace(/[#*:;,.()"'“”]/g, " ");
  const raw = cleaned.split(/[\s\-–—]+/).filter((t) => t !== "");
  const tokens: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] === "se" && i + 1 < raw.length) {
      tokens.push("se" + raw[++i]);
    } else tokens.push(raw[i]);
  }
  return tokens;
}

/** Words of one whole number (no "Rupiah"/"Sen") → value, or null when they are not a number. */
function readInteger(tokens: string[]): bigint | null {
  if (tokens.length === 0) return null;
  if (tokens.length === 1 && tokens[0] === "nol") return 0n;
  let total = 0n;
  let lastScale: bigint | null = null;
  let group = 0; // value of the current group below 1000
  let digit: number | null = null; // a unit word waiting for puluh / belas / ratus
  let stage = 4; // 3 = hundreds done, 2 = tens done, 1 = units done (within the group)
  const flushDigit = (): boolean => {
    if (digit === null) return true;
    if (stage <= 1) return false;
    group += digit;
    digit = null;
    stage = 1;
    return true;
  };
  const addScale = (scale: bigint, value: number): boolean => {
    if (lastScale !== null && scale >= lastScale) return false; // "Juta … Miliar", "Ribu Ribu"
    total += BigInt(value) * scale;
    lastScale = scale;
    group = 0;
    stage = 4;
    return true;
  };
  for (const t of tokens) {
    const unit = UNIT_WORDS.get(t);
    const scale = SCALE_WORDS.get(t) ?? seScale(t);
    if (unit !== undefined) {
      if (digit !== null) return null; // "Dua Tiga"
      digit = unit;
    } else if (t === "ratus" || t === "seratus") {
      const d = t === "seratus" ? 1 : digit;
      if (d === null || stage <= 3 || (t === "seratus" && digit !== null)) return null;
      group += d * 100;
      digit = null;
      stage = 3;
    } else if (t === "puluh" || t === "sepuluh" || t === "belas" || t === "sebelas") {
      const own = t === "sepuluh" || t === "sebelas";
      const d = own ? 1 : digit;
      if (d === null || stage <= 2 || (own && digit !== null)) return null;
      if (t === "puluh" && d === 1) return null; // "Satu Puluh"
      if (t === "belas" && d === 1) return null; // "Satu Belas"
      group += t === "puluh" || t === "sepuluh" ? d * 10 : 10 + d;
      digit = null;
      stage = t === "puluh" ? 2 : 1;
    } else if (scale !== undefined && SCALE_WORDS.has(t)) {
      if (!flushDigit() || group === 0) return null; // "Juta" alone
      if (!addScale(scale, group)) return null;
    } else if (scale !== undefined) {
      if (digit !== null || group !== 0) return null; // "Dua Seribu"
      if (!addScale(scale, 1)) return null;
    } else return null;
  }
  if (!flushDigit()) return null;
  if (lastScale === null && group === 0) return null;
  return total + BigInt(group);
}

/**
 * Reads an amount in words back: "Sebelas Miliar … Delapan Rupiah" → 11964329798. Accepts any
 * case, extra spaces, Milyar/Miliar, "se-ribu"/"se ribu"/"sejuta", an optional "Rupiah",
 * "… Rupiah Y Sen", "Nol", a leading "Minus"/"Negatif" and a "Terbilang:" label or `#`
 * decorations. Returns null for text that is not an amount in words.
 */
export function parseTerbilang(text: string): number | null {
  let tokens = tokenize(text);
  let negative = false;
  if (tokens[0] === "minus" || tokens[0] === "negatif") {
    negative = true;
    tokens = tokens.slice(1);
  }
  // Split "<rupiah words> Rupiah <sen words> Sen" (or "<sen words> Sen" alone).
  let rupiahTokens: string[];
  let senTokens: string[] = [];
  const r = tokens.indexOf("rupiah");
  if (r >= 0) {
    rupiahTokens = tokens.slice(0, r);
    const after = tokens.slice(r + 1);
    if (rupiahTokens.length === 0) return null; // "Rupiah" with no amount
    if (after.length > 0) {
      if (after.length < 2 || after[after.length - 1] !== "sen") return null;
      senTokens = after.slice(0, -1);
    }
  } else if (tokens.length >= 2 && tokens[tokens.length - 1] === "sen") {
    rupiahTokens = ["nol"];
    senTokens = tokens.slice(0, -1);
  } else rupiahTokens = tokens;
  const rupiah = readInteger(rupiahTokens);
  if (rupiah === null) return null;
  let sen = 0n;
  if (senTokens.length > 0) {
    const s = readInteger(senTokens);
    if (s === null || s >= 100n) return null;
    sen = s;
  }
  const value = sen === 0n ? Number(rupiah) : Number(rupiah * 100n + sen) / 100;
  return negative && value !== 0 ? -value : value;
}

/**
 * True when the text is an amount in words: it reads back as a number (parseTerbilang) and says
 * "Rupiah" or uses a scale word (Ribu, Juta, …) — so a lone "Satu" or "Lima" is not terbilang.
 */
export function looksLikeTerbilang(text: string): boolean {
  if (parseTerbilang(text) === null) return false;
  const tokens = tokenize(text);
  return tokens.some((t) => t === "rupiah" || SCALE_WORDS.has(t) || seScale(t) !== undefined);
}
