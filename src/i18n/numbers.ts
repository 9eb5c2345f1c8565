/**
 * Indonesian display of numbers for the UI and the CLI (not for sheet cells, which carry numbers
 * and Excel formats): `.` groups thousands, `,` is the decimal mark. Missing values show as "-".
 */
import { roundToString } from "./decimal";

const NO_VALUE = "-";

/** 1234567.891, 2 → "1.234.567,89" (half away from zero on the decimal value). */
export function formatNumber(x: number | null | undefined, decimals = 0): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return NO_VALUE;
  const s = roundToString(x, decimals);
  const negative = s.startsWith("-");
  const [whole, frac] = (negative ? s.slice(1) : s).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return (negative ? "-" : "") + grouped + (frac !== undefined ? "," + frac : "");
}

/** 1234567 → "Rp1.234.567"; with sen: 1234567.5 → "Rp1.234.567,50"; -5000 → "-Rp5.000". */
export function formatRupiah(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return NO_VALUE;
  const withSen = roundToString(Math.abs(x), 2);
  const hasSen = !withSen.endsWith(".00");
  const digits = formatNumber(Math.abs(x), hasSen ? 2 : 0);
  const negative = x < 0 && digits !== "0" && digits !== "0,00";
  return (negative ? "-" : "") + "Rp" + digits;
}

/** 98.5 → "98,50%" (2 decimals, half away from zero). */
export function formatPct(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return NO_VALUE;
  return formatNumber(x, 2) + "%";
}
