/**
 * Plan tables (layout A) as unseen agencies write them, through the command line: consistent
 * variants give the hand-computed totals with no error or warning; one planted defect is found
 * once, at its cell. Data (all variants): 2 programs, 3 kegiatan, 4 sub kegiatan;
 * budget 10 + 20 + 30 + 40 = 100.000.000; spent to TW II 4 + 9 + 12,5 + 20 = 45.500.000.
 */
import * as path from "node:path";
import { main } from "../../src/cli/main";
import type { JsonReport } from "../../src/domain/types";
import { workbookFromGrids } from "../fixtures/workbooks";
import { f, gridFrom, type CellInput } from "../support/grid";
import { capture, tmpDir } from "./helpers";

async function run(rows: CellInput[][], sheet: string, args = ["-t", "2"]): Promise<JsonReport> {
  const dir = tmpDir("capaian-plan-variants-");
  const file = path.join(dir, "v.xlsx");
  await workbookFromGrids([gridFrom(sheet, rows)]).xlsx.writeFile(file);
  const io = capture(dir);
  const code = await main(["--json", "-", "-q", ...args, file], io.io);
  expect(code).toBe(0);
  return JSON.parse(io.out()) as JsonReport;
}
const alarms = (r: JsonReport) => r.findings.filter((x) => x.severity !== "info").map((x) => `${x.rule}@${x.cell}`);
const levels = (r: JsonReport) => r.totals;

/** Three header rows, a units row K / Rp, "Pagu Anggaran" unmerged with a blank middle cell, text Rupiah. */
function threeHeaderRows(activityBudget = "30.000.000,00"): CellInput[][] {
  return [
    ["PENGUKURAN KINERJA TAHUN 2024 TRIWULAN II"],
    [null],
    [
      "Kode",
      "Program/Kegiatan/Sub Kegiatan",
      "Indikator Kinerja",
      "Satuan",
      "Target Tahunan",
      "Realisasi Kinerja",
      null,
      null,
      null,
      "Pagu Anggaran",
      "Realisasi Keuangan",
    ],
    [
      null,
      null,
      null,
      null,
      null,
      "Triwulan I",
      "Triwulan II",
      "Triwulan III",
      "Triwulan IV",
      null,
      "s.d. Triwulan II",
    ],
    [null, null, null, null, "K", "K", "K", "K", "K", "Rp", "Rp"],
    ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11 = 6+7+8+9"],
    [
      "1",
      "Penunjang Urusan Pemerintahan Daerah",
      "Persentase pelayanan",
      "%",
      100,
      null,
      null,
      null,
      null,
      "60.000.000,00",
      "25.500.000",
    ],
    [
      "1.1",
      "Perencanaan dan Evaluasi Kinerja",
      "Persentase dokumen",
      "%",
      100,
      null,
      null,
      null,
      null,
      activityBudget,
      "13.000.000",
    ],
    [
      "1.1.1",
      "Penyusunan Dokumen Perencanaan",
      "Jumlah dokumen",
      "Dok",
      4,
      1,
      1,
      null,
      null,
      "10.000.000,00",
      "4.000.000",
    ],
    [
      "1.1.2",
      "Penyusunan Laporan Kinerja",
      "Jumlah laporan",
      "Lap",
      12,
      3,
      3,
      null,
      null,
      "20.000.000,00",
      "9.000.000",
    ],
    [
      "1.2",
      "Administrasi Kepegawaian",
      "Persentase pegawai",
      "%",
      100,
      null,
      null,
      null,
      null,
      "30.000.000,00",
      "12.500.000",
    ],
    [
      "1.2.1",
      "Pendidikan dan Pelatihan Pegawai",
      "Jumlah pegawai",
      "Orang",
      10,
      0,
      4,
      null,
      null,
      "30.000.000,00",
      "12.500.000",
    ],
    [
      "2",
      "Informasi dan Komunikasi Publik",
      "Persentase informasi",
      "%",
      100,
      null,
      null,
      null,
      null,
      "40.000.000,00",
      "20.000.000",
    ],
    [
      "2.1",
      "Pengelolaan Informasi Publik",
      "Persentase layanan",
      "%",
      100,
      null,
      null,
      null,
      null,
      "40.000.000,00",
      "20.000.000",
    ],
    [
      "2.1.1",
      "Pengelolaan Informasi Publik",
      "Jumlah laporan",
      "Lap",
      2,
      0,
      1,
      null,
      null,
      "40.000.000,00",
      "20.000.000",
    ],
  ];
}

