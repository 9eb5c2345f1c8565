/**
 * `xl/styles.xml` → per cellXfs index what the grid needs (number format, bold, indent), resolved
 * as ExcelJS 4.4's StylesXform.getStyleModel resolves it.
 */
import { XmlScanner } from "./xml-scan";
import { DEFAULT_NUM_FORMATS, isDateFmt } from "./text";

export interface CellStyle {
  numFmt?: string;
  bold?: boolean;
  indent?: number;
  /** The number format is a date format (ExcelJS's isDateFmt), worked out once per style. */
  date?: boolean;
}

interface Xf {
  numFmtId: number;
  fontId: number;
  indent?: number;
}

export class Styles {
  private readonly resolved: (CellStyle | null | undefined)[] = [];

  constructor(
    private readonly xfs: Xf[],
    private readonly fontsBold: boolean[],
    private readonly numFmts: Map<number, string>,
  ) {}

  /** The style of a cell's `s` index; null when there is none (ExcelJS: no style at all). */
  get(id: number): CellStyle | null {
    const known = this.resolved[id];
    if (known !== undefined) return known;
    const xf = this.xfs[id];
    let style: CellStyle | null = null;
    if (xf) {
      style = {};
      if (xf.numFmtId) {
        const f = this.numFmts.get(xf.numFmtId) || DEFAULT_NUM_FORMATS[xf.numFmtId];
        if (f) style.numFmt = f;
        if (isDateFmt(f)) style.date = true;
      }
      if ((xf.fontId || xf.fontId === 0) && this.fontsBold[xf.fontId]) style.bold = true;
      if (xf.indent !== undefined) style.indent = xf.indent;
    }
    if (Number.isInteger(id) && id >= 0) this.resolved[id] = style;
    return style;
  }
}

export function parseStylesXml(feed: (scanner: XmlScanner) => void): Styles {
  const xfs: Xf[] = [];
  const fontsBold: boolean[] = [];
  const numFmts = new Map<number, string>();
  let section = "";
  let xf: Xf | null = null;
  let font = -1;
  const scanner = new XmlScanner({
    open(name, attrs) {
      switch (name) {
        case "numFmts":
        case "fonts":
        case "cellXfs":
          if (!section) section = name;
          return;
        case "numFmt":
          if (section === "numFmts") {
            if (attrs.formatCode === undefined) throw new Error("numFmt tanpa formatCode");
            numFmts.set(parseInt(attrs.numFmtId, 10), attrs.formatCode.replace(/[\\](.)/g, "$1"));
          }
          return;
        case "font":
          if (section === "fonts") {
            font = fontsBold.length;
            fontsBold.push(false);
          }
          return;
        case "b":
          // `<b val="0"/>` is a font that says "not bold" (PhpSpreadsheet writes it on every font):
          // Excel shows it regular. (ExcelJS 4.4 reads any <b> as bold; here we read it as Excel does.)
          if (section === "fonts" && font >= 0) fontsBold[font] = attrs.val !== "0" && attrs.val !== "false";
          return;
        case "xf":
          if (section === "cellXfs") {
            xf = { numFmtId: parseInt(attrs.numFmtId, 10), fontId: parseInt(attrs.fontId, 10) };
            xfs.push(xf);
          }
          return;
        case "alignment":
          if (section === "cellXfs" && xf && attrs.indent) xf.indent = parseInt(attrs.indent, 10);
          return;
        default:
          return;
      }
    },
    text() {},
    close(name) {
      if (name === section) section = "";
      else if (name === "font") font = -1;
      else if (name === "xf") xf = null;
    },
  });
  feed(scanner);
  scanner.end();
  return new Styles(xfs, fontsBold, numFmts);
}
