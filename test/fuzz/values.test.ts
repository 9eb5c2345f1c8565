/**
 * Property tests of the value parser (domain.md §4): it never throws, and Indonesian-formatted
 * numbers round-trip (format → parse → the same number).
 */
import fc from "fast-check";
import { parseCell, parseNumberText } from "../../src/domain/values/parse";
import { formatNumber, formatRupiah } from "../../src/domain/values/format";

const SEED = 20240630;
const RUNS = 2000;

/** Strings that look like cell text: digits, marks, signs, currency, units, errors, unicode. */
const numberish = fc
  .array(
    fc.constantFrom(
      "0", "1", "2", "5", "9", "00", "123", ".", ",", ",-", "-", "+", "−", "–", "—", "(", ")", " ", "\u00a0", "%", "Rp", "Rp.", "rp ",
      "Dok", "persen", "e", "E", "#REF!", "#N/A", "#DIV/0!", "x", "X", "\t", "\n", "Ø", "😀", "٣", "１", "\u202f", "Infinity", "NaN", "0x1F",
    ),
    { maxLength: 14 },
  )
  .map((parts) => parts.join(""));

const anyText = fc.oneof(fc.string({ unit: "binary", maxLength: 40 }), fc.string({ unit: "grapheme", maxLength: 20 }), numberish);

describe("parseNumberText / parseCell", () => {
  test("never throw on any string, and return one of the four kinds", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const p = parseNumberText(s);
        expect(["empty", "number", "malformed", "error"]).toContain(p.kind);
        if (p.kind === "number") expect(Number.isFinite(p.value)).toBe(true);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  test("never throw on any cell (value, number format, error)", () => {
    const value = fc.oneof(anyText, fc.double(), fc.boolean(), fc.constant(null), fc.integer());
    const numberFormat = fc.option(fc.oneof(fc.constantFrom("0.00%", '0.00"%"', "0.00\\%", "#,##0", "General", "[Red]0%", "@", '"%"'), fc.string({ maxLength: 12 })), { nil: undefined });
    const error = fc.option(fc.constantFrom("#REF!", "#N/A", "#VALUE!", "#DIV/0!"), { nil: undefined });
    fc.assert(
      fc.property(value, numberFormat, error, (v, nf, e) => {
        const p = parseCell({ value: v, numberFormat: nf, error: e });
        if (e) expect(p.kind).toBe("error");
        if (p.kind === "number") expect(Number.isFinite(p.value)).toBe(true);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  test("Indonesian integers round-trip (1.758.365.560)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -999_999_999_999, max: 999_999_999_999 }), (x) => {
        const text = formatNumber(x, 0);
        const p = parseNumberText(text);
        expect(p).toEqual({ kind: "number", value: x === 0 ? 0 : x });
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  test("Indonesian decimals round-trip (44,77 · 1.758.365.560,25)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -99_999_999_999_99, max: 99_999_999_999_99 }), fc.integer({ min: 1, max: 4 }), (scaled, decimals) => {
        const x = scaled / 10 ** decimals;
        const text = formatNumber(x, decimals);
        const p = parseNumberText(text);
        expect(p.kind).toBe("number");
        if (p.kind === "number") expect(p.value).toBe(Number(x.toFixed(decimals)) === 0 ? 0 : Number(x.toFixed(decimals)));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  test("Rupiah text round-trips, with and without sen (Rp1.812.889.000 · Rp5.800.000,25)", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 999_999_999_999n }), fc.boolean(), (sen, negative) => {
        const x = (negative ? -1 : 1) * (Number(sen) / 100);
        const p = parseNumberText(formatRupiah(x));
        expect(p.kind).toBe("number");
        if (p.kind === "number") expect(p.value).toBe(x === 0 ? 0 : x);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  test("percent text round-trips (98,5%)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (scaled) => {
        const x = scaled / 100;
        const p = parseNumberText(formatNumber(x, 2) + "%");
        expect(p).toEqual({ kind: "number", value: x, percent: true });
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
