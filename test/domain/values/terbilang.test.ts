import { looksLikeTerbilang, parseTerbilang, terbilang } from "../../../src/domain/values/terbilang";

const SPEC_EXAMPLE =
  "Sebelas Miliar Sembilan Ratus Enam Puluh Empat Juta Tiga Ratus Dua Puluh Sembilan Ribu Tujuh Ratus Sembilan Puluh Delapan Rupiah";

describe("terbilang", () => {
  it.each<[number, string]>([
    [0, "Nol Rupiah"],
    [1, "Satu Rupiah"],
    [10, "Sepuluh Rupiah"],
    [11, "Sebelas Rupiah"],
    [12, "Dua Belas Rupiah"],
    [19, "Sembilan Belas Rupiah"],
    [20, "Dua Puluh Rupiah"],
    [21, "Dua Puluh Satu Rupiah"],
    [99, "Sembilan Puluh Sembilan Rupiah"],
    [100, "Seratus Rupiah"],
    [101, "Seratus Satu Rupiah"],
    [110, "Seratus Sepuluh Rupiah"],
    [111, "Seratus Sebelas Rupiah"],
    [200, "Dua Ratus Rupiah"],
    [1000, "Seribu Rupiah"],
    [1001, "Seribu Satu Rupiah"],
    [1500, "Seribu Lima Ratus Rupiah"],
    [2000, "Dua Ribu Rupiah"],
    [10000, "Sepuluh Ribu Rupiah"],
    [11000, "Sebelas Ribu Rupiah"],
    [100000, "Seratus Ribu Rupiah"],
    [101000, "Seratus Satu Ribu Rupiah"],
    [1000000, "Satu Juta Rupiah"],
    [1001000, "Satu Juta Seribu Rupiah"],
    [1000001, "Satu Juta Satu Rupiah"],
    [5800000, "Lima Juta Delapan Ratus Ribu Rupiah"],
    [1000000000, "Satu Miliar Rupiah"],
    [1812889000, "Satu Miliar Delapan Ratus Dua Belas Juta Delapan Ratus Delapan Puluh Sembilan Ribu Rupiah"],
    [2500000000000, "Dua Triliun Lima Ratus Miliar Rupiah"],
    [1000000000000000, "Satu Kuadriliun Rupiah"],
    [11964329798, SPEC_EXAMPLE],
  ])("terbilang(%d)", (n, words) => {
    expect(terbilang(n)).toBe(words);
  });

  it("writes sen as 'X Rupiah Y Sen'", () => {
    expect(terbilang(1500.5)).toBe("Seribu Lima Ratus Rupiah Lima Puluh Sen");
    expect(terbilang(1758365560.25)).toBe(
      "Satu Miliar Tujuh Ratus Lima Puluh Delapan Juta Tiga Ratus Enam Puluh Lima Ribu Lima Ratus Enam Puluh Rupiah Dua Puluh Lima Sen",
    );
    expect(terbilang(0.01)).toBe("Nol Rupiah Satu Sen");
    expect(terbilang(1.005)).toBe("Satu Rupiah Satu Sen"); // half away from zero on the decimal value
    expect(terbilang(7.001)).toBe("Tujuh Rupiah"); // below half a sen
  });

  it("writes negatives with Minus", () => {
    expect(terbilang(-5)).toBe("Minus Lima Rupiah");
    expect(terbilang(-1000.5)).toBe("Minus Seribu Rupiah Lima Puluh Sen");
    expect(terbilang(-0)).toBe("Nol Rupiah");
  });

  it("rejects non-finite and too large amounts", () => {
    expect(() => terbilang(NaN)).toThrow(RangeError);
    expect(() => terbilang(Infinity)).toThrow(RangeError);
    expect(() => terbilang(1e18)).toThrow(RangeError);
  });
});

