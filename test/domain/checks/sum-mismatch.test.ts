import { findingsOf } from "./helpers";
import type { RowSpec } from "../../support/plan-rows";

const subs = (parentId: number, firstId: number): RowSpec[] => [
  { id: firstId, level: "subactivity", parentId, budget: 600000, spent: [100000, 50000], spentToDate: [100000, 150000] },
  { id: firstId + 1, level: "subactivity", parentId, budget: 350000, spent: [20000, 30000], spentToDate: [20000, 50000] },
];

describe("sum-mismatch", () => {
  test("activity budget 1.000.000 vs Σ sub-activities 950.000 → error on the stated cell", () => {
    const f = findingsOf("sum-mismatch", [{ id: 1, level: "activity", code: "1.1", budget: 1000000 }, ...subs(1, 2)]);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      severity: "error",
      sheet: "Renaksi",
      cell: "V11",
      row: 11,
      code: "1.1",
      rowName: "activity 1",
      stated: 1000000,
      computed: 950000,
    });
    expect(f[0].message).toBe("Pagu kegiatan tertulis Rp1.000.000 tetapi jumlah pagu sub kegiatannya Rp950.000 (selisih Rp50.000).");
  });

  test("1 Rupiah apart → finding; 0,5 apart → none; equal → none", () => {
    expect(findingsOf("sum-mismatch", [{ id: 1, level: "activity", budget: 950001 }, ...subs(1, 2)])).toHaveLength(1);
    expect(findingsOf("sum-mismatch", [{ id: 1, level: "activity", budget: 950000.5 }, ...subs(1, 2)])).toHaveLength(0);
    expect(findingsOf("sum-mismatch", [{ id: 1, level: "activity", budget: 950000 }, ...subs(1, 2)])).toHaveLength(0);
  });

  test("quarterly and to-date spending columns of a parent", () => {
    const f = findingsOf("sum-mismatch", [
      { id: 1, level: "activity", budget: 950000, spent: [120000, 80001], spentToDate: [120000, 200001] },
      ...subs(1, 2),
    ]);
    expect(f.map((x) => x.cell).sort()).toEqual(["AB11", "X11"]);
    const tw2 = f.find((x) => x.cell === "X11")!;
    expect(tw2.stated).toBe(80001);
    expect(tw2.computed).toBe(80000);
    expect(tw2.message).toContain("Realisasi keuangan TW II kegiatan tertulis Rp80.001");
  });

  test("errors are reported where they are, not at every level above", () => {
    // program states 1.000.000 = what the activity states; the activity is the one that is wrong
    const f = findingsOf("sum-mismatch", [
      { id: 9, level: "program", budget: 1000000 },
      { id: 1, level: "activity", parentId: 9, budget: 1000000 },
      ...subs(1, 2),
    ]);
    expect(f).toHaveLength(1);
    expect(f[0].row).toBe(11);
  });

  test("a parent compares with the sums of children that state nothing", () => {
    const f = findingsOf("sum-mismatch", [
      { id: 9, level: "program", budget: 1000000 },
      { id: 1, level: "activity", parentId: 9 },
      ...subs(1, 2),
    ]);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ row: 19, stated: 1000000, computed: 950000 });
    expect(f[0].message).toContain("jumlah pagu kegiatannya");
  });

  test("Σ quarterly spending ≠ the row's stated to-date column", () => {
    const ok = findingsOf("sum-mismatch", [{ id: 1, level: "subactivity", spent: [100, 200.5], spentToDate: [100, 300.5] }]);
    expect(ok).toHaveLength(0);
    const half = findingsOf("sum-mismatch", [{ id: 1, level: "subactivity", spent: [100, 200.5], spentToDate: [100, 300] }]);
    expect(half).toHaveLength(0);
    const f = findingsOf("sum-mismatch", [{ id: 1, level: "subactivity", spent: [100, 200], spentToDate: [100, 301] }]);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ cell: "AB11", stated: 301, computed: 300 });
    expect(f[0].message).toBe(
      "Realisasi keuangan s.d. TW II tertulis Rp301 tetapi jumlah realisasi keuangan TW I sampai TW II adalah Rp300 (selisih Rp1).",
    );
  });

  test("total row vs Σ top-level rows above it (programs, or groups)", () => {
    const rows: RowSpec[] = [
      { id: 1, level: "program", budget: 950000 },
      { id: 2, level: "activity", parentId: 1 },
      ...subs(2, 3),
      { id: 5, level: "program", budget: 50000 },
      { id: 6, level: "activity", parentId: 5 },
      { id: 7, level: "subactivity", parentId: 6, budget: 50000 },
    ];
    expect(findingsOf("sum-mismatch", [...rows, { id: 8, level: "program", isTotal: true, code: null, budget: 1000000 }])).toHaveLength(0);
    const f = findingsOf("sum-mismatch", [...rows, { id: 8, level: "program", isTotal: true, code: null, budget: 1000002 }]);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ row: 18, cell: "V18", stated: 1000002, computed: 1000000, code: null });
    expect(f[0].message).toContain("Pagu pada baris jumlah tertulis Rp1.000.002 tetapi jumlah pagu program di atasnya Rp1.000.000");
  });

  test("sub-totals then a grand total", () => {
    const f = findingsOf("sum-mismatch", [
      { id: 1, level: "program", budget: 100, row: 10 },
      { id: 2, level: "subactivity", parentId: 1, budget: 100, row: 11 },
      { id: 3, level: "program", isTotal: true, budget: 100, row: 12 },
      { id: 4, level: "program", budget: 50, row: 13 },
      { id: 5, level: "subactivity", parentId: 4, budget: 50, row: 14 },
      { id: 6, level: "program", isTotal: true, budget: 50, row: 15 },
      { id: 7, level: "program", isTotal: true, budget: 151, row: 16 },
    ]);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ row: 16, stated: 151, computed: 150 });
  });
});

