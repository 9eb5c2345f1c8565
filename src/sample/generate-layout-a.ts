/**
 * Deterministic generator of layout-A workbooks (layouts.md "Layout A — LKj / Rencana Aksi") of
 * any size, for benchmarks and robustness tests. Same seed and options → same workbook, cell for
 * cell (a seeded PRNG; Math.random is never used).
 *
 * Sheet "Renaksi 2024":
 *   rows 1–3   title: "RENCANA AKSI TRIWULAN II", agency, "TAHUN ANGGARAN 2024"
 *   rows 4–5   header: Kode | Program/Kegiatan/Sub Kegiatan | Indikator Kinerja | Satuan |
 *              Target 2024 | Target (TW I..IV, merged group) | Realisasi Kinerja (TW I..IV, merged) |
 *              Pagu Anggaran (Rp) | Realisasi Keuangan (Rp) (TW I..IV, merged)
 *   row 6      column numbers "(1)" … "(18)"
 *   rows 7…    program (code "1") → ~10 activities ("1.1") → ~5 sub-activities ("1.1.1") each;
 *              activity and program budgets / spending are =SUM formulas with cached results;
 *              quarters 1..`quarters` (default 2) hold realizations and spending.
 *
 * Two outputs from one description: an in-memory Grid (engine benchmarks) and an ExcelJS workbook
 * (CLI benchmarks, bad-input corpus).
 */
import ExcelJS from "exceljs";
import type { Cell, CellRange, Grid } from "../domain/grid";
import { columnLetter } from "../domain/grid";

export interface LayoutAOptions {
  /** Number of sub-activity rows (exact). */
  subactivities: number;
  seed?: number;
  /** Quarters with realizations and spending (0–4, default 2). */
  quarters?: number;
  sheet?: string;
  /** Mean sub-activities per activity (default 5) and activities per program (default 10). */
  subsPerActivity?: number;
  activitiesPerProgram?: number;
  /**
   * "outline" (default): local outline numbering 1 / 1.1 / 1.1.1.
   * "nomenclature": government codes U.BB.PP / U.BB.PP.2.AA / U.BB.PP.2.AA.SSSS (Kepmendagri 050-5889/2021).
   */
  codes?: "outline" | "nomenclature";
}

/** A generated cell: a value, or a formula with its cached result. */
export type GenValue = string | number | null | { formula: string; result: number };

export interface GeneratedLayoutA {
  sheet: string;
  /** rows[i] is sheet row i + 1; rows[i][c] is column c + 1. */
  rows: GenValue[][];
  merges: CellRange[];
  /** 1-based sheet rows of the header (first..last) and of the data. */
  headerRows: { first: number; last: number };
  dataRows: { first: number; last: number };
  counts: { programs: number; activities: number; subactivities: number };
  /** Σ sub-activity budgets (whole Rupiah). */
  totalBudget: number;
}

export const LAYOUT_A_COLUMNS = 18;
const COL = {
  code: 1,
  name: 2,
  indicator: 3,
  unit: 4,
  target: 5,
  tq: 6, // F..I
  rq: 10, // J..M
  budget: 14, // N
  sq: 15, // O..R
} as const;

/** mulberry32: small, fast, deterministic 32-bit PRNG returning [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const UNITS = ["Dokumen", "Laporan", "Orang", "Paket", "Unit", "Kegiatan", "Dok"];
const SUB_TOPICS = [
  "Penyusunan Dokumen Perencanaan Perangkat Daerah",
  "Koordinasi dan Penyusunan Dokumen RKA-SKPD",
  "Evaluasi Kinerja Perangkat Daerah",
  "Penyediaan Gaji dan Tunjangan ASN",
  "Pendataan dan Pengolahan Administrasi Kepegawaian",
  "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik",
  "Pemeliharaan Peralatan dan Mesin Lainnya",
  "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD",
  "Pengadaan Bahan Logistik Kantor",
  "Sosialisasi Peraturan Perundang-Undangan",
];
const ACT_TOPICS = [
  "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
  "Administrasi Keuangan Perangkat Daerah",
  "Administrasi Kepegawaian Perangkat Daerah",
  "Administrasi Umum Perangkat Daerah",
  "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
  "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah",
];
const PROG_TOPICS = [
  "Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
  "Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
  "Peningkatan Kapasitas Sumber Daya Manusia Kesehatan",
  "Pengelolaan Pendidikan",
];

function header(): { rows: GenValue[][]; merges: CellRange[] } {
  const h1: GenValue[] = new Array(LAYOUT_A_COLUMNS).fill(null);
  const h2: GenValue[] = new Array(LAYOUT_A_COLUMNS).fill(null);
  h1[COL.code - 1] = "Kode";
  h1[COL.name - 1] = "Program/Kegiatan/Sub Kegiatan";
  h1[COL.indicator - 1] = "Indikator Kinerja";
  h1[COL.unit - 1] = "Satuan";
  h1[COL.target - 1] = "Target 2024";
  h1[COL.tq - 1] = "Target";
  h1[COL.rq - 1] = "Realisasi Kinerja";
  h1[COL.budget - 1] = "Pagu Anggaran (Rp)";
  h1[COL.sq - 1] = "Realisasi Keuangan (Rp)";
  const tw = ["TW I", "TW II", "TW III", "TW IV"];
  for (let q = 0; q < 4; q++) {
    h2[COL.tq - 1 + q] = tw[q];
    h2[COL.rq - 1 + q] = tw[q];
    h2[COL.sq - 1 + q] = tw[q];
  }
  const numbers: GenValue[] = Array.from({ length: LAYOUT_A_COLUMNS }, (_, i) => `(${i + 1})`);
  const merges: CellRange[] = [
    { top: 4, left: COL.tq, bottom: 4, right: COL.tq + 3 },
    { top: 4, left: COL.rq, bottom: 4, right: COL.rq + 3 },
    { top: 4, left: COL.sq, bottom: 4, right: COL.sq + 3 },
  ];
  for (const c of [COL.code, COL.name, COL.indicator, COL.unit, COL.target, COL.budget]) {
    merges.push({ top: 4, left: c, bottom: 5, right: c });
  }
  return { rows: [h1, h2, numbers], merges };
}

/** Sizes of successive groups: integers around `mean` (mean−2 … mean+2, at least 1) summing to `total`. */
function groupSizes(total: number, mean: number, rnd: () => number): number[] {
  const out: number[] = [];
  let left = total;
  while (left > 0) {
    const n = Math.max(1, Math.min(left, Math.round(mean) - 2 + Math.floor(rnd() * 5)));
    out.push(n);
    left -= n;
  }
  return out;
}

