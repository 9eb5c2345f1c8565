import { findingsOf } from "./helpers";
import type { RowSpec } from "../../support/plan-rows";

const sub = (s: Partial<RowSpec>): RowSpec => ({ id: 1, level: "subactivity", ...s });

describe("over-target", () => {
  test("100 → none; 100,01 → info; 150 → info; 150,01 → warning", () => {
    expect(findingsOf("over-target", [sub({ annual: 100, real: [100] })], 1)).toHaveLength(0);
    const a = findingsOf("over-target", [sub({ annual: 100, real: [100.01] })], 1);
    expect(a).toHaveLength(1);
    expect(a[0]).toMatchObject({ severity: "info", cell: "J11" });
    expect(a[0].computed).toBeCloseTo(100.01, 10);
    expect(findingsOf("over-target", [sub({ annual: 100, real: [150] })], 1)[0].severity).toBe("info");
    const w = findingsOf("over-target", [sub({ annual: 100, real: [150.01] })], 1);
    expect(w[0].severity).toBe("warning");
    expect(w[0].message).toContain("150,01%");
    expect(w[0].message).toContain("di atas 150%");
  });

  test("activities too (computed), pointing at their name when they state nothing", () => {
    const f = findingsOf("over-target", [{ id: 1, level: "activity" }, { id: 2, level: "subactivity", parentId: 1, annual: 4, real: [5] }], 1);
    expect(f.map((x) => [x.row, x.cell])).toEqual([
      [11, "B11"],
      [12, "J12"],
    ]);
  });
});

describe("over-budget", () => {
  test("1 Rupiah over → error on the spending cell; 0,5 over → none", () => {
    const f = findingsOf("over-budget", [sub({ budget: 1000, spent: [600, 401] })]);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "error", cell: "X11", stated: 1000, computed: 1001 });
    expect(f[0].message).toBe("Realisasi keuangan sub kegiatan s.d. TW II Rp1.001 melebihi pagu Rp1.000 (lebih Rp1).");
    expect(findingsOf("over-budget", [sub({ budget: 1000, spent: [600, 400.5] })])).toHaveLength(0);
    expect(findingsOf("over-budget", [sub({ budget: 1000, spentToDate: [null, 1000] })])).toHaveLength(0);
  });

  test("one overspent sub-activity is flagged once, not again on its activity (whose sums only repeat it)", () => {
    // Activity = Σ: budget 1000 + 500 = 1500, spent 1200 + 400 = 1600 (100 over, all of it the first child's 200).
    const rows: RowSpec[] = [
      { id: 1, level: "activity" },
      { id: 2, level: "subactivity", parentId: 1, budget: 1000, spent: [1200] },
      { id: 3, level: "subactivity", parentId: 1, budget: 500, spent: [400] },
    ];
    const f = findingsOf("over-budget", rows, 1);
    expect(f.map((x) => [x.row, x.stated, x.computed])).toEqual([[12, 1000, 1200]]);
  });
});

describe("realization-without-target", () => {
  test("a realization in a quarter without target → info; not for 0 or a targeted quarter", () => {
    const f = findingsOf("realization-without-target", [sub({ annual: 10, targets: [0, null, 5, 5], real: [1, 0], unit: "Dok" })]);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "info", cell: "J11", stated: 1 });
    expect(f[0].message).toBe("Ada realisasi TW I sebesar 1 Dok padahal target TW I kosong.");
    expect(findingsOf("realization-without-target", [sub({ annual: 10, targets: [1, 1, 5, 3], real: [1, 2] })])).toHaveLength(0);
  });

  test("only quarters up to n, and only when the row has quarterly targets", () => {
    expect(findingsOf("realization-without-target", [sub({ annual: 10, targets: [1, 1, null, 8], real: [1, 1, 3] })], 2)).toHaveLength(0);
    expect(findingsOf("realization-without-target", [sub({ annual: 10, targets: [1, 1, null, 8], real: [1, 1, 3] })], 3)).toHaveLength(1);
    expect(findingsOf("realization-without-target", [sub({ annual: 10, targets: [], real: [1] })], 1)).toHaveLength(0);
  });
});

