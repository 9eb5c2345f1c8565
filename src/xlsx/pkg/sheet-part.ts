/**
 * One worksheet part, parsed as it inflates, straight into sparse rows of grid cells: one object
 * per cell that holds something, nothing for empty or style-only positions. The cell rules are
 * those of ExcelJS 4.4's cell-xform (value types, shared strings, dates by number format, formula
 * results, shared formulas translated from their master) followed by the conversion the old
 * read-grids.ts made, so the new reader's grid equals the old one.
 */
import type { Cell, CellRange } from "../../domain/grid";
import { XmlError, XmlScanner, type Attrs, type XmlHandler } from "./xml-scan";
import type { Styles } from "./styles-part";
import { excelToDate, isoDate, xmlDecode, decodeEscapes } from "./text";
import { decodeAddress, slideFormula } from "./formula-slide";

/** A cell as the reader stores it: the engine's Cell (src/domain/grid.ts). */
export type GridCell = Cell;

export interface RowEntry {
  cols: number[];
  cells: GridCell[];
}

export interface ColDef {
  min: number;
  max: number;
  hidden: boolean;
}

export interface SheetData {
  rows: Map<number, RowEntry>;
  hiddenRows: Set<number>;
  cols: ColDef[];
  mergeRefs: string[];
  hyperlinks: { ref: string; rId: string }[];
  /** Last row / column of the cells ExcelJS would have created (for the marker trust rule). */
  extentRows: number;
  extentCols: number;
}

export interface SheetContext {
  styles: Styles | null;
  sharedStrings: string[] | null;
  date1904: boolean;
  /** Called on every `<v>` / `<is>` opening (the filled-cell limit). */
  onValue?: () => void;
  /**
   * Second pass for hyperlinks: only the cells whose `r` is one of these are kept, each as the
   * text of its value (ExcelJS's hyperlink value, read as text by read-grids.ts).
   */
  links?: Set<string>;
}

/** A string sliced out of a large chunk is copied, so it does not keep the chunk alive. */
function own(s: string): string {
  return s.length > 12 ? (" " + s).slice(1) : s;
}

const NODE_NONE = 0;
const NODE_F = 1;
const NODE_V = 2;
const NODE_T = 3;

interface Pending {
  address: string | undefined;
  col: number;
  t: string | undefined;
  styleId: number | undefined;
  value: string | undefined;
  runs: string[] | undefined;
  formula: string | undefined;
  si: string | undefined;
  shareType: string | undefined;
  ref: string | undefined;
}

class SheetHandler implements XmlHandler {
  readonly data: SheetData = {
    rows: new Map(),
    hiddenRows: new Set(),
    cols: [],
    mergeRefs: [],
    hyperlinks: [],
    extentRows: 0,
    extentCols: 0,
  };
  private section = "";
  private rowNumber = 0;
  private row: RowEntry | null = null;
  private prevCol = 0;
  private cell: Pending | null = null;
  private node = NODE_NONE;
  /** Inside a rich-text run `<r>` of an inline string: its `<t>` text. */
  private inRun = false;
  private runText: string[] | null = null;
  private readonly masters = new Map<string, { row: number; col: number; formula: string | undefined }>();

  constructor(private readonly ctx: SheetContext) {}

  open(name: string, attrs: Attrs): void {
    if (name === "v" || name === "is") this.ctx.onValue?.();
    const cell = this.cell;
    if (cell) {
      if (this.inRun) {
        if (name === "t") this.runText = [];
        return;
      }
      switch (name) {
        case "f":
          this.node = NODE_F;
          cell.si = attrs.si;
          cell.shareType = attrs.t;
          cell.ref = attrs.ref;
          return;
        case "v":
          this.node = NODE_V;
          return;
        case "t":
          this.node = NODE_T;
          return;
        case "r":
          this.inRun = true;
          this.runText = null;
          return;
        default:
          return;
      }
    }
    switch (this.section) {
      case "sheetData":
        if (name === "row") this.openRow(attrs);
        else if (name === "c" && this.rowNumber) this.openCell(attrs);
        return;
      case "cols":
        if (name === "col")
          this.data.cols.push({
            min: parseInt(attrs.min || "0", 10),
            max: parseInt(attrs.max || "0", 10),
            hidden: parseBoolean(attrs.hidden),
          });
        return;
      case "mergeCells":
        if (name === "mergeCell" && attrs.ref !== undefined) this.data.mergeRefs.push(attrs.ref);
        return;
      case "hyperlinks":
        if (name === "hyperlink" && attrs["r:id"] && attrs.ref !== undefined)
          this.data.hyperlinks.push({ ref: attrs.ref, rId: attrs["r:id"] });
        return;
      default:
        if (name === "sheetData" || name === "cols" || name === "mergeCells" || name === "hyperlinks")
          this.section = name;
    }
  }

