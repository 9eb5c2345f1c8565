/**
 * Indonesian texts of the output sheets (Capaian, Predikat, Ringkasan, Temuan).
 * Sheet names are a public contract (contract.md): change them only with a schemaVersion bump.
 */
import type { Level, Quarter, Severity } from "../domain/types";

export const SHEET_NAMES = {
  capaian: "Capaian",
  predikat: "Predikat",
  ringkasan: "Ringkasan",
  temuan: "Temuan",
  narasi: "Narasi",
} as const;

const ROMAN: Record<Quarter, string> = { 1: "I", 2: "II", 3: "III", 4: "IV" };

/** 2 → "II". */
export function romanQuarter(q: Quarter): string {
  return ROMAN[q];
}

export const SEVERITY_LABELS: Record<Severity, string> = {
  error: "Galat",
  warning: "Peringatan",
  info: "Info",
};

export const LEVEL_LABELS: Record<Level, string> = {
  group: "Urusan/Bidang",
  program: "Program",
  activity: "Kegiatan",
  subactivity: "Sub Kegiatan",
};

/** "Penunjang Urusan" → "Program Penunjang Urusan"; a name that already says "Program …" is kept. */
export function programName(name: string): string {
  return /^\s*program\b/i.test(name) ? name.trim() : `Program ${name.trim()}`;
}

export const REPORT_TEXT = {
  yearLine: (year: number) => `TAHUN ${year}`,
  quarterLine: (q: Quarter) => `s.d. TRIWULAN ${romanQuarter(q)}`,
  scaleLine: (scaleName: string) => `Skala predikat: ${scaleName}`,

  capaian: {
    title: "CAPAIAN KINERJA DAN KEUANGAN",
    /** Block title of one program's table (the report's "Tabel 3.x"). */
    blockTitle: (no: number, program: string | null, q: Quarter) =>
      `Tabel 3.${no} Capaian Kinerja dan Keuangan ${program ? programName(program) + " " : ""}s.d. Triwulan ${romanQuarter(q)}`,
    no: "No",
    code: "Kode",
    name: "Program / Kegiatan / Sub Kegiatan",
    indicator: "Indikator",
    unit: "Satuan",
    annualTarget: "Target",
    quarterRealization: (q: Quarter) => `Realisasi TW ${romanQuarter(q)}`,
    realizationToDate: (q: Quarter) => `Realisasi s.d. TW ${romanQuarter(q)}`,
    performancePct: "% Capaian Kinerja",
    budget: "Pagu (Rp)",
    spentToDate: (q: Quarter) => `Realisasi Anggaran s.d. TW ${romanQuarter(q)} (Rp)`,
    budgetPct: "% Capaian Keuangan",
    predicate: "Predikat",
    stated: "Nilai Tertulis (berbeda)",
    /** One stated value that differs from ours, e.g. "U12: tertulis 60,00; hitungan 55,56". */
    statedDiffers: (cell: string, stated: string, computed: string) =>
      `${cell}: tertulis ${stated}; hitungan ${computed}`,
    total: "JUMLAH",
  },

  predikat: {
    title: "PERBANDINGAN CAPAIAN KINERJA DAN SERAPAN ANGGARAN",
    code: "Kode",
    name: "Program / Kegiatan",
    level: "Tingkat",
    performancePct: "Rata-rata Capaian Kinerja (%)",
    budgetPct: "Serapan Anggaran (%)",
    predicate: "Predikat",
    legendRange: "Rentang Capaian (%)",
    legendLabel: "Predikat",
    legendCode: "Kode",
  },

  ringkasan: {
    title: "RINGKASAN CAPAIAN KINERJA DAN KEUANGAN",
    item: "Uraian",
    value: "Nilai",
    agency: "Perangkat Daerah",
    year: "Tahun",
    quarter: "Triwulan",
    quarterValue: (q: Quarter) => `s.d. Triwulan ${romanQuarter(q)}`,
    scale: "Skala Predikat",
    keyIndicatorsHeader: "Indikator Kinerja Utama",
    kiTarget: "Target",
    kiRealization: (q: Quarter) => `Realisasi s.d. TW ${romanQuarter(q)}`,
    kiPerformance: "Capaian (%)",
    kiPredicate: "Predikat",
    noKeyIndicators: "Tidak ada indikator kinerja utama.",
    budgetHeader: "Anggaran",
    amount: "Jumlah",
    words: "Terbilang",
    budget: "Pagu Anggaran (Rp)",
    spentToDate: (q: Quarter) => `Realisasi Keuangan s.d. TW ${romanQuarter(q)} (Rp)`,
    budgetPct: "Capaian Keuangan (%)",
    remaining: "Sisa Anggaran (Rp)",
    countsHeader: "Jumlah Baris Rencana",
    count: "Jumlah",
    programs: "Program",
    activities: "Kegiatan",
    subactivities: "Sub Kegiatan",
    findingsHeader: "Temuan",
    activityHeader: "Kegiatan",
    activityPerformance: "Capaian Kinerja (%)",
    activityBudget: "Capaian Keuangan (%)",
    chartTitle: "Capaian Kinerja dan Capaian Keuangan per Kegiatan",
  },

  temuan: {
    no: "No.",
    severity: "Tingkat",
    sheet: "Sheet",
    cell: "Sel",
    code: "Kode",
    rowName: "Uraian",
    message: "Pesan",
    stated: "Nilai Tertulis",
    computed: "Nilai Hitungan",
    none: "Tidak ada temuan.",
  },
} as const;
