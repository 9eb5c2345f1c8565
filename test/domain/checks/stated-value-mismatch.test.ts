import { findingsOf } from "./helpers";
import type { RowSpec } from "../../support/plan-rows";

// Activity 1 at TW II: sub 2 → 30 % (targeted), sub 3 → 25 % (no target to date), sub 4 → 40 % (targeted)
// targeted mean 35, mean over all (30 + 25 + 40) / 3 = 31,67.
const subs: RowSpec[] = [
  { id: 2, level: "subactivity", parentId: 1, annual: 10, targets: [2, 2, 3, 3], real: [1, 2] },
  { id: 3, level: "subactivity", parentId: 1, annual: 4, targets: [0, 0, 2, 2], real: [1] },
  { id: 4, level: "subactivity", parentId: 1, annual: 5, targets: [1, 1, 1, 2], real: [1, 1] },
];

describe("stated-value-mismatch", () => {
  test("activity realization: 0,009 apart → nothing; 0,01 apart → warning on the stated cell", () => {
    expect(findingsOf("stated-value-mismatch", [{ id: 1, level: "activity", real: [null, 35.009] }, ...subs])).toHaveLength(0);
    const f = findingsOf("stated-value-mismatch", [{ id: 1, level: "activity", real: [null, 35.01] }, ...subs]);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "warning", cell: "K11", stated: 35.01 });
    expect(f[0].computed).toBeCloseTo(35, 10);
    expect(f[0].message).toContain("Realisasi kegiatan TW II tertulis 35,01% tetapi hasil hitungan 35,00%");
    expect(f[0].message).toContain("rata-rata capaian kinerja 2 sub kegiatan yang memiliki target s.d. TW II");
    expect(f[0].message).not.toContain("Nilai tertulis sama");
  });

  test("the message names the convention that reproduces the stated value: average over all", () => {
    const f = findingsOf("stated-value-mismatch", [{ id: 1, level: "activity", realToDate: [null, 31.67] }, ...subs]);
    expect(f).toHaveLength(1);
    expect(f[0].cell).toBe("O11");
    expect(f[0].message).toContain("semua sub kegiatan yang memiliki target tahunan");
  });

  test("with averageOver all, the targeted convention is the alternative", () => {
    const f = findingsOf("stated-value-mismatch", [{ id: 1, level: "activity", real: [null, 35] }, ...subs], 2, { averageOver: "all" });
    expect(f).toHaveLength(1);
    expect(f[0].computed).toBeCloseTo(95 / 3, 10);
    expect(f[0].message).toContain("hanya atas sub kegiatan yang memiliki target s.d. TW II");
  });

  test("earlier quarters are compared too (TW I: (10 + 20) / 2 = 15)", () => {
    const f = findingsOf("stated-value-mismatch", [{ id: 1, level: "activity", real: [16, 35] }, ...subs]);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ cell: "J11", stated: 16 });
    expect(f[0].computed).toBeCloseTo(15, 10);
    expect(f[0].message).toContain("TW I");
  });

  test("sub-activity % capaian: level instead of flow", () => {
    // target 100, realizations 60, 80 → flow 140 %, level 80 %
    const spec: RowSpec = { id: 1, level: "subactivity", annual: 100, targets: [100, 100, 100, 100], real: [60, 80], perfPct: [null, 80] };
    const f = findingsOf("stated-value-mismatch", [spec]);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ cell: "S11", stated: 80, computed: 140 });
    expect(f[0].message).toContain("realisasi s.d. TW II 140 ÷ target tahunan 100 × 100");
    expect(f[0].message).toContain("diambil dari realisasi triwulan terakhir");
  });

  test("sub-activity % capaian: to date instead of annual; capped; quarterly target", () => {
    const base: RowSpec = { id: 1, level: "subactivity", annual: 10, targets: [2, 2, 3, 3], real: [1, 2] };
    const toDate = findingsOf("stated-value-mismatch", [{ ...base, perfPct: [null, 75] }]);
    expect(toDate[0].message).toContain("terhadap target s.d. TW II");
    const quarter = findingsOf("stated-value-mismatch", [{ ...base, perfPct: [null, 100] }]);
    expect(quarter[0].message).toContain("realisasi TW II dibagi target TW II");
    const capped = findingsOf("stated-value-mismatch", [{ id: 1, level: "subactivity", annual: 2, real: [3], perfPct: [100] }], 1);
    expect(capped[0].computed).toBe(150);
    expect(capped[0].message).toContain("dibatasi menjadi 100%");
    const none = findingsOf("stated-value-mismatch", [{ ...base, perfPct: [null, 31] }]);
    expect(none[0].message).not.toContain("Nilai tertulis sama");
  });

  test("sub-activity % capaian: 0,009 apart → nothing, 0,01 → warning", () => {
    const base: RowSpec = { id: 1, level: "subactivity", annual: 7, real: [9] }; // 128,5714…
    expect(findingsOf("stated-value-mismatch", [{ ...base, perfPct: [128.57] }], 1)).toHaveLength(0);
    expect(findingsOf("stated-value-mismatch", [{ ...base, perfPct: [128.58] }], 1)).toHaveLength(0); // 0,0086 apart
    expect(findingsOf("stated-value-mismatch", [{ ...base, perfPct: [128.5814285714286] }], 1)).toHaveLength(1);
  });

  test("negative polarity formula in the message", () => {
    const f = findingsOf("stated-value-mismatch", [{ id: 1, level: "subactivity", annual: 5, real: [4], polarity: "negative", perfPct: [80] }], 1);
    expect(f[0].computed).toBeCloseTo(120, 10);
    expect(f[0].message).toContain("(2 × target tahunan 5 − realisasi s.d. TW I 4)");
  });

  test("activity % capaian: own target ignored by the user", () => {
    const f = findingsOf("stated-value-mismatch", [{ id: 1, level: "activity", annual: 95, perfPct: [null, 35] }, ...subs]);
    expect(f).toHaveLength(1);
    expect(f[0].computed).toBeCloseTo((35 / 95) * 100, 10);
    expect(f[0].message).toContain("realisasi 35,00% ÷ target 95 × 100");
    expect(f[0].message).toContain("tidak dibagi dengan target kegiatan/program");
  });

  test("% capaian keuangan", () => {
    const base: RowSpec = { id: 1, level: "subactivity", budget: 3, spent: [1] }; // 33,333…
    expect(findingsOf("stated-value-mismatch", [{ ...base, budgetPct: [33.33] }], 1)).toHaveLength(0);
    const f = findingsOf("stated-value-mismatch", [{ ...base, budgetPct: [33.35] }], 1);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ cell: "AE11", stated: 33.35 });
    expect(f[0].message).toContain("realisasi keuangan Rp1 ÷ pagu Rp3 × 100");
  });

  test("a program's stated realization is its realization (no warning here)", () => {
    const f = findingsOf("stated-value-mismatch", [
      { id: 9, level: "program", real: [null, 90] },
      { id: 1, level: "activity", parentId: 9 },
      ...subs.map((s) => ({ ...s })),
    ]);
    expect(f.filter((x) => x.severity === "warning")).toHaveLength(0);
  });
});

