/** Hand-made summary tables without codes: the hierarchy only in the numbering (A / I / 1.1). */
import { hitungCapaian } from "../../../src/domain/engine";
import { numberingLevels, romanValue } from "../../../src/domain/layout/numbering";
import { SheetView } from "../../../src/domain/layout/sheet-view";
import { numberedSummaryGrid } from "./numbered-summary.fixture";
import { gridFrom } from "../../support/grid";

describe("numbering", () => {
  test("Roman numerals up to the eleventh kegiatan; letters are not numerals", () => {
    expect(["I", "II", "IV", "IX", "XI", "XIV"].map(romanValue)).toEqual([1, 2, 4, 9, 11, 14]);
    expect(["A", "B", "E", "IIII", ""].map(romanValue)).toEqual([null, null, null, null, null]);
  });
});

describe("a numbered summary: A–B programs, Roman kegiatan across programs, 1.1 sub kegiatan", () => {
  const r = hitungCapaian([numberedSummaryGrid()], { quarter: 1 });
  const at = (row: number) => r.rows.find((x) => x.row === row)!;
  test("levels from the numbering: 2 programs, 3 kegiatan, 4 sub kegiatan; 1.1 is no code", () => {
    expect(r.totals).toMatchObject({ programs: 2, activities: 3, subactivities: 4 });
    expect([4, 5, 6, 7, 8, 9, 11, 12, 13].map((n) => at(n).level)).toEqual([
      "program",
      "activity",
      "subactivity",
      "subactivity",
      "activity",
      "subactivity",
      "program",
      "activity",
      "subactivity",
    ]);
    expect(at(6).code).toBeNull();
    expect(at(12).parentId).toBe(at(11).id); // III under B although numbered on from A's kegiatan
  });
  test("the sub-activity merged over two rows is one sub-activity with two indicators", () => {
    expect(at(10).continuationOf).toBe(at(9).id);
    expect([at(9).figures.performancePct, at(10).figures.performancePct]).toEqual([25, 100]);
  });
  test("money to the Rupiah from the formula cells; constants of the parents agree", () => {
    expect(r.totals).toMatchObject({ budget: 1500000, spentToDate: 500000, remaining: 1000000 });
    expect([at(5).figures.budget, at(8).figures.budget, at(12).figures.budget]).toEqual([600000, 400000, 500000]);
  });
  test("% stored as fractions (0,5) agree with the computed 50 %; kegiatan I = (50 + 25) / 2, II = (25 + 100) / 2", () => {
    expect(at(6).figures.performancePct).toBe(50);
    expect(at(5).figures.realizationPct).toBe(37.5);
    expect(at(8).figures.realizationPct).toBe(62.5);
    expect(at(4).figures.realizationPct).toBe(50);
  });
  test("a consistent table: no finding at all", () => {
    expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });
  test("a planted defect: kegiatan II typed as 450.000 over 400.000 → sum-mismatch at F8", () => {
    const d = hitungCapaian([numberedSummaryGrid(true)], { quarter: 1 });
    const errors = d.findings.filter((f) => f.severity !== "info").map((f) => [f.rule, f.cell]);
    // Program A's 1.000.000 equals its leaves (600.000 + 400.000): bottom-up, only the wrong
    // kegiatan is flagged (one defect, one finding).
    expect(errors).toEqual([["sum-mismatch", "F8"]]);
    expect(d.totals.budget).toBe(1500000);
  });
});

describe("numberings that are not this class", () => {
  const view = (numbers: string[]) =>
    new SheetView(
      gridFrom(
        "S",
        numbers.map((n) => [n, "x"]),
      ),
    );
  test("letters above Roman numerals above decimals: a numbering", () => {
    const levels = numberingLevels(view(["A", "I", "1.1", "II", "2.1", "B", "III", "3.1"]), 1, 1, 8);
    expect([...levels!.values()]).toEqual([
      "program",
      "activity",
      "subactivity",
      "activity",
      "subactivity",
      "program",
      "activity",
      "subactivity",
    ]);
  });
  test("Roman numerals above letters (I. URUSAN, A. bidang, 1. program) are another outline: none", () => {
    expect(numberingLevels(view(["I", "A", "1", "2", "B", "3"]), 1, 1, 6)).toBeUndefined();
  });
  test("no Roman numeral, or no letter: none", () => {
    expect(numberingLevels(view(["A", "1", "2", "B", "3"]), 1, 1, 5)).toBeUndefined();
    expect(numberingLevels(view(["I", "1", "II", "2"]), 1, 1, 4)).toBeUndefined();
  });
});
