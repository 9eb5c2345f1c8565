/** Several agencies in one table (layouts.md): results per agency, never one hierarchy mixed with another's. */
import { hitungCapaian } from "../../../src/domain/engine";
import { gridFrom } from "../../support/grid";
import { A, B, multiAgencyGrid } from "./multi-agency.fixture";
import { agencyStats, fileStats } from "../../../src/cli/stats";
import { summaryText } from "../../../src/cli/summary";

describe("a regency-wide budget list with an OPD column", () => {
  const r = hitungCapaian([multiAgencyGrid()]);
  test("the budget in force is the one after the change; forward estimates are not budget", () => {
    const t = r.layout.tables[0];
    const role = (h: string) => t.columns.find((c) => c.header === h)?.role.kind;
    expect(role("menjadi_anggaran")).toBe("budget");
    expect(role("anggaran")).toBe("extra");
    expect(role("anggaran_maju")).toBe("extra");
    expect(role("menjadi_anggaran_maju")).toBe("extra");
    expect(role("kode_opd")).toBe("agency");
    expect(role("kode_subkegiatan")).toBe("code");
  });
  test("the year comes from the 'tahun' column when no title names it", () => {
    expect(r.layout.year).toBe(2023);
  });
  test("whole workbook: 4 programs, 4 activities, 5 sub-activities, Rp34.500.000,50; no findings", () => {
    expect(r.totals).toMatchObject({ programs: 4, activities: 4, subactivities: 5, budget: 34500000.5 });
    expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });
  test("one result per agency, each with its own hierarchy derived from the codes", () => {
    expect(r.agencies!.map((a) => a.agency)).toEqual([A, B]);
    const [a, b] = r.agencies!;
    expect(a.totals).toMatchObject({ programs: 2, activities: 2, subactivities: 3, budget: 24500000.5 });
    expect(b.totals).toMatchObject({ programs: 2, activities: 2, subactivities: 2, budget: 10000000 });
    // Lines of one code are one sub-activity: 10.000.000 + 5.000.000 in A, 1 + 2 + 3 million in B.
    const sub = (rows: typeof a.rows, code: string) => rows.find((x) => x.level === "subactivity" && x.code === code)!;
    expect(sub(a.rows, "1.01.01.2.01.01").figures.budget).toBe(15000000);
    expect(sub(b.rows, "1.01.01.2.01.01").figures.budget).toBe(6000000);
    // The program of B is B's own (its parent chain never reaches A's rows).
    const ids = new Set(b.rows.map((x) => x.id));
    for (const x of b.rows) if (x.parentId !== null) expect(ids.has(x.parentId)).toBe(true);
    const program = a.rows.find((x) => x.level === "program" && x.code === "1.01.01")!;
    expect(program.figures.budget).toBe(17500000.5);
  });
  test("JSON: the additive agencies member, one report of the contract's shape per agency", () => {
    const j = r.report;
    expect(j.agencies).toHaveLength(2);
    expect(j.agencies![1].agency).toBe(B);
    expect(j.agencies![1].totals.budget).toBe(10000000);
    expect(j.agencies![1].rows.map((x) => x.level)).toEqual([
      "program",
      "activity",
      "subactivity",
      "program",
      "activity",
      "subactivity",
    ]);
    expect(Object.keys(j.agencies![0])).toEqual(Object.keys(j).filter((k) => k !== "agencies"));
  });
  test("sheets: one block per agency on Capaian (heading, rows, the agency's total) and a per-agency table on Ringkasan", () => {
    const capaian = r.sheets.find((s) => s.name === "Capaian")!;
    // The first agency's name and first table caption are the sheet's last title lines; the next
    // agency's are caption rows followed by the column header row.
    expect(capaian.title!.slice(-2)).toEqual([
      `Perangkat Daerah: ${A}`,
      expect.stringMatching(/^Tabel 3\.1 .*Program 1\.01\.01/),
    ]);
    const headings = capaian.rows.filter((x) => x.style === "caption").map((x) => x.cells[0]);
    expect(headings).toEqual([
      expect.stringMatching(/^Tabel 3\.2 .*Program 1\.01\.02/),
      `Perangkat Daerah: ${B}`,
      expect.stringMatching(/^Tabel 3\.1 .*Program 1\.01\.01/),
      expect.stringMatching(/^Tabel 3\.2 .*Program 7\.01\.01/),
    ]);
    expect(capaian.rows.filter((x) => x.style === "header")).toHaveLength(3);
    const totals = capaian.rows
      .filter((x) => x.style === "total")
      .map((x) => x.cells.find((c) => typeof c === "number"));
    expect(totals).toEqual([24500000.5, 10000000, 34500000.5]);
    const ringkasan = r.sheets.find((s) => s.name === "Ringkasan")!;
    const block = ringkasan.blocks!.find((b) => b.title === "Rekap per perangkat daerah")!;
    expect(block.rows.map((x) => [x.cells[0], x.cells[4]])).toEqual([
      [A, 24500000.5],
      [B, 10000000],
    ]);
  });
  test("a planted defect: one unparseable amount → one finding at its cell, in agency B", () => {
    const d = hitungCapaian([multiAgencyGrid({ line: 5, after: "2.000.000,0,0" })]);
    const errors = d.findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => [f.rule, f.cell])).toEqual([["unparseable-value", "G7"]]);
    expect(d.agencies![1].findings.map((f) => f.cell)).toEqual(["G7"]);
    expect(d.agencies![0].findings).toEqual([]);
    expect(d.agencies![1].totals.budget).toBe(8000000);
  });
});

