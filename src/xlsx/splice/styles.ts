/**
 * The output's cell formats, appended to the original `xl/styles.xml`: the original's fonts,
 * fills, borders, number formats and cell formats keep their indices (the user's cells still point
 * at them); ours are added after them (an identical element already there, e.g. from a previous
 * run, is reused), and every `count` is updated. New number format ids start above
 * max(existing ids, 163).
 */
import { esc } from "./xml-text";

export interface FontSpec {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  size?: number;
  /** ARGB, "FF1F6F43". */
  color?: string;
}

export interface CellFormat {
  font?: FontSpec;
  /** Solid fill colour, ARGB. */
  fill?: string;
  /** Thin border on all four sides in this colour, ARGB. */
  border?: string;
  alignment?: { horizontal?: "left" | "center"; vertical?: "top" | "middle"; wrapText?: boolean; indent?: number };
  numFmt?: string;
}

interface Section {
  /** The child elements as they are, in order. */
  items: string[];
}

export interface ParsedStyles {
  xml: string;
  prefix: string;
  numFmts: Map<string, number>;
  numFmtCount: number;
  maxNumFmtId: number;
  fonts: Section;
  fills: Section;
  borders: Section;
  cellXfs: Section;
}

const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** A styles part for a workbook that has none: one default font, the two reserved fills, one border, one format. */
export function defaultStylesXml(): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${NS_MAIN}">` +
    `<fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>` +
    `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
    `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
    `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
    `<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>` +
    `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
    `<dxfs count="0"/><tableStyles count="0"/></styleSheet>`
  );
}

function sectionRe(p: string, tag: string): RegExp {
  return new RegExp(`<${p}${tag}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${p}${tag}>)`);
}

function children(inner: string | undefined, p: string, tag: string): string[] {
  if (!inner) return [];
  const re = new RegExp(`<${p}${tag}\\b[^>]*?/>|<${p}${tag}\\b[^>]*>[\\s\\S]*?</${p}${tag}>`, "g");
  return [...inner.matchAll(re)].map((m) => m[0]);
}

export function parseStyles(xml: string): ParsedStyles {
  const prefix = /<(?:([\w.-]+):)?styleSheet\b/.exec(xml)?.[1];
  const p = prefix ? `${prefix}:` : "";
  const inner = (tag: string) => sectionRe(p, tag).exec(xml)?.[1];
  const numFmts = new Map<string, number>();
  let maxNumFmtId = 0;
  const numFmtEls = children(inner("numFmts"), p, "numFmt");
  for (const el of numFmtEls) {
    const id = Number(/\snumFmtId="(\d+)"/.exec(el)?.[1]);
    const code = /\sformatCode="([^"]*)"/.exec(el)?.[1];
    if (!Number.isFinite(id)) continue;
    maxNumFmtId = Math.max(maxNumFmtId, id);
    if (code !== undefined && !numFmts.has(code)) numFmts.set(code, id);
  }
  return {
    xml,
    prefix: p,
    numFmts,
    numFmtCount: numFmtEls.length,
    maxNumFmtId,
    fonts: { items: children(inner("fonts"), p, "font") },
    fills: { items: children(inner("fills"), p, "fill") },
    borders: { items: children(inner("borders"), p, "border") },
    cellXfs: { items: children(inner("cellXfs"), p, "xf") },
  };
}

/** Index of `el` in a section, reusing an identical element, else appended to `added`. */
class Pool {
  private readonly index = new Map<string, number>();
  readonly added: string[] = [];
  constructor(private readonly existing: string[]) {
    existing.forEach((el, i) => {
      const k = el.replace(/\s+/g, " ");
      if (!this.index.has(k)) this.index.set(k, i);
    });
  }
  id(el: string): number {
    const k = el.replace(/\s+/g, " ");
    let i = this.index.get(k);
    if (i === undefined) {
      i = this.existing.length + this.added.length;
      this.added.push(el);
      this.index.set(k, i);
    }
    return i;
  }
}

/** Collects the formats the output uses; `xf()` gives a cell's style index (`s`). */
export class OutputStyles {
  private readonly fonts: Pool;
  private readonly fills: Pool;
  private readonly borders: Pool;
  private readonly xfs: Pool;
  private readonly numFmtIds = new Map<string, number>();
  private readonly addedNumFmts: string[] = [];
  private nextNumFmtId: number;
  private readonly memo = new Map<string, number>();
  private readonly p: string;

  constructor(private readonly base: ParsedStyles) {
    this.p = base.prefix;
    this.fonts = new Pool(base.fonts.items);
    this.fills = new Pool(base.fills.items);
    this.borders = new Pool(base.borders.items);
    this.xfs = new Pool(base.cellXfs.items);
    for (const [code, id] of base.numFmts) this.numFmtIds.set(code, id);
    this.nextNumFmtId = Math.max(base.maxNumFmtId, 163) + 1;
  }

