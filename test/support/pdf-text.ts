/**
 * Just enough PDF reading for the print tests, when pdftotext is not installed: the page count and
 * the text LibreOffice's PDF export draws (content streams, FlateDecode, fonts with a ToUnicode
 * CMap — which is what LibreOffice writes). Text of one page comes out in drawing order, a line
 * break between text objects (BT … ET); not a general PDF parser.
 */
import { execFileSync } from "child_process";
import { inflateSync } from "zlib";

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

function parseObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString("latin1");
  const objects = new Map<number, PdfObject>();
  const re = /(\d+)\s+0\s+obj\b/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const start = m.index + m[0].length;
    const end = text.indexOf("endobj", start);
    if (end < 0) break;
    const body = text.slice(start, end);
    const si = body.indexOf("stream");
    let dict = body;
    let stream: Buffer | null = null;
    if (si >= 0 && /<<[\s\S]*>>\s*$/.test(body.slice(0, si))) {
      dict = body.slice(0, si);
      let from = start + si + "stream".length;
      if (text[from] === "\r") from++;
      if (text[from] === "\n") from++;
      const to = text.lastIndexOf("endstream", end);
      let raw = pdf.subarray(from, to);
      if (/\/FlateDecode/.test(dict)) {
        try {
          raw = inflateSync(raw);
        } catch {
          raw = Buffer.alloc(0);
        }
      }
      stream = raw;
    }
    objects.set(Number(m[1]), { dict, stream });
    re.lastIndex = end;
  }
  return objects;
}

function ref(dict: string, key: string): number | null {
  const m = new RegExp(`/${key}\\s*(\\d+)\\s+0\\s+R`).exec(dict);
  return m ? Number(m[1]) : null;
}

function hexToString(hex: string): string {
  const h = hex.replace(/\s+/g, "");
  let out = "";
  for (let i = 0; i + 3 < h.length + 1; i += 4)
    out += String.fromCodePoint(parseInt(h.slice(i, i + 4).padEnd(4, "0"), 16));
  return out;
}

/** ToUnicode CMap → (code as hex, fixed width) → text. */
function parseCMap(cmap: string): { width: number; map: Map<number, string> } {
  const map = new Map<number, string>();
  let width = 2;
  const range = /begincodespacerange\s*<([0-9A-Fa-f]+)>/.exec(cmap);
  if (range) width = range[1].length / 2;
  for (const block of cmap.match(/beginbfchar([\s\S]*?)endbfchar/g) ?? []) {
    for (const p of block.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g))
      map.set(parseInt(p[1], 16), hexToString(p[2]));
  }
  for (const block of cmap.match(/beginbfrange([\s\S]*?)endbfrange/g) ?? []) {
    for (const p of block.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])/g)) {
      const lo = parseInt(p[1], 16);
      const hi = parseInt(p[2], 16);
      if (p[3].startsWith("<")) {
        const base = parseInt(p[3].slice(1, -1), 16);
        for (let c = lo; c <= hi; c++) map.set(c, String.fromCodePoint(base + (c - lo)));
      } else {
        const list = [...p[3].matchAll(/<([0-9A-Fa-f]+)>/g)].map((x) => hexToString(x[1]));
        list.forEach((s, i) => map.set(lo + i, s));
      }
    }
  }
  return { width, map };
}

function decodeString(s: Buffer, font: { width: number; map: Map<number, string> } | undefined): string {
  if (!font) return s.toString("latin1");
  let out = "";
  for (let i = 0; i + font.width <= s.length; i += font.width) {
    const code = font.width === 1 ? s[i] : s.readUInt16BE(i);
    out += font.map.get(code) ?? "";
  }
  return out;
}

/** Literal string "(…)" with escapes, or hex "<…>", as bytes. */
function stringBytes(tok: string): Buffer {
  if (tok.startsWith("<")) return Buffer.from(tok.slice(1, -1).replace(/\s+/g, ""), "hex");
  const body = tok.slice(1, -1);
  const bytes: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== "\\") {
      bytes.push(body.charCodeAt(i) & 0xff);
      continue;
    }
    const n = body[++i];
    const esc: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12, "(": 40, ")": 41, "\\": 92 };
    if (n in esc) bytes.push(esc[n]);
    else if (/[0-7]/.test(n)) {
      let oct = n;
      while (oct.length < 3 && /[0-7]/.test(body[i + 1])) oct += body[++i];
      bytes.push(parseInt(oct, 8) & 0xff);
    }
  }
  return Buffer.from(bytes);
}