  text(t: string): void {
    const cell = this.cell;
    if (!cell) return;
    if (this.inRun) {
      if (this.runText) this.runText.push(t);
      return;
    }
    if (this.node === NODE_F) cell.formula = cell.formula ? cell.formula + t : t;
    else if (this.node === NODE_V || this.node === NODE_T) {
      if (cell.runs) return; // ExcelJS puts such text on the rich-text array, where nobody reads it
      cell.value = cell.value ? cell.value + t : t;
    }
  }

  close(name: string): void {
    const cell = this.cell;
    if (cell) {
      if (this.inRun) {
        if (name === "t" && this.runText) {
          const runs = cell.value === undefined ? (cell.runs ??= []) : null;
          if (runs) runs.push(decodeEscapes(this.runText.join("")));
          this.runText = null;
        } else if (name === "r") {
          this.inRun = false;
          if (cell.value === undefined) cell.runs ??= [];
        }
        return;
      }
      if (name === "c") {
        this.closeCell(cell);
        this.cell = null;
      } else if (name === "f" || name === "v" || name === "is" || name === "t") this.node = NODE_NONE;
      return;
    }
    if (name === "row") this.rowNumber = 0;
    else if (name === this.section) this.section = "";
  }

  private openRow(attrs: Attrs): void {
    const n = parseInt(attrs.r, 10);
    // ExcelJS refuses a row without a number and keeps a row numbered 0 or less where nothing reads it.
    if (Number.isNaN(n)) throw new XmlError(`nomor baris tidak sah: ${attrs.r ?? "(kosong)"}`);
    this.rowNumber = n >= 1 ? n : 0;
    if (n < 1) return;
    this.row = null;
    this.prevCol = 0;
    // A row listed twice: the later one replaces the earlier (as ExcelJS does).
    this.data.rows.delete(n);
    if (parseBoolean(attrs.hidden)) this.data.hiddenRows.add(n);
    else this.data.hiddenRows.delete(n);
  }

  private openCell(attrs: Attrs): void {
    const address = attrs.r;
    let col: number;
    if (address) {
      const a = decodeAddress(address);
      if (!a) throw new XmlError(`alamat sel tidak sah: ${address}`);
      col = a.col;
    } else {
      col = this.prevCol + 1;
    }
    this.cell = {
      address,
      col,
      t: attrs.t,
      styleId: attrs.s ? parseInt(attrs.s, 10) : undefined,
      value: undefined,
      runs: undefined,
      formula: undefined,
      si: undefined,
      shareType: undefined,
      ref: undefined,
    };
    this.node = NODE_NONE;
    this.inRun = false;
  }

  private closeCell(p: Pending): void {
    const isFormula = !!(p.formula || p.shareType);
    const hasValue = p.value !== undefined || p.runs !== undefined;
    if (this.ctx.links) {
      if (p.address === undefined || !this.ctx.links.has(p.address)) {
        if (isFormula || hasValue || p.styleId) this.prevCol = p.col;
        return;
      }
      this.prevCol = p.col;
      this.store(p.col, this.linkedCell(p, isFormula));
      return;
    }
    // ExcelJS: no value and a style → an empty styled cell; no value, no style → not created.
    if (!isFormula && !hasValue && !p.styleId) return; // not even a position (ExcelJS "Merge" type)
    if (!p.address && !this.prevCol) throw new XmlError("sel tanpa alamat di awal baris");
    this.prevCol = p.col;
    if (!isFormula && !hasValue) return; // styled but empty: nothing the grid keeps
    const style = p.styleId && this.ctx.styles ? this.ctx.styles.get(p.styleId) : null;
    const dateFmt = !!style && !!style.date;
    const out: GridCell = { value: null };
    if (isFormula) {
      let formula = p.formula;
      if (p.shareType === "shared") {
        const here = { row: this.rowNumber, col: p.col };
        if (p.ref) {
          if (p.si !== undefined) this.masters.set(p.si, { ...here, formula: p.formula });
        } else if (!formula && p.si !== undefined) {
          const master = this.masters.get(p.si);
          if (master?.formula) formula = slideFormula(master.formula, master, addressOf(p, this.rowNumber));
        }
      }
      if (formula) out.formula = own("=" + formula);
      if (p.value) {
        const t = p.t;
        if (t === "str") out.value = own(xmlDecode(p.value));
        else if (t === "b") out.value = parseInt(p.value, 10) !== 0;
        else if (t === "e") out.error = own(p.value);
        else setNumber(out, parseFloat(p.value), dateFmt, this.ctx.date1904);
      }
    } else if (p.runs !== undefined) {
      out.value = own(p.runs.join(""));
    } else {
      const v = p.value as string;
      switch (p.t) {
        case "s": {
          const index = parseInt(v, 10);
          const sst = this.ctx.sharedStrings;
          if (!sst) out.value = index;
          else {
            const s = sst[index];
            if (s === undefined) throw new XmlError(`string bersama ${v} tidak ada`);
            out.value = s;
          }
          break;
        }
        case "str":
          out.value = own(xmlDecode(v));
          break;
        case "inlineStr":
          out.value = own(v);
          break;
        case "b":
          out.value = parseInt(v, 10) !== 0;
          break;
        case "e":
          out.error = own(v);
          break;
        default:
          setNumber(out, parseFloat(v), dateFmt, this.ctx.date1904);
      }
    }
    if (style) {
      if (style.numFmt && style.numFmt !== "General") out.numberFormat = style.numFmt;
      if (style.bold) out.bold = true;
      if (style.indent) out.indent = style.indent;
    }
    this.store(p.col, out);
  }

