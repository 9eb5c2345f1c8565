import { calculate as calculateFigures } from "../../../src/domain/calc";
import { judgeFacts } from "../../../src/domain/checks";
import { DEFAULT_OPTIONS } from "../../../src/domain/types";
import { plan, type RowSpec } from "../../support/plan-rows";

// Program 1 → activities 2 (sub 3: 35 %) and 4 (sub 5: 60 %), TW II.
function rows(program: Partial<RowSpec> = {}, extra: RowSpec[] = []) {
  return plan([
    { id: 1, level: "program", ...program },
    { id: 2, level: "activity", parentId: 1 },
    { id: 3, level: "subactivity", parentId: 2, annual: 100, real: [35], budget: 1000, spent: [400] },
    { id: 4, level: "activity", parentId: 1 },
    { id: 5, level: "subactivity", parentId: 4, annual: 10, real: [2, 4], budget: 2500.5, spent: [100, 0.5] },
    ...extra,
  ]);
}

/** The calculation with its notes judged (the program-mean info findings live in checks/). */
function calculate(...args: Parameters<typeof calculateFigures>) {
  const out = calculateFigures(...args);
  return { ...out, findings: judgeFacts(out.facts) };
}

describe("program (§5.3)", () => {
  test("mean of the activities' realizations, ÷ the program target", () => {
    const out = calculate(rows({ annual: 50 }), [], 2, DEFAULT_OPTIONS);
    const f = out.rows[0].figures;
    expect(f.realizationPct).toBeCloseTo(47.5, 10);
    expect(f.realizationSource).toBe("computed");
    expect(f.performancePct).toBeCloseTo(95, 10);
    expect(f.predicate).toBe("Sangat Memuaskan");
    expect(f.budget).toBe(3500.5);
    expect(f.spentToDate).toBe(500.5);
    expect(f.remaining).toBe(3000);
    expect(out.findings).toHaveLength(0);
  });

  test("a stated realization for quarter n wins; the differing mean is an info finding", () => {
    const out = calculate(rows({ realToDate: [null, 94.2] }), [], 2, DEFAULT_OPTIONS);
    const f = out.rows[0].figures;
    expect(f.realizationPct).toBe(94.2);
    expect(f.realizationSource).toBe("stated");
    expect(f.performancePct).toBeCloseTo(94.2, 10);
    expect(out.findings).toHaveLength(1);
    const finding = out.findings[0];
    expect(finding).toMatchObject({
      rule: "stated-value-mismatch",
      severity: "info",
      sheet: "Renaksi",
      cell: "O11",
      row: 11,
      code: "C1",
      stated: 94.2,
    });
    expect(finding.computed).toBeCloseTo(47.5, 10);
    expect(finding.message).toContain("94,20%");
    expect(finding.message).toContain("47,50%");
  });

  test("quarterly realization column counts as stated too", () => {
    const out = calculate(rows({ real: [null, 80] }), [], 2, DEFAULT_OPTIONS);
    expect(out.rows[0].figures.realizationPct).toBe(80);
    expect(out.findings[0].cell).toBe("K11");
  });

  test("stated within 0,01 of the mean → no finding; 0,01 apart → finding", () => {
    expect(calculate(rows({ real: [null, 47.509] }), [], 2, DEFAULT_OPTIONS).findings).toHaveLength(0);
    expect(calculate(rows({ real: [null, 47.51] }), [], 2, DEFAULT_OPTIONS).findings).toHaveLength(1);
  });

  test("a stated realization in an earlier quarter is compared for that quarter", () => {
    // TW I: activity 2 → 35, activity 4 → 20 ⇒ mean 27.5
    const out = calculate(rows({ real: [30] }), [], 2, DEFAULT_OPTIONS);
    expect(out.rows[0].figures.realizationSource).toBe("computed");
    expect(out.findings).toHaveLength(1);
    expect(out.findings[0].stated).toBe(30);
    expect(out.findings[0].computed).toBeCloseTo(27.5, 10);
  });

  test("groups get money sums and no performance", () => {
    const r = plan([
      { id: 100, level: "group" },
      { id: 1, level: "program", parentId: 100 },
      { id: 2, level: "activity", parentId: 1 },
      { id: 3, level: "subactivity", parentId: 2, annual: 10, real: [5], budget: 1000, spent: [250] },
      { id: 6, level: "program", parentId: 100 },
      { id: 7, level: "activity", parentId: 6 },
      { id: 8, level: "subactivity", parentId: 7, annual: 10, real: [10], budget: 3000, spent: [750] },
    ]);
    const g = calculate(r, [], 1, DEFAULT_OPTIONS).rows[0].figures;
    expect(g.budget).toBe(4000);
    expect(g.spentToDate).toBe(1000);
    expect(g.budgetPct).toBe(25);
    expect(g.remaining).toBe(3000);
    expect(g.performancePct).toBeNull();
    expect(g.realizationPct).toBeNull();
    expect(g.predicate).toBeNull();
  });

  test("total rows keep all-null figures and are not children", () => {
    const r = rows({}, [{ id: 9, level: "program", isTotal: true, budget: 3500.5, parentId: null }]);
    const out = calculate(r, [], 2, DEFAULT_OPTIONS);
    const total = out.rows.find((x) => x.id === 9)!;
    expect(total.isTotal).toBe(true);
    expect(Object.entries(total.figures).filter(([k, v]) => k !== "accumulation" && v !== null)).toEqual([]);
    expect(out.totals.programs).toBe(1);
  });
});

test("a program realization in a column that names no quarter is compared once, for the quarter computed", () => {
  // activity: 1 of 4 → 25 %; the program states 60 % in one undated "Realisasi s.d." cell
  const rows = plan([
    { id: 1, level: "program", annual: 100 },
    { id: 2, level: "activity", parentId: 1, annual: 100 },
    { id: 3, level: "subactivity", parentId: 2, annual: 4, targets: [1, 1, 1, 1], real: [1, null] },
  ]);
  const shared = { value: 60, cell: "N11" };
  rows[0].realizationToDateStated = [shared, shared, shared, shared];
  const out = calculate(rows, [], 2, DEFAULT_OPTIONS);
  const info = out.findings.filter((f) => f.rule === "stated-value-mismatch");
  expect(info.map((f) => [f.cell, f.computed])).toEqual([["N11", 25]]);
  expect(info[0].message).toContain("TW II");
});
