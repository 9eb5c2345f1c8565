/**
 * Indonesian messages of the findings raised by the calculation and the checks (domain.md §6).
 * Every message is a function of structured figures, so an English version can be added later
 * with the same signatures. Numbers are written the Indonesian way ("1.234.567,89", "98,50%",
 * "Rp1.000.000"). Messages must be understandable without the spec.
 */
import { formatNumber, formatPct, formatRupiah } from "./numbers";
import type { Level, Quarter } from "../domain/types";
import type { AlternativeId, MoneyColumn, PerformanceBasis } from "../domain/vocabulary";
import { romanQuarter } from "./report";

// Domain words the messages take (their home is the domain); re-exported for the checks.
export type { AlternativeId, MoneyColumn, PerformanceBasis };

/** Written instead of the words when an amount is too large to spell (≥ 10^18 Rupiah). */
export const TOO_LARGE_FOR_WORDS = "(jumlah terlalu besar untuk ditulis dengan huruf — periksa angka yang salah ketik)";

/** A quantity in its unit: integers without decimals, others with 2 ("3 Dok", "2,50 %"). */
export function qty(x: number | null, unit?: string | null): string {
  if (x === null) return "-";
  const s = formatNumber(x, Number.isInteger(x) ? 0 : 2);
  return unit ? `${s} ${unit}` : s;
}

const rp = formatRupiah;
const pct = formatPct;
const tw = (q: Quarter) => `TW ${romanQuarter(q)}`;

/** "kegiatan", "program", … as used inside a sentence. */
export function levelNoun(level: Level | "total" | "keyIndicator"): string {
  switch (level) {
    case "subactivity":
      return "sub kegiatan";
    case "activity":
      return "kegiatan";
    case "program":
      return "program";
    case "group":
      return "urusan/bidang";
    case "total":
      return "baris jumlah";
    case "keyIndicator":
      return "IKU";
  }
}

/** Children of a parent, as in "jumlah pagu sub kegiatannya". */
export function childrenNoun(childLevel: Level | "mixed", parentIsTotal: boolean): string {
  if (parentIsTotal) {
    return childLevel === "group"
      ? "urusan/bidang di atasnya"
      : childLevel === "program"
        ? "program di atasnya"
        : "baris di atasnya";
  }
  switch (childLevel) {
    case "subactivity":
      return "sub kegiatannya";
    case "activity":
      return "kegiatannya";
    case "program":
      return "programnya";
    case "group":
      return "urusan/bidang di bawahnya";
    default:
      return "baris di bawahnya";
  }
}

