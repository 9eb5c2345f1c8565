import { formatNumber, formatPct, formatRupiah } from "../../../src/domain/values/format";

describe("formatNumber", () => {
  it.each<[number, number, string]>([
    [1234567.891, 2, "1.234.567,89"],
    [1234567, 0, "1.234.567"],
    [1758365560, 0, "1.758.365.560"],
    [999, 0, "999"],
    [1000, 0, "1.000"],
    [0.5, 2, "0,50"],
    [-1234.5, 2, "-1.234,50"],
    [79.165, 2, "79,17"],
    [-0.001, 2, "0,00"],
    [2.5, 0, "3"],
  ])("formatNumber(%d, %d) = %s", (x, d, s) => {
    expect(formatNumber(x, d)).toBe(s);
  });

  it("defaults to 0 decimals and shows no value as -", () => {
    expect(formatNumber(1500.4)).toBe("1.500");
    expect(formatNumber(null)).toBe("-");
    expect(formatNumber(undefined, 2)).toBe("-");
    expect(formatNumber(NaN)).toBe("-");
  });
});

describe("formatRupiah", () => {
  it.each<[number, string]>([
    [1234567, "Rp1.234.567"],
    [1234567.89, "Rp1.234.567,89"],
    [1234567.5, "Rp1.234.567,50"],
    [1234567.001, "Rp1.234.567"],
    [0, "Rp0"],
    [-5000, "-Rp5.000"],
    [11964329798, "Rp11.964.329.798"],
  ])("formatRupiah(%d) = %s", (x, s) => {
    expect(formatRupiah(x)).toBe(s);
  });

  it("shows no value as -", () => {
    expect(formatRupiah(null)).toBe("-");
  });
});

describe("formatPct", () => {
  it.each<[number, string]>([
    [98.5, "98,50%"],
    [128.5714285, "128,57%"],
    [63.435, "63,44%"],
    [100, "100,00%"],
    [1234.5, "1.234,50%"],
    [0, "0,00%"],
  ])("formatPct(%d) = %s", (x, s) => {
    expect(formatPct(x)).toBe(s);
  });

  it("shows no value as -", () => {
    expect(formatPct(null)).toBe("-");
  });
});
