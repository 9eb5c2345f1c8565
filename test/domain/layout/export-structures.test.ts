/**
 * Budget / realisation export structures read without a template (layouts.md "More structures
 * seen in real agency workbooks"); fixtures in test/fixtures/exports.ts, numbers worked out there.
 */
import { hitungCapaian } from "../../../src/domain/engine";
import type { Result } from "../../../src/domain/types";
import { gridFrom } from "../../support/grid";
import { planInThousands, realisasiWithTotal, rkaOneKegiatan, sipdRealisasi2026 } from "../../fixtures/exports";

const errors = (r: Result) => r.findings.filter((f) => f.severity === "error");
const infos = (r: Result, re: RegExp) => r.findings.filter((f) => f.rule === "layout" && re.test(f.message));
const counts = (r: Result) => [r.totals.programs, r.totals.activities, r.totals.subactivities];

describe("one code column for every level, spending groups without Total, text amounts", () => {
  const r = hitungCapaian([sipdRealisasi2026()]);
  test("account lines in any format are details, never plan rows: nothing counted twice", () => {
    expect(counts(r)).toEqual([2, 2, 3]);
    expect(r.totals.budget).toBe(4200000);
    expect(r.totals.spentToDate).toBe(2200000.5);
    expect(r.rows.filter((x) => x.code?.startsWith("5."))).toHaveLength(0);
  });
  test("a sub-activity funded by Modal only has its Modal budget", () => {
    const modal = r.rows.find((x) => x.code === "1.02.02.2.02.0001")!;
    expect(modal.figures.budget).toBe(2000000);
    expect(modal.figures.spentToDate).toBe(1250000.5);
  });
  test("the organisation row written twice is a copy; levels by segment count", () => {
    expect(r.rows.filter((x) => x.code === "1.02.2.14.0.00.01.0000")).toHaveLength(1);
    expect(r.rows.find((x) => x.code === "1.02.01")!.level).toBe("program");
    expect(r.rows.find((x) => x.code === "1.02.01.2.01")!.level).toBe("activity");
  });
  test("a consistent export: no error, the reading and the month said once each", () => {
    expect(errors(r)).toEqual([]);
    expect(r.findings.filter((f) => f.rule === "duplicate-code" || f.rule === "hierarchy")).toEqual([]);
    expect(
      infos(r, /Pagu dibaca sebagai jumlah kelompok belanja Operasi \+ Modal \+ Tak Terduga \+ Transfer/),
    ).toHaveLength(1);
    expect(infos(r, /realisasi bulan Juli saja \(menurut nama lembar "lra_juli"\)/)).toHaveLength(1);
    expect(r.layout.tables[0].period).toEqual({ month: 7, name: "Juli", source: 'nama lembar "lra_juli"' });
  });
  test("planted defect: one account line off by Rp100.000 is one finding, on the line stating the total", () => {
    const bad = hitungCapaian([sipdRealisasi2026("lra_juli", { accountCell: "C14", value: "1.100.000,00" })]);
    expect(errors(bad).map((f) => `${f.rule}@${f.cell}`)).toEqual(["sum-mismatch@C13"]);
    expect(errors(bad)[0]).toMatchObject({ stated: 1500000, computed: 1600000 });
  });
  test("the month from the file name when the sheet does not say it", () => {
    const x = hitungCapaian([sipdRealisasi2026("Sheet1")], { fileName: "lra_juli.xlsx" });
    expect(x.layout.tables[0].period?.month).toBe(7);
    expect(hitungCapaian([sipdRealisasi2026("Sheet1")]).layout.tables[0].period).toBeUndefined();
  });
});