describe("parseTerbilang", () => {
  it("reads the spec example", () => {
    expect(parseTerbilang(SPEC_EXAMPLE)).toBe(11964329798);
  });

  it.each<[string, number]>([
    ["Nol Rupiah", 0],
    ["nol", 0],
    ["Seribu Rupiah", 1000],
    ["se-ribu rupiah", 1000],
    ["Se Ratus Ribu", 100000],
    ["sejuta rupiah", 1000000],
    ["Satu Juta Seribu", 1001000],
    ["SATU MILYAR RUPIAH", 1000000000],
    ["satu  milyar   dua ratus   juta", 1200000000],
    ["Dua Trilyun Lima Ratus Miliar Rupiah", 2500000000000],
    ["Terbilang: Lima Juta Delapan Ratus Ribu Rupiah", 5800000],
    ["# Dua Puluh Lima Ribu Rupiah #", 25000],
    ["(Seratus Satu Ribu Rupiah)", 101000],
    ["Satu Ribu Rupiah", 1000], // lenient: "Satu Ribu" for Seribu
    ["Seribu Lima Ratus Rupiah Lima Puluh Sen", 1500.5],
    ["Lima Puluh Sen", 0.5],
    ["Minus Lima Rupiah", -5],
    ["Negatif Seribu", -1000],
  ])("%j → %d", (text, n) => {
    expect(parseTerbilang(text)).toBe(n);
  });

  it.each([
    "",
    "Rupiah",
    "Sen",
    "Sudah",
    "Lima Juta Rupiah Lebih",
    "Dua Tiga",
    "Satu Puluh",
    "Satu Belas",
    "Puluh",
    "Juta",
    "Lima Ratus Dua Ratus",
    "Dua Puluh Tiga Ratus",
    "Dua Belas Tiga",
    "Satu Juta Satu Miliar",
    "Seribu Seribu",
    "Dua Seribu",
    "Nol Lima",
    "Lima Rupiah Sen",
    "Lima Rupiah Seratus Sen",
    "constructor",
    "Lima Koma Dua",
  ])("%j is not an amount in words", (text) => {
    expect(parseTerbilang(text)).toBeNull();
  });

  it("detects a wrong amount (words-mismatch)", () => {
    expect(parseTerbilang("Sebelas Miliar Sembilan Ratus Enam Puluh Empat Juta Rupiah")).not.toBe(11964329798);
  });
});

describe("round trip parseTerbilang(terbilang(n)) === n", () => {
  const numbers = [
    0, 1, 7, 10, 11, 15, 19, 20, 45, 99, 100, 101, 110, 111, 119, 999, 1000, 1001, 1010, 1100, 1999, 2000, 10000,
    11111, 100000, 101000, 110011, 999999, 1000000, 1001000, 1000001, 12345678, 100100100, 999999999, 1000000000,
    1001001001, 11964329798, 1758365560, 2500000000000, 987654321012345, 1000000000000000, 9007199254740991,
    1500.5, 1758365560.25, 0.99, 0.01, -5, -1234567.89,
  ];
  it.each(numbers)("%d", (n) => {
    expect(parseTerbilang(terbilang(n))).toBe(n);
  });

  it("survives upper / lower case", () => {
    for (const n of [101000, 11964329798, 2500000000000]) {
      expect(parseTerbilang(terbilang(n).toUpperCase())).toBe(n);
      expect(parseTerbilang(terbilang(n).toLowerCase())).toBe(n);
    }
  });
});

describe("looksLikeTerbilang", () => {
  it.each([SPEC_EXAMPLE, "Nol Rupiah", "lima juta", "Seribu", "Terbilang: Dua Ratus Ribu Rupiah"])("%j → true", (t) => {
    expect(looksLikeTerbilang(t)).toBe(true);
  });
  it.each(["Satu", "Lima", "Dua Puluh", "Sudah", "", "Rp 5.000.000", "Lima Juta Lebih"])("%j → false", (t) => {
    expect(looksLikeTerbilang(t)).toBe(false);
  });
});
