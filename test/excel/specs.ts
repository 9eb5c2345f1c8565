/** SheetSpec fixtures shaped like the engine's output (Capaian, Ringkasan, Temuan). */
import type { SheetSpec } from "../../src/domain/types";
import "./mock-setup";
import { OfficeMockObject } from "office-addin-mock";
import type { DocSettings } from "../../src/excel/office-support";

const print = { landscape: true, fitToWidth: true, repeatHeader: true };

export function capaianSpec(n: number, name = "Capaian"): SheetSpec {
  const styles = ["program", "activity", "subactivity", "subactivity", "subactivity"] as const;
  return {
    name,
    title: ["CAPAIAN KINERJA DAN KEUANGAN", "s.d. Triwulan II Tahun 2024"],
    columns: [
      { header: "Kode", width: 14 },
      { header: "Program / Kegiatan / Sub Kegiatan", width: 48 },
      { header: "Satuan", width: 10 },
      { header: "Target", width: 10, numberFormat: "#,##0.00" },
      { header: "Realisasi", width: 10, numberFormat: "#,##0.00" },
      { header: "% Kinerja", width: 10, numberFormat: "0.00" },
      { header: "Pagu (Rp)", width: 18, numberFormat: "#,##0" },
      { header: "Realisasi (Rp)", width: 18, numberFormat: "#,##0" },
      { header: "% Keuangan", width: 10, numberFormat: "0.00" },
      { header: "Sisa (Rp)", width: 18, numberFormat: "#,##0" },
      { header: "Predikat", width: 14 },
    ],
    rows: Array.from({ length: n }, (_, i) => ({
      cells: [
        `1.${Math.floor(i / 5) + 1}.${(i % 5) + 1}`,
        `Sub Kegiatan Penyusunan Dokumen Perencanaan Perangkat Daerah nomor ${i + 1}`,
        "Dok",
        10 + (i % 7),
        4 + (i % 5),
        (100 * (4 + (i % 5))) / (10 + (i % 7)),
        85927728 + i,
        37962870 + i,
        44.18,
        47964858,
        i % 5 < 2 ? "Baik" : null,
      ],
      style: styles[i % 5],
    })),
    headerRows: 1,
    freezeRows: 3, // titles + header, counted from the top (as the report does)
    print,
  };
}

export function ringkasanSpec(): SheetSpec {
  return {
    name: "Ringkasan",
    title: ["RINGKASAN"],
    columns: [
      { header: "Kegiatan", width: 40 },
      { header: "% Capaian Kinerja", width: 14, numberFormat: "0.00" },
      { header: "% Capaian Keuangan", width: 14, numberFormat: "0.00" },
    ],
    rows: [
      { cells: ["Kegiatan A", 75, 44.18] },
      { cells: ["Kegiatan B", 100, 90] },
      { cells: ["Kegiatan C", 50, 20.5] },
    ],
    headerRows: 1,
    freezeRows: 0,
    print: { landscape: false, fitToWidth: true, repeatHeader: false },
    chart: {
      kind: "bar",
      title: "% Capaian Kinerja dan Keuangan per Kegiatan",
      categories: { firstRow: 0, lastRow: 2, col: 0 },
      series: [
        { name: "% Capaian Kinerja", firstRow: 0, lastRow: 2, col: 1 },
        { name: "% Capaian Keuangan", firstRow: 0, lastRow: 2, col: 2 },
      ],
    },
    blocks: [
      {
        title: "Jumlah temuan",
        columns: [
          { header: "Tingkat", width: 12 },
          { header: "Jumlah", width: 8 },
        ],
        rows: [{ cells: ["Galat", 2] }],
      },
    ],
  };
}

export function temuanSpec(findings = 3): SheetSpec {
  return {
    name: "Temuan",
    columns: [
      { header: "No.", width: 5 },
      { header: "Tingkat", width: 12 },
      { header: "Lembar", width: 16 },
      { header: "Sel", width: 8 },
      { header: "Kode", width: 12 },
      { header: "Nama baris", width: 40 },
      { header: "Pesan", width: 60 },
    ],
    rows: Array.from({ length: findings }, (_, i) => ({
      cells: [i + 1, "Galat", "Renaksi 2024", `K${12 + i}`, "1.1", i === 0 ? "=SUM(A1)" : "-", "Jumlah tidak sama"],
    })),
    headerRows: 1,
    freezeRows: 1,
    print,
    links: Array.from({ length: findings }, (_, i) => ({ row: i, col: 3, sheet: "Renaksi 2024", cell: `K${12 + i}` })),
  };
}

export function allSpecs(n: number): SheetSpec[] {
  return [capaianSpec(n), ringkasanSpec(), temuanSpec(Math.min(n, 50))];
}

/** Office.context.document.settings as an office-addin-mock object. */
export function mockSettings(): DocSettings & { store: Record<string, unknown>; saves: number } {
  const m = new OfficeMockObject({
    get(this: { store: Record<string, unknown> }, k: string) {
      return this.store[k];
    },
    set(this: { store: Record<string, unknown> }, k: string, v: unknown) {
      this.store[k] = JSON.parse(JSON.stringify(v));
    },
    saveAsync(this: { saves: number }, cb?: (r: { status: string }) => void) {
      this.saves++;
      cb?.({ status: "succeeded" });
    },
  }) as unknown as DocSettings & { store: Record<string, unknown>; saves: number };
  m.store = {};
  m.saves = 0;
  return m;
}
