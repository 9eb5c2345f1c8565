import { calculate } from "../../../src/domain/calc";
import { runChecks } from "../../../src/domain/checks";
import { DEFAULT_OPTIONS, type Finding } from "../../../src/domain/types";
import { plan } from "../../support/plan-rows";

describe("runChecks", () => {
  const rows = plan([
    { id: 1, level: "program", code: "1", budget: 3000 },
    { id: 2, level: "activity", parentId: 1, code: "1.1", budget: 3000 },
    { id: 3, level: "subactivity", parentId: 2, code: "1.1.1", annual: 10, targets: [2, 2, 3, 3], real: [1, 2], budget: 1000, spent: [100, 200] },
    { id: 4, level: "subactivity", parentId: 2, code: "1.1.2", annual: 4, targets: [2, 2], real: [2, 2], budget: 1000, spent: [0, 0] },
  ]);

  test("a consistent plan gives no findings except the expected ones", () => {
    const calc = calculate(rows, [], 2, DEFAULT_OPTIONS);
    const findings = runChecks(calc.rows, 2, DEFAULT_OPTIONS);
    // Σ sub-activity budgets is 2000, the activity states 3000 (the program agrees with the activity)
    // and sub 1.1.2 is at 100 % with no spending.
    expect(findings.map((f: Finding) => [f.rule, f.code]).sort()).toEqual([
      ["progress-without-spending", "1.1.2"],
      ["sum-mismatch", "1.1"],
    ]);
    for (const f of findings) {
      expect(f.sheet).toBe("Renaksi");
      expect(f.rowName).toBeTruthy();
      expect(f.message.length).toBeGreaterThan(20);
    }
  });

  test("every finding carries a cell of its row", () => {
    const calc = calculate(rows, [], 2, DEFAULT_OPTIONS);
    for (const f of runChecks(calc.rows, 2, DEFAULT_OPTIONS)) expect(f.cell.endsWith(String(f.row))).toBe(true);
  });
});
