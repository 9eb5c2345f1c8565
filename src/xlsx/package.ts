/**
 * The .xlsx package before ExcelJS loads it and after ExcelJS saves it (browser-safe; JSZip).
 *
 * Loading (preparePackage):
 *  - every entry is inflated once as a stream and its REAL bytes are counted: a zip whose headers
 *    lie about the sizes (vet.ts checks the declared ones) is stopped as soon as the inflated
 *    total passes the limit, before anything is kept in memory;
 *  - filled cells are counted in the worksheet parts as they inflate: over MAX_CELLS the workbook
 *    is refused ("too-many-cells") before ExcelJS builds its model (≈ 1–2 KB per cell);
 *  - large merges and data validations are cut out of the worksheet parts (./sheet-parts.ts) so
 *    ExcelJS never expands them cell by cell; what was cut out is remembered per sheet name.
 * Saving (restorePackage): the cut-out elements are put back into the same sheets of the copy.
 */
import JSZip from "jszip";
import { InputError } from "./errors";
import { restoreParts, stripLargeParts, type StrippedSheet } from "./sheet-parts";
import { unescXml } from "./splice/xml-text";

/**
 * Filled cells (a `<v>` value or an inline string) above which a workbook is refused, before ExcelJS
 * builds its model: ≈ 120 000 rows of a 17-column table. ExcelJS needs ≈ 4 KB per filled cell
 * (docs/benchmarks.md), so this keeps a run within the default Node heap instead of crashing.
 */
export const MAX_CELLS = 2_000_000;

export interface PreparedPackage {
  /** The bytes to give ExcelJS (the original bytes when nothing was cut out). */
  bytes: Uint8Array;
  /** Sheet name → what was cut out of it (only sheets that were changed). */
  sheets: Map<string, StrippedSheet>;
  /** Real inflated size of all entries, bytes. */
  inflatedBytes: number;
}

const MB = 1024 * 1024;

const decodeXml = unescXml;

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? decodeXml(m[1]) : undefined;
}

/** Worksheet part path (inside the zip) → sheet name, from xl/workbook.xml and its relationships. */
async function sheetPaths(zip: JSZip): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const wbFile = zip.file("xl/workbook.xml");
  const relFile = zip.file("xl/_rels/workbook.xml.rels");
  if (!wbFile || !relFile) return out;
  const [wb, rels] = await Promise.all([wbFile.async("string"), relFile.async("string")]);
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const id = attr(m[0], "Id");
    const target = attr(m[0], "Target");
    if (!id || !target) continue;
    targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target.replace(/^\.\//, "")}`);
  }
  for (const m of wb.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = attr(m[0], "name");
    const rid = /\sr:id="([^"]*)"/.exec(m[0])?.[1] ?? /\s\w+:id="([^"]*)"/.exec(m[0])?.[1];
    const target = rid ? targets.get(rid) : undefined;
    if (name !== undefined && target) out.set(target, name);
  }
  return out;
}

interface StreamHelper {
  on(event: "data", cb: (chunk: Uint8Array) => void): StreamHelper;
  on(event: "error", cb: (e: Error) => void): StreamHelper;
  on(event: "end", cb: () => void): StreamHelper;
  pause(): StreamHelper;
  resume(): StreamHelper;
}

class CellLimitError extends Error {
  constructor(readonly cells: number) {
    super("cell-limit");
  }
}

const LT = 0x3c;
const V = 0x76;
const I = 0x69;
const S = 0x73;
const GT = 0x3e;
const SPACE = 0x20;

/**
 * Counts `<v>`, `<v …>` and `<is>` openings (cell values) in a chunk. Openings starting in the
 * last 3 bytes are carried to the next chunk (`carry`), so a split opening is counted once.
 */
function countValues(chunk: Uint8Array, carry: { tail: Uint8Array }): number {
  let buf = chunk;
  if (carry.tail.length) {
    buf = new Uint8Array(carry.tail.length + chunk.length);
    buf.set(carry.tail, 0);
    buf.set(chunk, carry.tail.length);
  }
  let n = 0;
  const end = buf.length - 3;
  for (let i = buf.indexOf(LT); i >= 0 && i < end; i = buf.indexOf(LT, i + 1)) {
    const a = buf[i + 1];
    const b = buf[i + 2];
    if (a === V && (b === GT || b === SPACE)) n++;
    else if (a === I && b === S && buf[i + 3] === GT) n++;
  }
  carry.tail = buf.slice(Math.max(0, end));
  return n;
}