describe("spending groups with a TOTAL column, code columns per level", () => {
  const r = hitungCapaian([realisasiWithTotal()]);
  test("budget = the Total, confirmed by Σ groups on every row", () => {
    expect(counts(r)).toEqual([1, 1, 2]);
    expect(r.totals.budget).toBe(4000000);
    expect(r.totals.spentToDate).toBe(2900000);
    expect(errors(r)).toEqual([]);
    expect(
      infos(
        r,
        /dibaca dari kolom "TOTAL \/ Anggaran"; kolom itu sama dengan jumlah kelompok belanja Operasi \+ Modal pada 7 dari 7 baris/,
      ),
    ).toHaveLength(1);
  });
  test("the row repeating its sub-activity's code beside an account code is that sub-activity's account line", () => {
    expect(r.rows.filter((x) => x.code === "1.02.01.2.01.0001")).toHaveLength(1);
    expect(r.findings.filter((f) => f.rule === "duplicate-code")).toEqual([]);
  });
  test("planted defect: a Total that is not Σ groups is one finding at the Total cell", () => {
    const bad = hitungCapaian([realisasiWithTotal(1100000)]);
    expect(errors(bad).map((f) => `${f.rule}@${f.cell}`)).toEqual(["sum-mismatch@J11"]);
    expect(errors(bad)[0]).toMatchObject({ stated: 1100000, computed: 1000000 });
    expect(bad.totals.budget).toBe(4000000); // the groups, the bottom-up truth
  });
  test("a 'Total' column that is not the total of the groups on most rows: the groups are read", () => {
    const g = realisasiWithTotal();
    // Overwrite the TOTAL / Anggaran column with something else (a previous year's figure).
    for (let i = 5; i < g.cells.length; i++) g.cells[i][9] = { value: 123 };
    const x = hitungCapaian([g]);
    expect(x.totals.budget).toBe(4000000);
    expect(infos(x, /kolom "TOTAL \/ Anggaran" hanya sama dengan jumlah itu pada 0 dari 7 baris/)).toHaveLength(1);
  });
});

describe("amounts in thousands", () => {
  test.each(["Pagu (Rp 000)", "Pagu Rp. (000)", "Anggaran (dalam ribuan)"])(
    "%s: reported in Rupiah, said once",
    (h) => {
      const r = hitungCapaian([planInThousands(h)], { quarter: 1 });
      expect(r.totals.budget).toBe(400000);
      expect(r.totals.spentToDate).toBe(225500);
      expect(counts(r)).toEqual([1, 1, 2]);
      expect(errors(r)).toEqual([]);
      expect(infos(r, /dalam ribuan .* dikalikan 1\.000/)).toHaveLength(1);
      expect(r.layout.tables[0].amountScale).toBe(1000);
    },
  );
  test("the title saying it", () => {
    const g = planInThousands("Pagu");
    g.cells.splice(1, 0, [{ value: "(dalam ribuan rupiah)" }]);
    expect(hitungCapaian([g], { quarter: 1 }).totals.budget).toBe(400000);
  });
  test("no marker: amounts as written", () => {
    expect(hitungCapaian([planInThousands("Pagu")], { quarter: 1 }).totals.budget).toBe(400);
  });
});

