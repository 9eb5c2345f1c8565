/**
 * A regency-wide budget list after a budget change, generated: one row per sub-output of a
 * sub-kegiatan for every agency (kode/nama OPD columns), pre-2021 two-digit sub-kegiatan codes,
 * the budget before the change, after it, and next year's forward estimate ("maju").
 * Agency A: 1.01.01.2.01.01 = 10.000.000 + 5.000.000, 1.01.01.2.01.02 = 2.500.000,50, 1.01.02.2.01.01 = 7.000.000
 *   → 2 programs, 2 activities, 3 sub-activities, Rp24.500.000,50.
 * Agency B (the same code 1.01.01.2.01.01 again, an agency of its own): 1.000.000 + 2.000.000 +
 *   3.000.000, and 7.01.01.2.02.03 = 4.000.000 → 2 programs, 2 activities, 2 sub-activities, Rp10.000.000.
 * Whole: 4 programs, 4 activities, 5 sub-activities, Rp34.500.000,50.
 */
import type { Grid } from "../../../src/domain/grid";
import { gridFrom, type CellInput } from "../../support/grid";

export const A = "1.01.0.00.0.00.01.0000 Dinas Pendidikan";
export const B = "7.01.0.00.0.00.01.0000 Distrik Mamberamo Hulu";

/** Lines: [agency code, agency name, sub-kegiatan code, sub-output, after-change budget]. */
const LINES: [string, string, string, string, CellInput][] = [
  ["1.01.0.00.0.00.01.0000", "Dinas Pendidikan", "1.01.01.2.01.01", "Penyusunan Dokumen Perencanaan", 10000000],
  ["1.01.0.00.0.00.01.0000", "Dinas Pendidikan", "1.01.01.2.01.01", "Evaluasi Kinerja", 5000000],
  ["1.01.0.00.0.00.01.0000", "Dinas Pendidikan", "1.01.01.2.01.02", "Penyusunan RKA", 2500000.5],
  ["1.01.0.00.0.00.01.0000", "Dinas Pendidikan", "1.01.02.2.01.01", "Pembangunan Ruang Kelas", 7000000],
  ["7.01.0.00.0.00.01.0000", "Distrik Mamberamo Hulu", "1.01.01.2.01.01", "Penyusunan Renja Distrik", 1000000],
  ["7.01.0.00.0.00.01.0000", "Distrik Mamberamo Hulu", "1.01.01.2.01.01", "Rapat Koordinasi", 2000000],
  ["7.01.0.00.0.00.01.0000", "Distrik Mamberamo Hulu", "1.01.01.2.01.01", "Evaluasi Renja", 3000000],
  ["7.01.0.00.0.00.01.0000", "Distrik Mamberamo Hulu", "7.01.01.2.02.03", "Pelayanan Kependudukan", 4000000],
];

export function multiAgencyGrid(defect?: { line: number; after: CellInput }): Grid {
  const header = [
    "kode_opd",
    "nama_opd",
    "kode_subkegiatan",
    "uraian",
    "anggaran",
    "anggaran_maju",
    "menjadi_anggaran",
    "menjadi_anggaran_maju",
    "tahun",
  ];
  const rows: CellInput[][] = LINES.map(([code, name, sub, out, after], i) => {
    const before = typeof after === "number" ? after - 1000 : null; // the change moved every line by Rp1.000
    const now = defect && defect.line === i ? defect.after : after;
    return [
      code,
      name,
      sub,
      out,
      before,
      typeof after === "number" ? after * 2 : null,
      now,
      typeof after === "number" ? after * 3 : null,
      "2023",
    ];
  });
  return gridFrom("Sheet1", [header, ...rows]);
}
