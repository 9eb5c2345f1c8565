import { buildCapaianSheet, FORMATS } from "../../../src/domain/report";
import { FORMULA_NAME, P2_PERF, makeFindings, makeInput } from "./fixture";

describe("Capaian sheet (one table per program, as the report prints it)", () => {
  const sheet = buildCapaianSheet(makeInput());
  const headers = sheet.columns.map((c) => c.header);
  const col = (h: string) => {
    const i = headers.indexOf(h);
    if (i < 0) throw new Error(`no column ${h}`);
    return i;
  };

  it("has the report title, then the first program's table title", () => {
    expect(sheet.name).toBe("Capaian");
    expect(sheet.title).toEqual([
      "CAPAIAN KINERJA DAN KEUANGAN",
      "Dinas Komunikasi dan Informatika",
      "TAHUN 2024",
      "s.d. TRIWULAN II",
      expect.stringMatching(/^Skala predikat: /),
      "Tabel 3.1 Capaian Kinerja dan Keuangan Program Penunjang Urusan s.d. Triwulan II",
    ]);
  });

  it("has the report's columns, quarters up to the chosen one, and the stated-value column when needed", () => {
    expect(headers).toEqual([
      "No",
      "Kode",
      "Program / Kegiatan / Sub Kegiatan",
      "Indikator",
      "Satuan",
      "Target",
      "Realisasi TW I",
      "Realisasi TW II",
      "Realisasi s.d. TW II",
      "% Capaian Kinerja",
      "Pagu (Rp)",
      "Realisasi Anggaran s.d. TW II (Rp)",
      "% Capaian Keuangan",
      "Predikat",
      "Nilai Tertulis (berbeda)",
    ]);
    const q4 = buildCapaianSheet(makeInput({ quarter: 4 })).columns.map((c) => c.header);
    expect(q4).toContain("Realisasi TW IV");
    expect(q4).toHaveLength(17);
    // no finding with a stated value: no stated column
    const plain = buildCapaianSheet(makeInput({ quarter: 1, findings: makeFindings().slice(0, 2) }));
    expect(plain.columns.map((c) => c.header)).not.toContain("Realisasi TW II");
    expect(plain.columns.map((c) => c.header)).not.toContain("Nilai Tertulis (berbeda)");
    expect(plain.columns).toHaveLength(13);
  });

  it("has number formats, an indented name column and landscape print settings", () => {
    expect(sheet.columns[col("Pagu (Rp)")].numberFormat).toBe("#,##0");
    expect(sheet.columns[col("Realisasi Anggaran s.d. TW II (Rp)")].numberFormat).toBe("#,##0");
    expect(sheet.columns[col("% Capaian Kinerja")].numberFormat).toBe("0.00");
    expect(sheet.columns[col("% Capaian Keuangan")].numberFormat).toBe("0.00");
    expect(sheet.columns[col("Realisasi TW I")].numberFormat).toBe(FORMATS.quantity);
    expect(sheet.columns[col("No")].numberFormat).toBe("@");
    expect(sheet.columns.filter((c) => c.indent).map((c) => c.header)).toEqual(["Program / Kegiatan / Sub Kegiatan"]);
    expect(sheet.print).toEqual({ landscape: true, fitToWidth: true, repeatHeader: true });
    expect(sheet.headerRows).toBe(1);
    for (const c of sheet.columns) expect(c.width).toBeGreaterThan(0);
  });

  it("has one block per program: blank row, caption, header; group rows and total rows skipped; JUMLAH last", () => {
    // block 1: 6 rows; block 2: blank + caption + header + 4 rows; blank + JUMLAH
    expect(sheet.rows).toHaveLength(15);
    expect(sheet.rows.map((r) => r.style)).toEqual([
      "program",
      "activity",
      "subactivity",
      "subactivity",
      "activity",
      "subactivity",
      undefined,
      "caption",
      "header",
      "program",
      "activity",
      "subactivity",
      "subactivity",
      undefined,
      "total",
    ]);
    expect(sheet.rows.map((r) => r.cells[0])).toEqual([
      "1",
      "1.1",
      "1.1.1",
      "1.1.2",
      "1.2",
      "1.2.1",
      null,
      "Tabel 3.2 Capaian Kinerja dan Keuangan Program Informasi dan Komunikasi Publik s.d. Triwulan II",
      "No",
      "2",
      "2.1",
      "2.1.1",
      "2.1.2",
      null,
      null,
    ]);
    expect(sheet.rows[8].cells).toEqual(headers);
    expect(sheet.rows.map((r) => r.indent)).toEqual([
      0,
      1,
      2,
      2,
      1,
      2,
      undefined,
      undefined,
      undefined,
      0,
      1,
      2,
      2,
      undefined,
      undefined,
    ]);
    for (const r of sheet.rows) expect(r.cells).toHaveLength(sheet.columns.length);
    const total = sheet.rows[14].cells;
    expect(total[col("Program / Kegiatan / Sub Kegiatan")]).toBe("JUMLAH");
    expect(total[col("Pagu (Rp)")]).toBe(1_300_000);
    expect(total[col("Realisasi Anggaran s.d. TW II (Rp)")]).toBe(600_000);
    expect(total[col("% Capaian Keuangan")]).toBe((600_000 / 1_300_000) * 100);
    expect(total[col("Predikat")]).toBeNull();
  });

  it("writes sub-activity figures as unrounded numbers", () => {
    expect(sheet.rows[2].cells).toEqual([
      "1.1.1",
      "1.1.1",
      "Penyusunan Dokumen Perencanaan",
      null,
      "Dok",
      10,
      1,
      2,
      3,
      30,
      400_000,
      200_000,
      50,
      null,
      null,
    ]);
  });

  it("shows realization % (percent format), achievement and predicate on programs and activities", () => {
    const prog2 = sheet.rows[9];
    expect(prog2.cells[col("Realisasi s.d. TW II")]).toBe(P2_PERF);
    expect(prog2.numberFormats?.[col("Realisasi s.d. TW II")]).toBe("0.00");
    expect(prog2.cells[col("% Capaian Kinerja")]).toBe(P2_PERF);
    expect(prog2.cells[col("% Capaian Keuangan")]).toBe((200_000 / 300_000) * 100);
    expect(prog2.cells[col("Predikat")]).toBe("Kurang");
    expect(sheet.rows[1].cells[col("Predikat")]).toBe("Baik");
    expect(sheet.rows[2].numberFormats).toBeUndefined();
  });

  it("puts the agency's stated values next to the computed ones only on rows where they differ", () => {
    const note = col("Nilai Tertulis (berbeda)");
    expect(sheet.rows[1].cells[note]).toBe(
      "M12: tertulis 62,4 %; hitungan 62,50\nK12: tertulis 500.000; hitungan 600.000",
    );
    const others = sheet.rows.filter((_, i) => i !== 1 && i !== 8).map((r) => r.cells[note]);
    expect(others.every((v) => v === null)).toBe(true);
  });

  it("keeps formula-looking names as plain text", () => {
    expect(sheet.rows[1].cells[2]).toBe(FORMULA_NAME);
    for (const r of sheet.rows) for (const c of r.cells) expect(["string", "number", "object"]).toContain(typeof c);
  });

  it("omits unknown agency and year from the title", () => {
    const s = buildCapaianSheet(makeInput({ layout: { ...makeInput().layout, agency: null, year: null } }));
    expect(s.title!.slice(0, 2)).toEqual(["CAPAIAN KINERJA DAN KEUANGAN", "s.d. TRIWULAN II"]);
  });

  it("an empty plan is the header and the total row", () => {
    const s = buildCapaianSheet(makeInput({ rows: [] }));
    expect(s.rows.map((r) => r.style)).toEqual(["total"]);
    expect(s.title).toHaveLength(5);
  });
});
