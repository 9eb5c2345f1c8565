/** The reading score (layouts.md "A reading is checked by the workbook's own arithmetic"), worked by hand. */
import { betterReading, scoreReading } from "../../../src/domain/layout/reading-score";
import { plan, type RowSpec } from "../../support/plan-rows";

describe("scoreReading", () => {
  // P 300 ≠ A1 100 + A2 250 (fails); A1 100 = S1 100; A2 250 = S2 150 + S3 100.
  // Codes: 1, 1.1, 1.2, 1.1.1, 1.2.1, 1.2.1 → 6 equations, S2 and S3 fail (same code).
  // Stated %: S1 5 of 10 = 50 (holds); S2 1 of 4 = 25, stated 30 (fails).
  const rows: RowSpec[] = [
    { id: 1, level: "program", code: "1", budget: 300 },
    { id: 2, level: "activity", code: "1.1", parentId: 1, budget: 100 },
    {
      id: 3,
      level: "subactivity",
      code: "1.1.1",
      parentId: 2,
      budget: 100,
      annual: 10,
      realToDate: [5],
      perfPct: [50],
    },
    { id: 4, level: "activity", code: "1.2", parentId: 1, budget: 250 },
    { id: 5, level: "subactivity", code: "1.2.1", parentId: 4, budget: 150, annual: 4, realToDate: [1], perfPct: [30] },
    { id: 6, level: "subactivity", code: "1.2.1", parentId: 4, budget: 100 },
  ];
  test("3 sum + 6 code + 2 % equations; 7 hold; P, S2, S3 contradict", () => {
    const s = scoreReading(plan(rows));
    expect(s).toMatchObject({
      rows: 6,
      equations: 11,
      held: 7,
      failed: { sum: 1, code: 2, pct: 1 },
      contradicting: 3,
      doubtful: false, // fewer than 10 rows: too few to doubt
    });
    expect(s.score).toBeCloseTo(7 / 11, 12);
  });
  test("a stated % may be rounded to half a point, or be against the quarter's own target", () => {
    const s = scoreReading(
      plan([
        { id: 1, level: "subactivity", code: "1.1.1", annual: 3, realToDate: [1], perfPct: [33.5] }, // 33,33 → holds
        { id: 2, level: "subactivity", code: "1.1.2", annual: 12, targets: [3], realToDate: [3], perfPct: [100] }, // 3 of 3
        { id: 3, level: "subactivity", code: "1.1.3", annual: 3, realToDate: [1], perfPct: [34] }, // 0,67 off → fails
      ]),
    );
    expect(s.failed.pct).toBe(1);
    expect(s.held).toBe(3 + 2);
  });
  test("doubtful when more than a fifth of at least ten rows contradict", () => {
    // Ten sub-activities under one activity stating 1.000: children hold 100 each (Σ = 1.000).
    const tree = (dupes: number): RowSpec[] => [
      { id: 1, level: "activity", code: "1.1", budget: 1000 },
      ...Array.from({ length: 9 }, (_, i) => ({
        id: i + 2,
        level: "subactivity" as const,
        parentId: 1,
        budget: 1000 / 9,
        code: i < dupes ? "1.1.1" : `1.1.${i + 2}`,
      })),
    ];
    // 2 rows with one code: 2 of 10 contradict (= a fifth, not more) → not doubtful.
    expect(scoreReading(plan(tree(2)))).toMatchObject({ rows: 10, contradicting: 2, doubtful: false });
    // 3 rows with one code: 3 of 10 → doubtful.
    expect(scoreReading(plan(tree(3)))).toMatchObject({ rows: 10, contradicting: 3, doubtful: true });
  });
  test("total rows and further indicator lines are not rows of the reading; no equation → score null", () => {
    const s = scoreReading(
      plan([
        { id: 1, level: "group", isTotal: true, budget: 5 },
        { id: 2, level: "subactivity", code: null },
      ]),
    );
    expect(s).toMatchObject({ rows: 1, equations: 0, score: null });
  });
  test("betterReading: the higher share of equations holding, then the more equations", () => {
    const base = { rows: 10, contradicting: 0, doubtful: false, failed: { sum: 0, code: 0, pct: 0 } };
    expect(
      betterReading({ ...base, equations: 10, held: 9, score: 0.9 }, { ...base, equations: 10, held: 8, score: 0.8 }),
    ).toBe(true);
    expect(
      betterReading({ ...base, equations: 10, held: 10, score: 1 }, { ...base, equations: 20, held: 20, score: 1 }),
    ).toBe(false);
    expect(
      betterReading({ ...base, equations: 1, held: 1, score: 1 }, { ...base, equations: 0, held: 0, score: null }),
    ).toBe(true);
  });
});
