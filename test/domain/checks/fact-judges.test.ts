/**
 * The rule files judge the facts the readers record (judgeFacts): each fact kind with a case that
 * fires and one that must not, numbers worked out by hand.
 */
import { judgeFacts } from "../../../src/domain/checks";
import type { FactPlace, ReadFact } from "../../../src/domain/facts";

const at: FactPlace = { sheet: "Renja", row: 12, cell: "N12", code: "1.02.01", name: "Kegiatan A" };

describe("judgeFacts", () => {
  test("sum-mismatch: a stated total 1 Rupiah or more away from its children", () => {
    // 1.000.000 stated, lines 600.000 + 399.999 = 999.999: 1 Rupiah off → a finding.
    const off: ReadFact = {
      kind: "statedTotal",
      at,
      stated: 1_000_000,
      computed: 999_999,
      says: { text: "accountLines", code: "5.1.02" },
    };
    // 1.000.000 against 999.999,5: half a Rupiah (rounding), no finding.
    const near: ReadFact = { ...off, computed: 999_999.5 };
    const [f, ...rest] = judgeFacts([off, near]);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ rule: "sum-mismatch", severity: "error", sheet: "Renja", cell: "N12", row: 12 });
    expect(f).toMatchObject({ code: "1.02.01", rowName: "Kegiatan A", stated: 1_000_000, computed: 999_999 });
    expect(f.message).toContain("5.1.02");
    expect(f.message).toContain("(selisih Rp1)");
  });

  test("words-mismatch: words and digits one Rupiah apart or more", () => {
    const fact = (digits: number): ReadFact => ({
      kind: "amountInWords",
      at,
      text: "seratus ribu rupiah",
      words: 100_000,
      digits,
    });
    expect(judgeFacts([fact(100_000.4)])).toEqual([]);
    const [f] = judgeFacts([fact(100_001)]);
    expect(f).toMatchObject({ rule: "words-mismatch", severity: "error", stated: 100_000, computed: 100_001 });
  });

  test("hierarchy: a missing parent of a guessed row is not a second finding", () => {
    const missing: ReadFact = {
      kind: "parentMissing",
      at,
      level: "subactivity",
      want: "activity",
      higher: "program",
      levelGuessed: false,
    };
    expect(judgeFacts([{ ...missing, levelGuessed: true }])).toEqual([]);
    const [f] = judgeFacts([missing]);
    expect(f).toMatchObject({ rule: "hierarchy", severity: "warning", cell: "N12", stated: null, computed: null });
    expect(f.message).toMatch(/sub kegiatan/i);
  });

  test("duplicate-code: an error for a plan code, a warning for a repeated account line", () => {
    const dup = (account: boolean): ReadFact => ({ kind: "duplicateCode", at, code: "1.02.01", firstRow: 9, account });
    expect(judgeFacts([dup(false), dup(true)]).map((f) => [f.rule, f.severity])).toEqual([
      ["duplicate-code", "error"],
      ["duplicate-code", "warning"],
    ]);
  });

  test("findings keep the order the facts were recorded in, across rules", () => {
    const facts: ReadFact[] = [
      { kind: "unitClash", at, expected: "Dokumen", found: "Orang" },
      { kind: "unparsed", at: { ...at, cell: "K12" }, raw: "1o", column: "quarterRealization" },
      { kind: "cellError", at: { ...at, cell: "P12" }, error: "#REF!", column: "budget" },
      { kind: "layoutNote", at, says: { text: "levelsFromLayout", rows: 4, sums: 3 } },
    ];
    expect(judgeFacts(facts).map((f) => [f.rule, f.severity, f.cell, f.stated])).toEqual([
      ["unit-mismatch", "warning", "N12", "Orang"],
      ["unparseable-value", "error", "K12", "1o"],
      ["error-value", "error", "P12", "#REF!"],
      ["layout", "info", "N12", null],
    ]);
  });

  test("key indicators: no finding when the stated realization agrees within 0,01 points", () => {
    // 3 ÷ 4 × 100 = 75 %; 75,009 is within 0,01, 75,01 is not.
    const ratio = (stated: number): ReadFact => ({
      kind: "keyIndicatorRatio",
      at,
      stated,
      computed: 75,
      numerator: 3,
      denominator: 4,
    });
    expect(judgeFacts([ratio(75.009)])).toEqual([]);
    expect(judgeFacts([ratio(75.01)]).map((f) => f.rule)).toEqual(["stated-value-mismatch"]);
    // Achievement 100 % is on target (no finding), 150 % info, 150,01 % warning.
    const ach = (performancePct: number): ReadFact => ({
      kind: "keyIndicatorAchievement",
      at,
      quarter: 2,
      performancePct,
    });
    expect(judgeFacts([ach(100), ach(150), ach(150.01)]).map((f) => [f.rule, f.severity])).toEqual([
      ["over-target", "info"],
      ["over-target", "warning"],
    ]);
  });
});