describe("a plan table (programs, activities, sub-activities as rows) with an SKPD column", () => {
  const grid = gridFrom("Renja", [
    ["SKPD", "Kode", "Program/Kegiatan/Sub Kegiatan", "Target", "Realisasi TW I", "Pagu", "Realisasi Anggaran TW I"],
    ["Dinas A", "1.01.01", "Program Penunjang", null, null, 300, 100],
    ["Dinas A", "1.01.01.2.01", "Kegiatan Perencanaan", null, null, 300, 100],
    ["Dinas A", "1.01.01.2.01.0001", "Penyusunan Renja", 2, 1, 300, 100],
    ["Dinas B", "1.01.01", "Program Penunjang", null, null, 50, 50],
    ["Dinas B", "1.01.01.2.01", "Kegiatan Perencanaan", null, null, 50, 50],
    ["Dinas B", "1.01.01.2.01.0001", "Penyusunan Renja", 4, 4, 50, 50],
  ]);
  const r = hitungCapaian([grid], { quarter: 1 });
  test("the same codes in two agencies are no duplicates; each agency has its own tree and figures", () => {
    expect(r.findings.filter((f) => f.rule === "duplicate-code" || f.rule === "hierarchy")).toEqual([]);
    expect(r.agencies!.map((a) => [a.agency, a.totals.programs, a.totals.budget, a.totals.spentToDate])).toEqual([
      ["Dinas A", 1, 300, 100],
      ["Dinas B", 1, 50, 50],
    ]);
    const subB = r.agencies![1].rows.find((x) => x.level === "subactivity")!;
    expect(subB.figures.performancePct).toBe(100);
    const subA = r.agencies![0].rows.find((x) => x.level === "subactivity")!;
    expect(subA.figures.performancePct).toBe(50);
    expect(r.agencies![1].rows.find((x) => x.level === "activity")!.parentId).toBe(
      r.agencies![1].rows.find((x) => x.level === "program")!.id,
    );
  });
});

