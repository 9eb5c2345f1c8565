/** Agency name, year and quarter read from the title rows above a table. */
import type { Quarter } from "../types";
import type { SheetView } from "./sheet-view";

const AGENCY =
  /\b(dinas|badan|kantor|sekretariat|inspektorat|kecamatan|satuan polisi|rumah sakit|rsud|bappeda|bapelitbangda|bpkad|bkpsdm|bpbd|kelurahan|biro)\b.*$/i;

export interface TitleInfo {
  agency: string | null;
  year: number | null;
  quarter: Quarter | null;
}

export function readTitle(view: SheetView, beforeRow: number): TitleInfo {
  const info: TitleInfo = { agency: null, year: null, quarter: null };
  for (let r = view.firstRow; r < beforeRow && r < view.firstRow + 15; r++) {
    for (const [, t] of view.rowTexts(r)) {
      const text = t.replace(/\s+/g, " ").trim();
      if (!info.agency) {
        const m = AGENCY.exec(text);
        if (m && m.index <= 40) info.agency = titleCase(m[0].replace(/\s*(tahun|triwulan|tw)\b.*$/i, "").trim());
      }
      if (!info.year) {
        const y = /tahun(?: anggaran)?\s*(20\d\d)/i.exec(text) ?? /\b(20\d\d)\b/.exec(text);
        if (y) info.year = Number(y[1]);
      }
      if (!info.quarter) {
        const q = /(?:triwulan|tw)\s*[.-]?\s*(iv|iii|ii|i|[1-4])\b/i.exec(text);
        if (q)
          info.quarter =
            ({ i: 1, ii: 2, iii: 3, iv: 4 } as Record<string, Quarter>)[q[1].toLowerCase()] ??
            (Number(q[1]) as Quarter);
      }
    }
  }
  return info;
}

/** "DINAS CONTOH KABUPATEN CONTOH" → "Dinas Contoh Kabupaten Contoh"; mixed case is kept. */
function titleCase(s: string): string {
  if (s !== s.toUpperCase()) return s;
  return s.toLowerCase().replace(/(^|[\s(/-])([a-z])/g, (_m, p: string, c: string) => p + c.toUpperCase());
}
