import { buildCapaianSheet, FORMATS } from "../../../src/domain/report";
import { FORMULA_NAME, P2_PERF, makeInput } from "./fixture";

describe("Capaian sheet", () => {
  const sheet = buildCapaianSheet(makeInput());
  const headers = sheet.columns.map((c) => c.header);
  const col = (h: string) => {
    const i = headers.indexOf(h);
    if (i < 0) throw new Error(`no column ${h}`);
    return i;
  };

  it("has the report title with the quarter in roman numerals", () => {
    expect(sheet.name).toBe("Capaian");
    expect(sheet.title).toEqual([
      "CAPAIAN KINERJA DAN KEUANGAN",
      "Dinas Komunikasi dan Informatika",
      "TAHUN 2024",
      "s.d. TRIWULAN II",
      expect.stringMatching(/^Skala predikat: /),
    ]);
  });

  it("has quarterly columns only up to the chosen quarter", () => {
    expect(headers).toEqual([
      "Kode",
      "Program / Kegiatan / Sub Kegiatan",
      "Satuan",
      "Target Tahunan",
      "Target TW I",
      "Target TW II",
      "Realisasi TW I",
      "Realisasi TW II",
      "Realisasi s.d. TW II",
      "Realisasi (%)",
      "Capaian Kinerja (%)",
      "Pagu Anggaran (Rp)",
      "Realisasi Keuangan s.d. TW II (Rp)",
      "Capaian Keuangan (%)",
      "Sisa Anggaran (Rp)",
      "Predikat",
    ]);
    const q4 = buildCapaianSheet(makeInput({ quarter: 4 })).columns.map((c) => c.header);
    expect(q4).toContain("Realisasi TW IV");
    expect(q4).toHaveLength(20);
    const q1 = buildCapaianSheet(makeInput({ quarter: 1 })).columns.map((c) => c.header);
    expect(q1).not.toContain("Target TW II");
  });

  it("has number formats, print settings and frozen header", () => {
    expect(sheet.columns[col("Pagu Anggaran (Rp)")].numberFormat).toBe("#,##0");
    expect(sheet.columns[col("Sisa Anggaran (Rp)")].numberFormat).toBe("#,##0");
    expect(sheet.columns[col("Realisasi Keuangan s.d. TW II (Rp)")].numberFormat).toBe("#,##0");
    expect(sheet.columns[col("Capaian Kinerja (%)")].numberFormat).toBe("0.00");
    expect(sheet.columns[col("Capaian Keuangan (%)")].numberFormat).toBe("0.00");
    expect(sheet.columns[col("Realisasi (%)")].numberFormat).toBe("0.00");
    expect(sheet.columns[col("Target TW I")].numberFormat).toBe(FORMATS.quantity);
    expect(sheet.print).toEqual({ landscape: true, fitToWidth: true, repeatHeader: true });
    expect(sheet.headerRows).toBe(1);
    expect(sheet.freezeRows).toBe(sheet.title!.length + 1);
    for (const c of sheet.columns) expect(c.width).toBeGreaterThan(0);
  });

  it("has one row per plan row in workbook order, skips total rows, ends with JUMLAH", () => {
    // 1 group + 2 programs + 3 activities + 5 sub-activities + our JUMLAH
    expect(sheet.rows).toHaveLength(12);
    expect(sheet.rows.map((r) => r.style)).toEqual([
      "group", "program", "activity", "subactivity", "subactivity", "activity", "subactivity",
      "program", "activity", "subactivity", "subactivity", "total",
    ]);
    expect(sheet.rows.map((r) => r.cells[0])).toEqual([
      "2.16", "1", "1.1", "1.1.1", "1.1.2", "1.2", "1.2.1", "2", "2.1", "2.1.1", "2.1.2", null,
    ]);
    for (const r of sheet.rows) expect(r.cells).toHaveLength(sheet.columns.length);
    const total = sheet.rows[11].cells;
    expect(total[1]).toBe("JUMLAH");
    expect(total[col("Pagu Anggaran (Rp)")]).toBe(1_300_000);
    expect(total[col("Realisasi Keuangan s.d. TW II (Rp)")]).toBe(600_000);
    expect(total[col("Capaian Keuangan (%)")]).toBe((600_000 / 1_300_000) * 100);
    expect(total[col("Sisa Anggaran (Rp)")]).toBe(700_000);
    expect(total[col("Predikat")]).toBeNull();
  });

  it("writes sub-activity figures as unrounded numbers", () => {
    const sub = sheet.rows[3].cells;
    expect(sub.slice(0, 8)).toEqual(["1.1.1", "Penyusunan Dokumen Perencanaan", "Dok", 10, 2, 2, 1, 2]);
    expect(sub[col("Realisasi s.d. TW II")]).toBe(3);
    expect(sub[col("Realisasi (%)")]).toBeNull();
    expect(sub[col("Capaian Kinerja (%)")]).toBe(30);
    expect(sub[col("Pagu Anggaran (Rp)")]).toBe(400_000);
    expect(sub[col("Capaian Keuangan (%)")]).toBe(50);
    expect(sub[col("Predikat")]).toBeNull();
  });

  it("shows realization %, achievement and predicate on programs and activities", () => {
    const prog2 = sheet.rows[7].cells;
    expect(prog2[col("Realisasi (%)")]).toBe(P2_PERF);
    expect(prog2[col("Capaian Kinerja (%)")]).toBe(P2_PERF);
    expect(prog2[col("Capaian Keuangan (%)")]).toBe((200_000 / 300_000) * 100);
    expect(prog2[col("Predikat")]).toBe("Kurang");
    expect(sheet.rows[2].cells[col("Predikat")]).toBe("Baik");
  });

  it("keeps formula-looking names as plain text", () => {
    expect(sheet.rows[2].cells[1]).toBe(FORMULA_NAME);
    for (const r of sheet.rows) for (const c of r.cells) expect(["string", "number", "object"]).toContain(typeof c);
  });

  it("omits unknown agency and year from the title", () => {
    const s = buildCapaianSheet(makeInput({ layout: { ...makeInput().layout, agency: null, year: null } }));
    expect(s.title!.slice(0, 2)).toEqual(["CAPAIAN KINERJA DAN KEUANGAN", "s.d. TRIWULAN II"]);
    expect(s.freezeRows).toBe(s.title!.length + 1);
  });
});
