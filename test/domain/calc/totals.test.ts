import { calculate, latestQuarter } from "../../../src/domain/calc";
import { terbilang } from "../../../src/domain/values/terbilang";
import { DEFAULT_OPTIONS } from "../../../src/domain/types";
import { plan } from "../../support/plan-rows";

describe("totals (§5.4)", () => {
  test("Σ programs, budgetPct, remaining, words, counts", () => {
    const rows = plan([
      { id: 1, level: "program" },
      { id: 2, level: "activity", parentId: 1 },
      { id: 3, level: "subactivity", parentId: 2, budget: 11964329798, spent: [1000000000] },
      { id: 4, level: "subactivity", parentId: 2, budget: 35629000, spent: [] },
      { id: 5, level: "program" },
      { id: 6, level: "activity", parentId: 5 },
      { id: 7, level: "subactivity", parentId: 6, budget: 0.5, spent: [0.25] },
      { id: 8, level: "program", isTotal: true, budget: 999 },
    ]);
    const t = calculate(rows, [], 1, DEFAULT_OPTIONS).totals;
    expect(t.budget).toBe(11999958798.5);
    expect(t.spentToDate).toBe(1000000000.25);
    expect(t.remaining).toBe(10999958798.25);
    expect(t.budgetPct).toBeCloseTo((1000000000.25 / 11999958798.5) * 100, 10);
    expect(t.budgetWords).toBe(terbilang(11999958798.5));
    expect(t.spentWords).toBe(terbilang(1000000000.25));
    expect(t.remainingWords).toBe(terbilang(10999958798.25));
    expect(t).toMatchObject({ programs: 2, activities: 2, subactivities: 3 });
  });

  test("no programs → Σ sub-activities; zero budget → budgetPct null, 'Nol Rupiah'", () => {
    const rows = plan([
      { id: 1, level: "subactivity", budget: 11964329798, spent: [100] },
      { id: 2, level: "subactivity", budget: 2, spent: [1] },
    ]);
    const t = calculate(rows, [], 1, DEFAULT_OPTIONS).totals;
    expect(t.budget).toBe(11964329800);
    expect(t.spentToDate).toBe(101);
    expect(t.programs).toBe(0);
    expect(t.subactivities).toBe(2);
    const empty = calculate([], [], 1, DEFAULT_OPTIONS).totals;
    expect(empty.budget).toBe(0);
    expect(empty.budgetPct).toBeNull();
    expect(empty.budgetWords).toBe("Nol Rupiah");
  });
});

describe("latestQuarter", () => {
  test("highest quarter with a non-zero realization or spending; 1 when none", () => {
    expect(latestQuarter([])).toBe(1);
    expect(latestQuarter(plan([{ id: 1, level: "subactivity", real: [1, 2] }]))).toBe(2);
    expect(latestQuarter(plan([{ id: 1, level: "subactivity", real: [1], spent: [0, 0, 5] }]))).toBe(3);
    expect(latestQuarter(plan([{ id: 1, level: "subactivity", realToDate: [null, null, null, 7] }]))).toBe(4);
    expect(latestQuarter(plan([{ id: 1, level: "subactivity", spentToDate: [null, 9] }]))).toBe(2);
    // pre-filled zeros of future quarters do not count
    expect(latestQuarter(plan([{ id: 1, level: "subactivity", real: [1, 2, 0, 0], spentToDate: [5, 5, 0, 0] }]))).toBe(2);
    // targets are not realizations
    expect(latestQuarter(plan([{ id: 1, level: "subactivity", targets: [1, 1, 1, 1] }]))).toBe(1);
  });
});
