/** Levels from a name's leading words (domain.md §3, signal 3) and total rows. */
import type { Level } from "../types";

export function levelFromName(name: string): Level | null {
  const t = name.trim().toLowerCase();
  if (/^sub\s*-?\s*kegiatan\b/.test(t)) return "subactivity";
  if (/^kegiatan\b/.test(t)) return "activity";
  if (/^program\b/.test(t)) return "program";
  if (/^(urusan|bidang urusan|unit organisasi|sub unit|organisasi)\b/.test(t)) return "group";
  return null;
}

export function isTotalName(name: string): boolean {
  return /^\s*(jumlah|total|sub\s*total|subtotal|grand total)\b/i.test(name) || /^\s*jumlah total\b/i.test(name);
}

/**
 * Summary lines inside an evaluation table ("Rata-rata capaian kinerja (%)", "Predikat kinerja"):
 * neither plan rows nor totals to check — not data rows at all.
 */
export function isSummaryName(name: string): boolean {
  return /^\s*(rata\s*-?\s*rata|rerata|predikat|nilai rata|capaian kinerja rata)\b/i.test(name);
}

/** Budget-account names under a sub-activity ("Belanja Barang dan Jasa") — detail lines, not plan rows. */
export function isAccountName(name: string): boolean {
  return /^\s*belanja\b/i.test(name);
}

export function levelFromWord(text: string): Level | null {
  const t = text.trim().toLowerCase();
  if (/^sub\s*-?\s*kegiatan|^subkeg/.test(t)) return "subactivity";
  if (/^kegiatan|^keg$/.test(t)) return "activity";
  if (/^program|^prog$/.test(t)) return "program";
  if (/^(urusan|bidang|group|kelompok)/.test(t)) return "group";
  return null;
}
