/**
 * Budget / realisation exports the product had not seen (issue 10, second round): every variant of
 * test/fixtures/exports-unseen.ts holds the same money, worked out by hand there (2 programs,
 * 3 kegiatan, 4 sub kegiatan, Rp15.200.000 / Rp8.050.000,50). A consistent variant gives the
 * totals and no error or warning; one planted defect gives one finding, at its cell.
 */
import { hitungCapaian } from "../../../src/domain/engine";
import type { Grid } from "../../../src/domain/grid";
import type { Options, Result } from "../../../src/domain/types";
import * as V from "../../fixtures/exports-unseen";
import { rkaOneKegiatan } from "../../fixtures/exports";

const run = (grids: Grid[], opts: Partial<Options> = {}) => hitungCapaian(grids, opts);
const alarms = (r: Result) =>
  r.findings.filter((f) => f.severity !== "info").map((f) => `${f.rule}:${f.severity}@${f.sheet}!${f.cell}`);
const totals = (r: Result) => ({
  programs: r.totals.programs,
  activities: r.totals.activities,
  subactivities: r.totals.subactivities,
  budget: r.totals.budget,
  spentToDate: r.totals.spentToDate,
});

describe("consistent variants: the hand-worked totals, no error or warning", () => {
  const cases: [string, () => Result, typeof V.TRUTH][] = [
    ["LRA, one code column, nested accounts in both formats, JUMLAH row", () => run([V.lraOneColumn()]), V.TRUTH],
    [
      "LRA of one month (lra_juli.xlsx, sheet Juli)",
      () => run([V.lraOneColumn("Juli")], { fileName: "lra_juli.xlsx" }),
      V.TRUTH,
    ],
    ["a code column per level (Urusan | … | Sub Kegiatan | Rekening)", () => run([V.lraCodeColumns()]), V.TRUTH],
    ["Operasi | Modal | Tidak Terduga | Transfer without Total", () => run([V.lraSpendingGroups(false)]), V.TRUTH],
    ["the four groups with a Total pair", () => run([V.lraSpendingGroups(true)]), V.TRUTH],
    ["DPA flat list with two sub-units", () => run([V.dpaFlatSubUnits()]), { ...V.TRUTH, spentToDate: 0 }],
    ["amounts in thousands", () => run([V.lraThousands()]), V.TRUTH],
    [
      "Anggaran Kas (months 1–12 numbered, TW 1–4): a cash plan, no spending",
      () => run([V.rakMonths()]),
      { ...V.TRUTH, spentToDate: 0 },
    ],
    [
      "a regency-wide list with an OPD column",
      () => run([V.regencyList()]),
      { programs: 3, activities: 4, subactivities: 6, budget: 20200000, spentToDate: 9050000.5 },
    ],
    ["the plan table beside the DPA export: money counted once", () => run(V.planBesideDpa()), V.TRUTH],
  ];
  test.each(cases)("%s", (_name, make, truth) => {
    const r = make();
    expect(totals(r)).toEqual(truth);
    expect(alarms(r)).toEqual([]);
  });
});