  /** The cell format index of `f` (the same index for the same format). */
  xf(f: CellFormat): number {
    const key = JSON.stringify(f);
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    const p = this.p;
    const fontId = f.font ? this.fonts.id(fontXml(p, f.font)) : 0;
    const fillId = f.fill
      ? this.fills.id(
          `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${f.fill}"/></${p}patternFill></${p}fill>`,
        )
      : 0;
    const borderId = f.border ? this.borders.id(borderXml(p, f.border)) : 0;
    const numFmtId = f.numFmt ? this.numFmt(f.numFmt) : 0;
    let attrs = `numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"`;
    if (numFmtId) attrs += ` applyNumberFormat="1"`;
    if (f.font) attrs += ` applyFont="1"`;
    if (f.fill) attrs += ` applyFill="1"`;
    if (f.border) attrs += ` applyBorder="1"`;
    let xml: string;
    if (f.alignment) {
      const a = f.alignment;
      let al = "";
      if (a.horizontal) al += ` horizontal="${a.horizontal}"`;
      if (a.vertical) al += ` vertical="${a.vertical === "middle" ? "center" : a.vertical}"`;
      if (a.wrapText) al += ` wrapText="1"`;
      if (a.indent) al += ` indent="${a.indent}"`;
      xml = `<${p}xf ${attrs} applyAlignment="1"><${p}alignment${al}/></${p}xf>`;
    } else {
      xml = `<${p}xf ${attrs}/>`;
    }
    const id = this.xfs.id(xml);
    this.memo.set(key, id);
    return id;
  }

  private numFmt(code: string): number {
    if (code.toLowerCase() === "general") return 0; // built in
    const escaped = esc(code);
    let id = this.numFmtIds.get(escaped);
    if (id === undefined) {
      id = this.nextNumFmtId++;
      this.numFmtIds.set(escaped, id);
      this.addedNumFmts.push(`<${this.p}numFmt numFmtId="${id}" formatCode="${escaped}"/>`);
    }
    return id;
  }

  /** The original styles part with our formats appended. */
  toXml(): string {
    const p = this.p;
    let xml = this.base.xml;
    xml = appendTo(xml, p, "numFmts", this.addedNumFmts, this.base.numFmtCount, []);
    xml = appendTo(xml, p, "fonts", this.fonts.added, this.base.fonts.items.length, ["numFmts"]);
    xml = appendTo(xml, p, "fills", this.fills.added, this.base.fills.items.length, ["fonts", "numFmts"]);
    xml = appendTo(xml, p, "borders", this.borders.added, this.base.borders.items.length, [
      "fills",
      "fonts",
      "numFmts",
    ]);
    xml = appendTo(xml, p, "cellXfs", this.xfs.added, this.base.cellXfs.items.length, [
      "cellStyleXfs",
      "borders",
      "fills",
      "fonts",
      "numFmts",
    ]);
    return xml;
  }
}

function fontXml(p: string, f: FontSpec): string {
  let inner = "";
  if (f.bold) inner += `<${p}b/>`;
  if (f.italic) inner += `<${p}i/>`;
  if (f.underline) inner += `<${p}u/>`;
  if (f.size) inner += `<${p}sz val="${f.size}"/>`;
  if (f.color) inner += `<${p}color rgb="${f.color}"/>`;
  return `<${p}font>${inner}</${p}font>`;
}

function borderXml(p: string, colour: string): string {
  const side = (s: string) => `<${p}${s} style="thin"><${p}color rgb="${colour}"/></${p}${s}>`;
  return `<${p}border>${side("left")}${side("right")}${side("top")}${side("bottom")}<${p}diagonal/></${p}border>`;
}

/**
 * Appends `items` to the section `tag` and sets its count to `existing + items.length`. A missing
 * section is created after the first of `after` found, else at the start of the stylesheet.
 */
function appendTo(xml: string, p: string, tag: string, items: string[], existing: number, after: string[]): string {
  if (items.length === 0) return xml;
  const re = sectionRe(p, tag);
  const m = re.exec(xml);
  if (m) {
    const inner = m[1] ?? "";
    const old = existing;
    const startTag = /^<[^>]*?(?=\/?>)/.exec(m[0])![0];
    const withCount = /\scount="\d*"/.test(startTag)
      ? startTag.replace(/\scount="\d*"/, ` count="${old + items.length}"`)
      : `${startTag} count="${old + items.length}"`;
    return (
      xml.slice(0, m.index) + `${withCount}>${inner}${items.join("")}</${p}${tag}>` + xml.slice(m.index + m[0].length)
    );
  }
  const section = `<${p}${tag} count="${items.length}">${items.join("")}</${p}${tag}>`;
  for (const a of after) {
    const prev = sectionRe(p, a).exec(xml);
    if (prev) {
      const at = prev.index + prev[0].length;
      return xml.slice(0, at) + section + xml.slice(at);
    }
  }
  const root = /<(?:[\w.-]+:)?styleSheet\b[^>]*>/.exec(xml)!;
  const at = root.index + root[0].length;
  return xml.slice(0, at) + section + xml.slice(at);
}
