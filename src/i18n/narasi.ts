/**
 * Sentence templates of the `Narasi` sheet: the paragraphs of the report's chapter III, one per
 * program, activity and sub-activity. Numbers arrive already formatted (Indonesian style) by
 * src/domain/report/narasi.ts; units are written as the workbook writes them (Indonesian has no
 * plural: "9 dokumen"). Text in square brackets is for the person writing the report to fill in.
 */
import type { Level, Quarter } from "../domain/types";
import { SHEET_NAMES, romanQuarter } from "./report";

export const NARASI_SHEET_NAME = SHEET_NAMES.narasi;

const LEVEL_WORD: Record<Level, string> = {
  group: "Urusan",
  program: "Program",
  activity: "Kegiatan",
  subactivity: "Sub Kegiatan",
};

/** "Penyusunan Dokumen" → "Sub Kegiatan Penyusunan Dokumen"; a name that already says its level is kept. */
export function levelName(level: Level, name: string): string {
  const word = LEVEL_WORD[level];
  const n = name.trim();
  return n.toLowerCase().startsWith(word.toLowerCase() + " ") ? n : `${word} ${n}`;
}

/** "sub kegiatan", "kegiatan", "program" (inside a sentence). */
export function levelWord(level: Level): string {
  return LEVEL_WORD[level].toLowerCase();
}

const tw = (q: Quarter) => `triwulan ${romanQuarter(q)}`;

export const NARASI_TEXT = {
  title: "NARASI CAPAIAN KINERJA DAN KEUANGAN",
  no: "No",
  text: "Uraian",
  /** Block heading of one program's paragraphs. */
  blockTitle: (no: number, program: string | null) =>
    program ? `3.${no} ${levelName("program", program)}` : `3.${no} Kegiatan dan Sub Kegiatan`,

  // -- performance
  target: (subject: string, indicator: string | null, amount: string) =>
    `Target kinerja ${subject}${indicator ? ` dengan indikator ${indicator}` : ""} ditetapkan sebesar ${amount}.`,
  noTarget: (subject: string, indicator: string | null) =>
    `Target kinerja ${subject}${indicator ? ` dengan indikator ${indicator}` : ""} tidak tercantum.`,
  /** "triwulan I 2 dokumen, triwulan II 3 dokumen" */
  quarterPart: (q: Quarter, amount: string) => `${tw(q)} ${amount}`,
  realized: (q: Quarter, amount: string, perQuarter: string | null, pct: string | null) =>
    `Sampai dengan ${tw(q)} terealisasi ${amount}${perQuarter ? ` (${perQuarter})` : ""}` +
    (pct ? ` atau capaian realisasi kinerjanya sebesar ${pct}.` : ", capaian kinerjanya belum dapat dihitung."),
  notRealized: (q: Quarter) => `Sampai dengan ${tw(q)} belum ada realisasi kinerja yang tercatat.`,
  /** Activities and programs: their realization (percent of their indicator) and how it was found. */
  aggregateRealized: (q: Quarter, subject: string, realization: string, target: string | null, pct: string | null) =>
    `Sampai dengan ${tw(q)} realisasi kinerja ${subject} sebesar ${realization}` +
    (target ? ` dari target ${target}` : "") +
    (pct ? ` atau capaian kinerjanya sebesar ${pct}` : "") +
    ".",
  aggregateNone: (q: Quarter, subject: string) =>
    `Sampai dengan ${tw(q)} capaian kinerja ${subject} belum dapat dihitung.`,
  computedFromSubs: (over: "targeted" | "all", q: Quarter) =>
    over === "targeted"
      ? `Nilai ini adalah rata-rata capaian kinerja sub kegiatan yang memiliki target sampai dengan ${tw(q)}.`
      : "Nilai ini adalah rata-rata capaian kinerja sub kegiatan yang memiliki target tahunan.",
  computedFromActivities: "Nilai ini adalah rata-rata realisasi kinerja kegiatan-kegiatannya.",
  stated: "Nilai ini sebagaimana tertulis pada lembar kerja.",
  whatWasDone: "Kegiatan yang dilaksanakan: [uraikan kegiatan yang dilaksanakan].",
  lowPerformance: "Capaian kinerja ini masih rendah karena [jelaskan penyebab].",

  // -- budget
  budget: (q: Quarter, level: string, spent: string, budget: string, pct: string | null) =>
    `Realisasi anggaran ${level} ini sampai dengan ${tw(q)} sebesar ${spent} dari pagu ${budget}` +
    (pct ? ` atau tercapai ${pct}.` : "."),
  noBudget: (level: string) => `Pagu anggaran ${level} ini tidak tercantum.`,
  lowBudget: "Serapan anggaran ini masih rendah karena [jelaskan penyebab].",
  /** "Rp3.102.350,-" (whole Rupiah) or "Rp3.102.350,50". */
  rupiah: (formatted: string, whole: boolean) => (whole ? `${formatted},-` : formatted),
  /** "Rp1.250.000,- (satu juta dua ratus lima puluh ribu rupiah)". */
  withWords: (amount: string, words: string) => `${amount} (${words})`,
  /** "9 (sembilan) dokumen". */
  quantity: (number: string, words: string | null, unit: string | null) =>
    `${number}${words ? ` (${words})` : ""}${unit ? ` ${unit}` : ""}`,
  percent: (formatted: string) => `${formatted} %`,
} as const;
