/**
 * Codes → levels (domain.md §3, signal 2).
 * - local outline numbering: 1 = program, 1.1 = activity, 1.1.1 = sub-activity ("2.1. 1" tolerated);
 * - government nomenclature (Kepmendagri 050-5889/2021, 900.1.15.5-1317/2023): U / U.BB groups,
 *   U.BB.PP program, U.BB.PP.k.AA activity, U.BB.PP.k.AA.SS(SS) sub-activity; "X.XX" may stand for the bidang;
 * - account codes (kode rekening 5.1.02.01.001): budget lines, never plan rows;
 * - organisation codes (1.02.2.14.0.00.01.0000): identify the agency, not a level.
 */
import type { Level } from "../types";

export type CodeKind = "outline" | "nomenclature" | "account" | "organisation";

export interface ParsedCode {
  /** Canonical text: segments joined by ".", no spaces, no trailing dot. */
  code: string;
  segments: string[];
  kind: CodeKind;
  /** Level for outline/nomenclature codes; null for account and organisation codes. */
  level: Level | null;
}

// Five digits: the newer account format (5.1.02.01.001.00024).
const SEG = /^(\d{1,5}|x{1,2})$/i;

/** Split "2.1. 1", "1.02.02.2.01.0001" into segments; null when it is not a code. */
export function splitCode(text: string): string[] | null {
  const t = text
    .trim()
    .replace(/\s*\.\s*/g, ".")
    .replace(/\.$/, "");
  if (t === "" || !/^[\dxX]/.test(t)) return null;
  const segs = t.split(".");
  if (!segs.every((s) => SEG.test(s))) return null;
  return segs;
}

/**
 * SIPD account codes: 4.x / 5.x / 6.x with a one-digit second segment and a two-digit third one
 * (5.1.02, 5.1.02.01.01.0024). "5.1" alone is an account only in a nomenclature table; in a local
 * outline it is the first activity of program 5.
 */
function isAccount(segs: string[], scheme: "outline" | "nomenclature"): boolean {
  if (!/^[4-6]$/.test(segs[0]) || segs.length < 2 || !/^\d$/.test(segs[1])) return false;
  if (segs.length === 2) return scheme === "nomenclature";
  return /^\d{2}$/.test(segs[2]);
}

/**
 * Government nomenclature pads its segments ("1.02.01", "X.XX") or has four or more of them;
 * local outline numbering does not ("1.10" is the tenth activity of program 1).
 */
function looksNomenclature(segs: string[]): boolean {
  return segs.some((s, i) => i > 0 && (/^0\d/.test(s) || /^x+$/i.test(s))) || segs.length >= 4;
}

/**
 * Parse a code. `scheme` forces the interpretation decided for the whole table (a table mixing
 * "1" and "1.02.02" is nomenclature): pass what `tableScheme` returned.
 */
export function parseCode(text: string, scheme: "outline" | "nomenclature" = "outline"): ParsedCode | null {
  const segs = splitCode(text);
  if (!segs) return null;
  const code = segs.join(".");
  if (isAccount(segs, scheme)) return { code, segments: segs, kind: "account", level: null };
  if (scheme === "nomenclature" || looksNomenclature(segs)) {
    const n = segs.length;
    if (n >= 7 && segs[n - 1].length !== 4 && segs[n - 1].length !== 2)
      return { code, segments: segs, kind: "organisation", level: null };
    if (n === 8 || (n === 7 && segs[2].length === 1))
      return { code, segments: segs, kind: "organisation", level: null };
    // Permendagri 13/2006 (before sub kegiatan): urusan.bidang.SKPD.program[.kegiatan], every
    // segment after the first two-digit ("1.21.01.15", "1.21.01.15.01"); today's fourth segment
    // (the kegiatan's kind, U.BB.PP.K.AA) has one digit.
    if ((n === 4 || n === 5) && segs.slice(1).every((s) => /^\d\d$/.test(s)))
      return { code, segments: segs, kind: "nomenclature", level: n === 4 ? "program" : "activity" };
    const level: Level | null =
      n <= 2
        ? "group"
        : n === 3
          ? "program"
          : n === 4
            ? "group"
            : n === 5
              ? "activity"
              : n === 6
                ? "subactivity"
                : null;
    if (!level) return { code, segments: segs, kind: "organisation", level: null };
    return { code, segments: segs, kind: "nomenclature", level };
  }
  const level: Level | null =
    segs.length === 1 ? "program" : segs.length === 2 ? "activity" : segs.length === 3 ? "subactivity" : null;
  if (!level) return { code, segments: segs, kind: "outline", level: null };
  return { code, segments: segs, kind: "outline", level };
}

/** Decide once per table: nomenclature when any code looks like it, else local outline. */
export function tableScheme(codes: string[]): "outline" | "nomenclature" {
  for (const c of codes) {
    const segs = splitCode(c);
    if (segs && !isAccount(segs, "outline") && looksNomenclature(segs)) return "nomenclature";
  }
  return "outline";
}

/** A code written at the start of a name: "1.1.1. Sub Kegiatan …", "5.01.01.2.01.0001 Penyusunan …". */
export function codePrefix(name: string): { code: string; rest: string } | null {
  const m = /^\s*((?:\d{1,4}|x{1,2})(?:\s*\.\s*(?:\d{1,5}|x{1,2}))*\.?)\s+(?=\S)(.*)$/is.exec(name);
  if (!m) return null;
  // A bare number followed by text is a code only with a dot ("1. Program …") or when the text names a level.
  const raw = m[1].trim();
  if (!raw.includes(".") && !/^(program|kegiatan|sub\s*-?\s*kegiatan|urusan)/i.test(m[2])) return null;
  if (!splitCode(raw)) return null;
  return { code: raw, rest: m[2].trim() };
}
