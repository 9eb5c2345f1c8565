import { PREDICATE_SCALES, legendRows } from "../../../src/domain/calc/predicate";
import { buildPredikatSheet } from "../../../src/domain/report";
import { A12_PERF, makeInput } from "./fixture";

describe("Predikat sheet", () => {
  const sheet = buildPredikatSheet(makeInput());

  it("lists programs and their activities with achievement, absorption and predicate", () => {
    expect(sheet.name).toBe("Predikat");
    expect(sheet.title![0]).toBe("PERBANDINGAN CAPAIAN KINERJA DAN SERAPAN ANGGARAN");
    expect(sheet.columns.map((c) => c.header)).toEqual([
      "Kode",
      "Program / Kegiatan",
      "Tingkat",
      "Rata-rata Capaian Kinerja (%)",
      "Serapan Anggaran (%)",
      "Predikat",
    ]);
    expect(sheet.columns[3].numberFormat).toBe("0.00");
    expect(sheet.columns[4].numberFormat).toBe("0.00");
    expect(sheet.rows).toHaveLength(5);
    expect(sheet.rows.map((r) => [r.cells[0], r.cells[2], r.style])).toEqual([
      ["1", "Program", "program"],
      ["1.1", "Kegiatan", "activity"],
      ["1.2", "Kegiatan", "activity"],
      ["2", "Program", "program"],
      ["2.1", "Kegiatan", "activity"],
    ]);
    expect(sheet.rows[2].cells).toEqual(["1.2", "Kegiatan Administrasi Umum", "Kegiatan", A12_PERF, 25, "Memuaskan"]);
    expect(sheet.freezeRows).toBe(sheet.title!.length + 1);
    expect(sheet.print).toEqual({ landscape: false, fitToWidth: true, repeatHeader: true });
  });

  it("names the scale and lists its bands as a legend block", () => {
    const scale = PREDICATE_SCALES.sakip;
    expect(sheet.title).toContain(`Skala predikat: ${scale.name}`);
    expect(sheet.blocks).toHaveLength(1);
    const legend = sheet.blocks![0];
    expect(legend.title).toBe(`Skala predikat: ${scale.name}`);
    expect(legend.columns.map((c) => c.header)).toEqual(["Rentang Capaian (%)", "Predikat", "Kode"]);
    expect(legend.rows.map((r) => r.cells)).toEqual(legendRows("sakip").map((b) => [b.range, b.label, b.code]));
    expect(legend.rows.map((r) => r.cells[1])).toContain("Sangat Memuaskan");
  });

  it("uses the chosen scale", () => {
    const s = buildPredikatSheet(makeInput({ options: { predicateScale: "permendagri86", averageOver: "targeted" } }));
    const scale = PREDICATE_SCALES.permendagri86;
    expect(s.blocks![0].title).toBe(`Skala predikat: ${scale.name}`);
    expect(s.blocks![0].rows.map((r) => r.cells[1])).toContain("Sangat Tinggi");
  });
});
