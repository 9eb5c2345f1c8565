/**
 * A hand-made summary table without codes, generated: the hierarchy only in the numbering
 * (A, B programs; Roman I–III kegiatan numbered across programs; 1.1, 2.1 sub kegiatan), parent
 * rows typed as constants while sub-activity rows are formulas (to a detail sheet, cached values),
 * one sub-activity merged over two rows (two indicators), % stored as fractions, a TOTAL row.
 *
 * Hand-worked truth (TW I):
 *   1.1 budget 400.000 spent 150.000, 2 of 4 = 50 %;  1.2 200.000 / 100.000, 1 of 4 = 25 %;
 *   2.1 400.000 / 150.000, 3 of 12 = 25 % and (second indicator) 40 of 40 = 100 %;
 *   3.1 500.000 / 100.000, 2 of 10 = 20 %.
 *   Kegiatan I 600.000 / 250.000; II 400.000 / 150.000; III 500.000 / 100.000.
 *   Program A 1.000.000 / 400.000; B 500.000 / 100.000. Total 1.500.000 / 500.000.
 *   2 programs, 3 kegiatan, 4 sub kegiatan.
 * Planted defect (defect = true): kegiatan II's typed budget 450.000 (F8) over 400.000.
 */
import type { CellRange } from "../../../src/domain/grid";
import { f, gridFrom, type CellInput } from "../../support/grid";

export function numberedSummaryGrid(defect = false) {
  const merges: CellRange[] = [
    // sub kegiatan 2.1 over rows 9–10: number, name, budget and spending merged
    { top: 9, left: 1, bottom: 10, right: 1 },
    { top: 9, left: 2, bottom: 10, right: 2 },
    { top: 9, left: 7, bottom: 10, right: 7 },
    { top: 9, left: 8, bottom: 10, right: 8 },
  ];
  const rows: CellInput[][] = [
    ["REKAPITULASI CAPAIAN KINERJA DAN KEUANGAN TRIWULAN I TAHUN 2025"],
    ["DINAS LINGKUNGAN HIDUP KABUPATEN CONTOH"],
    [
      "No",
      "Program/Kegiatan/Sub Kegiatan",
      "Indikator",
      "Target",
      "Realisasi TW I",
      "Pagu (Rp)",
      "Realisasi Keuangan TW I (Rp)",
      "Capaian Kinerja (%)",
    ],
    /* 4 */ ["A", "Program Penunjang Urusan Pemerintahan", null, null, null, 1000000, 400000, null],
    /* 5 */ ["I", "Perencanaan, Penganggaran dan Evaluasi", null, null, null, 600000, 250000, null],
    /* 6 */ [
      "1.1",
      "Penyusunan Dokumen Perencanaan",
      "Jumlah dokumen",
      4,
      2,
      f("=Detail!F5", 400000),
      f("=Detail!G5", 150000),
      0.5,
    ],
    /* 7 */ [
      "1.2",
      "Evaluasi Kinerja Perangkat Daerah",
      "Jumlah laporan",
      4,
      1,
      f("=Detail!F9", 200000),
      f("=Detail!G9", 100000),
      0.25,
    ],
    /* 8 */ ["II", "Administrasi Keuangan", null, null, null, defect ? 450000 : 400000, 150000, null],
    /* 9 */ [
      "2.1",
      "Penyediaan Gaji dan Tunjangan ASN",
      "Jumlah bulan gaji",
      12,
      3,
      f("=Detail!F14", 400000),
      f("=Detail!G14", 150000),
      0.25,
    ],
    /* 10 */ [null, null, "Jumlah ASN", 40, 40, null, null, 1],
    /* 11 */ ["B", "Program Pengendalian Pencemaran Lingkungan", null, null, null, 500000, 100000, null],
    /* 12 */ ["III", "Pengendalian Pencemaran", null, null, null, 500000, 100000, null],
    /* 13 */ [
      "3.1",
      "Pemantauan Kualitas Air",
      "Jumlah titik pantau",
      10,
      2,
      f("=Detail!F20", 500000),
      f("=Detail!G20", 100000),
      0.2,
    ],
    /* 14 */ ["TOTAL", null, null, null, null, f("=F4+F11", 1500000), f("=G4+G11", 500000), null],
  ];
  return gridFrom("Rekap", rows, { merges });
}