describe("the RKA form of one kegiatan with working and monthly sheets of the same money", () => {
  const r = hitungCapaian(rkaOneKegiatan());
  test("program and kegiatan from the title block; the account lines are the kegiatan's", () => {
    expect(counts(r)).toEqual([1, 1, 0]);
    expect(r.rows.filter((x) => !x.isTotal).map((x) => [x.level, x.code])).toEqual([
      ["program", "2.21.02"],
      ["activity", "2.21.02.1.01"],
    ]);
    expect(r.totals.budget).toBe(62259400);
    expect(r.totals.spentToDate).toBe(0);
  });
  test("the other sheets are checked and counted once; the line written twice is named at its cell", () => {
    expect(errors(r)).toEqual([]);
    expect(
      infos(r, /Lembar "Kerja", "ROK", "Jan" memuat uang yang sama dengan lembar "DPA" \(jumlah Rp62\.259\.400\)/),
    ).toHaveLength(1);
    const dup = r.findings.filter((f) => f.rule === "duplicate-code");
    expect(dup.map((f) => `${f.sheet}!${f.cell}/${f.severity}`)).toEqual(["Jan!B13/warning"]);
  });
  test("planted defect: the working sheet's total differs from the DPA: one finding", () => {
    const bad = hitungCapaian(rkaOneKegiatan({ sheet: "Kerja", value: 62000000 }));
    expect(bad.totals.budget).toBe(62259400);
    const e = errors(bad);
    expect(e.map((f) => `${f.rule}@${f.sheet}!${f.cell}`)).toEqual(["sum-mismatch@Kerja!C4"]);
  });
  test("planted defect: the cash plan's own total disagrees with its lines: one finding at that total", () => {
    const bad = hitungCapaian(rkaOneKegiatan({ rokTotal: 62000000 }));
    expect(errors(bad).map((f) => `${f.rule}@${f.sheet}!${f.cell}`)).toEqual(["sum-mismatch@ROK!C7"]);
    expect(errors(bad)[0]).toMatchObject({ stated: 62000000, computed: 62259400 });
  });
  test("planted defect: the cash plan's lines differ from the DPA: one finding on the cash plan", () => {
    const bad = hitungCapaian(rkaOneKegiatan({ rokHonor: 21000000 }));
    expect(bad.totals.budget).toBe(62259400);
    expect(errors(bad).map((f) => `${f.rule}@${f.sheet}!${f.cell}`)).toEqual(["sum-mismatch@ROK!C4"]);
    expect(errors(bad)[0]).toMatchObject({ stated: 61659400, computed: 62259400 });
  });
});

describe("account lines under a plan table's sub-activities, at every depth", () => {
  const grid = (ownBudget: number | null) =>
    gridFrom("Renaksi", [
      ["Kode", "Program/Kegiatan/Sub Kegiatan", "Target", "Realisasi TW I", "Pagu", "Realisasi Keuangan TW I"],
      ["1.01.01", "Program Penunjang", 100, 50, null, null],
      ["1.01.01.2.01", "Kegiatan Perencanaan", 100, 50, null, null],
      ["1.01.01.2.01.0001", "Sub Kegiatan Penyusunan Dokumen", 4, 2, ownBudget, null],
      ["5.1.02", "Belanja Barang dan Jasa", null, null, 1500000, 600000],
      ["5.1.02.01.001.00024", "Belanja ATK", null, null, 1000000, 400000],
      ["5.1.02.01.001.00025", "Belanja Kertas", null, null, 500000, 200000],
      ["1.01.01.2.02", "Kegiatan Keuangan", 100, 25, null, null],
      ["5.1.01", "Belanja Pegawai", null, null, 800000, 100000], // directly under the kegiatan
    ]);
  test("folded into the nearest plan row; outermost lines counted once", () => {
    const r = hitungCapaian([grid(null)], { quarter: 1 });
    expect(counts(r)).toEqual([1, 2, 1]);
    expect(r.totals.budget).toBe(2300000);
    expect(r.totals.spentToDate).toBe(700000);
    expect(errors(r)).toEqual([]);
  });
  test("planted defect: the sub-activity states a budget its accounts do not add up to", () => {
    const r = hitungCapaian([grid(1400000)], { quarter: 1 });
    expect(errors(r).map((f) => `${f.rule}@${f.cell}`)).toEqual(["sum-mismatch@E4"]);
  });
});

