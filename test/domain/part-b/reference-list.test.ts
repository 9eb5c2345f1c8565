/** A reference list that is not a plan (the national nomenclature): one clear sentence, never findings. */
import { hitungCapaian } from "../../../src/domain/engine";
import { SheetView } from "../../../src/domain/layout/sheet-view";
import { isReferenceList, referenceListStats } from "../../../src/domain/layout/reference-list";
import { gridFrom, type CellInput } from "../../support/grid";

/** n rows of PROV/KAB | bidang | program | kegiatan | sub kegiatan ("code name") | indicator | unit | tags. */
function nomenclature(n: number, sheet = "Worksheet") {
  const rows: CellInput[][] = [
    ["JENIS PEMDA", "BIDANG", "PROGRAM", "KEGIATAN", "SUBKEGIATAN", "INDIKATOR", "SATUAN", "TAG"],
  ];
  for (let i = 1; i <= n; i++) {
    const sub = String(i).padStart(4, "0");
    rows.push([
      i % 2 ? "PROV" : "KAB",
      "1.01 URUSAN PEMERINTAHAN BIDANG PENDIDIKAN",
      "1.01.02 PROGRAM PENGELOLAAN PENDIDIKAN",
      "1.01.02.1.01 Pengelolaan Pendidikan Sekolah Menengah Atas",
      `1.01.02.1.01.${sub} Pembangunan Ruang ${i}`,
      `Jumlah Ruang ${i} yang Dibangun`,
      "Unit",
      '["BELANJA INFRASTRUKTUR PELAYANAN PUBLIK"]',
    ]);
  }
  return gridFrom(sheet, rows);
}

describe("reference lists", () => {
  test("counted by hand: 30 data rows + header, 30 rows with four code-name cells, no number", () => {
    expect(referenceListStats(new SheetView(nomenclature(30)))).toEqual({ rows: 31, codeNameRows: 30, numbers: 0 });
    expect(isReferenceList(new SheetView(nomenclature(30)))).toBe(true);
  });
  test("a nomenclature alone: an empty report whose one finding says there is nothing to compute", () => {
    const r = hitungCapaian([nomenclature(40)]);
    expect(r.rows).toEqual([]);
    expect(r.findings.map((f) => [f.rule, f.severity])).toEqual([["layout", "warning"]]);
    expect(r.findings[0].message).toMatch(/daftar nomenklatur .* tidak ada yang dapat dihitung/);
  });
  test("the same list with an amount on every row is a plan export, not a reference list", () => {
    const g = nomenclature(30);
    g.cells.forEach((row, i) => row.push({ value: i === 0 ? "Pagu" : 1000000 * i }));
    expect(isReferenceList(new SheetView(g))).toBe(false);
  });
  test("a small table is never taken for a reference list", () => {
    expect(isReferenceList(new SheetView(nomenclature(10)))).toBe(false);
  });
  test("a nomenclature sheet beside a plan: skipped with its reason, the plan computed", () => {
    const plan = gridFrom("Renaksi", [
      ["Kode", "Program/Kegiatan/Sub Kegiatan", "Target", "Realisasi TW I", "Pagu", "Realisasi Anggaran TW I"],
      ["1.01.02", "Program Pengelolaan Pendidikan", null, null, 100, 40],
      ["1.01.02.1.01", "Pengelolaan Pendidikan SMA", null, null, 100, 40],
      ["1.01.02.1.01.0001", "Pembangunan USB", 2, 1, 100, 40],
    ]);
    const r = hitungCapaian([nomenclature(40, "Nomenklatur"), plan], { quarter: 1 });
    expect(r.totals).toMatchObject({ programs: 1, budget: 100, spentToDate: 40 });
    expect(r.layout.skippedSheets.map((s) => s.sheet)).toEqual(["Nomenklatur"]);
    expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });
});
