/**
 * A Form E.81 (layout B) sheet with nested group rows (urusan → bidang → program), the hierarchy
 * only in SUM formulas, a `%` sub-column per quarter (cumulative progress as a fraction), the
 * cumulative column (12) naming no quarter, and a signature block under the table in numeric
 * columns. Built by hand; the numbers are worked out in e81-nested.test.ts.
 *
 * Columns: A No · B Sasaran · C name · D indicator · E/F (5) Renstra K/Rp · G/H (6) K/Rp ·
 * I/J (7) target K / budget Rp · TW I: K K, L %, M Rp · TW II: N K, O %, P Rp · TW III: Q, R, S ·
 * TW IV: T, U, V · W/X (12) realisation s.d. K/Rp · Y/Z (13) capaian K/Rp · AA (16) unit.
 */
import type { CellRange } from "../../../src/domain/grid";
import { f, gridFrom, type CellInput } from "../../support/grid";

const W = 27;
function row(values: Record<number, CellInput>): CellInput[] {
  const r: CellInput[] = new Array(W).fill(null);
  for (const [k, v] of Object.entries(values)) r[Number(k) - 1] = v;
  return r;
}

export function e81NestedGrid() {
  const merges: CellRange[] = [];
  const h5: Record<number, CellInput> = {
    1: "No", 2: "Sasaran", 3: "Program/Kegiatan/Sub Kegiatan", 4: "Indikator Kinerja Program (outcome)/ Kegiatan (output)",
    5: "Target Kinerja Renstra Perangkat Daerah pada Tahun 2026 (Akhir Periode Renstra)",
    7: "Realisasi Capaian Kinerja Renstra Perangkat Daerah sampai dengan Renja Tahun Lalu",
    9: "Target Kinerja dan Anggaran Renja Perangkat Daerah Tahun Berjalan yang Dievaluasi",
    11: "Realisasi Kinerja Pada Triwulan",
    23: "Realisasi Capaian Kinerja dan Anggaran Renja Perangkat Daerah yang Dievaluasi s.d.",
    25: "Tingkat Capaian Kinerja dan Realisasi Anggaran Renja Perangkat Daerah (%)",
    27: "Unit Perangkat Daerah Penanggung Jawab",
  };
  for (const c of [1, 2, 3, 4, 27]) merges.push({ top: 5, left: c, bottom: 7, right: c });
  for (const c of [5, 7, 9, 23, 25]) merges.push({ top: 5, left: c, bottom: 6, right: c + 1 });
  merges.push({ top: 5, left: 11, bottom: 5, right: 22 });
  const h6: Record<number, CellInput> = { 11: "I", 14: "II", 17: "III", 20: "IV" };
  for (const c of [11, 14, 17, 20]) merges.push({ top: 6, left: c, bottom: 6, right: c + 2 });
  const h7: Record<number, CellInput> = { 5: "K", 6: "Rp", 7: "K", 8: "Rp", 9: "K", 10: "Rp", 23: "K", 24: "Rp", 25: "K", 26: "Rp" };
  for (const c of [11, 14, 17, 20]) Object.assign(h7, { [c]: "K", [c + 1]: "%", [c + 2]: "Rp" });
  const h8: Record<number, CellInput> = { 1: "1", 2: "2", 3: "3", 4: "4", 27: "16" };
  [5, 7, 9, 11, 14, 17, 20, 23, 25].forEach((c, i) => (h8[c] = String(5 + i)));
  h8[25] = "13";

  // Sub-activity: target K, budget, TW I K/%/Rp, TW II K/%/Rp, to date K/Rp.
  const sub = (name: string, ind: string, t: number, budget: number, q1: [number, number, number], q2: [number, number, number]) =>
    row({ 3: name, 4: ind, 9: t, 10: budget, 11: q1[0], 12: q1[1], 13: q1[2], 14: q2[0], 15: q2[1], 16: q2[2], 23: q1[0] + q2[0], 24: q1[2] + q2[2] });
  // Parent: target 100 (%), K per quarter (that quarter's value), money as SUM formulas.
  const parent = (name: string, ind: string, sum: (c: string) => string, money: [number, number, number], k?: [number, number, number]) => {
    const cells: Record<number, CellInput> = {
      3: name, 4: ind, 9: 100, 10: f(sum("J"), money[0]), 13: f(sum("M"), money[1]), 16: f(sum("P"), money[2]),
      24: f(sum("X"), money[1] + money[2]),
    };
    if (k) Object.assign(cells, { 11: k[0], 14: k[1], 23: k[2] });
    return row(cells);
  };
  const rows: CellInput[][] = [
    row({ 1: "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN CONTOH" }),
    row({ 1: "DINAS KESEHATAN KABUPATEN CONTOH" }),
    row({ 1: "Periode Pelaksanaan: Triwulan II Tahun 2024" }),
    row({}),
    row(h5), row(h6), row(h7), row(h8),
    /* 9 urusan */ parent("URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR", "", (c) => `=${c}10`, [1000, 260, 330]),
    /* 10 bidang */ parent("URUSAN PEMERINTAHAN BIDANG KESEHATAN", "", (c) => `=${c}11`, [1000, 260, 330]),
    /* 11 program */ parent("Pemenuhan Upaya Kesehatan Perorangan dan Masyarakat", "Persentase fasilitas kesehatan terakreditasi", (c) => `=SUM(${c}12+${c}15)`, [1000, 260, 330]),
    /* 12 activity */ parent("Penyediaan Fasilitas Pelayanan Kesehatan", "Persentase puskesmas sesuai standar", (c) => `=SUM(${c}13:${c}14)`, [600, 160, 200], [25, 25, 50]),
    /* 13 */ sub("Pembangunan Puskesmas", "Jumlah puskesmas yang dibangun", 4, 400, [1, 0.25, 100], [1, 0.5, 120]),
    /* 14 */ sub("Pengadaan Alat Kesehatan", "Jumlah alat kesehatan", 20, 200, [0, 0.25, 60], [5, 0.5, 80]),
    /* 15 activity */ parent("Penyediaan Layanan Kesehatan untuk UKM", "Persentase layanan UKM", (c) => `=SUM(${c}16:${c}17)`, [400, 100, 130], [25, 25, 50]),
    /* 16 */ sub("Pengelolaan Pelayanan Kesehatan Ibu Hamil", "Jumlah ibu hamil dilayani", 400, 150, [100, 0.25, 40], [100, 0.5, 50]),
    /* 17 */ sub("Pengelolaan Pelayanan Kesehatan Balita", "Jumlah balita dilayani", 800, 250, [200, 0.25, 60], [200, 0.5, 80]),
    /* 18 */ row({ 3: "JUMLAH", 10: f("=J9", 1000), 13: f("=M9", 260), 16: f("=P9", 330), 24: f("=X9", 590) }),
    row({}),
    /* 20 */ row({ 17: "Lubuk Pakam, Desember 2025" }),
    /* 21 */ row({ 17: "Kepala Dinas Kesehatan" }),
    /* 22 */ row({ 17: "Kabupaten Contoh" }),
    row({}),
    /* 24 */ row({ 17: "dr. Budi Santoso, M.Kes" }),
    /* 25 */ row({ 17: "NIP. 19700101 199503 1 001" }),
  ];
  return gridFrom("E81", rows, { merges });
}