describe("one planted defect, one finding at its cell", () => {
  test("a sub-activity's subtotal off by Rp100.000: at the sub-activity, the kegiatan not blamed; bottom-up total", () => {
    const r = run([V.lraOneColumn("Laporan", V.plantAt(1, "1.02.01.2.01.0001", 3, "1.600.000,00"))]);
    expect(alarms(r)).toEqual(["sum-mismatch:error@Laporan!C12"]);
    expect(r.totals.budget).toBe(15200000);
  });
  test("an account line's realisation off while the lines above agree: one finding at the line right above it", () => {
    const r = run([V.lraOneColumn("Laporan", V.plantAt(1, "5.1.02.01.001.00024", 4, "900.000,00"))]);
    expect(alarms(r)).toEqual(["sum-mismatch:error@Laporan!D25"]);
    expect(r.totals.spentToDate).toBe(8050000.5);
  });
  test("an over-budget line with consistent totals: one over-budget at the sub-activity", () => {
    const r = run([V.lraOneColumn("Laporan", undefined, V.withSpent("5.1.02.01.001.00024", 900000))]);
    expect(alarms(r)).toEqual(["over-budget:error@Laporan!D20"]);
    expect(r.totals.spentToDate).toBe(8600000.5);
  });
  test("a malformed amount", () => {
    const r = run([V.lraOneColumn("Laporan", V.plantAt(1, "5.1.01.01.02.0001", 3, "1.000.000,0O"))]);
    expect(alarms(r)).toEqual(["unparseable-value:error@Laporan!C36"]);
  });
  test("the JUMLAH row off", () => {
    const r = run([V.lraOneColumn("Laporan", V.plantAt(2, "JUMLAH", 3, "15.300.000,00"))]);
    expect(alarms(r)).toEqual(["sum-mismatch:error@Laporan!C46"]);
  });
  test("code columns per level: the sub-activity's own row off → at that row; a nesting line off → at that line", () => {
    const own = run([
      V.lraCodeColumns((rows) => {
        rows.find((x) => x[4] === "1.02.01.2.02.0001" && x[5] === null)![7] = 11500000;
      }),
    ]);
    expect(alarms(own)).toEqual(["sum-mismatch:error@Realisasi!H22"]);
    expect(own.totals.budget).toBe(15200000);
    const nested = run([V.lraCodeColumns(V.plantAt(6, "5.1.02.01.01", 8, 1600000))]);
    expect(alarms(nested)).toEqual(["sum-mismatch:error@Realisasi!H11"]);
    expect(nested.totals.budget).toBe(15200000);
  });
  test("spending groups: a Total not Σ groups; a malformed group amount", () => {
    const total = run([V.lraSpendingGroups(true, V.plantAt(1, "1.02.02.2.02.0001", 11, "2.100.000,00"))]);
    expect(alarms(total)).toEqual(["sum-mismatch:error@LRA!K37"]);
    const bad = run([V.lraSpendingGroups(false, V.plantAt(1, "5.1.02.01.001.00024", 3, "7OO.000,00"))]);
    expect(alarms(bad)).toEqual(["unparseable-value:error@LRA!C24"]);
  });
  test("DPA flat list: a malformed APBD amount (the line left out of the budget)", () => {
    const r = run([V.dpaFlatSubUnits((rows) => void (rows[3][7] = "1.000.000,0O"))]);
    expect(alarms(r)).toEqual(["unparseable-value:error@DPA!H4"]);
    expect(r.totals.budget).toBe(14500000);
  });
  test("Anggaran Kas: a sub-activity's budget off its account lines → one finding at it", () => {
    const r = run([V.rakMonths(V.plantAt(1, "1.02.01.2.02.0001", 3, 11500000))]);
    expect(alarms(r)).toEqual(["sum-mismatch:error@Anggaran Kas!C13"]);
    expect(r.totals.budget).toBe(15200000);
  });
  test("regency list: one sub-activity over budget", () => {
    const r = run([V.regencyList((rows) => void (rows[rows.length - 1][9] = 2500000))]);
    expect(alarms(r)).toEqual(["over-budget:error@Sheet1!J8"]);
  });
  test("plan beside the DPA: one DPA line off → one finding in the DPA, the plan's money unchanged", () => {
    const r = run(V.planBesideDpa({ dpa: V.plantAt(6, "5.1.01.01.02.0001", 8, 1100000) }));
    expect(alarms(r)).toEqual(["sum-mismatch:error@DPA!H29"]);
    expect(r.totals.budget).toBe(15200000);
  });
});

