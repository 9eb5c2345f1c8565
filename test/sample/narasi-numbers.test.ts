/**
 * The Narasi paragraphs carry the JSON report's numbers: for the bundled sample and for an
 * LKj-like workbook (the example sub-activity: target 9 dokumen, 2 + 3 realized, 55,56 %,
 * Rp3.102.350 of Rp17.880.000 = 17,35 %).
 */
import type { Grid } from "../../src/domain/grid";
import { readGrids } from "../../src/xlsx/read-grids";
import { hitungCapaian } from "../../src/domain/engine";
import type { Result } from "../../src/domain/types";
import { percentText, quantityText, rupiahText } from "../../src/domain/report/narasi";
import { buildSample } from "../../src/sample/build-sample";
import { gridFrom } from "../support/grid";

function lkjGrid(): Grid {
  return gridFrom("Renaksi 2024", [
    ["RENCANA AKSI DAN CAPAIAN KINERJA TRIWULAN II"],
    ["DINAS KOMUNIKASI DAN INFORMATIKA"],
    ["TAHUN ANGGARAN 2024"],
    [null],
    [
      "Kode",
      "Program/Kegiatan/Sub Kegiatan",
      "Indikator Kinerja",
      "Satuan",
      "Target 2024",
      "Target TW I",
      "Target TW II",
      "Target TW III",
      "Target TW IV",
      "Realisasi TW I",
      "Realisasi TW II",
      "Realisasi TW III",
      "Realisasi TW IV",
      "Pagu Anggaran (Rp)",
      "Realisasi Keuangan TW I",
      "Realisasi Keuangan TW II",
      "Realisasi Keuangan TW III",
      "Realisasi Keuangan TW IV",
    ],
    [
      "2.16.01",
      "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      "Nilai SAKIP",
      "%",
      100,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      17_880_000 + 4_000_000,
      null,
      null,
      null,
      null,
    ],
    [
      "2.16.01.1.01",
      "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
      "Persentase dokumen tepat waktu",
      "%",
      100,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      17_880_000 + 4_000_000,
      null,
      null,
      null,
      null,
    ],
    [
      "2.16.01.1.01.0001",
      "Penyusunan Dokumen Perencanaan Perangkat Daerah",
      "Jumlah dokumen perencanaan",
      "dokumen",
      9,
      2,
      3,
      2,
      2,
      2,
      3,
      null,
      null,
      17_880_000,
      1_500_000,
      1_602_350,
      null,
      null,
    ],
    [
      "2.16.01.1.01.0002",
      "Evaluasi Kinerja Perangkat Daerah",
      "Jumlah laporan evaluasi",
      "laporan",
      4,
      1,
      1,
      1,
      1,
      1,
      1,
      null,
      null,
      4_000_000,
      1_000_000,
      1_000_000,
      null,
      null,
    ],
  ]);
}

function check(result: Result): number {
  const narasi = result.sheets.find((s) => s.name === "Narasi")!;
  expect(narasi).toBeDefined();
  const paragraphs = narasi.rows
    .filter((r) => !r.style && typeof r.cells[1] === "string")
    .map((r) => r.cells[1] as string);
  const rows = result.report.rows.filter(
    (r, i) => r.level !== "group" && result.rows.filter((x) => !x.isTotal)[i].continuationOf == null,
  );
  expect(paragraphs).toHaveLength(rows.length);
  let checked = 0;
  rows.forEach((r, i) => {
    const p = paragraphs[i];
    const expectIn = (text: string) => {
      expect(p).toContain(text);
      checked++;
    };
    if (r.level === "subactivity" && r.realizationToDate !== null)
      expectIn(`terealisasi ${quantityText(r.realizationToDate)}`);
    if (r.level !== "subactivity" && r.realizationPct !== null) expectIn(`sebesar ${percentText(r.realizationPct)}`);
    if (r.performancePct !== null) expectIn(`sebesar ${percentText(r.performancePct)}`);
    if (r.budget !== null) expectIn(`dari pagu ${rupiahText(r.budget)}`);
    if (r.budget !== null) expectIn(`sebesar ${rupiahText(r.spentToDate ?? 0)}`);
    if (r.budgetPct !== null) expectIn(`tercapai ${percentText(r.budgetPct)}`);
  });
  return checked;
}

describe("Narasi numbers equal the JSON report's", () => {
  it("on an LKj-like workbook, with the issue's example paragraph", () => {
    const result = hitungCapaian([lkjGrid()], { quarter: 2 });
    expect(result.report.rows.map((r) => r.level)).toEqual(["program", "activity", "subactivity", "subactivity"]);
    expect(check(result)).toBeGreaterThan(10);
    const narasi = result.sheets.find((s) => s.name === "Narasi")!;
    const sub = narasi.rows.find(
      (r) => typeof r.cells[1] === "string" && r.cells[1].startsWith("Target kinerja Sub Kegiatan Penyusunan"),
    )!;
    expect(sub.cells[1]).toBe(
      "Target kinerja Sub Kegiatan Penyusunan Dokumen Perencanaan Perangkat Daerah dengan indikator Jumlah dokumen perencanaan " +
        "ditetapkan sebesar 9 dokumen. Sampai dengan triwulan II terealisasi 5 dokumen (triwulan I 2 dokumen, triwulan II 3 dokumen) " +
        "atau capaian realisasi kinerjanya sebesar 55,56 %. Kegiatan yang dilaksanakan: [uraikan kegiatan yang dilaksanakan]. " +
        "Realisasi anggaran sub kegiatan ini sampai dengan triwulan II sebesar Rp3.102.350,- dari pagu Rp17.880.000,- atau tercapai 17,35 %. " +
        "Serapan anggaran ini masih rendah karena [jelaskan penyebab].",
    );
  });

  it("on the bundled sample", () => {
    const result = hitungCapaian(readGrids(buildSample().workbook));
    expect(result.report.rows.length).toBeGreaterThan(50);
    expect(check(result)).toBeGreaterThan(200);
  });
});