describe("stated % keuangan that follows from a wrong stated amount (one defect, one finding)", () => {
  const { findingsOf } = require("./helpers");
  // Activity states budget 1.000.000 but its sub-activities have 600.000 + 350.000 = 950.000;
  // spending 200.000 either way. Stated % keuangan 20,00 % = 200.000 ÷ 1.000.000 (its own cells);
  // bottom-up 200.000 ÷ 950.000 = 21,05 %. The budget cell is the defect: flagged once there.
  const rows = (pct: number) => [
    { id: 1, level: "activity", budget: 1000000, spent: [120000, 80000], budgetPct: [null, pct] },
    { id: 2, level: "subactivity", parentId: 1, budget: 600000, spent: [100000, 50000] },
    { id: 3, level: "subactivity", parentId: 1, budget: 350000, spent: [20000, 30000] },
  ];
  test("20 % = own spending ÷ own (wrong) budget: only the sum-mismatch on the budget", () => {
    expect(findingsOf("stated-value-mismatch", rows(20))).toEqual([]);
    expect(findingsOf("sum-mismatch", rows(20)).map((f: { cell: string }) => f.cell)).toEqual(["V11"]);
  });
  test("a % that neither reading gives is still flagged", () => {
    const f = findingsOf("stated-value-mismatch", rows(30));
    expect(f.map((x: { cell: string; computed: number }) => [x.cell, x.computed])).toEqual([["AF11", (200000 / 950000) * 100]]);
  });
});
