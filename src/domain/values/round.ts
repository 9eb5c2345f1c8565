/**
 * Decimal rounding for display (domain.md §5): half away from zero, on the decimal value of a
 * number rather than on its binary float (79.165 → 79.17 although 79.165 is stored as
 * 79.16499999…).
 */

import { roundToString } from "../../i18n/decimal";

export { roundToString };

/** x rounded to `decimals` places, half away from zero on the decimal value. Never returns -0. */
export function roundTo(x: number, decimals: number): number {
  if (!Number.isFinite(x)) return x;
  const r = Number(roundToString(x, decimals));
  return r === 0 ? 0 : r;
}

/** 2 decimals, half away from zero: 79.165 → 79.17, 63.435 → 63.44, -1.005 → -1.01. */
export function round2(x: number): number;
export function round2(x: number | null): number | null;
export function round2(x: number | null): number | null {
  return x === null ? null : roundTo(x, 2);
}

/**
 * A stated percentage is inconsistent with the computed one when they differ by 0,01 percent
 * points or more (domain.md §6). The difference is rounded to 9 decimals first, so that
 * 98.16 − 98.15 (= 0.00999999999999… in floats) counts as 0,01.
 */
export function pctDiffers(stated: number, computed: number): boolean {
  if (!Number.isFinite(stated) || !Number.isFinite(computed)) return stated !== computed;
  const raw = Math.abs(stated - computed);
  // Clear cases without string rounding (this runs for every row and quarter).
  if (raw < 0.009) return false;
  if (raw > 0.011) return true;
  return Number(raw.toFixed(9)) >= 0.01;
}

/** fraction × 100 without float drift: 0.9815 → 98.15 (not 98.14999999999999). */
export function fractionToPercent(x: number): number {
  if (!Number.isFinite(x)) return x;
  const r = Number((x * 100).toPrecision(15));
  return r === 0 ? 0 : r;
}
