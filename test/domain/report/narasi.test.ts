import { buildNarasi, buildNarasiSheet } from "../../../src/domain/report";
import { isLow, percentText, quantityText, rupiahText } from "../../../src/domain/report/narasi";
import { makeInput } from "./fixture";

describe("Narasi paragraphs", () => {
  const blocks = buildNarasi(makeInput());
  const item = (no: string) => blocks.flatMap((b) => b.items).find((i) => i.no === no)!;

  it("formats numbers Indonesian style, units as written, Rupiah with ,-", () => {
    expect(quantityText(9)).toBe("9");
    expect(quantityText(3.8)).toBe("3,8");
    expect(quantityText(10)).toBe("10");
    expect(quantityText(1234.555)).toBe("1.234,56");
    expect(percentText((5 / 9) * 100)).toBe("55,56 %");
    expect(rupiahText(3_102_350)).toBe("Rp3.102.350,-");
    expect(rupiahText(1500.5)).toBe("Rp1.500,50");
  });

  it("one block per program, one paragraph per program, activity and sub-activity", () => {
    expect(blocks.map((b) => b.title)).toEqual([
      "3.1 Program Penunjang Urusan",
      "3.2 Program Informasi dan Komunikasi Publik",
    ]);
    expect(blocks.map((b) => b.items.map((i) => i.no))).toEqual([
      ["1", "1.1", "1.1.1", "1.1.2", "1.2", "1.2.1"],
      ["2", "2.1", "2.1.1", "2.1.2"],
    ]);
    expect(item("1.2.1").heading).toBe("Sub Kegiatan Penyediaan Alat Tulis Kantor");
  });

  it("sub-activity: target with unit, realization per quarter, % capaian, placeholder, budget", () => {
    // 1.1.1: target 10 Dok, realized TW I 1 + TW II 2 = 3 (figures), 30 %; Rp200.000 of Rp400.000 = 50 %
    // (50 % at TW II is the share of the year gone by: no "low absorption" note)
    expect(item("1.1.1").paragraph).toBe(
      "Target kinerja Sub Kegiatan Penyusunan Dokumen Perencanaan ditetapkan sebesar 10 Dok. " +
        "Sampai dengan triwulan II terealisasi 3 Dok (triwulan I 1 Dok, triwulan II 2 Dok) atau capaian realisasi kinerjanya sebesar 30,00 %. " +
        "Kegiatan yang dilaksanakan: [uraikan kegiatan yang dilaksanakan]. " +
        "Realisasi anggaran sub kegiatan ini sampai dengan triwulan II sebesar Rp200.000,- dari pagu Rp400.000,- atau tercapai 50,00 %.",
    );
  });

  it("low performance (to-date 50 %: Kurang) and low absorption (25 % of 50 % gone by) ask for the cause", () => {
    // 2.1.1: performanceToDatePct 50 → SAKIP "Kurang" (≤ 50), one of the two lowest bands
    expect(item("2.1.1").paragraph).toContain("Capaian kinerja ini masih rendah karena [jelaskan penyebab].");
    // 1.2.1: 100 000 / 400 000 = 25 % at TW II → 25 / 50 × 100 = 50 → "Kurang"
    expect(item("1.2.1").paragraph).toContain("Serapan anggaran ini masih rendah karena [jelaskan penyebab].");
    expect(item("1.2.1").paragraph).not.toContain("Capaian kinerja ini masih rendah");
    expect(isLow(50, "sakip")).toBe(true);
    expect(isLow(50.01, "sakip")).toBe(false);
    expect(isLow(65.99, "permendagri86")).toBe(true);
    expect(isLow(66, "permendagri86")).toBe(false);
  });

  it("activity and program: realization against a percent target and how it was found; program budget in words", () => {
    expect(item("1.1").paragraph).toBe(
      'Sampai dengan triwulan II realisasi kinerja Kegiatan =HYPERLINK("http://contoh.test","klik") sebesar 62,50 % dari target 100 % atau capaian kinerjanya sebesar 62,50 %. ' +
        "Nilai ini adalah rata-rata capaian kinerja sub kegiatan yang memiliki target sampai dengan triwulan II. " +
        "Realisasi anggaran kegiatan ini sampai dengan triwulan II sebesar Rp300.000,- dari pagu Rp600.000,- atau tercapai 50,00 %.",
    );
    expect(item("1").paragraph).toContain("Nilai ini adalah rata-rata realisasi kinerja kegiatan-kegiatannya.");
    expect(item("1").paragraph).toContain(
      "sebesar Rp400.000,- (empat ratus ribu rupiah) dari pagu Rp1.000.000,- atau tercapai 40,00 %.",
    );
    expect(item("2").paragraph).toContain("Nilai ini sebagaimana tertulis pada lembar kerja.");
    const all = buildNarasi(makeInput({ options: { predicateScale: "sakip", averageOver: "all" } }));
    expect(all[0].items[1].paragraph).toContain("rata-rata capaian kinerja sub kegiatan yang memiliki target tahunan.");
  });

  it("says what is missing instead of inventing it", () => {
    // 2.1.2: no annual target, realization 0, no performance
    expect(item("2.1.2").paragraph).toMatch(
      /^Target kinerja Sub Kegiatan Layanan Hubungan Media tidak tercantum\. Sampai dengan triwulan II terealisasi 0 Kali, capaian kinerjanya belum dapat dihitung\./,
    );
  });

  it("sheet: title, a caption per further block, heading + paragraph per row", () => {
    const s = buildNarasiSheet(makeInput());
    expect(s.name).toBe("Narasi");
    expect(s.title!.at(-1)).toBe("3.1 Program Penunjang Urusan");
    expect(s.columns.map((c) => c.header)).toEqual(["No", "Uraian"]);
    expect(s.rows).toHaveLength(6 * 2 + 2 + 4 * 2);
    expect(s.rows[0]).toEqual({ cells: ["1", "Program Penunjang Urusan"], style: "program", indent: 0 });
    expect(s.rows[1].cells[1]).toBe(item("1").paragraph);
    expect(s.rows[13]).toEqual({ cells: ["3.2 Program Informasi dan Komunikasi Publik", null], style: "caption" });
    expect(s.print.landscape).toBe(false);
  });
});