function pageText(content: string, fonts: Map<string, { width: number; map: Map<number, string> }>): string {
  let out = "";
  let font: { width: number; map: Map<number, string> } | undefined;
  const tokens =
    content.match(/\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>|\/[^\s/[\]()<>]+|\[|\]|-?[\d.]+|[A-Za-z'"*]+/g) ?? [];
  const stack: string[] = [];
  for (const t of tokens) {
    if (t === "Tf") {
      font = fonts.get(stack[stack.length - 2]?.slice(1) ?? "");
      stack.length = 0;
    } else if (t === "Tj" || t === "'" || t === '"') {
      const s = stack.reverse().find((x) => x.startsWith("(") || x.startsWith("<"));
      if (s) out += decodeString(stringBytes(s), font);
      stack.length = 0;
    } else if (t === "TJ") {
      const arr = stack.slice(stack.lastIndexOf("["));
      for (const x of arr) {
        if (x.startsWith("(") || x.startsWith("<")) out += decodeString(stringBytes(x), font);
        else if (/^-?[\d.]+$/.test(x) && Number(x) < -200) out += " ";
      }
      stack.length = 0;
    } else if (t === "ET") {
      out += "\n";
      stack.length = 0;
    } else if (t === "Td" || t === "TD" || t === "T*") {
      out += " ";
      stack.length = 0;
    } else if (/^[A-Za-z*]+$/.test(t) && t !== "R") stack.length = 0;
    else stack.push(t);
  }
  return out;
}

export interface PdfText {
  pages: number;
  /** Text of each page. */
  text: string[];
}

/** Page count and per-page text of a PDF written by LibreOffice. */
export function readPdf(pdf: Buffer): PdfText {
  const objects = parseObjects(pdf);
  const pages = [...objects.values()].filter((o) => /\/Type\s*\/Page(?!s)\b/.test(o.dict));
  const fontCache = new Map<number, { width: number; map: Map<number, string> }>();
  const fontOf = (id: number) => {
    if (!fontCache.has(id)) {
      const f = objects.get(id);
      const tu = f ? ref(f.dict, "ToUnicode") : null;
      const cmap = tu !== null ? objects.get(tu)?.stream?.toString("latin1") : undefined;
      fontCache.set(id, cmap ? parseCMap(cmap) : { width: 1, map: new Map() });
    }
    return fontCache.get(id)!;
  };
  const resourcesOf = (page: PdfObject): string => {
    const r = ref(page.dict, "Resources");
    if (r !== null) return objects.get(r)?.dict ?? "";
    const inline = /\/Resources\s*(<<[\s\S]*>>)/.exec(page.dict);
    if (inline) return inline[1];
    const parent = ref(page.dict, "Parent");
    return parent !== null ? resourcesOf(objects.get(parent)!) : "";
  };
  const text = pages.map((page) => {
    const res = resourcesOf(page);
    let fontDict = /\/Font\s*(<<[^>]*>>)/.exec(res)?.[1] ?? "";
    const fontRef = ref(res, "Font");
    if (!fontDict && fontRef !== null) fontDict = objects.get(fontRef)?.dict ?? "";
    const fonts = new Map<string, { width: number; map: Map<number, string> }>();
    for (const m of fontDict.matchAll(/\/([^\s/<>]+)\s*(\d+)\s+0\s+R/g)) fonts.set(m[1], fontOf(Number(m[2])));
    const contents: number[] = [];
    const single = ref(page.dict, "Contents");
    if (single !== null) contents.push(single);
    else {
      const arr = /\/Contents\s*\[([^\]]*)\]/.exec(page.dict)?.[1] ?? "";
      for (const m of arr.matchAll(/(\d+)\s+0\s+R/g)) contents.push(Number(m[1]));
    }
    return contents.map((c) => pageText(objects.get(c)?.stream?.toString("latin1") ?? "", fonts)).join("\n");
  });
  return { pages: pages.length, text };
}

/** pdftotext when installed (more faithful), else readPdf. */
export function pdfText(path: string, pdf: Buffer): PdfText {
  try {
    const all = execFileSync("pdftotext", ["-layout", path, "-"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    });
    const text = all.split("\f").filter((p, i, a) => i < a.length - 1 || p.trim() !== "");
    return { pages: readPdf(pdf).pages, text };
  } catch {
    return readPdf(pdf);
  }
}