  /** A hyperlinked cell: the text of its value (a formula's result; the formula is dropped). */
  private linkedCell(p: Pending, isFormula: boolean): GridCell {
    const style = p.styleId && this.ctx.styles ? this.ctx.styles.get(p.styleId) : null;
    const date = !!style && !!style.date;
    const num = (v: string): unknown => {
      const n = parseFloat(v);
      return date ? excelToDate(n, this.ctx.date1904) : n;
    };
    let raw: unknown;
    const v = p.value;
    if (isFormula) {
      if (v) raw = p.t === "str" ? xmlDecode(v) : p.t === "b" ? parseInt(v, 10) !== 0 : p.t === "e" ? {} : num(v);
    } else if (p.runs !== undefined) raw = p.runs.join("");
    else if (v !== undefined) {
      if (p.t === "s") {
        const sst = this.ctx.sharedStrings;
        raw = sst ? sst[parseInt(v, 10)] : parseInt(v, 10);
        if (raw === undefined) throw new XmlError(`string bersama ${v} tidak ada`);
      } else if (p.t === "str") raw = xmlDecode(v);
      else if (p.t === "inlineStr") raw = v;
      else if (p.t === "b") raw = parseInt(v, 10) !== 0;
      else if (p.t === "e") raw = {};
      else raw = num(v);
    }
    const out: GridCell = { value: raw === undefined || raw === null ? "" : own(String(raw)) };
    if (style) {
      if (style.numFmt && style.numFmt !== "General") out.numberFormat = style.numFmt;
      if (style.bold) out.bold = true;
      if (style.indent) out.indent = style.indent;
    }
    return out;
  }

  private store(col: number, cell: GridCell): void {
    const r = this.rowNumber;
    let row = this.row;
    if (!row) {
      row = this.row = { cols: [], cells: [] };
      this.data.rows.set(r, row);
    }
    const n = row.cols.length;
    if (n && row.cols[n - 1] >= col) {
      const at = row.cols.indexOf(col);
      if (at >= 0) {
        row.cells[at] = cell;
        return;
      }
    }
    row.cols.push(col);
    row.cells.push(cell);
    if (r > this.data.extentRows) this.data.extentRows = r;
    if (col > this.data.extentCols) this.data.extentCols = col;
  }
}

function addressOf(p: Pending, row: number): { row: number; col: number } {
  const a = p.address ? decodeAddress(p.address) : null;
  return a && a.row >= 1 ? a : { row, col: p.col };
}

function setNumber(out: GridCell, n: number, dateFmt: boolean, date1904: boolean): void {
  if (dateFmt) out.value = isoDate(excelToDate(n, date1904));
  else if (Number.isFinite(n)) out.value = n;
  else out.error = "#NUM!";
}

export function parseBoolean(value: string | undefined): boolean {
  return value === "true" || value === "1";
}

/** Parses one worksheet part fed in pieces by `feed`. */
export function parseSheetXml(feed: (scanner: XmlScanner) => void, ctx: SheetContext): SheetData {
  const handler = new SheetHandler(ctx);
  const scanner = new XmlScanner(handler);
  feed(scanner);
  scanner.end();
  return handler.data;
}

export type { CellRange };