/** Sifat (level indicator), Polaritas (negative), and an unqualified "Realisasi s.d. TW II" after "Pagu". */
function sifatPolaritas(spent121 = 12500000): CellInput[][] {
  const sp = (a: number) => a;
  return [
    ["RENCANA AKSI TAHUN 2024"],
    [null],
    [
      "Kode",
      "Program/Kegiatan/Sub Kegiatan",
      "Indikator",
      "Satuan",
      "Sifat",
      "Polaritas",
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
      "Realisasi s.d. TW II",
    ],
    [
      "1",
      "Penunjang Urusan",
      "Persentase pelayanan",
      "%",
      null,
      null,
      100,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      f("=SUM(P5,P8)", 60000000),
      f("=SUM(Q5,Q8)", sp(13000000 + spent121)),
    ],
    [
      "1.1",
      "Perencanaan",
      "Persentase dokumen",
      "%",
      null,
      null,
      100,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      f("=SUM(P6,P7)", 30000000),
      f("=SUM(Q6,Q7)", 13000000),
    ],
    [
      "1.1.1",
      "Penyusunan Dokumen",
      "Jumlah dokumen",
      "Dok",
      "kumulatif",
      "positif",
      4,
      1,
      1,
      1,
      1,
      1,
      1,
      null,
      null,
      10000000,
      4000000,
    ],
    [
      "1.1.2",
      "Penyusunan Laporan",
      "Jumlah laporan",
      "Lap",
      "kumulatif",
      "positif",
      12,
      3,
      3,
      3,
      3,
      3,
      3,
      null,
      null,
      20000000,
      9000000,
    ],
    [
      "1.2",
      "Kepegawaian",
      "Persentase pegawai",
      "%",
      null,
      null,
      100,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      f("=SUM(P9)", 30000000),
      f("=SUM(Q9)", spent121),
    ],
    [
      "1.2.1",
      "Pelatihan Pegawai",
      "Persentase pegawai bersertifikat",
      "Orang",
      "non kumulatif",
      "positif",
      10,
      10,
      10,
      10,
      10,
      6,
      8,
      null,
      null,
      30000000,
      spent121,
    ],
    [
      "2",
      "Informasi Publik",
      "Persentase informasi",
      "%",
      null,
      null,
      100,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      f("=SUM(P11)", 40000000),
      f("=SUM(Q11)", 20000000),
    ],
    [
      "2.1",
      "Layanan Informasi",
      "Persentase layanan",
      "%",
      null,
      null,
      100,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      f("=SUM(P12)", 40000000),
      f("=SUM(Q12)", 20000000),
    ],
    [
      "2.1.1",
      "Pengaduan Informasi",
      "Jumlah aduan tak terselesaikan",
      "Lap",
      "kumulatif",
      "negatif",
      2,
      1,
      1,
      0,
      0,
      1,
      1,
      null,
      null,
      40000000,
      20000000,
    ],
  ];
}

/** One sheet of a workbook kept per quarter: "Target s.d. TW II" and "Realisasi s.d. TW II" only. */
function quarterSheet(programBudget = 60000000): CellInput[][] {
  return [
    ["RENCANA AKSI TAHUN 2024"],
    ["TRIWULAN II"],
    [null],
    [
      "Kode",
      "Uraian",
      "Indikator",
      "Satuan",
      "Target",
      "Target s.d. TW II",
      "Realisasi s.d. TW II",
      "Pagu",
      "Realisasi Keuangan s.d. TW II",
    ],
    ["1", "Penunjang Urusan", "Persentase pelayanan", "%", 100, null, null, programBudget, 25500000],
    ["1.1", "Perencanaan", "Persentase dokumen", "%", 100, null, null, 30000000, 13000000],
    ["1.1.1", "Penyusunan Dokumen", "Jumlah dokumen", "Dok", 4, 2, 2, 10000000, 4000000],
    ["1.1.2", "Penyusunan Laporan", "Jumlah laporan", "Lap", 12, 6, 6, 20000000, 9000000],
    ["1.2", "Kepegawaian", "Persentase pegawai", "%", 100, null, null, 30000000, 12500000],
    ["1.2.1", "Pelatihan Pegawai", "Jumlah pegawai", "Orang", 10, 5, 4, 30000000, 12500000],
    ["2", "Informasi Publik", "Persentase informasi", "%", 100, null, null, 40000000, 20000000],
    ["2.1", "Layanan Informasi", "Persentase layanan", "%", 100, null, null, 40000000, 20000000],
    ["2.1.1", "Pengelolaan Informasi", "Jumlah laporan", "Lap", 2, 1, 1, 40000000, 20000000],
  ];
}

