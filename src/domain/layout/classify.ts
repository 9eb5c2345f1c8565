/**
 * Column meaning from its composed header (layouts.md "Header vocabulary").
 * Input: the header parts of one column, top-down, after merged cells were spread over the
 * columns they span ("Realisasi Keuangan (Rp)", "TW I").
 */
import type { ColumnRole, Quarter } from "../types";
import { norm } from "./text";
import { bareQuarter, isToDate, quarterIn } from "./quarter";

export interface HeaderParts {
  parts: string[];
  /** Column number from a numbering row ("(7)" → 7), when there is one. */
  number?: number;
}

const has = (t: string, re: RegExp) => re.test(t);

const RE = {
  code: /^(kode( rekening| program.*| kegiatan.*| sub ?kegiatan| rek\.?| akun| urusan.*| bidang.*)?|no\.?|nomor|nomor urut|no urut|rekening|akun)$/,
  // The agency of each row (a regency-wide list): "kode_opd", "Nama SKPD", "Perangkat Daerah".
  agency:
    /^(kode |nama )?(opd|skpd|perangkat daerah|unit organisasi|organisasi|satker|satuan kerja|unit kerja|instansi)$/,
  polarity: /(polaritas|sifat indikator|arah indikator)/,
  accumulation: /(^sifat$|^sifat (target|realisasi)|akumulasi|jenis indikator|kumulatif)/,
  level: /^(level|tingkat|jenis|jenis baris|tingkatan)$/,
  unit: /(^|\s)satuan(\s|$)/,
  notes: /(^keterangan|^ket\.?$|^catatan|penanggung jawab|^pptk$|^alasan)/,
  numerator: /pembilang/,
  denominator: /penyebut/,
  indicator: /(indikator|tolok ukur|tolak ukur)/,
  objective: /^(sasaran|sasaran strategis|tujuan|sasaran program.*)$/,
  name: /(program|kegiatan|uraian|nama|urusan|sub kegiatan|rincian)/,
  target: /(^|\s)target(\s|$)/,
  realization: /(^|\s)(realisasi|real)(\s|$)/,
  achievement: /(capaian|serapan|tingkat capaian|persentase capaian)/,
  money:
    /((^|\s)rp\.?(\s|$)|rupiah|keuangan|anggaran|pagu|(^|\s)dana(\s|$)|biaya|belanja|(^|\s)dpa(\s|$)|alokasi|apbd|nilai)/,
  budget: /(pagu|anggaran|alokasi|(^|\s)dpa(\s|$)|apbd|nilai|^biaya$)/,
  budgetPct: /(keuangan|anggaran|serapan|dana|(^|\s)rp\.?(\s|$))/,
  // "anggaran maju" / "prakiraan maju": next year's forward estimate, not this year's budget.
  renstra: /renstra|akhir periode|rpjmd|tahun lalu|tahun sebelumnya|s ?d tahun|prakiraan maju|(^|\s)maju(\s|$)/,
  derived: /(^|\s)(sisa|selisih|deviasi|bobot|efisiensi)(\s|$)/,
};

function leafKind(leaf: string): "K" | "Rp" | "%" | null {
  const t = leaf
    .trim()
    .toLowerCase()
    .replace(/[.\s]+$/, "");
  if (t === "k" || t === "kinerja" || t === "fisik") return "K";
  if (t === "rp" || t === "rupiah" || t === "(rp)" || t === "keu" || t === "keuangan") return "Rp";
  if (t === "%" || t === "(%)" || t === "persen") return "%";
  // The unit written after the label in one cell: "Realisasi Kinerja Pada Triwulan I (K)",
  // "Target Kinerja dan Anggaran Renja (Rp)" (a "(%)" suffix keeps its label's own meaning).
  if (/\S\s*\(k\)$/.test(t)) return "K";
  if (/\S\s*\(rp\)$/.test(t)) return "Rp";
  return null;
}

/** The quarter named by the deepest part that names one (a sub-header "I" counts under a quarter group). */
function findQuarter(parts: string[]): { quarter: Quarter; toDate: boolean } | null {
  let found: { quarter: Quarter; toDate: boolean } | null = null;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    const q = quarterIn(p);
    if (q) {
      found = q;
      continue;
    }
    const above = parts.slice(0, i).join(" ").toLowerCase();
    const bare = p.length <= 12 ? bareQuarter(p) : null;
    if (bare && (/(triwulan|tw|target|realisasi)/.test(above) || i > 0))
      found = { quarter: bare, toDate: isToDate(above) };
  }
  return found;
}

/** Year named in a header ("Target 2024", "Target Tahun 2023"). */
export function yearIn(text: string): number | null {
  const m = /(?:^|\D)(20\d\d)(?!\d)/.exec(text);
  return m ? Number(m[1]) : null;
}