/** Generates the description of a layout-A workbook (see the file comment). */
export function generateLayoutA(options: LayoutAOptions): GeneratedLayoutA {
  const n = Math.max(0, Math.floor(options.subactivities));
  const rnd = prng(options.seed ?? 2024);
  const quarters = Math.max(0, Math.min(4, options.quarters ?? 2));
  const sheet = options.sheet ?? "Renaksi 2024";
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)];
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));

  const title: GenValue[][] = [
    [`RENCANA AKSI TRIWULAN ${["", "I", "II", "III", "IV"][Math.max(1, quarters)]}`],
    ["DINAS CONTOH KABUPATEN CONTOH"],
    ["TAHUN ANGGARAN 2024"],
  ];
  const head = header();
  const rows: GenValue[][] = [...title, ...head.rows];
  const firstData = rows.length + 1;
  const letter = (c: number) => columnLetter(c);

  const actSizes = groupSizes(n, options.subsPerActivity ?? 5, rnd);
  const progSizes = groupSizes(actSizes.length, options.activitiesPerProgram ?? 10, rnd);
  let actIndex = 0;
  let totalBudget = 0;
  let activities = 0;

  const emptyRow = (): GenValue[] => new Array(LAYOUT_A_COLUMNS).fill(null);
  const pctRow = (code: string, name: string, indicator: string, target: number): GenValue[] => {
    const r = emptyRow();
    r[COL.code - 1] = code;
    r[COL.name - 1] = name;
    r[COL.indicator - 1] = indicator;
    r[COL.unit - 1] = "%";
    r[COL.target - 1] = target;
    [25, 50, 75, 100].forEach((t, q) => (r[COL.tq - 1 + q] = (t * target) / 100));
    return r;
  };

  const nomenclature = options.codes === "nomenclature";
  const pad = (x: number, w: number) => String(x).padStart(w, "0");
  // Nomenclature: program p → urusan 1 + ⌊p / 9801⌋, bidang 01–99, program 01–99.
  const programCode = (p: number) =>
    nomenclature
      ? `${1 + Math.floor(p / 9801)}.${pad(1 + (Math.floor(p / 99) % 99), 2)}.${pad(1 + (p % 99), 2)}`
      : `${p + 1}`;
  const activityCode = (prog: string, a: number) => (nomenclature ? `${prog}.2.${pad(a + 1, 2)}` : `${prog}.${a + 1}`);
  const subCode = (act: string, s: number) => (nomenclature ? `${act}.${pad(s + 1, 4)}` : `${act}.${s + 1}`);

  for (let p = 0; p < progSizes.length; p++) {
    const progCode = programCode(p);
    const progRow = pctRow(
      progCode,
      `Program ${pick(PROG_TOPICS)}`,
      `Persentase Capaian Kinerja Program ${p + 1}`,
      100,
    );
    rows.push(progRow);
    const actRowNumbers: number[] = [];
    const progSums = new Array<number>(1 + quarters).fill(0); // [budget, spend q1..]
    for (let a = 0; a < progSizes[p]; a++) {
      const subs = actSizes[actIndex++];
      activities++;
      const actCode = activityCode(progCode, a);
      const actRow = pctRow(
        actCode,
        `Kegiatan ${pick(ACT_TOPICS)}`,
        `Persentase Dokumen yang Tersusun Tepat Waktu ${actCode}`,
        pick([95, 100, 100]),
      );
      const actRowNumber = rows.length + 1;
      actRowNumbers.push(actRowNumber);
      rows.push(actRow);
      const sums = new Array<number>(1 + quarters).fill(0);
      for (let s = 0; s < subs; s++) {
        const r = emptyRow();
        const code = subCode(actCode, s);
        const unit = pick(UNITS);
        const target = int(1, 12);
        // Quarterly targets: a flow split summing to the annual target.
        const tq = [0, 0, 0, 0];
        for (let k = 0; k < target; k++) tq[int(0, 3)]++;
        r[COL.code - 1] = code;
        r[COL.name - 1] = `Sub Kegiatan ${pick(SUB_TOPICS)} ${code}`;
        r[COL.indicator - 1] = `Jumlah ${unit} ${code}`;
        r[COL.unit - 1] = unit;
        r[COL.target - 1] = target;
        for (let q = 0; q < 4; q++) r[COL.tq - 1 + q] = tq[q] === 0 ? "-" : tq[q];
        const budget = int(10, 900) * 100_000 + int(0, 9) * 1_000;
        r[COL.budget - 1] = budget;
        sums[0] += budget;
        let spentSoFar = 0;
        for (let q = 0; q < quarters; q++) {
          const real = Math.max(0, tq[q] - (rnd() < 0.2 ? 1 : 0) + (rnd() < 0.05 ? 1 : 0));
          r[COL.rq - 1 + q] = real;
          const spend = Math.min(budget - spentSoFar, Math.round((budget * (0.1 + rnd() * 0.2)) / 1000) * 1000);
          r[COL.sq - 1 + q] = spend;
          spentSoFar += spend;
          sums[1 + q] += spend;
        }
        rows.push(r);
      }
      const first = actRowNumber + 1;
      const last = actRowNumber + subs;
      const sumCols = [COL.budget, ...Array.from({ length: quarters }, (_, q) => COL.sq + q)];
      sumCols.forEach((c, k) => {
        actRow[c - 1] = { formula: `SUM(${letter(c)}${first}:${letter(c)}${last})`, result: sums[k] };
        progSums[k] += sums[k];
      });
      totalBudget += sums[0];
    }
    const sumCols = [COL.budget, ...Array.from({ length: quarters }, (_, q) => COL.sq + q)];
    sumCols.forEach((c, k) => {
      progRow[c - 1] = {
        formula: `SUM(${actRowNumbers.map((r) => `${letter(c)}${r}`).join(",")})`,
        result: progSums[k],
      };
    });
  }

  return {
    sheet,
    rows,
    merges: head.merges,
    headerRows: { first: 4, last: 6 },
    dataRows: { first: firstData, last: rows.length },
    counts: { programs: progSizes.length, activities, subactivities: n },
    totalBudget,
  };
}