/** "pagu", "realisasi keuangan TW II", "realisasi keuangan s.d. TW II". */
export function moneyColumnLabel(c: MoneyColumn): string {
  if (c.kind === "budget") return "pagu";
  if (c.kind === "spentQuarter") return `realisasi keuangan ${tw(c.quarter)}`;
  return `realisasi keuangan s.d. ${tw(c.quarter)}`;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function alternativeText(id: AlternativeId, q: Quarter): string {
  switch (id) {
    case "averageAll":
      return (
        "rata-rata diambil atas semua sub kegiatan yang memiliki target tahunan, bukan hanya yang memiliki target s.d. " +
        tw(q)
      );
    case "averageTargeted":
      return "rata-rata diambil hanya atas sub kegiatan yang memiliki target s.d. " + tw(q);
    case "level":
      return `realisasi s.d. ${tw(q)} diambil dari realisasi triwulan terakhir yang terisi, bukan dijumlahkan`;
    case "toDate":
      return `capaian dihitung terhadap target s.d. ${tw(q)}, bukan terhadap target tahunan`;
    case "capped":
      return "capaian di atas 100% dibatasi menjadi 100%";
    case "quarterTarget":
      return `realisasi ${tw(q)} dibagi target ${tw(q)} saja`;
    case "noOwnTarget":
      return "rata-rata realisasi tidak dibagi dengan target kegiatan/program";
  }
}

function alternativesSentence(alts: AlternativeId[], q: Quarter): string {
  if (alts.length === 0) return "";
  return ` Nilai tertulis sama dengan hasil hitungan bila ${alts.map((a) => alternativeText(a, q)).join("; atau bila ")}.`;
}

function performanceHow(b: PerformanceBasis, q: Quarter): string {
  if (b.kind === "parent") {
    const t = b.target === null ? "100 (target kosong)" : qty(b.target);
    return `realisasi ${pct(b.realizationPct)} ÷ target ${t} × 100`;
  }
  const tLabel =
    b.targetLabel === "annual"
      ? "target tahunan"
      : b.targetLabel === "toDate"
        ? `target s.d. ${tw(q)}`
        : `target ${tw(q)}`;
  const r = qty(b.realization, b.unit);
  const t = qty(b.target, b.unit);
  return b.negative
    ? `(2 × ${tLabel} ${t} − realisasi s.d. ${tw(q)} ${r}) ÷ ${tLabel} ${t} × 100, karena indikatornya berpolaritas negatif (semakin rendah semakin baik)`
    : `realisasi s.d. ${tw(q)} ${r} ÷ ${tLabel} ${t} × 100`;
}

export const FINDING_TEXT = {
  // ------------------------------------------------------------------ sum-mismatch
  sumMismatch: (p: {
    parent: Level | "total";
    column: MoneyColumn;
    childLevel: Level | "mixed";
    stated: number;
    computed: number;
  }): string =>
    `${capitalize(moneyColumnLabel(p.column))} ${p.parent === "total" ? "pada baris jumlah" : levelNoun(p.parent)} tertulis ${rp(p.stated)} ` +
    `tetapi jumlah ${moneyColumnLabel(p.column)} ${childrenNoun(p.childLevel, p.parent === "total")} ${rp(p.computed)} ` +
    `(selisih ${rp(Math.abs(p.stated - p.computed))}).`,

  quarterSumMismatch: (p: { quarter: Quarter; stated: number; computed: number }): string =>
    `Realisasi keuangan s.d. ${tw(p.quarter)} tertulis ${rp(p.stated)} tetapi jumlah realisasi keuangan ` +
    (p.quarter === 1 ? `${tw(1)}` : `${tw(1)} sampai ${tw(p.quarter)}`) +
    ` adalah ${rp(p.computed)} (selisih ${rp(Math.abs(p.stated - p.computed))}).`,

  realizationSumMismatch: (p: {
    quarter: Quarter;
    stated: number;
    computed: number;
    level: boolean;
    unit: string | null;
  }): string =>
    `Realisasi kinerja s.d. ${tw(p.quarter)} tertulis ${qty(p.stated, p.unit)} tetapi ` +
    (p.level
      ? `realisasi terakhir yang terisi (indikator non kumulatif) adalah ${qty(p.computed, p.unit)}.`
      : `jumlah realisasi ${p.quarter === 1 ? tw(1) : `${tw(1)} sampai ${tw(p.quarter)}`} adalah ${qty(p.computed, p.unit)}.`),

  // ------------------------------------------------------------------ stated-value-mismatch
  statedParentRealization: (p: {
    level: "activity" | "program";
    quarter: Quarter;
    stated: number;
    computed: number;
    count: number;
    averageOver: "targeted" | "all";
    alternatives: AlternativeId[];
  }): string => {
    const over =
      p.level === "program"
        ? `rata-rata realisasi ${p.count} kegiatannya`
        : p.averageOver === "all"
          ? `rata-rata capaian kinerja ${p.count} sub kegiatan yang memiliki target tahunan`
          : `rata-rata capaian kinerja ${p.count} sub kegiatan yang memiliki target s.d. ${tw(p.quarter)}`;
    return (
      `Realisasi ${levelNoun(p.level)} ${tw(p.quarter)} tertulis ${pct(p.stated)} tetapi hasil hitungan ${pct(p.computed)} (${over}).` +
      alternativesSentence(p.alternatives, p.quarter)
    );
  },

  programRealizationDiffers: (p: { quarter: Quarter; stated: number; computed: number; count: number }): string =>
    `Realisasi program ${tw(p.quarter)} tertulis ${pct(p.stated)}, sedangkan rata-rata realisasi ${p.count} kegiatannya ${pct(p.computed)}. ` +
    `Nilai yang tertulis dipakai sebagai realisasi program.`,

  statedPerformance: (p: {
    level: Level;
    quarter: Quarter;
    stated: number;
    computed: number;
    basis: PerformanceBasis;
    alternatives: AlternativeId[];
  }): string =>
    `Capaian kinerja ${levelNoun(p.level)} s.d. ${tw(p.quarter)} tertulis ${pct(p.stated)} tetapi hasil hitungan ${pct(p.computed)} ` +
    `(${performanceHow(p.basis, p.quarter)}).` +
    alternativesSentence(p.alternatives, p.quarter),

  statedPerformanceNoComputed: (p: { level: Level; quarter: Quarter; stated: number }): string =>
    `Capaian kinerja ${levelNoun(p.level)} s.d. ${tw(p.quarter)} tertulis ${pct(p.stated)} tetapi tidak dapat dihitung ` +
    `karena target atau realisasinya kosong.`,

  statedBudgetPct: (p: {
    level: Level;
    quarter: Quarter;
    stated: number;
    computed: number;
    spent: number;
    budget: number;
  }): string =>
    `Capaian keuangan ${levelNoun(p.level)} s.d. ${tw(p.quarter)} tertulis ${pct(p.stated)} tetapi hasil hitungan ${pct(p.computed)} ` +
    `(realisasi keuangan ${rp(p.spent)} ÷ pagu ${rp(p.budget)} × 100).`,

  keyIndicatorRealization: (p: { stated: number; computed: number; numerator: number; denominator: number }): string =>
    `Realisasi IKU tertulis ${pct(p.stated)} tetapi hasil hitungan ${pct(p.computed)} ` +
    `(pembilang ${qty(p.numerator)} ÷ penyebut ${qty(p.denominator)} × 100).`,

  keyIndicatorPerformance: (p: {
    stated: number;
    computed: number;
    realization: number;
    target: number;
    negative: boolean;
  }): string =>
    `Capaian IKU tertulis ${pct(p.stated)} tetapi hasil hitungan ${pct(p.computed)} (` +
    (p.negative
      ? `(2 × target ${qty(p.target)} − realisasi ${qty(p.realization)}) ÷ target ${qty(p.target)} × 100, karena indikatornya berpolaritas negatif`
      : `realisasi ${qty(p.realization)} ÷ target ${qty(p.target)} × 100`) +
    `).`,

  keyIndicatorNoRealization: (): string =>
    `IKU ini belum memiliki realisasi (misalnya nilai yang baru diketahui di akhir tahun), sehingga capaiannya belum dihitung.`,

  // ------------------------------------------------------------------ targets and accumulation
  quarterTargetsVsAnnual: (p: {
    targets: (number | null)[];
    annual: number;
    sum: number;
    unit: string | null;
  }): string =>
    `Target triwulan (${p.targets.map((t, i) => `${tw((i + 1) as Quarter)} ${qty(t)}`).join("; ")}) tidak cocok dengan target tahunan ` +
    `${qty(p.annual, p.unit)}: jumlahnya ${qty(p.sum)} (bukan ${qty(p.annual)}), tidak semuanya sama dengan target tahunan, ` +
    `dan tidak naik bertahap sampai target tahunan. Periksa kembali target triwulan atau target tahunannya.`,

  accumulationAmbiguous: (p: {
    quarter: Quarter;
    pattern: "level" | "cumulative";
    flow: number;
    level: number;
    flowPct: number | null;
    levelPct: number | null;
    unit: string | null;
  }): string =>
    `Sifat indikator (kumulatif / non kumulatif) tidak disebutkan, dan target triwulannya ` +
    (p.pattern === "level" ? "sama setiap triwulan" : "naik bertahap sampai target tahunan") +
    ` seperti indikator non kumulatif. Bila realisasi dijumlahkan, realisasi s.d. ${tw(p.quarter)} = ${qty(p.flow, p.unit)}` +
    (p.flowPct !== null ? ` (capaian ${pct(p.flowPct)})` : "") +
    `; bila diambil realisasi triwulan terakhir, = ${qty(p.level, p.unit)}` +
    (p.levelPct !== null ? ` (capaian ${pct(p.levelPct)})` : "") +
    `. Hasil hitungan memakai penjumlahan; isi kolom Sifat bila yang dimaksud realisasi terakhir.`,

  // ------------------------------------------------------------------ performance and money
  overTarget: (p: { level: Level | "keyIndicator"; quarter: Quarter; computed: number; high: boolean }): string =>
    `Capaian kinerja ${levelNoun(p.level)} s.d. ${tw(p.quarter)} ${pct(p.computed)}, melebihi 100%` +
    (p.high
      ? ", bahkan di atas 150%. Periksa apakah target atau realisasinya salah tulis."
      : ". Pastikan realisasinya memang melampaui target."),

  overBudget: (p: { level: Level; quarter: Quarter; spent: number; budget: number }): string =>
    `Realisasi keuangan ${levelNoun(p.level)} s.d. ${tw(p.quarter)} ${rp(p.spent)} melebihi pagu ${rp(p.budget)} ` +
    `(lebih ${rp(p.spent - p.budget)}).`,

  realizationWithoutTarget: (p: { quarter: Quarter; realization: number; unit: string | null }): string =>
    `Ada realisasi ${tw(p.quarter)} sebesar ${qty(p.realization, p.unit)} padahal target ${tw(p.quarter)} kosong.`,

  spendingWithoutProgress: (p: {
    quarter: Quarter;
    spent: number;
    targetToDate: number;
    unit: string | null;
  }): string =>
    `Anggaran sudah terserap ${rp(p.spent)} s.d. ${tw(p.quarter)} tetapi realisasi kinerjanya masih 0, ` +
    `padahal target s.d. ${tw(p.quarter)} adalah ${qty(p.targetToDate, p.unit)}.`,

  progressWithoutSpending: (p: { level: Level; quarter: Quarter; performancePct: number; budget: number }): string =>
    `Capaian kinerja ${levelNoun(p.level)} s.d. ${tw(p.quarter)} sudah ${pct(p.performancePct)} tetapi realisasi keuangannya masih Rp0 ` +
    `(pagu ${rp(p.budget)}).`,

  missingTarget: (p: { level: Level | "keyIndicator"; realization: number; unit: string | null }): string =>
    `Ada realisasi ${qty(p.realization, p.unit)} tetapi target tahunan ${levelNoun(p.level)} ini kosong, ` +
    `sehingga capaian kinerjanya tidak dapat dihitung.`,

  negativeValue: (p: { what: string; value: number }): string =>
    `Nilai negatif (${formatNumber(p.value, Number.isInteger(p.value) ? 0 : 2)}) pada ${p.what}: target, realisasi, pagu dan ` +
    `realisasi keuangan tidak boleh negatif.`,
};

/** Label of a value column for negative-value messages. */
export function valueColumnLabel(
  kind:
    | "annualTarget"
    | "quarterTarget"
    | "quarterRealization"
    | "realizationToDate"
    | "budget"
    | "spentQuarter"
    | "spentToDate",
  q?: Quarter,
): string {
  switch (kind) {
    case "annualTarget":
      return "target tahunan";
    case "quarterTarget":
      return `target ${tw(q ?? 1)}`;
    case "quarterRealization":
      return `realisasi ${tw(q ?? 1)}`;
    case "realizationToDate":
      return `realisasi s.d. ${tw(q ?? 1)}`;
    case "budget":
      return "pagu";
    case "spentQuarter":
      return `realisasi keuangan ${tw(q ?? 1)}`;
    case "spentToDate":
      return `realisasi keuangan s.d. ${tw(q ?? 1)}`;
  }
}
