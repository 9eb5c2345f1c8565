import { buildRingkasanSheet } from "../../../src/domain/report";
import type { SheetSpec } from "../../../src/domain/types";
import { A12_PERF, FORMULA_NAME, P2_PERF, makeInput } from "./fixture";

/** The row whose first cell is `label`. */
function find(sheet: SheetSpec, label: string) {
  const i = sheet.rows.findIndex((r) => r.cells[0] === label);
  if (i < 0) throw new Error(`no row ${label}`);
  return { i, row: sheet.rows[i] };
}

describe("Ringkasan sheet", () => {
  const sheet = buildRingkasanSheet(makeInput());

  it("starts with agency, year, quarter and scale", () => {
    expect(sheet.name).toBe("Ringkasan");
    expect(sheet.title![0]).toBe("RINGKASAN CAPAIAN KINERJA DAN KEUANGAN");
    expect(sheet.rows.slice(0, 3).map((r) => r.cells.slice(0, 2))).toEqual([
      ["Perangkat Daerah", "Dinas Komunikasi dan Informatika"],
      ["Tahun", 2024],
      ["Triwulan", "s.d. Triwulan II"],
    ]);
    expect(sheet.rows[3].cells[0]).toBe("Skala Predikat");
    for (const r of sheet.rows) expect(r.cells).toHaveLength(sheet.columns.length);
    expect(sheet.headerRows).toBe(1);
  });

  it("has a key-indicator table", () => {
    const h = find(sheet, "Indikator Kinerja Utama");
    expect(h.row.style).toBe("header");
    expect(h.row.cells).toEqual(["Indikator Kinerja Utama", "Target", "Realisasi s.d. TW II", "Capaian (%)", "Predikat"]);
    const ki = sheet.rows[h.i + 1];
    expect(ki.cells).toEqual(["Indeks Kepuasan Masyarakat", 83.5, 68.18, (68.18 / 83.5) * 100, "Memuaskan"]);
    expect(ki.numberFormats![3]).toBe("0.00");
  });

  it("has budget figures with terbilang and per-cell formats", () => {
    const budget = find(sheet, "Pagu Anggaran (Rp)").row;
    expect(budget.cells.slice(0, 3)).toEqual(["Pagu Anggaran (Rp)", 1_300_000, "Satu Juta Tiga Ratus Ribu Rupiah"]);
    expect(budget.numberFormats![1]).toBe("#,##0");
    const spent = find(sheet, "Realisasi Keuangan s.d. TW II (Rp)").row;
    expect(spent.cells.slice(1, 3)).toEqual([600_000, "Enam Ratus Ribu Rupiah"]);
    const pct = find(sheet, "Capaian Keuangan (%)").row;
    expect(pct.cells[1]).toBe((600_000 / 1_300_000) * 100);
    expect(pct.numberFormats![1]).toBe("0.00");
    const rem = find(sheet, "Sisa Anggaran (Rp)").row;
    expect(rem.cells.slice(1, 3)).toEqual([700_000, "Tujuh Ratus Ribu Rupiah"]);
  });

  it("counts plan rows and findings by severity", () => {
    const counts = find(sheet, "Jumlah Baris Rencana");
    expect(sheet.rows.slice(counts.i + 1, counts.i + 4).map((r) => r.cells.slice(0, 2))).toEqual([
      ["Program", 2],
      ["Kegiatan", 3],
      ["Sub Kegiatan", 5],
    ]);
    expect(find(sheet, "Galat").row.cells[1]).toBe(2);
    expect(find(sheet, "Peringatan").row.cells[1]).toBe(1);
    expect(find(sheet, "Info").row.cells[1]).toBe(1);
  });

  it("points the chart at the activity table", () => {
    const chart = sheet.chart!;
    expect(chart.kind).toBe("bar");
    const { firstRow, lastRow, col } = chart.categories;
    expect(col).toBe(0);
    expect(lastRow - firstRow + 1).toBe(3);
    expect(sheet.rows[firstRow - 1].style).toBe("header");
    expect(sheet.rows[firstRow - 1].cells.slice(0, 3)).toEqual(["Kegiatan", "Capaian Kinerja (%)", "Capaian Keuangan (%)"]);
    expect(lastRow).toBe(sheet.rows.length - 1);
    expect(sheet.rows.slice(firstRow, lastRow + 1).map((r) => r.cells.slice(0, 3))).toEqual([
      [FORMULA_NAME, 62.5, 50],
      ["Kegiatan Administrasi Umum", A12_PERF, 25],
      ["Pengelolaan Informasi Publik", P2_PERF, (200_000 / 300_000) * 100],
    ]);
    expect(chart.series).toEqual([
      { name: "Capaian Kinerja (%)", firstRow, lastRow, col: 1 },
      { name: "Capaian Keuangan (%)", firstRow, lastRow, col: 2 },
    ]);
    for (const r of sheet.rows.slice(firstRow, lastRow + 1)) expect(r.numberFormats!.slice(1, 3)).toEqual(["0.00", "0.00"]);
  });

  it("has no chart when there are no activities, and says when there are no key indicators", () => {
    const input = makeInput();
    const s = buildRingkasanSheet({ ...input, rows: input.rows.filter((r) => r.level !== "activity"), keyIndicators: [] });
    expect(s.chart).toBeUndefined();
    expect(s.rows.some((r) => r.cells[0] === "Tidak ada indikator kinerja utama.")).toBe(true);
  });
});
