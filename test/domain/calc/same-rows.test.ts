import { calculate } from "../../../src/domain/calc";
import { DEFAULT_OPTIONS } from "../../../src/domain/types";
import { plan } from "../../support/plan-rows";

describe('calculate(…, "same rows"): the plan rows become the calculated rows', () => {
  const rows = () =>
    plan([
      { id: 1, level: "program" },
      { id: 2, level: "activity", parentId: 1 },
      { id: 3, level: "subactivity", parentId: 2, budget: 200, spent: [50] },
      { id: 4, level: "subactivity", parentId: 2, budget: 300, spent: [100] },
    ]);

  test("the same figures as the copying calculation, on the very row objects", () => {
    const given = rows();
    const copied = calculate(rows(), [], 1, DEFAULT_OPTIONS);
    const same = calculate(given, [], 1, DEFAULT_OPTIONS, "same rows");
    expect(same.rows).toEqual(copied.rows);
    expect(same.rows[2]).toBe(given[2]);
    // 150 of 500 spent: 30 %.
    expect(same.totals.spentToDate).toBe(150);
    expect(same.totals.budgetPct).toBe(30);
  });

  test("by default the plan rows are left as they were", () => {
    const given = rows();
    const copied = calculate(given, [], 1, DEFAULT_OPTIONS);
    expect(copied.rows[2]).not.toBe(given[2]);
    expect("figures" in given[2]).toBe(false);
  });
});