/** One header row with the unit after each label: "Realisasi Kinerja Pada Triwulan I (K)" / "(Rp)", text Rupiah, "-". */
function unitSuffixHeaders(subBudget = "Rp 10.000.000"): CellInput[][] {
  const row = (
    code: string,
    name: string,
    unit: string,
    t: number,
    k: (number | null)[],
    budget: string,
    rp: [number, number],
    pct: string,
  ): CellInput[] => [
    code,
    name,
    "Indikator " + name,
    unit,
    t,
    budget,
    k[0] ?? null,
    k[1] ?? null,
    "-",
    "-",
    "Rp " + rp[0].toLocaleString("de-DE"),
    "Rp " + rp[1].toLocaleString("de-DE"),
    "-",
    "-",
    pct,
  ];
  return [
    ["EVALUASI RENJA 2024"],
    [null],
    [
      "No.",
      "Nama Program/Kegiatan",
      "Indikator Kinerja Program (Outcome)/Kegiatan (Output)",
      "Satuan",
      "Target Kinerja dan Anggaran Renja (K)",
      "Target Kinerja dan Anggaran Renja (Rp)",
      "Realisasi Kinerja Pada Triwulan I (K)",
      "Realisasi Kinerja Pada Triwulan II (K)",
      "Realisasi Kinerja Pada Triwulan III (K)",
      "Realisasi Kinerja Pada Triwulan IV (K)",
      "Realisasi Kinerja Pada Triwulan I (Rp)",
      "Realisasi Kinerja Pada Triwulan II (Rp)",
      "Realisasi Kinerja Pada Triwulan III (Rp)",
      "Realisasi Kinerja Pada Triwulan IV (Rp)",
      "% Capaian Keuangan",
    ],
    row("1.", "Penunjang Urusan", "%", 100, [null, null], "Rp 60.000.000", [10500000, 15000000], "42,5%"),
    row("1.1.", "Perencanaan", "%", 100, [null, null], "Rp 30.000.000", [5500000, 7500000], "43,33%"),
    row("1.1.1.", "Penyusunan Dokumen", "Dok", 4, [1, 1], subBudget, [1500000, 2500000], "40%"),
    row("1.1.2.", "Penyusunan Laporan", "Lap", 12, [3, 3], "Rp 20.000.000", [4000000, 5000000], "45%"),
    row("1.2.", "Kepegawaian", "%", 100, [null, null], "Rp 30.000.000", [5000000, 7500000], "41,67%"),
    row("1.2.1.", "Pelatihan Pegawai", "Orang", 10, [0, 4], "Rp 30.000.000", [5000000, 7500000], "41,67%"),
    row("2.", "Informasi Publik", "%", 100, [null, null], "Rp 40.000.000", [8000000, 12000000], "50%"),
    row("2.1.", "Layanan Informasi", "%", 100, [null, null], "Rp 40.000.000", [8000000, 12000000], "50%"),
    row("2.1.1.", "Pengelolaan Informasi", "Lap", 2, [0, 1], "Rp 40.000.000", [8000000, 12000000], "50%"),
  ];
}

