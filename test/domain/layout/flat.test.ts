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

describe("layout C joined to a plan table of the same workbook", () => {
  const plan = gridFrom("Renaksi", [
    ["Kode", "Program/Kegiatan/Sub Kegiatan", "Target", "Realisasi TW I", "Pagu"],
    ["1.01.01", "Program Penunjang", 100, null, null],
    ["1.01.01.2.01", "Kegiatan Perencanaan", 100, null, null],
    ["1.01.01.2.01.0001", "Sub Kegiatan Penyusunan Dokumen", 10, 5, null], // budget from the export (by code)
    [null, "Sub Kegiatan Evaluasi Kinerja", 4, 1, 800000], // no code: matched by name; states its own budget
  ]);
  const dpa = gridFrom("DPA", [
    ["Program", "Kegiatan", "Sub Kegiatan", "Akun", "APBD", "Realisasi"],
    ["1.01.01 PROGRAM PENUNJANG", "1.01.01.2.01 Perencanaan", "1.01.01.2.01.0001 Penyusunan Dokumen", "5.1.02.01 Barang", 1000000, 400000],
    ["1.01.01 PROGRAM PENUNJANG", "1.01.01.2.01 Perencanaan", "1.01.01.2.01.0001 Penyusunan Dokumen", "5.1.02.02 Jasa", 500000, 100000],
    ["1.01.01 PROGRAM PENUNJANG", "1.01.01.2.01 Perencanaan", "1.01.01.2.01.0002 Evaluasi Kinerja", "5.1.02.01 Barang", 700000, 200000],
    ["1.01.01 PROGRAM PENUNJANG", "1.01.01.2.01 Perencanaan", "1.01.01.2.01.0003 Monitoring", "5.1.02.01 Barang", 300000, 0],
  ]);
  const r = hitungCapaian([plan, dpa], { quarter: 1 });
  test("the export fills the plan's sub-activities and adds no rows of its own", () => {
    expect(r.totals.subactivities).toBe(2);
    const doc = r.rows.find((x) => x.code === "1.01.01.2.01.0001")!;
    expect(doc.figures.budget).toBe(1500000);
    expect(doc.figures.spentToDate).toBe(500000);
    const evalRow = r.rows.find((x) => x.name === "Sub Kegiatan Evaluasi Kinerja")!;
    expect(evalRow.figures.budget).toBe(800000); // its own stated budget wins…
    expect(evalRow.figures.spentToDate).toBe(200000); // …spending comes from the export
    expect(r.totals.budget).toBe(2300000);
  });
  test("differences and unmatched export rows are reported", () => {
    const mismatch = r.findings.find((f) => f.rule === "sum-mismatch" && f.sheet === "Renaksi");
    expect(mismatch).toMatchObject({ cell: "E5", stated: 800000, computed: 700000 });
    expect(r.findings.some((f) => f.rule === "layout" && /1 sub kegiatan dalam ekspor tidak ada/.test(f.message))).toBe(true);
  });
});

describe("layout C: a helper total over the whole column", () => {
  const { f } = require("../../support/grid");
  const build = (stated: number) =>
    gridFrom("DPA", [
      [null, null, null, null, f("=SUBTOTAL(9,E3:E5)", stated)],
      ["Program", "Kegiatan", "Sub Kegiatan", "Akun", "APBD"],
      ["1.01.01 PROGRAM A", "1.01.01.2.01 Kegiatan B", "1.01.01.2.01.0001 Sub C", "5.1.02.01 Barang", 1000],
      ["1.01.01 PROGRAM A", "1.01.01.2.01 Kegiatan B", "1.01.01.2.01.0001 Sub C", "5.1.02.02 Jasa", 2000],
      ["1.01.01 PROGRAM A", "1.01.01.2.01 Kegiatan B", "1.01.01.2.01.0002 Sub D", "5.1.02.01 Barang", 500],
    ]);
  test("agreeing: no finding", () => {
    expect(hitungCapaian([build(3500)]).findings.filter((x) => x.rule === "sum-mismatch")).toHaveLength(0);
  });
  test("disagreeing: sum-mismatch on the helper cell", () => {
    const found = hitungCapaian([build(3400)]).findings.filter((x) => x.rule === "sum-mismatch");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ cell: "E1", stated: 3400, computed: 3500 });
  });
});
