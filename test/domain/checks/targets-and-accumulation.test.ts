import { findingsOf } from "./helpers";
import type { RowSpec } from "../../support/plan-rows";

const sub = (s: Partial<RowSpec>): RowSpec => ({ id: 1, level: "subactivity", ...s });

describe("quarter-targets-vs-annual", () => {
  test.each([
    ["flow", [2, 2, 3, 3]],
    ["flow with empty quarters", [null, 5, null, 5]],
    ["level", [10, 10, 10, 10]],
    ["cumulative", [2, 4, 7, 10]],
    ["flow within 0,009", [3.333, 3.333, 3.333]],
  ])("fits %s → no finding", (_name, targets) => {
    expect(findingsOf("quarter-targets-vs-annual", [sub({ annual: 10, targets: targets as (number | null)[] })])).toHaveLength(0);
  });

  test("fits nothing → warning on the annual target cell", () => {
    const f = findingsOf("quarter-targets-vs-annual", [sub({ annual: 10, targets: [2, 2, 3, 2], unit: "Dok" })]);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "warning", cell: "E11", stated: 10, computed: 9 });
    expect(f[0].message).toContain("TW I 2; TW II 2; TW III 3; TW IV 2");
    expect(f[0].message).toContain("target tahunan 10 Dok");
  });

  test("Σ 0,01 off → finding; decreasing cumulative → finding", () => {
    expect(findingsOf("quarter-targets-vs-annual", [sub({ annual: 10, targets: [3.33, 3.33, 3.33] })])).toHaveLength(1);
    expect(findingsOf("quarter-targets-vs-annual", [sub({ annual: 10, targets: [4, 12, 10] })])).toHaveLength(1);
  });

  test("activities' quarterly targets are checked too; no annual target or no quarterly targets → nothing", () => {
    expect(findingsOf("quarter-targets-vs-annual", [{ id: 1, level: "activity", annual: 100, targets: [20, 40, 60, 90] }])).toHaveLength(1);
    expect(findingsOf("quarter-targets-vs-annual", [sub({ targets: [1, 2] })])).toHaveLength(0);
    expect(findingsOf("quarter-targets-vs-annual", [sub({ annual: 10, targets: [] })])).toHaveLength(0);
  });
});

describe("accumulation-ambiguous", () => {
  test("level-pattern targets, no explicit accumulation, sum ≠ latest → warning with both results", () => {
    const f = findingsOf("accumulation-ambiguous", [sub({ annual: 100, targets: [100, 100, 100, 100], real: [60, 80], unit: "%" })]);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "warning", cell: "K11", computed: 140 });
    expect(f[0].message).toContain("= 140 % (capaian 140,00%)");
    expect(f[0].message).toContain("= 80 % (capaian 80,00%)");
  });

  test("cumulative-pattern targets also qualify", () => {
    expect(findingsOf("accumulation-ambiguous", [sub({ annual: 10, targets: [5, 10], real: [5, 9] })])).toHaveLength(1);
  });

  test("not raised: flow pattern, explicit accumulation, same result, stated to-date", () => {
    expect(findingsOf("accumulation-ambiguous", [sub({ annual: 10, targets: [5, 5], real: [5, 5] })])).toHaveLength(0);
    expect(
      findingsOf("accumulation-ambiguous", [sub({ annual: 100, targets: [100, 100], real: [60, 80], accumulation: "level" })]),
    ).toHaveLength(0);
    expect(findingsOf("accumulation-ambiguous", [sub({ annual: 100, targets: [100, 100], real: [60, 80], accumulation: "flow" })])).toHaveLength(0);
    // only one realization so far: summing and taking the latest agree
    expect(findingsOf("accumulation-ambiguous", [sub({ annual: 100, targets: [100, 100], real: [null, 80] })])).toHaveLength(0);
    expect(findingsOf("accumulation-ambiguous", [sub({ annual: 100, targets: [100, 100], real: [60, 80], realToDate: [60, 80] })])).toHaveLength(0);
  });
});
