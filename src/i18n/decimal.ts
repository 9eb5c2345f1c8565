/**
 * The exact decimal string of a number, rounded half away from zero on its decimal value
 * (79.165 → "79.17" although 79.165 is stored as 79.16499999…). Locale-neutral: the Indonesian
 * display (numbers.ts) and the engine's numeric rounding (domain/values/round.ts) are built on it.
 * It lives here, below the domain, so that message texts can format numbers without importing
 * the engine.
 */

/**
 * The plain (non-exponential) decimal string of |x| that rounding works on.
 * Below 1e13 it is x.toPrecision(15): this removes float noise from computed values
 * (63.43499999999999 → "63.4350000000000", 0.1 + 0.2 → "0.300000000000000") while keeping at least
 * two decimals. From 1e13 on, 15 digits would eat the sen, so the shortest round-trip form is used.
 */
function decimalDigits(absX: number): string {
  const s = absX < 1e13 ? absX.toPrecision(15) : String(absX);
  return expandExponent(s);
}

/** "1.5e-7" → "0.00000015", "1.2e+21" → "1200000000000000000000"; plain strings pass through. */
function expandExponent(s: string): string {
  const m = /^(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const digits = m[1] + (m[2] ?? "");
  const point = 1 + Number(m[3]); // position of the decimal point within `digits`
  if (point <= 0) return "0." + "0".repeat(-point) + digits;
  if (point >= digits.length) return digits + "0".repeat(point - digits.length);
  return digits.slice(0, point) + "." + digits.slice(point);
}

/**
 * x rounded to `decimals` places (half away from zero, decimal), as a plain string with exactly
 * `decimals` decimals and a leading "-" when the rounded value is negative ("-1.01", "98.50").
 */
export function roundToString(x: number, decimals: number): string {
  if (!Number.isFinite(x)) throw new RangeError(`Bukan angka berhingga: ${x}`);
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
    throw new RangeError(`Jumlah desimal tidak valid: ${decimals}`);
  }
  const [intPart, fracPart = ""] = decimalDigits(Math.abs(x)).split(".");
  let scaled = BigInt(intPart + fracPart.slice(0, decimals).padEnd(decimals, "0"));
  if (fracPart.length > decimals && fracPart.charCodeAt(decimals) >= 53 /* "5" */) scaled += 1n;
  const digits = scaled.toString().padStart(decimals + 1, "0");
  const whole = digits.slice(0, digits.length - decimals);
  const body = decimals > 0 ? `${whole}.${digits.slice(digits.length - decimals)}` : whole;
  return x < 0 && scaled !== 0n ? "-" + body : body;
}