/** Form E.81 with K | % | Rp per quarter (group labels written once, not merged), the % cumulative as a fraction (0,25 = 25 %). */
function e81Progress(pctTw1 = 0.25): CellInput[][] {
  return [
    ["EVALUASI HASIL RENJA TRIWULAN II TAHUN 2024"],
    [null],
    [
      "No",
      "Program/Kegiatan/Sub Kegiatan",
      "Indikator Kinerja",
      "Target Renja",
      null,
      "Realisasi Kinerja Pada Triwulan",
      null,
      null,
      null,
      null,
      null,
    ],
    [null, null, null, null, null, "I", null, null, "II", null, null],
    [null, null, null, "K", "Rp", "K", "%", "Rp", "K", "%", "Rp"],
    [
      "2.16.01",
      "Penunjang Urusan",
      "Persentase pelayanan",
      100,
      f("=SUM(E7)", 10000000),
      null,
      null,
      f("=SUM(H7)", 1500000),
      null,
      null,
      f("=SUM(K7)", 2500000),
    ],
    [
      "2.16.01.2.01",
      "Perencanaan",
      "Persentase dokumen",
      100,
      f("=SUM(E8)", 10000000),
      null,
      null,
      f("=SUM(H8)", 1500000),
      null,
      null,
      f("=SUM(K8)", 2500000),
    ],
    ["2.16.01.2.01.0001", "Penyusunan Dokumen", "Jumlah dokumen", 4, 10000000, 1, pctTw1, 1500000, 1, 0.5, 2500000],
  ];
}

/** "% Capaian s.d. TW II" computed against the target to date on every sub kegiatan (a workbook convention). */
function toDatePercent(pct112 = 100): CellInput[][] {
  const head = [
    "Kode",
    "Uraian",
    "Indikator",
    "Satuan",
    "Target",
    "Target TW I",
    "Target TW II",
    "Target TW III",
    "Target TW IV",
    "Realisasi TW I",
    "Realisasi TW II",
    "Pagu",
    "Realisasi Keuangan s.d. TW II",
    "% Capaian s.d. TW II",
  ];
  const parent = (code: string, name: string, budget: number, spent: number): CellInput[] => [
    code,
    name,
    "Persentase " + name,
    "%",
    100,
    null,
    null,
    null,
    null,
    null,
    null,
    budget,
    spent,
    null,
  ];
  return [
    ["RENCANA AKSI TAHUN 2024"],
    [null],
    head,
    parent("1", "Penunjang Urusan", 60000000, 25500000),
    parent("1.1", "Perencanaan", 30000000, 13000000),
    ["1.1.1", "Penyusunan Dokumen", "Jumlah dokumen", "Dok", 4, 1, 1, 1, 1, 1, 1, 10000000, 4000000, 100],
    ["1.1.2", "Penyusunan Laporan", "Jumlah laporan", "Lap", 12, 3, 3, 3, 3, 3, 3, 20000000, 9000000, pct112],
    parent("1.2", "Kepegawaian", 30000000, 12500000),
    ["1.2.1", "Pelatihan Pegawai", "Jumlah pegawai", "Orang", 10, 0, 5, 0, 5, 0, 4, 30000000, 12500000, 80],
    parent("2", "Informasi Publik", 40000000, 20000000),
    parent("2.1", "Layanan Informasi", 40000000, 20000000),
    ["2.1.1", "Pengelolaan Informasi", "Jumlah laporan", "Lap", 2, 0, 1, 0, 1, 0, 1, 40000000, 20000000, 100],
  ];
}

/** Spending per quarter and its own to-date column (E.81 columns 8–12 in Rp); the parents state all three. */
function quartersAndToDate(subToDate = 4000000): CellInput[][] {
  const row = (
    code: string,
    name: string,
    t: number,
    k: [number | null, number | null],
    b: number,
    rp: [number, number],
    toDate = rp[0] + rp[1],
  ): CellInput[] => [code, name, "Indikator " + name, t, k[0], k[1], b, rp[0], rp[1], toDate];
  return [
    ["EVALUASI RENJA TRIWULAN II TAHUN 2024"],
    [null],
    [
      "Kode",
      "Uraian",
      "Indikator",
      "Target",
      "Realisasi TW I",
      "Realisasi TW II",
      "Pagu",
      "Realisasi Keuangan TW I",
      "Realisasi Keuangan TW II",
      "Realisasi Keuangan s.d. TW II",
    ],
    row("1", "Penunjang Urusan", 100, [null, null], 30000000, [5500000, 7500000]),
    row("1.1", "Perencanaan", 100, [null, null], 30000000, [5500000, 7500000]),
    row("1.1.1", "Penyusunan Dokumen", 4, [1, 1], 10000000, [1500000, 2500000], subToDate),
    row("1.1.2", "Penyusunan Laporan", 12, [3, 3], 20000000, [4000000, 5000000]),
  ];
}

