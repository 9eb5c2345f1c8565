import { fromSen, isMoneyDifferent, subtractMoney, sumMoney, toSen } from "../../../src/domain/values/rupiah";

describe("sumMoney", () => {
  it("sums 10-digit Rupiah with sen exactly", () => {
    const values = [1758365560.25, 1812889000.1, 5800000.2, 0.45];
    // 175836556025 + 181288900010 + 580000020 + 45 = 357705456100 sen
    expect(sumMoney(values)).toBe(3577054561);
    expect(values.reduce((a, b) => a + b, 0)).not.toBe(3577054561); // float sum drifts
  });

  it("sums 0.1 ten times to exactly 1", () => {
    expect(sumMoney(Array(10).fill(0.1))).toBe(1);
  });

  it("treats null / undefined as 0 and handles negatives", () => {
    expect(sumMoney([1000, null, undefined, -250.5])).toBe(749.5);
    expect(sumMoney([])).toBe(0);
    expect(Object.is(sumMoney([5, -5]), 0)).toBe(true);
  });

  it("sums large budgets exactly", () => {
    expect(sumMoney([11964329798, 1758365560, 5800000])).toBe(13728495358);
  });

  it("rejects non-finite amounts", () => {
    expect(() => sumMoney([NaN])).toThrow(RangeError);
  });
});

describe("toSen / fromSen / subtractMoney", () => {
  it("converts half away from zero on the decimal value", () => {
    expect(toSen(1758365560.25)).toBe(175836556025n);
    expect(toSen(1.005)).toBe(101n);
    expect(toSen(-1.005)).toBe(-101n);
    expect(toSen(0.29)).toBe(29n);
    expect(fromSen(175836556025n)).toBe(1758365560.25);
  });

  it("subtracts exactly", () => {
    expect(subtractMoney(1758365560.25, 1000.1)).toBe(1758364560.15);
    expect(subtractMoney(0.3, 0.1)).toBe(0.2);
  });
});

describe("isMoneyDifferent: 1 Rupiah or more", () => {
  it.each<[number, number, boolean]>([
    [1000, 1000, false],
    [1000, 1000.99, false],
    [1000, 1001, true],
    [1001, 1000, true],
    [1758365560, 1758365559.5, false],
    [1758365560, 1758365559, true],
    [0.3, 1.3, true],
  ])("isMoneyDifferent(%d, %d) = %s", (a, b, r) => {
    expect(isMoneyDifferent(a, b)).toBe(r);
  });
});
