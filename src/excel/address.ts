/** A1 address helpers for what Office.js returns ("'Sheet 1'!A1:C3, 'Sheet 1'!E5"). */
import { columnLetter, columnNumber, type CellRange } from "../domain/grid";

/** Splits on commas outside single quotes. */
function splitAreas(address: string): string[] {
  const parts: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    if (ch === "'") {
      // '' inside quotes is an escaped quote; either way the quoting state flips back.
      quoted = !quoted;
      cur += ch;
    } else if (ch === "," && !quoted) {
      parts.push(cur);
      cur = "";
    } else cur += ch;
  }
  if (cur.trim()) parts.push(cur);
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** "Sheet1!$B$2:$D$4" → { top:2, left:2, bottom:4, right:4 }; whole rows/columns are expanded with the given limits. */
export function parseArea(area: string, maxRow = 1048576, maxCol = 16384): CellRange | null {
  const bang = area.lastIndexOf("!");
  const ref = (bang >= 0 ? area.slice(bang + 1) : area).replace(/\$/g, "").toUpperCase();
  const [a, b = a] = ref.split(":");
  const pa = parsePoint(a, maxRow, maxCol);
  const pb = parsePoint(b, maxRow, maxCol);
  if (!pa || !pb) return null;
  return {
    top: Math.min(pa.top, pb.top),
    left: Math.min(pa.left, pb.left),
    bottom: Math.max(pa.bottom, pb.bottom),
    right: Math.max(pa.right, pb.right),
  };
}

function parsePoint(p: string, maxRow: number, maxCol: number): CellRange | null {
  let m = /^([A-Z]{1,3})(\d+)$/.exec(p);
  if (m) {
    const c = columnNumber(m[1]);
    const r = Number(m[2]);
    return { top: r, left: c, bottom: r, right: c };
  }
  m = /^(\d+)$/.exec(p); // whole row
  if (m) return { top: Number(m[1]), left: 1, bottom: Number(m[1]), right: maxCol };
  m = /^([A-Z]{1,3})$/.exec(p); // whole column
  if (m) {
    const c = columnNumber(m[1]);
    return { top: 1, left: c, bottom: maxRow, right: c };
  }
  return null;
}

export function parseAreaList(address: string | null | undefined): CellRange[] {
  if (!address) return [];
  const out: CellRange[] = [];
  for (const part of splitAreas(address)) {
    const r = parseArea(part);
    if (r) out.push(r);
  }
  return out;
}

/** Quoted sheet name for references: 'Rencana Aksi''s'. Always quoted: never wrong. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** 1-based rectangle → "B2:D4" (or "B2"). */
export function rangeAddress(top: number, left: number, bottom = top, right = left): string {
  const a = `${columnLetter(left)}${top}`;
  const b = `${columnLetter(right)}${bottom}`;
  return a === b ? a : `${a}:${b}`;
}

/** Valid A1 cell reference without sheet ("K12", "$K$12")? */
export function isCellRef(s: string): boolean {
  return /^\$?[A-Za-z]{1,3}\$?\d{1,7}$/.test(s.trim());
}
