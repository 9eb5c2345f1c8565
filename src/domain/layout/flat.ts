/**
 * Layout C (layouts.md): a flat budget export, one row per budget line, with the hierarchy in
 * columns (Program | Kegiatan | Sub Kegiatan — "code name", or Kode X | Nama X pairs).
 */
import type { DetectedColumn } from "../types";
import { norm } from "./text";

export type FlatLevel = "program" | "activity" | "subactivity" | "account";

export interface FlatColumns {
  /** Per level: the column holding the code, the name, or both ("1.01.01 PROGRAM …"). */
  levels: Partial<Record<FlatLevel, { code?: number; name?: number }>>;
  /** Only the sub-activity is in a column: its activity and program come from the code's prefixes. */
  derive?: boolean;
}

function levelOfHeader(header: string): { level: FlatLevel; part: "code" | "name" | "both" } | null {
  const t = norm(header.split(" / ").pop() ?? header);
  const m = /^(kode |nama )?(program|kegiatan|sub kegiatan|subkegiatan|akun|rekening.*|kode rekening)$/.exec(t);
  if (!m) return null;
  const word = m[2];
  const level: FlatLevel =
    word === "program"
      ? "program"
      : word === "kegiatan"
        ? "activity"
        : word.startsWith("sub")
          ? "subactivity"
          : "account";
  const part = m[1] === "kode " || word === "kode rekening" ? "code" : m[1] === "nama " ? "name" : "both";
  return { level, part };
}

/** The level columns of a flat export, or null when the table is not one (fewer than two plan levels in columns). */
export function flatColumns(columns: DetectedColumn[]): FlatColumns | null {
  const levels: FlatColumns["levels"] = {};
  for (const c of columns) {
    const l = levelOfHeader(c.header);
    if (!l) continue;
    const entry = (levels[l.level] ??= {});
    if (l.part === "code") entry.code ??= c.col;
    else if (l.part === "name") entry.name ??= c.col;
    else {
      entry.code ??= c.col;
      entry.name ??= c.col;
    }
  }
  const planLevels = (["program", "activity", "subactivity"] as const).filter((l) => levels[l]);
  return planLevels.length >= 2 && levels.subactivity ? { levels } : null;
}
