/** The 2010-era Renja evaluation form: kegiatan are the leaves; summary rows are not data rows. */
import { hitungCapaian } from "../../../src/domain/engine";
import { parseCode } from "../../../src/domain/hierarchy/codes";
import { renja2010Grid } from "./renja-2010.fixture";

describe("Permendagri 13/2006 codes", () => {
  test("urusan.bidang.SKPD.program(.kegiatan): 4 segments a program, 5 an activity; today's codes unchanged", () => {
    expect(parseCode("1.21.01.15")?.level).toBe("program");
    expect(parseCode("1.21.01.15.01")?.level).toBe("activity");
    expect(parseCode("1.02.02.2.01")?.level).toBe("activity");
    expect(parseCode("1.02.02.2.01.0001")?.level).toBe("subactivity");
    expect(parseCode("1.02.2.14")?.level).toBe("group");
  });
});

describe("Evaluasi terhadap hasil Renja SKPD (Permendagri 54/2010)", () => {
  const r = hitungCapaian([renja2010Grid()], { quarter: 2 });
  const at = (row: number) => r.rows.find((x) => x.row === row)!;
  test("2 programs, 3 kegiatan as leaves, no sub kegiatan; summary rows are not rows", () => {
    expect(r.totals).toMatchObject({ programs: 2, activities: 3, subactivities: 0 });
    expect(r.rows.map((x) => x.row)).toEqual([8, 9, 10, 11, 12, 13, 14]);
    expect(at(12).isTotal).toBe(true); // "Jumlah Program"
  });
  test("money to the Rupiah: budget 300.000.000, spending s.d. TW II 160.000.000", () => {
    expect(r.totals).toMatchObject({ budget: 300000000, spentToDate: 160000000, remaining: 140000000 });
    expect(at(9).figures).toMatchObject({ budget: 150000000, spentToDate: 75000000 });
  });
  test("each kegiatan computed from its own target: 12 of 20 = 60 %, 5 of 10 = 50 %, 4 of 4 = 100 %, 3 of 6 = 50 %", () => {
    expect([9, 10, 11, 14].map((n) => at(n).figures.performancePct)).toEqual([60, 50, 100, 50]);
    expect(at(9).figures.predicate).not.toBeNull();
    expect(at(8).figures.realizationPct).toBe(70);
    expect(at(13).figures.realizationPct).toBe(50);
  });
  test("a consistent form: no error and no warning", () => {
    expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });
  test("a planted defect: the program's typed budget over its kegiatan → one sum-mismatch at J13", () => {
    const d = hitungCapaian([renja2010Grid(true)], { quarter: 2 });
    expect(d.findings.filter((f) => f.severity !== "info").map((f) => [f.rule, f.cell])).toEqual([
      ["sum-mismatch", "J13"],
    ]);
    expect(d.totals.budget).toBe(300000000);
  });
});
