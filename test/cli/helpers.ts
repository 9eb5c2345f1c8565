/** Test helpers for the CLI: a small layout-A workbook built with ExcelJS, captured streams. */
import ExcelJS from "exceljs";
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { CliIO } from "../../src/cli/main";

export const HEADER = [
  "Kode",
  "Program/Kegiatan/Sub Kegiatan",
  "Indikator",
  "Satuan",
  "Target",
  "Target TW I",
  "Target TW II",
  "Target TW III",
  "Target TW IV",
  "Realisasi TW I",
  "Realisasi TW II",
  "Realisasi TW III",
  "Realisasi TW IV",
  "Pagu",
  "Realisasi Keuangan TW I",
  "Realisasi Keuangan TW II",
  "Realisasi Keuangan TW III",
  "Realisasi Keuangan TW IV",
];

export interface FixtureOptions {
  agency?: string;
  year?: number;
  sheet?: string;
}

/**
 * 1 program, 1 activity, 2 sub-activities; realizations for TW I and II.
 * Sub 1: 2 of 4 Dok (50 %), Sub 2: 5 of 12 Laporan (41,67 %); budget 80.000.000, spent 33.000.000.
 */
export async function buildLayoutAWorkbook(file: string, opts: FixtureOptions = {}): Promise<void> {
  const agency = opts.agency ?? "DINAS CONTOH KABUPATEN CONTOH";
  const year = opts.year ?? 2024;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(opts.sheet ?? `Renaksi ${year}`);
  ws.addRow([`RENCANA AKSI ${agency} TAHUN ${year}`]);
  ws.addRow([]);
  ws.addRow(HEADER);
  const E = null;
  ws.addRow(["1.01.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH", "Persentase dokumen perencanaan tepat waktu", "%", 100, E, E, E, E, E, E, E, E, 80000000, 15000000, 18000000, E, E]);
  ws.addRow(["1.01.01.2.01", "Kegiatan Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", "Persentase dokumen yang tersusun", "%", 100, E, E, E, E, E, E, E, E, 80000000, 15000000, 18000000, E, E]);
  ws.addRow(["1.01.01.2.01.0001", "Sub Kegiatan Penyusunan Dokumen Perencanaan Perangkat Daerah", "Jumlah dokumen perencanaan", "Dok", 4, 1, 1, 1, 1, 1, 1, E, E, 50000000, 10000000, 12000000, E, E]);
  ws.addRow(["1.01.01.2.01.0002", "Sub Kegiatan Koordinasi dan Penyusunan Laporan Capaian Kinerja", "Jumlah laporan", "Laporan", 12, 3, 3, 3, 3, 3, 2, E, E, 30000000, 5000000, 6000000, E, E]);
  await wb.xlsx.writeFile(file);
}

export function tmpDir(prefix = "capaian-cli-"): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function sha256(file: string): string {
  return createHash("sha256").update(fs.readFileSync(file)).digest("hex");
}

/** Files in a directory (names), sorted. */
export function listDir(dir: string): string[] {
  return fs.readdirSync(dir).sort();
}

export interface Captured {
  io: CliIO;
  out: () => string;
  err: () => string;
}

export function capture(cwd: string, env: Record<string, string | undefined> = {}): Captured {
  let out = "";
  let err = "";
  return {
    io: {
      stdout: { write: (s: string) => ((out += s), true) },
      stderr: { write: (s: string) => ((err += s), true) },
      cwd,
      env,
    },
    out: () => out,
    err: () => err,
  };
}
