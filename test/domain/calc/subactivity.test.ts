import { calculate } from "../../../src/domain/calc";
import { computeQuarter } from "../../../src/domain/calc/figures";
import { DEFAULT_OPTIONS, type Quarter, type RowFigures } from "../../../src/domain/types";
import { plan, type RowSpec } from "../../support/plan-rows";

function sub(spec: Omit<RowSpec, "id" | "level">, q: Quarter): RowFigures {
  const rows = plan([{ id: 1, level: "subactivity", ...spec }]);
  return calculate(rows, [], q, DEFAULT_OPTIONS).rows[0].figures;
}

describe("sub-activity (§5.1)", () => {
  test("target 10 Dok, TW targets 2,2,3,3, realizations 1,2 → TW II: 4 / 3 / 30 % / 75 %", () => {
    const f = sub({ annual: 10, targets: [2, 2, 3, 3], real: [1, 2], unit: "Dok" }, 2);
    expect(f.targetToDate).toBe(4);
    expect(f.realizationToDate).toBe(3);
    expect(f.performancePct).toBe(30);
    expect(f.performanceToDatePct).toBe(75);
    expect(f.accumulation).toBe("flow");
    expect(f.predicate).toBeNull();
    expect(f.realizationPct).toBeNull();
  });

  test("TW I only counts quarter 1", () => {
    const f = sub({ annual: 10, targets: [2, 2, 3, 3], real: [1, 2] }, 1);
    expect(f.targetToDate).toBe(2);
    expect(f.realizationToDate).toBe(1);
    expect(f.performancePct).toBe(10);
    expect(f.performanceToDatePct).toBe(50);
  });

  test("level accumulation takes the latest non-empty realization", () => {
    const spec = { annual: 100, targets: [100, 100, 100, 100], real: [60, null, 80], accumulation: "level" as const };
    expect(sub(spec, 2).realizationToDate).toBe(60);
    expect(sub(spec, 3).realizationToDate).toBe(80);
    expect(sub(spec, 3).performancePct).toBe(80);
    expect(sub(spec, 4).realizationToDate).toBe(80);
    // §5.1 as written: target to date = Σ targets 1..3 = 300 even for a level indicator
    // (the spec's literal rule; the closing note proposes "latest target" for level indicators)
    expect(sub(spec, 3).targetToDate).toBe(300);
    expect(sub(spec, 3).performanceToDatePct).toBeCloseTo(26.6667, 4); // 80 ÷ 300 × 100
    expect(sub(spec, 3).accumulation).toBe("level");
  });

  test("flow (default) sums the same realizations", () => {
    const f = sub({ annual: 100, targets: [25, 25, 25, 25], real: [60, null, 80] }, 3);
    expect(f.realizationToDate).toBe(140);
    expect(f.performancePct).toBe(140); // never capped
  });

  test("a stated cumulative column is used as is, whatever the accumulation", () => {
    const f = sub({ annual: 10, targets: [2, 2, 3, 3], real: [1, 2], realToDate: [1, 7] }, 2);
    expect(f.realizationToDate).toBe(7);
    expect(f.performancePct).toBe(70);
    const g = sub({ annual: 10, real: [1, 2], realToDate: [1, 7], accumulation: "level" }, 2);
    expect(g.realizationToDate).toBe(7);
  });

  test.each([
    [4, 120],
    [0, 200],
    [12, 0],
    [10, 0],
    [5, 100],
  ])("negative polarity: target 5, realization %p → %p %%", (real, expected) => {
    const f = sub({ annual: 5, real: [real], polarity: "negative" }, 1);
    expect(f.performancePct).toBeCloseTo(expected, 10);
  });

  test("negative polarity with no realization value yet: no performance (not 200 %)", () => {
    const f = sub({ annual: 5, targets: [5, 5, 5, 5], real: [], polarity: "negative" }, 1);
    expect(f.realizationToDate).toBe(0);
    expect(f.performancePct).toBeNull();
  });

  test("positive polarity, realization columns empty → 0 %", () => {
    const f = sub({ annual: 10, targets: [5, 5], real: [] }, 2);
    expect(f.realizationToDate).toBe(0);
    expect(f.performancePct).toBe(0);
    expect(f.performanceToDatePct).toBe(0);
  });

  test("no realization column at all → realizationToDate null", () => {
    const f = sub({ annual: 10, targets: [5, 5] }, 2);
    expect(f.realizationToDate).toBeNull();
    expect(f.performancePct).toBeNull();
  });

  test("no annual target (empty or 0) → performancePct null; no target to date → performanceToDatePct null", () => {
    expect(sub({ real: [3] }, 1).performancePct).toBeNull();
    expect(sub({ annual: 0, real: [3] }, 1).performancePct).toBeNull();
    const f = sub({ annual: 10, targets: [0, 0, 5, 5], real: [1] }, 1);
    expect(f.targetToDate).toBe(0);
    expect(f.performanceToDatePct).toBeNull();
    expect(f.performancePct).toBe(10);
  });

  test("never capped: 9 of 7 → 128.57… %", () => {
    const f = sub({ annual: 7, real: [9] }, 1);
    expect(f.performancePct).toBeCloseTo(128.5714285714, 8);
  });

  describe("money", () => {
    test("Σ quarterly spending, budgetPct, remaining", () => {
      const f = sub({ budget: 85927728, spent: [17962870, 20000000, 999] }, 2);
      expect(f.spentToDate).toBe(37962870);
      expect(f.budgetPct).toBeCloseTo((37962870 / 85927728) * 100, 10);
      expect(f.budgetPct).toBeCloseTo(44.18, 2);
      expect(f.remaining).toBe(47964858);
    });

    test("exact in sen", () => {
      const f = sub({ budget: 1758365560.25, spent: [0.1, 0.2] }, 2);
      expect(f.spentToDate).toBe(0.3);
      expect(f.remaining).toBe(1758365559.95);
    });

    test("single s.d. column used when there are no quarterly columns", () => {
      const f = sub({ budget: 1000, spentToDate: [100, 450] }, 2);
      expect(f.spentToDate).toBe(450);
      expect(f.budgetPct).toBe(45);
      expect(f.remaining).toBe(550);
    });

    test("no budget → budgetPct null, remaining null; no spending column → spentToDate null", () => {
      const f = sub({ spent: [100] }, 1);
      expect(f.budget).toBeNull();
      expect(f.budgetPct).toBeNull();
      expect(f.remaining).toBeNull();
      const g = sub({ budget: 500 }, 1);
      expect(g.spentToDate).toBeNull();
      expect(g.budgetPct).toBeNull();
      expect(g.remaining).toBe(500);
    });

    test("spending columns present but empty → 0", () => {
      const f = sub({ budget: 500, spent: [] }, 2);
      expect(f.spentToDate).toBe(0);
      expect(f.budgetPct).toBe(0);
    });
  });

  test("alternative conventions (used by the checks): toDate, quarter, capped", () => {
    const rows = plan([{ id: 1, level: "subactivity", annual: 10, targets: [2, 2, 3, 3], real: [1, 3] }]);
    const opts = DEFAULT_OPTIONS;
    const base = { averageOver: "targeted" as const, cap: false };
    expect(computeQuarter(rows, 2, opts, { ...base, basis: "toDate" }).figures.get(1)!.performancePct).toBe(100);
    expect(computeQuarter(rows, 2, opts, { ...base, basis: "quarter" }).figures.get(1)!.performancePct).toBe(150);
    const over = plan([{ id: 1, level: "subactivity", annual: 2, real: [3] }]);
    expect(computeQuarter(over, 1, opts, { ...base, basis: "annual", cap: true }).figures.get(1)!.performancePct).toBe(100);
  });
});