describe("sheets Jan … Jun, one per month: realisation to date for the quarter asked", () => {
  // Shares of each line's spending by month: 0,1 0,1 0,2 | 0,2 0,2 0,2 → TW I 40 %, TW II 100 %.
  const q1 = V.round2(8050000.5 * 0.4); // 3.220.000,20
  const series = (r: Result) =>
    r.findings.filter((f) => f.rule === "layout" && /satu lembar per bulan/.test(f.message));
  test.each([
    ["each sheet its own month (no s.d. in the title)", false, false],
    ["each sheet to date (s.d. in the title)", true, true],
    ["to date without saying so: the sum would exceed the budget, the latest month does not", true, false],
  ])("%s", (_name, cumulative, titleSaysSd) => {
    const grids = V.monthlySheets(cumulative, titleSaysSd);
    const q2 = run(grids);
    expect(q2.quarter).toBe(2);
    expect(totals(q2)).toEqual(V.TRUTH);
    expect(alarms(q2)).toEqual([]);
    expect(series(q2)).toHaveLength(1);
    expect(series(q2)[0].message).toMatch(cumulative ? /realisasi s\.d\. bulan itu/ : /realisasi bulan itu saja/);
    // No sheet is also said to be a copy, nor one month's only.
    expect(q2.findings.filter((f) => /salinan|bulan Januari saja/.test(f.message))).toEqual([]);
    const first = run(grids, { quarter: 1 });
    expect(first.totals.spentToDate).toBe(q1);
    expect(first.totals.budget).toBe(15200000);
  });
  test("months with no realisation yet (the Bali RFK shape) keep the first sheet and the copies' info", () => {
    const empty = V.monthlySheets(false).map((g) => ({
      ...g,
      cells: g.cells.map((row, i) => (i < 3 ? row : row.map((c, j) => (j === 3 ? { value: null } : c)))),
    }));
    const r = run(empty);
    expect(r.findings.filter((f) => /salinan tabel di lembar "Jan"/.test(f.message))).toHaveLength(1);
    expect(r.totals.spentToDate).toBe(0);
  });
});

describe("the plan states no spending, a sheet of the same money does", () => {
  // The RKA of one kegiatan (test/fixtures/exports.ts, Rp62.259.400) with its RFK sheet filled:
  // every line half spent → 5 = Rp31.129.700 (5.1.02.01: 329.700, 5.1.02.02.01: 30.800.000).
  const withRealisation = (sheet: string): Grid[] => {
    const [dpa, kerja, rok, jan] = rkaOneKegiatan();
    const filled = jan.cells.map((row, i) =>
      i < 3 || row[0]?.value == null ? row : row.map((c, j) => (j === 3 ? { value: Number(row[2].value) / 2 } : c)),
    );
    return [dpa, kerja, rok, { ...jan, sheet, cells: filled }];
  };
  test("its spending is the plan's, counted once, said in one info", () => {
    const r = run(withRealisation("RFK"));
    expect(r.totals).toMatchObject({ budget: 62259400, spentToDate: 31129700, programs: 1, activities: 1 });
    expect(r.findings.filter((f) => /realisasinya diambil dari lembar "RFK"/.test(f.message))).toHaveLength(1);
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
  });
  test("a sheet of one month's realisation (named Jan) does not stand for the year to date", () => {
    const r = run(withRealisation("Jan"));
    expect(r.totals.spentToDate).toBe(0);
  });
});

describe("code columns per level: a program or kegiatan row states its own total", () => {
  test("a kegiatan row off by Rp100.000 → one finding at it, the money bottom-up", () => {
    const r = run([
      V.lraCodeColumns((rows) => {
        rows.find((x) => x[3] === "1.02.01.2.01" && x[4] === null)![7] = 2300000;
      }),
    ]);
    expect(alarms(r)).toEqual(["sum-mismatch:error@Realisasi!H5"]);
    expect(r.totals.budget).toBe(15200000);
  });
  test("a program row's realisation off → one finding at it", () => {
    const r = run([
      V.lraCodeColumns((rows) => {
        rows.find((x) => x[2] === "1.02.02" && x[3] === null)![8] = 1000000;
      }),
    ]);
    expect(alarms(r)).toEqual(["sum-mismatch:error@Realisasi!I31"]);
  });
});
