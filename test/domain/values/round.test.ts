import { fractionToPercent, pctDiffers, round2, roundTo, roundToString } from "../../../src/domain/values/round";

describe("round2: half away from zero on the decimal value", () => {
  it.each<[number, number]>([
    [79.165, 79.17],
    [63.435, 63.44],
    [1.005, 1.01],
    [-1.005, -1.01],
    [2.675, 2.68],
    [1.004, 1],
    [-1.004, -1],
    [98.5, 98.5],
    [128.5714285714, 128.57],
    [133.0952, 133.1],
    [0.125, 0.13],
    [-0.125, -0.13],
    [12345678901.235, 12345678901.24],
    [1e-7, 0],
    [0, 0],
  ])("round2(%d) = %d", (x, r) => {
    expect(round2(x)).toBe(r);
  });

  it("rounds away float noise of computed values first (63.43499999999999 is 63.435)", () => {
    expect(63.435).toBe(63.435);
    const computed = 6343.5 / 100; // exact in decimal, inexact in binary
    expect(round2(computed)).toBe(63.44);
    expect(round2(0.1 + 0.2)).toBe(0.3);
  });

  it("never returns -0", () => {
    expect(Object.is(round2(-0.001), 0)).toBe(true);
  });

  it("passes null through", () => {
    expect(round2(null)).toBeNull();
  });

  it("large values keep their sen (shortest representation above 1e13)", () => {
    expect(round2(12345678901234.56)).toBe(12345678901234.56);
    expect(round2(2e15)).toBe(2e15);
  });
});

describe("roundTo / roundToString", () => {
  it.each<[number, number, string]>([
    [1234567.891, 2, "1234567.89"],
    [1234567.895, 2, "1234567.90"],
    [0.5, 0, "1"],
    [-0.5, 0, "-1"],
    [2.5, 0, "3"],
    [98.5, 2, "98.50"],
    [-0.004, 2, "0.00"],
    [1.5e-7, 7, "0.0000002"],
    [1e21, 0, "1000000000000000000000"],
  ])("roundToString(%d, %d) = %s", (x, d, s) => {
    expect(roundToString(x, d)).toBe(s);
  });

  it("roundTo returns numbers", () => {
    expect(roundTo(2.5, 0)).toBe(3);
    expect(roundTo(-2.5, 0)).toBe(-3);
    expect(roundTo(1.23456, 3)).toBe(1.235);
  });

  it("rejects bad arguments", () => {
    expect(() => roundToString(NaN, 2)).toThrow(RangeError);
    expect(() => roundToString(1, -1)).toThrow(RangeError);
    expect(() => roundToString(1, 1.5)).toThrow(RangeError);
  });
});

describe("pctDiffers: consistent below 0,01 percent points", () => {
  it.each<[number, number, boolean]>([
    [98.15, 98.15, false],
    [98.15, 98.154999, false], // rounded
    [98.15, 98.1599, false], // truncated
    [98.15, 98.16, true], // exactly 0,01 apart (98.16 - 98.15 = 0.00999… in floats)
    [98.16, 98.15, true],
    [98.15, 98.1401, false],
    [98.15, 98.14, true],
    [100, 128.57, true],
    [94.2, 94.19999999999999, false],
  ])("pctDiffers(%d, %d) = %s", (a, b, r) => {
    expect(pctDiffers(a, b)).toBe(r);
  });

  it("guards against 98.16 - 98.15 < 0.01 in floats", () => {
    expect(98.16 - 98.15 < 0.01).toBe(true);
    expect(pctDiffers(98.16, 98.15)).toBe(true);
  });
});

describe("fractionToPercent", () => {
  it.each<[number, number]>([
    [0.9815, 98.15],
    [0.07, 7],
    [0.98, 98],
    [1.2857, 128.57],
    [0, 0],
    [-0.25, -25],
  ])("%d → %d", (x, r) => {
    expect(fractionToPercent(x)).toBe(r);
  });
});
