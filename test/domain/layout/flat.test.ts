import { hitungCapaian } from "../../../src/domain/engine";
import { gridFrom } from "../../support/grid";

describe("layout C: a flat SIPD export aggregated per sub-activity", () => {
  const grid = gridFrom("DPA", [
    [null, null, null, null, null, 1], // a helper SUBTOTAL above the table (ignored)
    ["Urusan", "Program", "Kegiatan", "Sub Kegiatan", "Akun", "APBD", "Realisasi"],
    ["1 URUSAN WAJIB", "1.01.01 PROGRAM PENUNJANG", "1.01.01.2.01 Perencanaan", "1.01.01.2.01.0001 Penyusunan Dokumen", "5.1.02.01 Belanja Barang", "4.065.000", "1.000.000"],
    ["1 URUSAN WAJIB", "1.01.01 PROGRAM PENUNJANG", "1.01.01.2.01 Perencanaan", "1.01.01.2.01.0001 Penyusunan Dokumen", "5.1.02.02 Belanja Jasa", "10.235.000,50", "2.000.000"],
    ["1 URUSAN WAJIB", "1.01.01 PROGRAM PENUNJANG", "1.01.01.2.01 Perencanaan", "1.01.01.2.01.0002 Evaluasi Kinerja", "5.1.02.01 Belanja Barang", 700000, "35.629.000 0"],
    ["1 URUSAN WAJIB", "1.01.01 PROGRAM PENUNJANG", "1.01.01.2.02 Keuangan", "1.01.01.2.02.0001 Gaji", "5.1.01 Belanja Pegawai", 300000, 300000],
  ]);
  const r = hitungCapaian([grid], { quarter: 2 });
  test("detects layout C and builds program → activity → sub-activity", () => {
    expect(r.layout.tables[0].layout).toBe("C");
    expect(r.rows.map((x) => [x.level, x.code])).toEqual([
      ["program", "1.01.01"],
      ["activity", "1.01.01.2.01"],
      ["subactivity", "1.01.01.2.01.0001"],
      ["subactivity", "1.01.01.2.01.0002"],
      ["activity", "1.01.01.2.02"],
      ["subactivity", "1.01.01.2.02.0001"],
    ]);
  });
  test("sums budget lines exactly (with sen) and keeps malformed amounts out with a finding", () => {
    const sub = r.rows.find((x) => x.code === "1.01.01.2.01.0001")!;
    expect(sub.figures.budget).toBe(14300000.5);
    expect(sub.figures.spentToDate).toBe(3000000);
    expect(r.totals.budget).toBe(4065000 + 10235000.5 + 700000 + 300000);
    expect(r.findings.filter((f) => f.rule === "unparseable-value").map((f) => f.cell)).toEqual(["G5"]);
  });
});