/** Form E.81 at mid-year with no quarter in its title: columns for TW I–IV, filled up to TW II, and column 12 naming no quarter. */
function e81MidYear(): CellInput[][] {
  const sub = (name: string, t: number, k: [number, number], rp: [number, number], b: number): CellInput[] => [
    "",
    name,
    "Jumlah " + name,
    t,
    b,
    k[0],
    rp[0],
    k[1],
    rp[1],
    null,
    null,
    null,
    null,
    k[0] + k[1],
    rp[0] + rp[1],
  ];
  return [
    ["EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH TAHUN 2024"],
    [null],
    [
      "No",
      "Program/Kegiatan/Sub Kegiatan",
      "Indikator Kinerja",
      "Target Renja",
      null,
      "Realisasi Kinerja Pada Triwulan",
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      "Realisasi Capaian Kinerja dan Anggaran Renja yang Dievaluasi",
      null,
    ],
    [null, null, null, null, null, "I", null, "II", null, "III", null, "IV", null, null, null],
    [null, null, null, "K", "Rp", "K", "Rp", "K", "Rp", "K", "Rp", "K", "Rp", "K", "Rp"],
    [
      "1",
      "Program Pelayanan Kesehatan",
      "Persentase layanan",
      100,
      f("=SUM(E7)", 100000000),
      null,
      f("=SUM(G7)", 30000000),
      null,
      f("=SUM(I7)", 45000000),
      null,
      f("=SUM(K7)", 0),
      null,
      f("=SUM(M7)", 0),
      null,
      f("=SUM(O7)", 75000000),
    ],
    [
      "1.1",
      "Kegiatan Pelayanan Ibu Hamil",
      "Persentase ibu hamil terlayani",
      100,
      f("=SUM(E8)", 100000000),
      null,
      f("=SUM(G8)", 30000000),
      null,
      f("=SUM(I8)", 45000000),
      null,
      f("=SUM(K8)", 0),
      null,
      f("=SUM(M8)", 0),
      null,
      f("=SUM(O8)", 75000000),
    ],
    ["1.1.1", ...sub("Pelayanan Kesehatan Ibu Hamil", 1000, [250, 300], [30000000, 45000000], 100000000).slice(1)],
  ];
}

const act = (r: JsonReport, code: string) => r.rows.find((x) => x.code === code);