describe("a hand-made per-unit summary of the same money beside a coded export", () => {
  const rekap = (yankes: number) =>
    gridFrom("Rekap", [
      ["REKAPITULASI PER BIDANG"],
      ["No", "Uraian", "Anggaran", "Realisasi"],
      [1, "Sekretariat", 2200000, 950000],
      [2, "Bidang Pelayanan Kesehatan", yankes, 1250000.5],
      ["TOTAL", null, 2200000 + yankes, 2200000.5],
    ]);
  test("checked, counted once: totals and counts as without it, no error", () => {
    const r = hitungCapaian([sipdRealisasi2026(), rekap(2000000)]);
    expect(r.totals.budget).toBe(4200000);
    expect(counts(r)).toEqual([2, 2, 3]);
    expect(errors(r)).toEqual([]);
    expect(
      infos(r, /Lembar "Rekap" memuat uang yang sama dengan lembar "lra_juli" \(jumlah Rp4\.200\.000\)/),
    ).toHaveLength(1);
  });
  test("planted defect: the summary differs from the export: one finding on the summary", () => {
    const r = hitungCapaian([sipdRealisasi2026(), rekap(1900000)]);
    expect(r.totals.budget).toBe(4200000);
    expect(errors(r).map((f) => `${f.rule}@${f.sheet}!${f.cell}`)).toEqual(["sum-mismatch@Rekap!C3"]);
    expect(errors(r)[0]).toMatchObject({ stated: 4100000, computed: 4200000 });
  });
});

describe("a plan row without code after account lines is not taken for a detail line", () => {
  test("the sub-activity with its own indicator and target stays a row", () => {
    const r = hitungCapaian(
      [
        gridFrom("Renaksi", [
          ["Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator", "Target", "Realisasi TW I", "Pagu"],
          ["1.01.01", "Program Penunjang", "Persentase", 100, 50, null],
          ["1.01.01.2.01", "Kegiatan Perencanaan", "Persentase", 100, 50, null],
          ["1.01.01.2.01.0001", "Sub Kegiatan Penyusunan Dokumen", "Jumlah dokumen", 4, 2, null],
          ["5.1.02", "Belanja Barang dan Jasa", null, null, null, 1500000],
          [null, "Kertas HVS 3 rim", null, null, null, 247200], // a detail of the line above
          [null, "Evaluasi Kinerja", "Jumlah laporan", 2, 1, 700000], // no code, but a plan row
        ]),
      ],
      { quarter: 1 },
    );
    expect(r.rows.filter((x) => !x.isTotal).map((x) => x.name)).toEqual([
      "Program Penunjang",
      "Kegiatan Perencanaan",
      "Sub Kegiatan Penyusunan Dokumen",
      "Evaluasi Kinerja",
    ]);
    expect(r.totals.budget).toBe(2200000);
  });
});

describe("codes written in front of names in one column, newer account format", () => {
  test("the same export with 'code name' cells reads the same", () => {
    const g = sipdRealisasi2026();
    for (let i = 5; i < g.cells.length; i++) {
      const [code, name] = [g.cells[i][0].value, g.cells[i][1].value];
      g.cells[i][0] = { value: null };
      g.cells[i][1] = { value: `${String(code).trim()} ${String(name)}` };
    }
    g.cells[3][0] = { value: "No" };
    const r = hitungCapaian([g]);
    expect(r.totals.budget).toBe(4200000);
    expect(r.totals.spentToDate).toBe(2200000.5);
    expect(counts(r)).toEqual([2, 2, 3]);
    expect(errors(r)).toEqual([]);
  });
});

describe("account heads (5, 5.1) are accounts only when named so", () => {
  test("an outline program 5 beside account lines stays a program", () => {
    const r = hitungCapaian(
      [
        gridFrom("Renaksi", [
          ["No", "Program/Kegiatan/Sub Kegiatan", "Indikator", "Target", "Realisasi TW I", "Pagu"],
          ["5", "Program Kelima", "Persentase", 100, 50, null],
          ["5.1", "Kegiatan Pertama", "Persentase", 100, 50, null],
          ["5.1.1", "Sub Kegiatan Penyusunan", "Jumlah dokumen", 4, 2, null],
          ["5.1.02", "Belanja Barang dan Jasa", null, null, null, 1500000],
        ]),
      ],
      { quarter: 1 },
    );
    expect(counts(r)).toEqual([1, 1, 1]);
    expect(r.totals.budget).toBe(1500000);
  });
});