describe("CLI for a workbook holding several agencies", () => {
  const r = hitungCapaian([multiAgencyGrid()]);
  const whole = fileStats("daftar.xlsx", "/tmp/daftar-capaian.xlsx", r);
  test("the consolidation gets one row per agency, from that agency's totals", () => {
    expect(agencyStats(whole, r).map((s) => [s.file, s.agency, s.programs, s.subactivities, s.budget])).toEqual([
      ["daftar.xlsx", A, 2, 3, 24500000.5],
      ["daftar.xlsx", B, 2, 2, 10000000],
    ]);
  });
  test("the summary has one block per agency and no program list mixing them", () => {
    const text = summaryText(whole, r);
    expect(text).toContain("Workbook ini memuat 2 perangkat daerah");
    expect(text).toContain(`  ${A}\n    2 program, 2 kegiatan, 3 sub kegiatan\n    Pagu Rp24.500.000,50`);
    expect(text).toContain(`  ${B}\n    2 program, 2 kegiatan, 2 sub kegiatan\n    Pagu Rp10.000.000`);
    expect(text).not.toContain("Capaian kinerja program");
  });
});

describe("codes written in front of names, pre-2021 two-digit sub-kegiatan codes", () => {
  const grid = gridFrom("Sheet1", [
    ["SKPD", "Sub Kegiatan", "Uraian Keluaran", "Pagu"],
    ["Dinas A", "1.01.01.2.01.01 Penyusunan Dokumen Perencanaan", "Dokumen Renja", 100],
    ["Dinas A", "1.01.01.2.01.01 Penyusunan Dokumen Perencanaan", "Dokumen RKA", 50],
    ["Dinas A", "1.01.01.2.02.01 Penyediaan Gaji", "Gaji 14 bulan", 1000],
    ["Dinas B", "1.01.01.2.01.01 Penyusunan Dokumen Perencanaan", "Dokumen Renja", 70],
    ["Dinas B", "1.01.01.2.01.01 Penyusunan Dokumen Perencanaan", "Dokumen Renstra", 30],
  ]);
  const r = hitungCapaian([grid]);
  test("the code is split from the name; lines folded per agency; parents derived", () => {
    expect(
      r.agencies!.map((a) => [
        a.agency,
        a.totals.programs,
        a.totals.activities,
        a.totals.subactivities,
        a.totals.budget,
      ]),
    ).toEqual([
      ["Dinas A", 1, 2, 2, 1150],
      ["Dinas B", 1, 1, 1, 100],
    ]);
    const sub = r.agencies![1].rows.find((x) => x.level === "subactivity")!;
    expect([sub.code, sub.name, sub.figures.budget]).toEqual([
      "1.01.01.2.01.01",
      "Penyusunan Dokumen Perencanaan",
      100,
    ]);
    expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });
});

describe("an agency cell left blank under the first line of its block", () => {
  test("is the agency above: one agency, one hierarchy (a cash plan's pasted lines)", () => {
    const grid = gridFrom("kas", [
      [
        "Kode SKPD",
        "Nama SKPD",
        "Kode Program",
        "Kode Kegiatan",
        "Kode Sub Kegiatan",
        "Nama Sub Kegiatan",
        "Nilai Rincian",
      ],
      [
        "1.02.2.14.0.00.01.0000",
        "DINAS KESEHATAN",
        "1.02.01",
        "1.02.01.2.01",
        "1.02.01.2.01.0001",
        "Pelayanan Kesehatan",
        100,
      ],
      [null, null, "1.02.01", "1.02.01.2.01", "1.02.01.2.01.0001", "Pelayanan Kesehatan", 50],
      [
        "1.02.2.14.0.00.01.0000",
        "DINAS KESEHATAN",
        "1.02.01",
        "1.02.01.2.01",
        "1.02.01.2.01.0001",
        "Pelayanan Kesehatan",
        25,
      ],
    ]);
    const r = hitungCapaian([grid]);
    expect(r.agencies).toBeUndefined();
    expect(r.totals).toMatchObject({ programs: 1, activities: 1, subactivities: 1, budget: 175 });
  });
});
