/** Reading one numeric cell into a NumCell, raising unparseable-value / error-value findings (§4). */
import { a1, type Cell } from "../grid";
import type { Finding, NumCell } from "../types";
import { parseCell } from "../values/parse";
import { modelText } from "../../i18n/model";
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

export function readNum(cell: Cell, col: number, ctx: RowContext, what: string, findings: Finding[]): ReadNum {
  const address = a1(ctx.row, col);
  const p = parseCell(cell);
  const base = { sheet: ctx.sheet, cell: address, row: ctx.row, code: ctx.code, rowName: ctx.name, computed: null };
  switch (p.kind) {
    case "empty":
      return { num: null, percent: false };
    case "error":
      findings.push({
        ...base,
        rule: "error-value",
        severity: "error",
        message: modelText.errorValue(p.error, modelText.columnNames[what] ?? what),
        stated: p.error,
      });
      return { num: null, percent: false };
    case "malformed": {
      const raw = cellText(cell);
      findings.push({
        ...base,
        rule: "unparseable-value",
        severity: "error",
        message: modelText.unparseable(raw, modelText.columnNames[what] ?? what),
        stated: raw,
      });
      return { num: null, percent: false };
    }
    case "number": {
      const num: NumCell = { value: p.value, cell: address };
      if (p.unit) num.unit = p.unit;
      if (cell.formula) num.formula = cell.formula;
      return { num, percent: p.percent === true };
    }
  }
}
