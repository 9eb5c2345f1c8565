/** Reading one numeric cell into a NumCell, recording the cells that do not parse (§4: unparseable-value / error-value). */
import { a1, type Cell } from "../grid";
import type { NumCell } from "../types";
import type { FactPlace, ReadFact } from "../facts";
import { parseCell } from "../values/parse";
import { cellText } from "../layout/text";

export interface RowContext {
  sheet: string;
  row: number;
  code: string | null;
  name: string | null;
}

export interface ReadNum {
  num: NumCell | null;
  /** The cell said "%" (text or percent format). */
  percent: boolean;
}

/** Units spelled out or abbreviated count as the same unit ("Dok" = "Dokumen"). */
const UNIT_ALIASES: Record<string, string> = {
  dok: "dokumen",
  dokumen: "dokumen",
  lap: "laporan",
  laporan: "laporan",
  org: "orang",
  orang: "orang",
  keg: "kegiatan",
  kegiatan: "kegiatan",
  pkt: "paket",
  paket: "paket",
  bh: "buah",
  buah: "buah",
  unit: "unit",
  kali: "kali",
  x: "kali",
  bln: "bulan",
  bulan: "bulan",
  "%": "%",
  persen: "%",
};

export function sameUnit(a: string, b: string): boolean {
  const n = (u: string) => {
    const t = u.trim().toLowerCase().replace(/\.$/, "");
    return UNIT_ALIASES[t] ?? t;
  };
  return n(a) === n(b);
}

export function readNum(cell: Cell, col: number, ctx: RowContext, what: string, facts: ReadFact[]): ReadNum {
  const address = a1(ctx.row, col);
  const p = parseCell(cell);
  const at = (): FactPlace => ({ sheet: ctx.sheet, row: ctx.row, cell: address, code: ctx.code, name: ctx.name });
  switch (p.kind) {
    case "empty":
      return { num: null, percent: false };
    case "error":
      facts.push({ kind: "cellError", at: at(), error: p.error, column: what });
      return { num: null, percent: false };
    case "malformed":
      facts.push({ kind: "unparsed", at: at(), raw: cellText(cell), column: what });
      return { num: null, percent: false };
    case "number": {
      const num: NumCell = { value: p.value, cell: address };
      if (p.unit) num.unit = p.unit;
      if (cell.formula) num.formula = cell.formula;
      return { num, percent: p.percent === true };
    }
  }
}