describe("sum-mismatch: stated cumulative realization vs the quarterly realizations", () => {
  const { checkSumMismatch } = require("../../../src/domain/checks/sum-mismatch");
  const { makeContext } = require("../../../src/domain/checks/context");
  const { calculate } = require("../../../src/domain/calc");
  const { DEFAULT_OPTIONS } = require("../../../src/domain/types");
  const { planRow } = require("../../support/plan-rows");
  test.each([
    [[1, 2], 3, null, 0], // 1 + 2 = 3: consistent
    [[1, 2], 4, null, 1], // stated 4, sum 3
    [[1, 2], 2, "level", 0], // level: latest = 2
    [[1, 2], 3.005, null, 0], // within 0,01
  ])("quarterly %j, stated %p, %p → %p finding(s)", (real, stated, acc, n) => {
    const row = planRow({ level: "subactivity", annual: 10, real, realToDate: [null, stated], accumulation: acc ?? undefined });
    const calc = calculate([row], [], 2, DEFAULT_OPTIONS);
    const found = checkSumMismatch(makeContext(calc.rows, 2, DEFAULT_OPTIONS)).filter((f: { message: string }) => /Realisasi kinerja s\.d\./.test(f.message));
    expect(found).toHaveLength(n);
  });
});

describe("sum-mismatch bottom-up from the leaves (domain.md §6 Precision)", () => {
  // program 9 → activity 1 (subs 2, 3: 600.000 + 350.000 = 950.000) and activity 4 (sub 5: 50.000)
  const tree = (programBudget: number, activity1Budget: number): RowSpec[] => [
    { id: 9, level: "program", budget: programBudget },
    { id: 1, level: "activity", parentId: 9, budget: activity1Budget },
    ...subs(1, 2),
    { id: 4, level: "activity", parentId: 9, budget: 50000 },
    { id: 5, level: "subactivity", parentId: 4, budget: 50000 },
  ];

  test("one wrong activity budget flags the activity, not its program that is right bottom-up", () => {
    // activity 1 states 1.000.000 (leaves 950.000); program states 950.000 + 50.000 = 1.000.000 ✓
    const f = findingsOf("sum-mismatch", tree(1000000, 1000000));
    expect(f.map((x) => [x.row, x.stated, x.computed])).toEqual([[11, 1000000, 950000]]);
  });

  test("a program whose =SUM adds the wrong activity cell repeats that defect: flagged once, at the activity", () => {
    // program states 1.050.000 = 1.000.000 + 50.000 as its activities state; leaves give 1.000.000
    const f = findingsOf("sum-mismatch", tree(1050000, 1000000));
    expect(f.map((x) => x.row)).toEqual([11]);
  });

  test("a program wrong on its own (neither its leaves nor its activities give it) is flagged with the leaf sum", () => {
    const f = findingsOf("sum-mismatch", tree(1234567, 950000));
    expect(f.map((x) => [x.row, x.stated, x.computed])).toEqual([[19, 1234567, 1000000]]);
  });

  test("a total row is compared with the leaves, never with every nested group row", () => {
    // urusan 20 → bidang 21 → program 9 …; both groups state 1.000.000, the total 1.000.000
    const rows: RowSpec[] = [
      { id: 20, level: "group", code: null, budget: 1000000, row: 5 },
      { id: 21, level: "group", code: null, budget: 1000000, row: 6 },
      ...tree(1000000, 950000).map((r) => ({ ...r, parentId: r.id === 9 ? 21 : r.parentId })),
    ];
    const ok = findingsOf("sum-mismatch", [...rows, { id: 30, level: "group", isTotal: true, code: null, budget: 1000000, row: 40 }]);
    expect(ok).toEqual([]); // not 2.000.000 (urusan + bidang counted both)
    const bad = findingsOf("sum-mismatch", [...rows, { id: 30, level: "group", isTotal: true, code: null, budget: 999000, row: 40 }]);
    expect(bad.map((x) => [x.row, x.stated, x.computed])).toEqual([[40, 999000, 1000000]]);
  });

  test("a to-date column that names no quarter yields one finding per cell", () => {
    const { calculate } = require("../../../src/domain/calc");
    const { runChecks } = require("../../../src/domain/checks");
    const { DEFAULT_OPTIONS } = require("../../../src/domain/types");
    const { planRow } = require("../../support/plan-rows");
    const shared = { value: 301, cell: "AA11" };
    const row = planRow({ id: 1, level: "subactivity", spent: [100, 200] });
    row.spentToDateStated = [shared, shared, shared, shared];
    const calc = calculate([row], [], 2, DEFAULT_OPTIONS);
    const f = runChecks(calc.rows, 2, DEFAULT_OPTIONS).filter((x: { rule: string }) => x.rule === "sum-mismatch");
    expect(f.map((x: { cell: string; computed: number }) => [x.cell, x.computed])).toEqual([["AA11", 300]]); // TW I–II only
  });
});
