/** A Form E.81 (layout B) sheet built by hand: no codes, no prefixes, hierarchy only in SUM formulas. */
import type { CellRange } from "../../../src/domain/grid";
import { f, gridFrom, type CellInput } from "../../support/grid";

const W = 27; // A..AA
function row(values: Record<number, CellInput>): CellInput[] {
  const r: CellInput[] = new Array(W).fill(null);
  for (const [k, v] of Object.entries(values)) r[Number(k) - 1] = v;
  return r;
}
const pair = (r: number, c: number): CellRange => ({ top: r, left: c, bottom: r, right: c + 1 });
const tall = (c: number): CellRange => ({ top: 5, left: c, bottom: 7, right: c });

export function e81Grid() {
  const merges: CellRange[] = [tall(1), tall(2), tall(3), tall(4), tall(27)];
  const groups: [number, string][] = [
    [5, "Target Kinerja Renstra Perangkat Daerah pada Tahun 2026 (Akhir Periode Renstra)"],
    [7, "Realisasi Capaian Kinerja Renstra Perangkat Daerah sampai dengan Renja Tahun Lalu"],
    [9, "Target Kinerja dan Anggaran Renja Perangkat Daerah Tahun Berjalan yang Dievaluasi"],
    [19, "Realisasi Capaian Kinerja dan Anggaran Renja Perangkat Daerah yang Dievaluasi"],
    [21, "Tingkat Capaian Kinerja dan Realisasi Anggaran Renja Perangkat Daerah (%)"],
    [23, "Realisasi Kinerja dan Anggaran Renstra Perangkat Daerah s/d Tahun Berjalan"],
    [25, "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s/d Tahun Berjalan (%)"],
  ];
  const h5: Record<number, CellInput> = {
    1: "No", 2: "Sasaran", 3: "Program/Kegiatan/Sub Kegiatan", 4: "Indikator Kinerja Program (outcome)/ Kegiatan (output)",
    11: "Realisasi Kinerja Pada Triwulan", 27: "Unit Perangkat Daerah Penanggung Jawab",
  };
  for (const [c, t] of groups) {
    h5[c] = t;
    merges.push({ top: 5, left: c, bottom: 6, right: c + 1 });
  }
  merges.push({ top: 5, left: 11, bottom: 5, right: 18 });
  const h6: Record<number, CellInput> = { 11: "I", 13: "II", 15: "III", 17: "IV" };
  for (const c of [11, 13, 15, 17]) merges.push(pair(6, c));
  const h7: Record<number, CellInput> = {};
  for (let c = 5; c <= 26; c++) h7[c] = c % 2 === 1 ? "K" : "Rp";
  const h8: Record<number, CellInput> = { 1: "1", 2: "2", 3: "3", 4: "4", 27: "16" };
  for (let i = 0; i < 11; i++) {
    h8[5 + 2 * i] = String(5 + i);
    merges.push(pair(8, 5 + 2 * i));
  }
  // Sub-activity: target K (I), budget (J), realizations K/Rp TW I (K, L) and TW II (M, N).
  const sub = (name: string, ind: string, target: number, budget: number, k1: number, rp1: number, k2: number, rp2: number) =>
    row({ 3: name, 4: ind, 9: target, 10: budget, 11: k1, 12: rp1, 13: k2, 14: rp2 });
  const parent = (name: string, ind: string, target: number, formulaOf: (col: string) => string, values: number[]) =>
    row({ 3: name, 4: ind, 9: target, 10: f(formulaOf("J"), values[0]), 12: f(formulaOf("L"), values[1]), 14: f(formulaOf("N"), values[2]) });
  const rows: CellInput[][] = [
    row({ 1: "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN CONTOH" }),
    row({ 1: "DINAS KESEHATAN KABUPATEN CONTOH" }),
    row({ 1: "Periode Pelaksanaan: Triwulan II Tahun 2024" }),
    row({}),
    row(h5), row(h6), row(h7), row(h8),
    /* 9 */ parent("URUSAN PEMERINTAHAN BIDANG KESEHATAN", "", 0, (c) => `=${c}10`, [800, 200, 230]).map((x, i) => (i === 8 ? null : x)),
    /* 10 */ parent("Pemenuhan Upaya Kesehatan Perorangan dan Masyarakat", "Persentase fasilitas kesehatan terakreditasi", 100, (c) => `=SUM(${c}11+${c}15)`, [720, 180, 210]),
    /* 11 */ parent("Penyediaan Fasilitas Pelayanan Kesehatan", "Persentase puskesmas sesuai standar", 100, (c) => `=SUM(${c}12:${c}14)`, [600, 150, 170]),
    /* 12 */ sub("Pembangunan Puskesmas", "Jumlah puskesmas yang dibangun", 2, 100, 0, 30, 1, 20),
    /* 13 */ sub("Pengadaan Alat Kesehatan", "Jumlah alat kesehatan", 10, 200, 2, 50, 3, 60),
    /* 14 */ sub("Rehabilitasi Puskesmas", "Jumlah puskesmas direhabilitasi", 4, 300, 1, 70, 1, 90),
    /* 15 */ parent("Penyediaan Layanan Kesehatan untuk UKM", "Persentase layanan UKM", 100, (c) => `=${c}16+${c}17`, [120, 30, 40]),
    /* 16 */ sub("Pengelolaan Pelayanan Kesehatan Ibu Hamil", "Jumlah ibu hamil dilayani", 400, 50, 100, 10, 100, 20),
    /* 17 */ sub("Pengelolaan Pelayanan Kesehatan Balita", "Jumlah balita dilayani", 800, 70, 200, 20, 200, 20),
    /* 18 */ sub("Pengelolaan Pelayanan Kesehatan Lansia", "Jumlah lansia dilayani", 300, 80, 50, 20, 60, 25),
    /* 19 */ row({ 3: "JUMLAH", 10: f("=J9+J10", 1520), 12: f("=L9+L10", 380), 14: f("=N9+N10", 440) }),
  ];
  return gridFrom("E81", rows, { merges });
}
