import { normalizePercentColumn } from "../../../src/domain/values/percent-column";

describe("normalizePercentColumn", () => {
  it("scales a column of fractions to percent points", () => {
    expect(normalizePercentColumn([0.25, 0.5, null, 1, 0.9815], [false, false, false, false, false])).toEqual([
      25, 50, null, 100, 98.15,
    ]);
  });

  it("accepts fractions up to 1.5 (over-achievement)", () => {
    expect(normalizePercentColumn([1.5, 0.3], [false, false])).toEqual([150, 30]);
  });

  it("leaves a column in percent points unchanged when one plain number is above 1.5", () => {
    expect(normalizePercentColumn([0.5, 98, 100], [false, false, false])).toEqual([0.5, 98, 100]);
    expect(normalizePercentColumn([1.51, 0.2], [false, false])).toEqual([1.51, 0.2]);
  });

  it("never touches values that said % themselves", () => {
    // 98 came from "98%"; the plain 0.5 and 0.75 are fractions
    expect(normalizePercentColumn([98, 0.5, 0.75], [true, false, false])).toEqual([98, 50, 75]);
    // percent-flagged small values stay as they are
    expect(normalizePercentColumn([0.5, 0.75], [true, true])).toEqual([0.5, 0.75]);
  });

  it("leaves an all-zero or all-empty column unchanged", () => {
    expect(normalizePercentColumn([0, 0, null], [false, false, false])).toEqual([0, 0, null]);
    expect(normalizePercentColumn([null, null], [false, false])).toEqual([null, null]);
    expect(normalizePercentColumn([], [])).toEqual([]);
  });

  it("returns a new array", () => {
    const input = [50, 60];
    const out = normalizePercentColumn(input, [false, false]);
    expect(out).toEqual([50, 60]);
    expect(out).not.toBe(input);
  });
});

describe("normalizePercentColumn: the convention most values follow (domain.md §6 Precision)", () => {
  it("a column of fractions with one value written × 100: fractions scaled, the departure kept", () => {
    // 3 of 4 non-zero plain values are fractions → 25, 50, 75; 98 already in points
    expect(normalizePercentColumn([0.25, 0.5, 0.75, 98, 0], [false, false, false, false, false])).toEqual([25, 50, 75, 98, 0]);
  });
  it("a column × 100 with one small value: unchanged", () => {
    expect(normalizePercentColumn([25, 50, 0.5], [false, false, false])).toEqual([25, 50, 0.5]);
  });
});
