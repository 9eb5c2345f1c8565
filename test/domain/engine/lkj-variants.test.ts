/** Layout A as agencies type it: codes inside names, units inside cells, text amounts, fractions. */
import { hitungCapaian } from "../../../src/domain/engine";
import { gridFrom } from "../../support/grid";

const grid = () =>
  gridFrom("Renaksi", [
    ["RENCANA AKSI BADAN PERENCANAAN PEMBANGUNAN DAERAH TAHUN 2024"],
    [null],
    ["Program/Kegiatan/Sub Kegiatan", "Indikator Kinerja", "Target Tahunan", "Target TW. 1", "Target TW. 2", "Realisasi TW. 1", "Realisasi TW. 2", "Anggaran", "Realisasi Anggaran s/d Triwulan II", "% Capaian"],
    ["1. Program Perencanaan Pembangunan Daerah", "Persentase dokumen tepat waktu", "100%", "50%", "100%", "50%", "98,5 %", "Rp 5.800.000", "Rp2.900.000,-", 0.985],
    ["1.1. Kegiatan Penyusunan Perencanaan", "Persentase dokumen", "100%", "50%", "100%", "50%", "100%", "Rp 5.800.000", "Rp2.900.000,-", 1],
    ["1.1.1. Sub Kegiatan Penyusunan Dokumen RKPD", "Jumlah dokumen", "2 Dok", "1 Dok", "1 Dok", "1 Dok", "0 Dok", "Rp 5.800.000", "2.900.000", 0.5],
  ]);

describe("layout A variants", () => {
  const r = hitungCapaian([grid()], { quarter: 2 });
  const byLevel = (l: string) => r.rows.find((x) => x.level === l)!;
  test("levels and codes come from the names; units from the cells", () => {
    expect(r.rows.map((x) => [x.level, x.code])).toEqual([
      ["program", "1"],
      ["activity", "1.1"],
      ["subactivity", "1.1.1"],
    ]);
    expect(byLevel("subactivity").unit).toBe("Dok");
    expect(r.layout.agency).toBe("Badan Perencanaan Pembangunan Daerah");
    expect(r.layout.year).toBe(2024);
  });
  test("figures: 1 of 2 Dok = 50 %, activity 50 ÷ 100, money from text with Rp and ,-", () => {
    const sub = byLevel("subactivity").figures;
    expect(sub.realizationToDate).toBe(1);
    expect(sub.performancePct).toBe(50);
    expect(sub.budget).toBe(5800000);
    expect(sub.spentToDate).toBe(2900000);
    expect(sub.budgetPct).toBe(50);
    expect(byLevel("activity").figures.performancePct).toBe(50);
    // the program states its own TW II realization (98,5 %): used as is
    expect(byLevel("program").figures.realizationPct).toBe(98.5);
    expect(byLevel("program").figures.realizationSource).toBe("stated");
  });
  test("a % column written as fractions is read as 98,5 / 100 / 50 and checked", () => {
    const stated = r.findings.filter((f) => f.rule === "stated-value-mismatch" && f.severity === "warning");
    // the activity states 100 % capaian but its computed performance is 50 %
    expect(stated.map((f) => f.cell)).toContain("J5");
    expect(stated.map((f) => f.cell)).not.toContain("J6"); // sub-activity: 0,5 = 50 % = computed
  });
});

test("a code written in front of the name is not repeated in the name", () => {
  const r = hitungCapaian([grid()], { quarter: 2 });
  expect(r.rows[2].name).toBe("Sub Kegiatan Penyusunan Dokumen RKPD");
  expect(r.rows[2].code).toBe("1.1.1");
});
