/**
 * An LKj-shaped Rencana Aksi table (layout A) whose figures are those its quarterly report prints
 * (domain.md §5.1 "no realization yet", §6 "Precision"). Numbers worked out by hand below.
 */
import { hitungCapaian } from "../../../src/domain/engine";
import { gridFrom } from "../../support/grid";

const HEADER = [
  "Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator Kinerja", "Satuan", "Target Tahunan",
  "Target TW I", "Target TW II", "Target TW III", "Target TW IV",
  "Realisasi TW I", "Realisasi TW II", "Realisasi TW III", "Realisasi TW IV",
  "Pagu Anggaran", "Realisasi Anggaran TW I", "Realisasi Anggaran TW II",
];

/**
 * Program 1 → activity 1.1 → sub-activities 1.1.1 (5 of 9 Dokumen = 55,555… %) and 1.1.2 (target
 * 4 Laporan, 1 + 1 by TW II, nothing realised yet, Rp250.000.000 + Rp552.000.000 spent), plus activity 1.2 whose
 * stated budget is wrong (Rp100.000.000 written, its sub-activity has Rp90.000.000) while the
 * program's stated budget is right bottom-up.
 *
 * Budgets: 1.1.1 500.000.000, 1.1.2 1.000.000.000 → 1.1 = 1.500.000.000; 1.2.1 90.000.000;
 * program = 1.500.000.000 + 90.000.000 = 1.590.000.000 (what it states).
 */
export function lkjGrid() {
  return gridFrom("Renaksi", [
    ["RENCANA AKSI DINAS CONTOH TAHUN 2025"],
    [null],
    HEADER,
    ["1", "Program Penunjang Urusan", "Persentase layanan", "%", 100, 25, 50, 75, 100, null, null, null, null, 1590000000, 350000000, 600000000],
    ["1.1", "Kegiatan Perencanaan", "Persentase dokumen", "%", 100, 25, 50, 75, 100, null, null, null, null, 1500000000, 300000000, 552000000],
    ["1.1.1", "Sub Kegiatan Penyusunan Dokumen", "Jumlah dokumen", "Dokumen", 9, 2, 3, 2, 2, 2, 3, null, null, 500000000, 50000000, 0],
    ["1.1.2", "Sub Kegiatan Evaluasi Kinerja", "Jumlah laporan", "Laporan", 4, 1, 1, 1, 1, "-", null, null, null, 1000000000, 250000000, 552000000],
    ["1.2", "Kegiatan Koordinasi", "Persentase rapat", "%", 100, 25, 50, 75, 100, null, null, null, null, 100000000, 50000000, 48000000],
    ["1.2.1", "Sub Kegiatan Rapat Koordinasi", "Jumlah rapat", "Kali", 4, 1, 1, 1, 1, 1, 1, null, null, 90000000, 50000000, 48000000],
    [null],
    ["Lubuk Pakam, Desember 2025"],
    ["Kepala Dinas Contoh"],
    [null],
    ["NIP. 19700101 199503 1 001"],
  ]);
}

describe("an LKj-shaped table reproduces its report", () => {
  const r = hitungCapaian([lkjGrid()], { quarter: 2 });
  const byCode = (c: string) => r.rows.find((x) => x.code === c)!;
  const rules = (rule: string) => r.findings.filter((f) => f.rule === rule);

  test("a sub-activity with a target but no realisation yet: 0 of 4 = 0,00 %", () => {
    const f = byCode("1.1.2").figures;
    expect(f.realizationToDate).toBe(0);
    expect(f.performancePct).toBe(0);
    expect(f.targetToDate).toBe(2); // 1 + 1
  });

  test("it counts in its activity's mean: (55,555… + 0) ÷ 2 = 27,78 % → Sangat Kurang", () => {
    expect(byCode("1.1.1").figures.performancePct).toBeCloseTo((5 / 9) * 100, 10); // 55,56 %
    const a = byCode("1.1").figures;
    expect(a.realizationPct).toBeCloseTo(((5 / 9) * 100 + 0) / 2, 10); // 27,777…
    expect(a.performancePct).toBeCloseTo(27.7777777, 6); // ÷ own target 100 × 100
    expect(a.predicate).toBe("Sangat Kurang"); // 0–30 on the SAKIP scale, not 55,56 % "Cukup"
  });

  test("spending-without-progress on the row that spent Rp802.000.000 with nothing realised", () => {
    const s = rules("spending-without-progress");
    expect(s.map((f) => f.row)).toEqual([7]);
    expect(s[0].computed).toBe(250000000 + 552000000); // Rp802.000.000
  });

  test("one wrong activity budget flags that activity only, not its correct program", () => {
    const s = rules("sum-mismatch").filter((f) => f.cell.startsWith("N"));
    expect(s.map((f) => f.cell)).toEqual(["N8"]);
    expect(s[0].stated).toBe(100000000);
    expect(s[0].computed).toBe(90000000);
  });

  test("place, date and signature lines under the table are not values", () => {
    expect(rules("unparseable-value")).toEqual([]);
    expect(r.rows.map((x) => x.row)).toEqual([4, 5, 6, 7, 8, 9]);
  });
});

describe("a quarter asked with no data at all (nothing after TW II, TW III asked)", () => {
  const r = hitungCapaian([lkjGrid()], { quarter: 3 });
  const q2 = hitungCapaian([lkjGrid()], { quarter: 2 });

  test("computed up to TW II, never presented as TW III", () => {
    expect(r.quarter).toBe(2);
    expect(r.report.quarter).toBe(2);
    expect(r.rows.map((x) => x.figures)).toEqual(q2.rows.map((x) => x.figures));
  });

  test("one warning, and the JSON layout member says it (contract keys unchanged)", () => {
    const w = r.findings.filter((f) => f.rule === "layout" && f.severity === "warning");
    expect(w).toHaveLength(1);
    expect(w[0].message).toContain("Triwulan III diminta");
    expect(w[0].cell).toBe("L6"); // the empty TW III realization cell of the first sub-activity
    expect(r.report.layout).toMatchObject({ lastQuarterWithData: 2, requestedQuarter: 3 });
    expect(Object.keys(r.report).slice(0, 9)).toEqual(Object.keys(q2.report).slice(0, 9));
    expect(q2.report.layout.lastQuarterWithData).toBeUndefined();
  });

  test("Ringkasan and Capaian titles say 'data terakhir: TW II'", () => {
    for (const name of ["Capaian", "Ringkasan"]) {
      const sheet = r.sheets.find((s) => s.name === name)!;
      expect(sheet.title!.join("\n")).toContain("data terakhir: TW II");
      expect(q2.sheets.find((s) => s.name === name)!.title!.join("\n")).not.toContain("data terakhir");
    }
  });

  test("the CLI summary says it", () => {
    const { summaryText } = require("../../../src/cli/summary");
    const { fileStats } = require("../../../src/cli/stats");
    const text: string = summaryText(fileStats("a.xlsx", "b.xlsx", r), r);
    expect(text).toContain("Data terakhir: TW II (TW III yang diminta belum berisi data");
  });
});