describe("spending-without-progress", () => {
  const base = { annual: 10, targets: [2, 2, 3, 3], budget: 1000 };
  test("target to date > 0, realization 0, spending > 0 → warning", () => {
    const f = findingsOf("spending-without-progress", [sub({ ...base, real: [0], spent: [1] })]);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "warning", computed: 1, cell: "J11" });
    expect(f[0].message).toContain("terserap Rp1 s.d. TW II");
  });
  test("not raised when realization > 0, no spending, or no target to date", () => {
    expect(findingsOf("spending-without-progress", [sub({ ...base, real: [0, 0.5], spent: [1] })])).toHaveLength(0);
    expect(findingsOf("spending-without-progress", [sub({ ...base, real: [0], spent: [0] })])).toHaveLength(0);
    expect(findingsOf("spending-without-progress", [sub({ ...base, targets: [0, 0, 5, 5], real: [0], spent: [1] })])).toHaveLength(0);
  });
});

describe("progress-without-spending", () => {
  test("performance ≥ 50, budget > 0, spending 0 → warning at the boundary 50", () => {
    const f = findingsOf("progress-without-spending", [sub({ annual: 10, real: [5], budget: 1000, spent: [] })], 1);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "warning", cell: "W11", computed: 50 });
    expect(f[0].message).toContain("sudah 50,00%");
  });
  test("49,99 %, spending > 0, no budget, or no spending column → none", () => {
    expect(findingsOf("progress-without-spending", [sub({ annual: 10, real: [4.999], budget: 1000, spent: [] })], 1)).toHaveLength(0);
    expect(findingsOf("progress-without-spending", [sub({ annual: 10, real: [5], budget: 1000, spent: [1] })], 1)).toHaveLength(0);
    expect(findingsOf("progress-without-spending", [sub({ annual: 10, real: [5], budget: 0, spent: [] })], 1)).toHaveLength(0);
    expect(findingsOf("progress-without-spending", [sub({ annual: 10, real: [5], budget: 1000 })], 1)).toHaveLength(0);
  });
});

describe("missing-target", () => {
  test("a realization but no annual target → warning on the target cell", () => {
    const f = findingsOf("missing-target", [sub({ annual: null, real: [3], unit: "Dok" })], 1);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "warning", cell: "E11", computed: 3 });
    expect(f[0].message).toContain("Ada realisasi 3 Dok tetapi target tahunan sub kegiatan ini kosong");
    expect(findingsOf("missing-target", [sub({ annual: 0, real: [3] })], 1)).toHaveLength(1);
    // no target column at all → points at the realization
    expect(findingsOf("missing-target", [sub({ real: [3] })], 1)[0].cell).toBe("J11");
  });
  test("no realization, a target, or a written 0 on a positive indicator → none; 0 on a negative one → warning", () => {
    expect(findingsOf("missing-target", [sub({ annual: null, real: [] })], 1)).toHaveLength(0);
    expect(findingsOf("missing-target", [sub({ annual: 1, real: [3] })], 1)).toHaveLength(0);
    expect(findingsOf("missing-target", [sub({ annual: null, real: [0] })], 1)).toHaveLength(0);
    expect(findingsOf("missing-target", [sub({ annual: null, real: [0], polarity: "negative" })], 1)).toHaveLength(1);
  });
});

describe("negative-value", () => {
  test("one error per negative cell, total rows included; 0 is fine", () => {
    const f = findingsOf("negative-value", [
      sub({ annual: -1, targets: [0, 2], real: [-3], budget: 0, spent: [5, -0.5] }),
      { id: 2, level: "program", isTotal: true, budget: -100 },
    ]);
    expect(f.map((x) => [x.cell, x.stated]).sort()).toEqual([
      ["E11", -1],
      ["J11", -3],
      ["V12", -100],
      ["X11", -0.5],
    ]);
    expect(f.every((x) => x.severity === "error")).toBe(true);
    expect(f.find((x) => x.cell === "X11")!.message).toContain("Nilai negatif (-0,50) pada realisasi keuangan TW II");
  });

  test("a to-date column that names no quarter (one cell in every quarter's slot): one finding", () => {
    const { calculate } = require("../../../src/domain/calc");
    const { runChecks } = require("../../../src/domain/checks");
    const { DEFAULT_OPTIONS } = require("../../../src/domain/types");
    const { planRow } = require("../../support/plan-rows");
    const shared = { value: -5, cell: "AA11" };
    const row = planRow({ id: 1, level: "subactivity", annual: 10 });
    row.spentToDateStated = [shared, shared, shared, shared];
    const calc = calculate([row], [], 2, DEFAULT_OPTIONS);
    const found = runChecks(calc.rows, 2, DEFAULT_OPTIONS).filter((x: { rule: string }) => x.rule === "negative-value");
    expect(found.map((x: { cell: string }) => x.cell)).toEqual(["AA11"]);
  });
});
