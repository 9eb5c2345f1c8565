import { hitungCapaian } from "../../../src/domain/engine";
import { e81Grid } from "./e81.fixture";

describe("Form E.81 (layout B) with the hierarchy only in SUM formulas", () => {
  const r = hitungCapaian([e81Grid()], { quarter: 2 });
  const t = r.layout.tables[0];
  const byRow = (n: number) => r.rows.find((x) => x.row === n)!;

  test("maps the numbered E.81 columns", () => {
    const role = (l: string) => t.columns.find((c) => c.letter === l)?.role.kind;
    expect(t.headerRows).toEqual({ first: 5, last: 8 });
    expect(role("C")).toBe("name");
    expect(role("E")).toBe("extra"); // (5) Renstra target is carried, not computed
    expect(role("I")).toBe("annualTarget"); // (7) K
    expect(role("J")).toBe("budget"); // (7) Rp
    expect(t.columns.find((c) => c.letter === "M")?.role).toEqual({ kind: "quarterRealization", quarter: 2 });
    expect(t.columns.find((c) => c.letter === "N")?.role).toEqual({ kind: "spentQuarter", quarter: 2 });
    expect(role("U")).toBe("statedPerformancePct"); // (13) K
    expect(role("V")).toBe("statedBudgetPct"); // (13) Rp
    expect(role("AA")).toBe("notes");
  });

  test("finds levels and parents from the formulas", () => {
    expect(byRow(9).level).toBe("group");
    expect(byRow(10).level).toBe("program");
    expect(byRow(11).level).toBe("activity");
    expect(byRow(15).level).toBe("activity");
    expect([12, 13, 14, 16, 17, 18].map((n) => byRow(n).level)).toEqual(Array(6).fill("subactivity"));
    expect(byRow(12).parentId).toBe(byRow(11).id);
    expect(byRow(18).parentId).toBe(byRow(15).id); // left out of the formula, still its child
    expect(byRow(11).parentId).toBe(byRow(10).id);
  });

  test("totals are the bottom-up sums, not the workbook's double-counted ones", () => {
    expect(r.totals.budget).toBe(100 + 200 + 300 + 50 + 70 + 80);
    expect(r.totals.spentToDate).toBe(30 + 20 + 50 + 60 + 70 + 90 + 10 + 20 + 20 + 20 + 20 + 25);
    expect(r.totals.programs).toBe(1);
    expect(r.totals.activities).toBe(2);
    expect(r.totals.subactivities).toBe(6);
  });

  test("reports the arithmetic defects with their cells", () => {
    const at = (rule: string) => r.findings.filter((x) => x.rule === rule).map((x) => x.cell);
    expect(at("formula-inconsistent")).toEqual(expect.arrayContaining(["J15", "J19"]));
    expect(at("sum-mismatch")).toEqual(expect.arrayContaining(["J15", "J19"]));
  });
});