export function classifyColumn(h: HeaderParts): ColumnRole | null {
  const parts = h.parts.map((p) => p.trim()).filter((p) => p !== "");
  if (parts.length === 0) return null;
  const all = norm(parts.join(" "));
  const leaf = parts[parts.length - 1];
  const kind = leafKind(leaf);
  const q = findQuarter(parts);
  const toDate = isToDate(all) || (q?.toDate ?? false);
  const isMoney = kind === "Rp" || (kind !== "K" && has(all, RE.money));
  const isPct = kind === "%" || /%|persen/.test(all);
  const label = parts.join(" / ");

  // "Jumlah" alone (or under "Rincian Perhitungan") in a table of budget lines: the line's amount.
  if (
    /^jumlah( rp\.?)?$/.test(norm(leaf)) &&
    parts.slice(0, -1).every((p) => /^(rincian( perhitungan)?|rp\.?)$/.test(norm(p)))
  )
    return { kind: "budget" };
  // Derived columns (remaining budget, deviations, weights) are recomputed, never read as inputs.
  if (has(all, RE.derived)) return { kind: "extra", label };

  // Identity and descriptive columns (only when not also naming a figure).
  const figure = has(all, RE.target) || has(all, RE.realization) || has(all, RE.achievement) || has(all, RE.budget);
  if (!figure) {
    if (RE.agency.test(all)) return { kind: "agency" };
    if (parts.some((p) => RE.code.test(norm(p)))) return { kind: "code" };
    if (has(all, RE.polarity)) return { kind: "polarity" };
    if (has(all, RE.accumulation)) return { kind: "accumulation" };
    if (RE.level.test(all)) return { kind: "level" };
    if (has(all, RE.unit)) return { kind: "unit" };
    if (RE.notes.test(all)) return { kind: "notes" };
    if (has(all, RE.numerator)) return { kind: "numerator" };
    if (has(all, RE.denominator)) return { kind: "denominator" };
    if (has(all, RE.indicator)) return { kind: "indicator" };
    if (RE.objective.test(all)) return { kind: "objective" };
    if (has(all, RE.name)) return { kind: "name" };
    return null;
  }
  if (has(all, RE.numerator)) return { kind: "numerator" };
  if (has(all, RE.denominator)) return { kind: "denominator" };
  // Figures of the medium-term plan (Form E.81 columns 5, 6, 14, 15) are carried, not computed.
  if (has(all, RE.renstra)) return { kind: "extra", label };

  // Stated percentages.
  if (has(all, RE.achievement) && (isPct || !has(all, RE.realization) || /tingkat capaian|persentase/.test(all))) {
    const quarter = q?.quarter ?? null;
    if (kind === "Rp" || (kind !== "K" && has(all, RE.budgetPct))) return { kind: "statedBudgetPct", quarter };
    return { kind: "statedPerformancePct", quarter };
  }
  if (has(all, RE.realization)) {
    if (kind === "%") return { kind: "extra", label };
    if (isMoney) {
      if (q && !toDate) return { kind: "spentQuarter", quarter: q.quarter };
      if (q) return { kind: "spentToDate", quarter: q.quarter };
      return { kind: "spentToDate", quarter: 0 as unknown as Quarter };
    }
    if (q && !toDate) return { kind: "quarterRealization", quarter: q.quarter };
    if (q) return { kind: "realizationToDate", quarter: q.quarter };
    return { kind: "realization" };
  }
  if (has(all, RE.target)) {
    if (kind === "%") return { kind: "extra", label };
    if (isMoney) return q ? { kind: "extra", label } : { kind: "budget" };
    if (q) return { kind: "quarterTarget", quarter: q.quarter };
    return { kind: "annualTarget" };
  }
  if (has(all, RE.budget)) {
    if (q) return { kind: "extra", label };
    return { kind: "budget" };
  }
  return null;
}

/**
 * The quarter of a realisation `%` sub-column (Form E.81 "Realisasi Kinerja Pada Triwulan / II / %":
 * cumulative progress of the row, often a fraction 0,25 = 25 %), from the label classifyColumn
 * gave it as an extra column; null for any other column. These cells are inputs: a `K` value is
 * checked against `%` × target (domain.md §6 Precision).
 */
export function progressPctQuarter(label: string): Quarter | null {
  const parts = label.split(" / ");
  if (leafKind(parts[parts.length - 1]) !== "%") return null;
  const all = norm(parts.join(" "));
  if (!has(all, RE.realization) || has(all, RE.renstra) || has(all, RE.money)) return null;
  const q = findQuarter(parts);
  return q && !q.toDate ? q.quarter : null;
}