describe("plan-table variants from unseen agencies", () => {
  test("a header without merges: 'Pagu Anggaran' over a blank cell does not take the quarter of the column to its left", async () => {
    const r = await run(threeHeaderRows(), "Capaian");
    expect(levels(r)).toMatchObject({
      programs: 2,
      activities: 3,
      subactivities: 4,
      budget: 100000000,
      spentToDate: 45500000,
    });
    expect(act(r, "1")).toMatchObject({ performancePct: 45, budget: 60000000 });
    expect(alarms(r)).toEqual([]);
  });

  test("… and a wrong activity budget there is one sum-mismatch, at its cell", async () => {
    const r = await run(threeHeaderRows("31.000.000,00"), "Capaian");
    expect(alarms(r)).toEqual(["sum-mismatch@J8"]);
  });

  test("level (non kumulatif) and negative indicators; 'Realisasi s.d. TW II' beside 'Pagu' is the money the arithmetic says", async () => {
    const r = await run(sifatPolaritas(), "Renaksi");
    expect(levels(r)).toMatchObject({
      programs: 2,
      activities: 3,
      subactivities: 4,
      budget: 100000000,
      spentToDate: 45500000,
    });
    // 1.2.1 level: latest 8 of 10 = 80 %; 2.1.1 negative: (2×2 − 2) ÷ 2 = 100 %; program 1 = (50 + 80) ÷ 2.
    expect(act(r, "1.2.1")).toMatchObject({ performancePct: 80 });
    expect(act(r, "2.1.1")).toMatchObject({ performancePct: 100 });
    expect(act(r, "1")).toMatchObject({ performancePct: 65, predicate: "Baik" });
    expect(alarms(r)).toEqual([]);
  });

  test("… and spending over its budget there is one over-budget, at its cell", async () => {
    const r = await run(sifatPolaritas(31000000), "Renaksi");
    expect(alarms(r)).toEqual(["over-budget@Q9"]);
  });

  test("a sheet per quarter: a 'Target s.d. TW II' column is no reason to doubt the annual targets", async () => {
    const r = await run(quarterSheet(), "TW II");
    expect(levels(r)).toMatchObject({
      programs: 2,
      activities: 3,
      subactivities: 4,
      budget: 100000000,
      spentToDate: 45500000,
    });
    expect(act(r, "1")).toMatchObject({ performancePct: 45 });
    expect(alarms(r)).toEqual([]);
  });

  test("… and a wrong program budget there is one sum-mismatch, at its cell", async () => {
    const r = await run(quarterSheet(61000000), "TW II");
    expect(alarms(r)).toEqual(["sum-mismatch@H5"]);
  });

  test("'(K)' and '(Rp)' written after the label in one header cell name the figure's kind (targets and realisations were dropped)", async () => {
    const r = await run(unitSuffixHeaders(), "Triwulan II");
    expect(levels(r)).toMatchObject({
      programs: 2,
      activities: 3,
      subactivities: 4,
      budget: 100000000,
      spentToDate: 45500000,
    });
    expect(act(r, "1")).toMatchObject({ performancePct: 45, budget: 60000000 });
    expect(act(r, "1.2.1")).toMatchObject({ performancePct: 40 });
    expect(alarms(r)).toEqual([]);
  });

  test("… and a sub kegiatan budget that breaks its activity's stated sum is found at the activity", async () => {
    const r = await run(unitSuffixHeaders("Rp 12.000.000"), "Triwulan II");
    expect(alarms(r)).toContain("sum-mismatch@F5");
  });

  test("E.81 % sub-columns: consistent K and cumulative % give no finding", async () => {
    const r = await run(e81Progress(), "E81");
    expect(act(r, "2.16.01.2.01.0001")).toMatchObject({ realizationToDate: 2, performancePct: 50 });
    expect(alarms(r)).toEqual([]);
  });

  test("… and one wrong % in TW I is one finding (TW I's K), not a second one for TW II whose K to date agree with its %", async () => {
    const r = await run(e81Progress(0.3), "E81");
    expect(alarms(r)).toEqual(["stated-value-mismatch@F8"]);
  });

  test("a '% Capaian' column the workbook computes against the target to date: one layout info, no warnings; performance stays against the annual target", async () => {
    const r = await run(toDatePercent(), "Renaksi");
    expect(levels(r)).toMatchObject({
      programs: 2,
      activities: 3,
      subactivities: 4,
      budget: 100000000,
      spentToDate: 45500000,
    });
    expect(act(r, "1.1.1")).toMatchObject({ performancePct: 50 });
    expect(act(r, "1")).toMatchObject({ performancePct: 45 });
    expect(alarms(r)).toEqual([]);
    expect(r.findings.filter((x) => x.rule === "layout").map((x) => x.cell)).toEqual(["N6"]);
  });

  test("… and the one row departing from it is flagged against its target to date (6 ÷ 6 = 100 %)", async () => {
    const r = await run(toDatePercent(90), "Renaksi");
    expect(alarms(r)).toEqual(["stated-value-mismatch@N7"]);
    expect(r.findings.find((x) => x.cell === "N7")).toMatchObject({ stated: 90, computed: 100 });
  });

  test("a sub kegiatan's wrong to-date spending is one finding at that cell; its parents, which add up its quarters, are not flagged", async () => {
    expect(alarms(await run(quartersAndToDate(), "Renja"))).toEqual([]);
    const r = await run(quartersAndToDate(3000000), "Renja");
    expect(alarms(r)).toEqual(["sum-mismatch@J6"]);
    expect(r.totals).toMatchObject({ budget: 30000000, spentToDate: 13000000 });
  });

  test("E.81 at mid-year, no quarter asked or titled: computed s.d. TW II (the last quarter filled), not TW IV", async () => {
    const r = await run(e81MidYear(), "E81", []);
    expect(r.quarter).toBe(2);
    expect(act(r, "1.1.1")).toMatchObject({ realizationToDate: 550 });
    expect(act(r, "1.1.1")?.performancePct).toBeCloseTo(55, 9);
    expect(r.totals).toMatchObject({ budget: 100000000, spentToDate: 75000000 });
    expect(alarms(r)).toEqual([]);
  });
});
