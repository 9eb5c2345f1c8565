/** Indonesian texts for a workbook holding several agencies (output sheets, CLI summary). */
export const AGENCY_TEXT = {
  heading: (agency: string) => `Perangkat Daerah: ${agency}`,
  /** The summary's heading for a workbook of several agencies whose title names none. */
  many: (n: number) => `${n} perangkat daerah`,
  blockTitle: "Rekap per perangkat daerah",
  columns: {
    agency: "Perangkat Daerah",
    programs: "Program",
    activities: "Kegiatan",
    subactivities: "Sub Kegiatan",
    budget: "Pagu (Rp)",
    spent: "Realisasi (Rp)",
    pct: "Serapan (%)",
    remaining: "Sisa (Rp)",
    findings: "Temuan",
  },
  /** CLI: the line above the per-agency blocks. */
  summaryIntro: (n: number) => `Workbook ini memuat ${n} perangkat daerah; hasil per perangkat daerah:`,
  summaryTotal: "Seluruh perangkat daerah",
  moreAgencies: (n: number) => `  … dan ${n} perangkat daerah lain (lihat lembar Capaian atau laporan JSON).`,
};
