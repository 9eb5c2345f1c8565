/**
 * Exact Rupiah arithmetic (domain.md §4): amounts are summed in integer sen (1/100 Rupiah) with
 * BigInt, so 10-digit Rupiah amounts with sen add up exactly.
 */

/**
 * v in sen, half away from zero on the decimal value: 1758365560.25 → 175836556025n,
 * 1.005 → 101n (although 1.005 * 100 = 100.49999999999999 in floats).
 */
export function toSen(v: number): bigint {
  if (!Number.isFinite(v)) throw new RangeError(`Bukan angka berhingga: ${v}`);
  const scaled = Math.abs(v) * 100;
  // Below 1e15 sen, 15 significant digits remove the float noise of × 100 without losing a sen.
  const sen = Math.round(scaled < 1e15 ? Number(scaled.toPrecision(15)) : scaled);
  return v < 0 ? -BigInt(sen) : BigInt(sen);
}

/** sen → Rupiah as the number closest to the decimal value (175836556025n → 1758365560.25). */
export function fromSen(sen: bigint): number {
  const r = Number(sen) / 100;
  return r === 0 ? 0 : r;
}

/** Σ of amounts in Rupiah, exact to the sen. null / undefined (no value) count as 0. */
export function sumMoney(values: readonly (number | null | undefined)[]): number {
  // Fast path: whole Rupiah (the usual case) add exactly as doubles while the sum stays a safe integer.
  let fast = 0;
  let i = 0;
  for (; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined) continue;
    if (!Number.isInteger(v)) break;
    const next = fast + v;
    if (!Number.isSafeInteger(next)) break;
    fast = next;
  }
  if (i === values.length) return fast === 0 ? 0 : fast;
  // Sen (or huge amounts): exact in BigInt sen from where the fast path stopped.
  let total = BigInt(fast) * 100n;
  for (; i < values.length; i++) {
    const v = values[i];
    if (v !== null && v !== undefined) total += toSen(v);
  }
  return fromSen(total);
}

/** a − b exact to the sen (remaining budget = budget − spending). */
export function subtractMoney(a: number, b: number): number {
  if (Number.isInteger(a) && Number.isInteger(b) && Number.isSafeInteger(a - b)) return a - b === 0 ? 0 : a - b;
  return fromSen(toSen(a) - toSen(b));
}

/** Two Rupiah amounts differ when they are 1 Rupiah or more apart (domain.md §6). */
export function isMoneyDifferent(a: number, b: number): boolean {
  if (Number.isInteger(a) && Number.isInteger(b) && Number.isSafeInteger(a - b)) return a !== b;
  const d = toSen(a) - toSen(b);
  return (d < 0n ? -d : d) >= 100n;
}