/** Inflates one entry as a stream; stops (rejects) once `budget` bytes or `cellBudget` values would be passed. */
function inflateCounted(
  file: JSZip.JSZipObject,
  budget: number,
  keep: boolean,
  cellBudget = Infinity,
): Promise<{ bytes: number; data?: Uint8Array; cells: number }> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    const carry = { tail: new Uint8Array(0) };
    let bytes = 0;
    let cells = 0;
    // JSZip's StreamHelper (documented, missing from its type definitions).
    const stream = (file as unknown as { internalStream(type: "uint8array"): StreamHelper }).internalStream(
      "uint8array",
    );
    stream
      .on("data", (chunk: Uint8Array) => {
        bytes += chunk.length;
        if (bytes > budget) {
          stream.pause();
          reject(new RangeError("inflated-limit"));
          return;
        }
        if (cellBudget !== Infinity) {
          cells += countValues(chunk, carry);
          if (cells > cellBudget) {
            stream.pause();
            reject(new CellLimitError(cells));
            return;
          }
        }
        if (keep) chunks.push(chunk);
      })
      .on("error", (e: Error) => reject(e))
      .on("end", () => {
        if (!keep) return resolve({ bytes, cells });
        const data = new Uint8Array(bytes);
        let at = 0;
        for (const c of chunks) (data.set(c, at), (at += c.length));
        resolve({ bytes, data, cells });
      })
      .resume();
  });
}

/**
 * Checks the real inflated size (InputError "too-large" above `maxInflated` bytes) and cuts large
 * merges / validations out of the worksheets. Throws InputError "corrupt-xlsx" when an entry
 * cannot be inflated.
 */
export async function preparePackage(
  input: Uint8Array,
  maxInflated: number,
  file?: string,
  maxCells = MAX_CELLS,
): Promise<PreparedPackage> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(input);
  } catch {
    // ExcelJS would fail the same way; let it produce the usual "corrupt-xlsx" message.
    return { bytes: input, sheets: new Map(), inflatedBytes: 0 };
  }
  const paths = await sheetPaths(zip);
  const sheets = new Map<string, StrippedSheet>();
  let total = 0;
  let cells = 0;
  let changed = false;
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const sheetName = paths.get(entry.name);
    let res: { bytes: number; data?: Uint8Array; cells: number };
    try {
      const isSheet = sheetName !== undefined;
      res = await inflateCounted(entry, maxInflated - total, isSheet, isSheet ? maxCells - cells : Infinity);
    } catch (e) {
      if (e instanceof CellLimitError) {
        throw new InputError("too-many-cells", { file, sheet: sheetName, count: cells + e.cells, limit: maxCells });
      }
      if (e instanceof RangeError) {
        throw new InputError("too-large", {
          file,
          limitMb: Math.round(maxInflated / MB),
          sizeMb: Math.round(maxInflated / MB),
          detail: "inflated",
        });
      }
      // Damaged compressed data inside an intact zip: the workbook itself is damaged.
      throw new InputError("corrupt-xlsx", { file }, { cause: e });
    }
    total += res.bytes;
    cells += res.cells;
    if (sheetName !== undefined && res.data) {
      const cut = stripLargeParts(res.data);
      if (cut) {
        zip.file(entry.name, cut.xml);
        sheets.set(sheetName, cut.stripped);
        changed = true;
      }
    }
  }
  if (!changed) return { bytes: input, sheets, inflatedBytes: total };
  // Unchanged entries keep their compressed data (JSZip reuses it for the same method).
  const bytes = await zip.generateAsync({
    type: "uint8array",
    compression: "DEFLATE",
    compressionOptions: { level: 1 },
  });
  return { bytes, sheets, inflatedBytes: total };
}

/** Puts the cut-out merges / validations back into the saved copy (by sheet name). */
export async function restorePackage(bytes: Uint8Array, sheets: Map<string, StrippedSheet>): Promise<Uint8Array> {
  const wanted = [...sheets.entries()].filter(([, s]) => s.mergeCellsXml || s.dataValidationsXml);
  if (wanted.length === 0) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  const byName = new Map<string, string>();
  for (const [p, name] of await sheetPaths(zip)) byName.set(name, p);
  let changed = false;
  for (const [name, stripped] of wanted) {
    const p = byName.get(name);
    const f = p ? zip.file(p) : null;
    if (!p || !f) continue;
    const xml = await f.async("uint8array");
    zip.file(p, restoreParts(xml, stripped));
    changed = true;
  }
  if (!changed) return bytes;
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 1 } });
}
