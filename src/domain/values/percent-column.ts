/**
 * Fractions in a percent column (domain.md §4): some sheets write 0,25 for 25 % in a `%` column.
 */
import { fractionToPercent } from "./round";

/**
 * Normalises the values of one `%` column to percent points.
 *
 * `percentFlags[i]` is true when value i already said "%" itself (text "98%", or a percent number
 * format — those are already in percent points and are never touched). The other ("plain")
 * numbers are taken as fractions of 100 % and multiplied by 100 when every one of them is
 * ≤ 1.5 in magnitude and at least one is non-zero (a column of zeros stays zeros). As soon as one
 * plain number is above 1.5 the column is taken to be in percent points and returned unchanged.
 * Nulls stay null. Returns a new array.
 */
export function normalizePercentColumn(values: (number | null)[], percentFlags: boolean[]): (number | null)[] {
  const plain = values.filter((v, i): v is number => v !== null && !percentFlags[i]);
  const fractions = plain.length > 0 && plain.every((v) => Math.abs(v) <= 1.5) && plain.some((v) => v !== 0);
  if (!fractions) return values.slice();
  return values.map((v, i) => (v === null || percentFlags[i] ? v : fractionToPercent(v)));
}
