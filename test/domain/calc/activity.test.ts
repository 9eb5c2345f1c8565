import { calculate } from "../../../src/domain/calc";
import { predicateFor } from "../../../src/domain/calc/predicate";
import { DEFAULT_OPTIONS, type Options, type Quarter } from "../../../src/domain/types";
import { plan, type RowSpec } from "../../support/plan-rows";

// Three sub-activities at TW II:
//  11: target 10, TW 2,2,3,3, real 1,2      → 30 %, has a target to date
//  12: target 4,  TW 0,0,2,2, real 1         → 25 %, no target to date
//  13: target 5,  TW 1,1,1,2, real 1,1       → 40 %, has a target to date
const subs: RowSpec[] = [
  { id: 11, level: "subactivity", parentId: 10, annual: 10, targets: [2, 2, 3, 3], real: [1, 2], budget: 1000000.5, spent: [100, 200] },
  { id: 12, level: "subactivity", parentId: 10, annual: 4, targets: [0, 0, 2, 2], real: [1], budget: 2000000.25, spent: [0.1, 0.2] },
  { id: 13, level: "subactivity", parentId: 10, annual: 5, targets: [1, 1, 1, 2], real: [1, 1], budget: 3000000.25 },
];

function activity(activitySpec: Partial<RowSpec>, options: Options = DEFAULT_OPTIONS, q: Quarter = 2) {
  const rows = plan([{ id: 10, level: "activity", ...activitySpec }, ...subs]);
  return calculate(rows, [], q, options).rows[0].figures;
}

describe("activity (§5.2)", () => {
  test("mean over sub-activities with a target to date (default): (30 + 40) / 2 = 35", () => {
    const f = activity({});
    expect(f.realizationPct).toBeCloseTo(35, 10);
    expect(f.realizationSource).toBe("computed");
    expect(f.performancePct).toBeCloseTo(35, 10); // empty target → ÷ 100 × 100
  });

  test("averageOver all: (30 + 25 + 40) / 3", () => {
    const f = activity({}, { ...DEFAULT_OPTIONS, averageOver: "all" });
    expect(f.realizationPct).toBeCloseTo(95 / 3, 10);
  });

  test("own target 95 → performance = 35 / 95 × 100", () => {
    const f = activity({ annual: 95 });
    expect(f.performancePct).toBeCloseTo((35 / 95) * 100, 10);
    expect(f.performancePct).toBeCloseTo(36.84, 2);
  });

  test("own target 0 is treated as empty (÷ 100)", () => {
    expect(activity({ annual: 0 }).performancePct).toBeCloseTo(35, 10);
  });

  test("quarterly targets of the activity are never the divisor", () => {
    expect(activity({ annual: 100, targets: [10, 20, 30, 40] }).performancePct).toBeCloseTo(35, 10);
  });

  test("no qualifying sub-activity → null", () => {
    const f = activity({}, DEFAULT_OPTIONS, 1);
    // TW I: 11 (target 2) and 13 (target 1) qualify: (10 + 20) / 2 = 15
    expect(f.realizationPct).toBeCloseTo(15, 10);
    const rows = plan([
      { id: 10, level: "activity" },
      { id: 11, level: "subactivity", parentId: 10, annual: 4, targets: [0, 0, 2, 2], real: [1] },
    ]);
    const g = calculate(rows, [], 1, DEFAULT_OPTIONS).rows[0].figures;
    expect(g.realizationPct).toBeNull();
    expect(g.performancePct).toBeNull();
    expect(g.predicate).toBeNull();
  });

  test("sub-activity without quarterly targets falls back to its annual target", () => {
    const rows = plan([
      { id: 10, level: "activity" },
      { id: 11, level: "subactivity", parentId: 10, annual: 4, real: [1, 1] },
    ]);
    expect(calculate(rows, [], 2, DEFAULT_OPTIONS).rows[0].figures.realizationPct).toBe(50);
  });

  test("money: exact sums of the sub-activities; a stated activity budget is kept but not used", () => {
    const f = activity({ budget: 1 });
    expect(f.budget).toBe(6000001);
    expect(f.spentToDate).toBe(300.3);
    expect(f.remaining).toBe(5999700.7);
    expect(f.budgetPct).toBeCloseTo((300.3 / 6000001) * 100, 12);
  });

  test("predicate attached to activities (default SAKIP scale), not to sub-activities", () => {
    const rows = plan([
      { id: 10, level: "activity" },
      { id: 11, level: "subactivity", parentId: 10, annual: 10, real: [9.5] },
    ]);
    const out = calculate(rows, [], 1, DEFAULT_OPTIONS).rows;
    expect(out[0].figures.performancePct).toBe(95);
    expect(out[0].figures.predicate).toBe(predicateFor(95, "sakip"));
    expect(out[0].figures.predicate).toBe("Sangat Memuaskan");
    expect(out[1].figures.predicate).toBeNull();
    const p86 = calculate(rows, [], 1, { ...DEFAULT_OPTIONS, predicateScale: "permendagri86" }).rows[0].figures;
    expect(p86.predicate).toBe("Sangat Tinggi");
  });

  test("activity without sub-activities uses its stated realization", () => {
    const rows = plan([{ id: 10, level: "activity", annual: 80, real: [40, 60], budget: 500, spent: [100] }]);
    const f = calculate(rows, [], 2, DEFAULT_OPTIONS).rows[0].figures;
    expect(f.realizationPct).toBe(60);
    expect(f.realizationSource).toBe("stated");
    expect(f.performancePct).toBe(75);
    expect(f.budget).toBe(500);
    expect(f.spentToDate).toBe(100);
  });
});
