/**
 * Fractions in a percent column (domain.md §4): some sheets write 0,25 for 25 % in a `%` column.
 */
import { fractionToPercent } from "./round";

/**
 * Normalises the values of one `%` column to percent points.
 *
 * `percentFlags[i]` is true when value i already said "%" itself (text "98%", or a percent number
 * format — those are already in percent points and are never touched). The other ("plain")
 * numbers follow the convention most of the column's non-zero plain numbers follow (domain.md §6
 * Precision): when more than half are ≤ 1.5 in magnitude the column holds fractions of 100 % and
 * those are multiplied by 100, while the few above 1.5 depart from it and are taken as already
 * × 100; otherwise (a tie included) the column is in percent points and returned unchanged. A
 * column of zeros stays zeros. Nulls stay null. Returns a new array.
 */
export function normalizePercentColumn(values: (number | null)[], percentFlags: boolean[]): (number | null)[] {
  return values.map((v, i) => (isFractionIn(values, percentFlags, i) ? fractionToPercent(v!) : v));
}

/** Per value: true when it is read as a fraction (and scaled by 100) by normalizePercentColumn. */
export function fractionFlags(values: (number | null)[], percentFlags: boolean[]): boolean[] {
  return values.map((_, i) => isFractionIn(values, percentFlags, i));
}

function columnOfFractions(values: (number | null)[], percentFlags: boolean[]): boolean {
  const plain = values.filter((v, i): v is number => v !== null && v !== 0 && !percentFlags[i]);
  const small = plain.filter((v) => Math.abs(v) <= 1.5).length;
  return small > plain.length - small;
}

const memo = new WeakMap<(number | null)[], boolean>();

function isFractionIn(values: (number | null)[], percentFlags: boolean[], i: number): boolean {
  const v = values[i];
  if (v === null || percentFlags[i] || Math.abs(v) > 1.5) return false;
  let col = memo.get(values);
  if (col === undefined) memo.set(values, (col = columnOfFractions(values, percentFlags)));
  return col;
}
