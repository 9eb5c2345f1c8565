/** The original package, read lazily: its entries by name, one part's text at a time (browser-safe). */
import { inflateSync } from "fflate";
import { readCentralDirectory, type ZipEntry } from "../zip";
import { attrOf, startTags } from "./xml-text";

const UTF8 = new TextDecoder("utf-8");

export interface Relationship {
  id: string;
  type: string;
  /** As written in the part. */
  target: string;
  /** The part it points at (package path without a leading slash); undefined for external targets. */
  part?: string;
  /** The whole `<Relationship …/>` element. */
  xml: string;
}

export class PackageIn {
  readonly entries: ZipEntry[];
  private readonly byName = new Map<string, ZipEntry>();

  constructor(readonly bytes: Uint8Array) {
    this.entries = readCentralDirectory(bytes);
    for (const e of this.entries) this.byName.set(e.name, e);
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  entry(name: string): ZipEntry | undefined {
    return this.byName.get(name);
  }

  /** The inflated bytes of one entry, or undefined when it does not exist. */
  data(name: string): Uint8Array | undefined {
    const e = this.byName.get(name);
    if (!e) return undefined;
    const b = this.bytes;
    const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
    const start = e.localOffset + 30 + dv.getUint16(e.localOffset + 26, true) + dv.getUint16(e.localOffset + 28, true);
    const raw = b.subarray(start, start + e.compressedSize);
    if (e.method === 0) return raw;
    if (e.method === 8) return inflateSync(raw);
    throw new RangeError(`entry ${name}: compression method ${e.method}`);
  }

  text(name: string): string | undefined {
    const d = this.data(name);
    return d === undefined ? undefined : UTF8.decode(d);
  }

  /** The relationships of a part (from its `_rels/<name>.rels`). */
  rels(part: string): Relationship[] {
    const xml = this.text(relsPathOf(part));
    return xml === undefined ? [] : parseRels(xml, part);
  }
}

/** "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels"; "" (the package) → "_rels/.rels". */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target resolved against its source part's folder. */
export function resolveTarget(source: string, target: string): string {
  const base = target.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const seg of target.replace(/^\//, "").split("/")) {
    if (seg === "..") base.pop();
    else if (seg !== "." && seg !== "") base.push(seg);
  }
  return base.join("/");
}

export function parseRels(xml: string, source: string): Relationship[] {
  return startTags(xml, "Relationship").map((m) => {
    const tag = m[0];
    const target = attrOf(tag, "Target") ?? "";
    const external = attrOf(tag, "TargetMode") === "External";
    return {
      id: attrOf(tag, "Id") ?? "",
      type: attrOf(tag, "Type") ?? "",
      target,
      part: external ? undefined : resolveTarget(source, target),
      xml: tag,
    };
  });
}
