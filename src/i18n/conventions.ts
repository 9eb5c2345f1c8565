/**
 * Indonesian messages about conventions taken from the workbook's numbers, E.81 `%` sub-columns
 * and the last quarter with data (domain.md §6 "Precision").
 */
import { formatPct } from "./numbers";
import type { AverageOver, Quarter } from "../domain/types";
import { qty } from "./findings";
import { romanQuarter } from "./report";

const tw = (q: Quarter) => `TW ${romanQuarter(q)}`;
const pct = formatPct;

export const CONVENTION_TEXT = {
  /** One `layout` info: the conventions the stated values follow, with their support. */
  detected: (p: {
    averageOver: { value: AverageOver; for: number; against: number } | null;
    parentQuarterValues: { value: "toDate" | "quarter"; for: number; against: number } | null;
    percent?: { fractions: number; departures: string[] } | null;
  }): string => {
    const parts: string[] = [];
    const support = (x: { for: number; against: number }) =>
      `${x.for} dari ${x.for + x.against} nilai tertulis yang dapat membedakan` +
      (x.against > 0 ? `; ${x.against} lainnya ditandai sebagai temuan` : "");
    if (p.averageOver)
      parts.push(
        (p.averageOver.value === "all"
          ? "realisasi kegiatan = rata-rata capaian semua sub kegiatan yang memiliki target tahunan"
          : "realisasi kegiatan = rata-rata capaian sub kegiatan yang memiliki target s.d. triwulan tersebut") +
          ` (${support(p.averageOver)})`,
      );
    if (p.parentQuarterValues)
      parts.push(
        (p.parentQuarterValues.value === "quarter"
          ? "kolom TW pada baris kegiatan/program berisi realisasi triwulan itu saja (realisasi s.d. triwulan = jumlahnya)"
          : "kolom TW pada baris kegiatan/program berisi realisasi s.d. triwulan tersebut") +
          ` (${support(p.parentQuarterValues)})`,
      );
    if (p.percent) {
      const d = p.percent.departures;
      parts.push(
        `kolom % ditulis sebagai pecahan (0,25 = 25%) pada ${p.percent.fractions} nilai` +
          (d.length > 0
            ? `; ${d.length} nilai ditulis sebagai persen (× 100) dan dibaca apa adanya: ${d.slice(0, 10).join(", ")}${d.length > 10 ? ", …" : ""}`
            : ""),
      );
    }
    return `Cara hitung yang diikuti angka-angka di workbook ini, dan dipakai dalam perhitungan: ${parts.join("; ")}.`;
  },

  /** An activity's TW q value (that quarter alone) against the mean of the quarter. */
  statedQuarterOnly: (p: { quarter: Quarter; stated: number; computed: number; count: number }): string =>
    `Realisasi kegiatan ${tw(p.quarter)} (triwulan itu saja) tertulis ${pct(p.stated)} tetapi hasil hitungan ${pct(p.computed)} ` +
    `(rata-rata realisasi ${tw(p.quarter)} ÷ target tahunan × 100 dari ${p.count} sub kegiatan).`,

  /** A program whose TW columns hold each quarter's own value: its realization to date is their sum. */
  programQuarterSum: (p: { quarter: Quarter; stated: number; computed: number; count: number }): string =>
    `Realisasi program s.d. ${tw(p.quarter)} (jumlah kolom ${p.quarter === 1 ? tw(1) : `${tw(1)}–${tw(p.quarter)}`}, ` +
    `yang masing-masing berisi realisasi triwulan itu saja) ${pct(p.stated)}, sedangkan rata-rata realisasi ` +
    `${p.count} kegiatannya ${pct(p.computed)}. Nilai yang tertulis dipakai sebagai realisasi program.`,

  /** Appended when the stated value reproduces the other reading of the quarter columns. */
  otherQuarterReading: (q: Quarter, quarterOnly: boolean): string =>
    quarterOnly
      ? ` Nilai tertulis sama dengan realisasi ${tw(q)} saja (bukan s.d. ${tw(q)}), berbeda dengan baris kegiatan lainnya.`
      : ` Nilai tertulis sama dengan realisasi s.d. ${tw(q)} (bukan ${tw(q)} saja), berbeda dengan baris kegiatan lainnya.`,

  /** No convention reproduces the stated value: which inputs to check. */
  inputsToCheck: (q: Quarter, rows: number[]): string =>
    ` Tidak ada cara hitung yang menghasilkan nilai tertulis; periksa realisasi ${tw(q)} dan target tahunan ` +
    `sub kegiatannya (baris ${rows.join(", ")}), atau nilai tertulis ini.`,

  /** E.81: a K value that disagrees with its `%` sub-column × target. */
  progressMismatch: (p: {
    quarter: Quarter;
    stated: number;
    expected: number;
    progress: number;
    previous: number | null;
    target: number;
    unit: string | null;
  }): string =>
    `Realisasi kinerja ${tw(p.quarter)} tertulis ${qty(p.stated, p.unit)}, padahal kolom % di sebelahnya (${pct(p.progress)}` +
    (p.previous !== null ? `, ${pct(p.previous)} pada triwulan sebelumnya` : "") +
    `) × target ${qty(p.target, p.unit)} berarti ${qty(p.expected, p.unit)}. Periksa salah satu dari keduanya; ` +
    `selisih ini juga mengubah realisasi kegiatannya.`,
} as const;

/** The last quarter with data, when the quarter asked has none (every output says it). */
export const LAST_DATA_TEXT = {
  /** Title line on Capaian / Ringkasan, the CLI summary and the pane: "data terakhir: TW II". */
  line: (last: Quarter, requested: Quarter): string =>
    `data terakhir: ${tw(last)} (${tw(requested)} yang diminta belum berisi data; angka dihitung s.d. ${tw(last)})`,
  /** The one warning. */
  warning: (last: Quarter, requested: Quarter): string =>
    `Triwulan ${romanQuarter(requested)} diminta, tetapi belum ada realisasi kinerja maupun keuangan yang terisi ` +
    `setelah ${tw(last)}. Capaian dihitung s.d. ${tw(last)} (data terakhir) dan tidak ditampilkan sebagai angka ` +
    `${tw(requested)}. Isi realisasi ${tw(requested)} lalu hitung ulang.`,
} as const;

/** The `% capaian` column of sub kegiatan rows follows the target to date (checks/stated-basis.ts). */
export const STATED_BASIS_TEXT = {
  toDate: (p: { for: number; against: number }): string =>
    "Kolom % capaian pada baris sub kegiatan di workbook ini dihitung terhadap target s.d. triwulan " +
    `(realisasi s.d. triwulan ÷ target s.d. triwulan × 100), bukan terhadap target tahunan ` +
    `(${p.for} dari ${p.for + p.against} nilai tertulis yang dapat membedakan` +
    (p.against > 0 ? `; ${p.against} lainnya ditandai sebagai temuan` : "") +
    "). Nilai tertulis dibandingkan dengan cara hitung itu; capaian kinerja di laporan tetap terhadap target tahunan.",
};