function toCell(v: GenValue): Cell {
  if (v === null) return { value: null };
  if (typeof v === "object") return { value: v.result, formula: "=" + v.formula };
  return { value: v };
}

/** The generated table as the engine's input Grid (as the xlsx reader would produce it). */
export function layoutAGrid(options: LayoutAOptions | GeneratedLayoutA): Grid {
  const g = "rows" in options ? options : generateLayoutA(options);
  const cells: Cell[][] = g.rows.map((row) => {
    let last = row.length - 1;
    while (last >= 0 && row[last] === null) last--;
    const out: Cell[] = new Array(last + 1);
    for (let c = 0; c <= last; c++) out[c] = toCell(row[c]);
    return out;
  });
  return {
    sheet: g.sheet,
    top: 1,
    left: 1,
    cells,
    merges: g.merges.map((m) => ({ ...m })),
    hiddenRows: [],
    hiddenColumns: [],
  };
}

/** Adds the generated table as a worksheet of `workbook` (a new workbook when omitted). */
export function layoutAWorkbook(
  options: LayoutAOptions | GeneratedLayoutA,
  workbook: ExcelJS.Workbook = new ExcelJS.Workbook(),
): ExcelJS.Workbook {
  const g = "rows" in options ? options : generateLayoutA(options);
  const ws = workbook.addWorksheet(g.sheet);
  g.rows.forEach((row, i) => {
    const line = ws.getRow(i + 1);
    row.forEach((v, c) => {
      if (v === null) return;
      line.getCell(c + 1).value =
        typeof v === "object" ? ({ formula: v.formula, result: v.result } as ExcelJS.CellFormulaValue) : v;
    });
  });
  for (const m of g.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  const bold = { bold: true };
  for (let r = g.headerRows.first; r <= g.headerRows.last; r++) ws.getRow(r).font = bold;
  for (const c of [COL.budget, COL.sq, COL.sq + 1, COL.sq + 2, COL.sq + 3]) ws.getColumn(c).numFmt = "#,##0";
  ws.getColumn(COL.name).width = 50;
  return workbook;
}

/** Writes a generated layout-A workbook to `file` (plain ExcelJS writer). Returns the description. */
export async function writeLayoutAFile(file: string, options: LayoutAOptions): Promise<GeneratedLayoutA> {
  const g = generateLayoutA(options);
  const wb = layoutAWorkbook(g);
  await wb.xlsx.writeFile(file);
  return g;
}
