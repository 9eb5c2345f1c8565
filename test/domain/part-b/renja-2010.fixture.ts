/**
 * The older Renja evaluation form (Permendagri 54/2010, "Evaluasi terhadap hasil Renja SKPD"),
 * generated: program → kegiatan (no sub kegiatan yet), codes of Permendagri 13/2006
 * (urusan.bidang.SKPD.program.kegiatan: 1.21.01.15 program, 1.21.01.15.01 kegiatan), K / Rp
 * column pairs, a second indicator row for one kegiatan with its name cell blank, a per-program
 * total row, and summary rows inside the table ("Rata-rata capaian kinerja (%)", "Predikat").
 *
 * Hand-worked truth (TW II):
 *   Program 15: kegiatan 01 budget 150.000.000, spent 30.000.000 + 45.000.000 = 75.000.000;
 *               kegiatan 02 budget 50.000.000, spent 10.000.000 + 15.000.000 = 25.000.000.
 *   Program 16: kegiatan 01 budget 100.000.000, spent 20.000.000 + 40.000.000 = 60.000.000.
 *   Totals: budget 300.000.000, spent 160.000.000; 2 programs, 3 kegiatan (the leaves).
 *   Performance (flow, realization = TW I + TW II): 15.01 12 of 20 = 60 %; 15.02 4 of 4 = 100 %;
 *   16.01 3 of 6 = 50 %; the second indicator of 15.01: 5 of 10 = 50 %. Program 15: mean of its
 *   indicator lines (60, 50, 100) = 70 %; program 16: 50 %.
 * Planted defect (defect = true): program 16's budget typed as 110.000.000 (J13) over a kegiatan of
 * 100.000.000.
 */
import type { CellRange } from "../../../src/domain/grid";
import { f, gridFrom, type CellInput } from "../../support/grid";

const W = 28; // A..AB
function row(values: Record<number, CellInput>): CellInput[] {
  const r: CellInput[] = new Array(W).fill(null);
  for (const [k, v] of Object.entries(values)) r[Number(k) - 1] = v;
  return r;
}

/** Kegiatan / program row: target K (I), budget Rp (J), TW I K/Rp (K, L), TW II K/Rp (M, N). */
const line = (no: CellInput, code: CellInput, name: CellInput, ind: string, v: CellInput[]) =>
  row({ 1: no, 2: code, 3: name, 4: ind, 9: v[0], 10: v[1], 11: v[2], 12: v[3], 13: v[4], 14: v[5] });

export function renja2010Grid(defect = false) {
  const merges: CellRange[] = [];
  const h5: Record<number, CellInput> = {
    1: "No",
    2: "Kode",
    3: "Urusan/Bidang Urusan Pemerintahan Daerah Dan Program/Kegiatan",
    4: "Indikator Kinerja Program (outcome)/ Kegiatan (output)",
    5: "Target Kinerja Capaian Program (Renstra SKPD) Tahun 2019",
    7: "Realisasi Target Kinerja Hasil Program dan Keluaran Kegiatan s/d dengan Renja SKPD Tahun Lalu (2014)",
    9: "Target kinerja dan anggaran Renja SKPD Tahun Berjalan (Tahun 2015) yang dievaluasi",
    11: "Realisasi Kinerja Pada Triwulan",
    19: "Realisasi Capaian Kinerja dan Anggaran Renja SKPD yang dievaluasi",
    21: "Tingkat Capaian Kinerja dan Realisasi Anggaran Renja SKPD yang dievaluasi (%)",
    23: "Realisasi Kinerja dan Anggaran Renstra SKPD s/d Tahun 2015",
    25: "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra SKPD s/d tahun 2015 (%)",
    27: "Unit SKPD Penanggung Jawab",
    28: "Keterangan",
  };
  for (const c of [5, 7, 9, 19, 21, 23, 25]) merges.push({ top: 5, left: c, bottom: 6, right: c + 1 });
  merges.push({ top: 5, left: 11, bottom: 5, right: 18 });
  for (const c of [1, 2, 3, 4, 27, 28]) merges.push({ top: 5, left: c, bottom: 7, right: c });
  const h6: Record<number, CellInput> = { 11: "I", 13: "II", 15: "III", 17: "IV" };
  for (const c of [11, 13, 15, 17]) merges.push({ top: 6, left: c, bottom: 6, right: c + 1 });
  const h7: Record<number, CellInput> = {};
  for (let c = 5; c <= 26; c++) h7[c] = c % 2 === 1 ? "K" : "Rp";
  const rows: CellInput[][] = [
    row({ 1: "EVALUASI TERHADAP HASIL RENJA SKPD KABUPATEN CONTOH" }),
    row({ 1: "SKPD: DINAS PERTANIAN" }),
    row({ 1: "Periode Pelaksanaan: Triwulan II Tahun 2015" }),
    row({}),
    row(h5),
    row(h6),
    row(h7),
    /* 8 */ line(1, "1.21.01.15", "Program Peningkatan Produksi Pertanian", "Meningkatnya produksi padi (%)", [
      100,
      f("=J9+J11", 200000000),
      null,
      f("=L9+L11", 40000000),
      null,
      f("=N9+N11", 60000000),
    ]),
    /* 9 */ line(
      null,
      "1.21.01.15.01",
      "Penyediaan Sarana Produksi Pertanian",
      "Jumlah kelompok tani penerima",
      [20, 150000000, 5, 30000000, 7, 45000000],
    ),
    /* 10 */ line(null, null, null, "Jumlah benih yang disalurkan (ton)", [10, null, 2, null, 3, null]),
    /* 11 */ line(
      null,
      "1.21.01.15.02",
      "Pelatihan Petani",
      "Jumlah petani terlatih",
      [4, 50000000, 2, 10000000, 2, 15000000],
    ),
    /* 12 */ line(null, null, "Jumlah Program", "", [
      null,
      f("=J8", 200000000),
      null,
      f("=L8", 40000000),
      null,
      f("=N8", 60000000),
    ]),
    /* 13 */ line(2, "1.21.01.16", "Program Peningkatan Kesejahteraan Petani", "Meningkatnya NTP", [
      100,
      defect ? 110000000 : f("=J14", 100000000),
      null,
      f("=L14", 20000000),
      null,
      f("=N14", 40000000),
    ]),
    /* 14 */ line(
      null,
      "1.21.01.16.01",
      "Fasilitasi Akses Permodalan Petani",
      "Jumlah kelompok difasilitasi",
      [6, 100000000, 1, 20000000, 2, 40000000],
    ),
    /* 15 */ row({ 3: "Rata-rata capaian kinerja (%)", 21: 70, 22: 53.33 }),
    /* 16 */ row({ 3: "Predikat kinerja", 21: "Sedang", 22: "Rendah" }),
  ];
  return gridFrom("Evaluasi Renja", rows, { merges });
}
