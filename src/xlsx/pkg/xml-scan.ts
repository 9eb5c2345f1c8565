/**
 * A small streaming XML tokenizer for the parts of an .xlsx package (browser-safe, no recursion).
 *
 * Text arrives in chunks (`write`); tags split across chunks are carried over, long text runs are
 * handed on as they come (never carried whole), so the cost is linear in the input. Events follow
 * what ExcelJS's sax parser (saxes) gives it: opening tags with their attributes (entities decoded,
 * names kept with their prefix, `r:id`), text (entities decoded, whitespace kept), closing tags; a
 * self-closed tag gives an opening and a closing. Comments, processing instructions, the doctype and
 * CDATA sections (ExcelJS does not listen to them) give nothing. An unknown entity is an error.
 */

export class XmlError extends Error {
  override readonly name = "XmlError";
}

export type Attrs = Record<string, string>;

export interface XmlHandler {
  open(name: string, attrs: Attrs, selfClosing: boolean): void;
  text(text: string): void;
  close(name: string): void;
}

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Decodes the five predefined entities and numeric character references. */
export function decodeEntities(s: string): string {
  if (s.indexOf("&") < 0) return s;
  let out = "";
  let at = 0;
  for (let i = s.indexOf("&"); i >= 0; i = s.indexOf("&", at)) {
    const semi = s.indexOf(";", i + 1);
    if (semi < 0) throw new XmlError("entitas XML tanpa ';'");
    const name = s.slice(i + 1, semi);
    let ch: string | undefined;
    if (name.charCodeAt(0) === 35 /* # */) {
      const hex = name.charCodeAt(1) === 120 || name.charCodeAt(1) === 88;
      const code = hex ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      const digits = hex ? /^[0-9a-f]+$/i.test(name.slice(2)) : /^[0-9]+$/.test(name.slice(1));
      if (!digits || !(code >= 0 && code <= 0x10ffff)) throw new XmlError(`entitas XML tidak sah: &${name};`);
      ch = String.fromCodePoint(code);
    } else {
      ch = ENTITIES[name];
      if (ch === undefined) throw new XmlError(`entitas XML tidak dikenal: &${name};`);
    }
    out += s.slice(at, i) + ch;
    at = semi + 1;
  }
  return out + s.slice(at);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** Parses the attributes of a tag body (after its name). */
function parseAttrs(body: string, from: number, to: number): Attrs {
  const attrs: Attrs = {};
  let i = from;
  while (i < to) {
    while (i < to && isSpace(body.charCodeAt(i))) i++;
    if (i >= to) break;
    const eq = body.indexOf("=", i);
    if (eq < 0 || eq >= to) throw new XmlError("atribut XML tanpa nilai");
    const name = body.slice(i, eq).trim();
    let q = eq + 1;
    while (q < to && isSpace(body.charCodeAt(q))) q++;
    const quote = body.charCodeAt(q);
    if (quote !== 34 && quote !== 39) throw new XmlError("nilai atribut XML tanpa tanda kutip");
    const end = body.indexOf(quote === 34 ? '"' : "'", q + 1);
    if (end < 0 || end >= to) throw new XmlError("nilai atribut XML tidak ditutup");
    attrs[name] = decodeEntities(body.slice(q + 1, end));
    i = end + 1;
  }
  return attrs;
}

export class XmlScanner {
  private buf = "";

  constructor(private readonly handler: XmlHandler) {}

  /** Feeds the next piece of text. */
  write(chunk: string): void {
    let s = this.buf.length ? this.buf + chunk : chunk;
    this.buf = "";
    // Line ends are normalised to "\n" (XML 1.0 §2.11); a "\r" ending the piece waits for the next.
    if (s.charCodeAt(s.length - 1) === 13) {
      this.buf = "\r";
      s = s.slice(0, -1);
    }
    if (s.indexOf("\r") >= 0) s = s.replace(/\r\n?/g, "\n");
    const n = s.length;
    let i = 0;
    while (i < n) {
      const lt = s.indexOf("<", i);
      if (lt < 0) {
        // Text up to the end: hand it on, keeping a possibly split entity for the next chunk.
        const amp = s.lastIndexOf("&");
        const cut = amp >= i && s.indexOf(";", amp) < 0 ? amp : n;
        if (cut > i) this.handler.text(decodeEntities(s.slice(i, cut)));
        this.buf = s.slice(cut) + this.buf;
        return;
      }
      if (lt > i) this.handler.text(decodeEntities(s.slice(i, lt)));
      const next = this.tag(s, lt);
      if (next < 0) {
        this.buf = s.slice(lt) + this.buf;
        return;
      }
      i = next;
    }
  }

  /** Call once at the end of the part. */
  end(): void {
    if (this.buf.trim().length) throw new XmlError("bagian XML terpotong");
    this.buf = "";
  }

  /** Handles the markup starting at `lt`; returns the index after it, or -1 when incomplete. */
  private tag(s: string, lt: number): number {
    const c1 = s.charCodeAt(lt + 1);
    if (Number.isNaN(c1)) return -1;
    if (c1 === 33 /* ! */) {
      if (s.startsWith("<!--", lt)) {
        const e = s.indexOf("-->", lt + 4);
        return e < 0 ? -1 : e + 3;
      }
      if (s.startsWith("<![CDATA[", lt)) {
        const e = s.indexOf("]]>", lt + 9);
        return e < 0 ? -1 : e + 3;
      }
      if (s.length - lt < 9) return -1;
      const e = s.indexOf(">", lt + 2);
      return e < 0 ? -1 : e + 1;
    }
    if (c1 === 63 /* ? */) {
      const e = s.indexOf("?>", lt + 2);
      return e < 0 ? -1 : e + 2;
    }
    const gt = findTagEnd(s, lt + 1);
    if (gt < 0) return -1;
    if (c1 === 47 /* / */) {
      this.handler.close(s.slice(lt + 2, gt).trim());
      return gt + 1;
    }
    const selfClosing = s.charCodeAt(gt - 1) === 47;
    const bodyEnd = selfClosing ? gt - 1 : gt;
    let nameEnd = lt + 1;
    while (nameEnd < bodyEnd && !isSpace(s.charCodeAt(nameEnd))) nameEnd++;
    const name = s.slice(lt + 1, nameEnd);
    if (!name) throw new XmlError("tag XML tanpa nama");
    const attrs = nameEnd < bodyEnd ? parseAttrs(s, nameEnd, bodyEnd) : {};
    this.handler.open(name, attrs, selfClosing);
    if (selfClosing) this.handler.close(name);
    return gt + 1;
  }
}

/** Index of the `>` ending a tag that starts before `from`, skipping quoted attribute values. */
function findTagEnd(s: string, from: number): number {
  let quote = 0;
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 62 /* > */) return i;
    else if (c === 34 || c === 39) quote = c;
  }
  return -1;
}
