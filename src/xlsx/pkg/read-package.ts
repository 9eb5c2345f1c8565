/**
 * Reading an .xlsx package ourselves, straight into Grid[] (issue 13): no ExcelJS model, no JSZip.
 * Browser-safe (fflate, TextDecoder): the web page's worker can use it.
 *
 *  1. the bytes are vetted as before (src/xlsx/vet.ts: OLE2, corrupt zip, declared sizes);
 *  2. entries are inflated one at a time as streams (./entries.ts), every inflated byte counted
 *     against the limit (a lying header is stopped on the real bytes, "too-large");
 *  3. workbook, relationships, styles and shared strings are parsed first; then each worksheet is
 *     parsed as it inflates (./sheet-part.ts), its `<v>` / `<is>` counted against MAX_CELLS
 *     ("too-many-cells"); a part that does not parse is "corrupt-xlsx";
 *  4. the grids are those read-grids.ts made from ExcelJS (test/xlsx/package-reader.test.ts).
 */
import type { Grid } from "../../domain/grid";
import { InputError } from "../errors";
import { vetXlsxBytes, ZIP_LIMITS } from "../vet";
import { readCentralDirectory, type ZipEntry, type ZipLimits } from "../zip";
import { InflatedLimitError, inflateEntry, inflateText, type InflateBudget } from "./entries";
import type { XmlScanner } from "./xml-scan";
import { parseRelsXml, parseWorkbookXml, type Relationship, type WorkbookPart } from "./workbook-part";
import { parseStylesXml, type Styles } from "./styles-part";
import { parseSharedStringsXml } from "./shared-strings-part";
import { parseSheetXml, type SheetData } from "./sheet-part";
import { contentExtent, sheetMerges, toGrid } from "./to-grid";
import { linkedAddresses, mergeLinked } from "./hyperlinks";
import { judgeMarkers } from "./markers";
import { checkSheetName } from "./sheet-names";

/** Filled cells above which a workbook is refused (the same limit as src/xlsx/package.ts). */
export const MAX_CELLS = 2_000_000;

const MB = 1024 * 1024;
const WORKSHEET_PART = /xl\/worksheets\/sheet(\d+)[.]xml/;
const WORKSHEET_RELS_PART = /xl\/worksheets\/_rels\/sheet(\d+)[.]xml.rels/;

export interface ReadPackageOptions {
  fileName?: string;
  limits?: Partial<ZipLimits>;
  maxCells?: number;
}

export interface PackageSheet {
  name: string;
  sheetId: number;
  /** Part path inside the zip, e.g. "xl/worksheets/sheet1.xml". */
  path: string;
  /** Relationship id in xl/_rels/workbook.xml.rels. */
  rId: string;
  state?: string;
}

export interface ReadPackageResult {
  /** One grid per worksheet, in tab order (as readGrids gave them). */
  grids: Grid[];
  /** The worksheets, in the same order. */
  sheets: PackageSheet[];
  /** Sheets carrying a trusted product marker (our previous output: removed on a re-run). */
  outputSheets: string[];
  /** Marker names to remove on a re-run: the trusted ones and those naming no sheet. */
  staleMarkers: string[];
  /** Real inflated size of all entries, bytes. */
  inflatedBytes: number;
}

class CellLimitError extends Error {
  constructor(readonly sheet: string | undefined) {
    super("cell-limit");
  }
}

/** Where a workbook relationship points, as ExcelJS resolves it (xlsx/xform/book/workbook-xform.js). */
function excelJsTarget(target: string): string {
  return `xl/${target.replace(/^(\s|\/xl\/)+/, "")}`;
}

/** … and as the old cell counter (src/xlsx/package.ts sheetPaths) resolved it. */
function counterTarget(target: string): string {
  return target.startsWith("/") ? target.slice(1) : `xl/${target.replace(/^\.\//, "")}`;
}

export async function readPackage(
  input: Uint8Array | ArrayBuffer,
  options: ReadPackageOptions = {},
): Promise<ReadPackageResult> {
  const file = options.fileName;
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const limits = { ...ZIP_LIMITS, ...options.limits };
  vetXlsxBytes(bytes, file, limits);
  const maxCells = options.maxCells ?? MAX_CELLS;
  try {
    return readVetted(bytes, limits.maxTotalUncompressed, maxCells);
  } catch (e) {
    if (e instanceof InputError) throw e;
    if (e instanceof CellLimitError)
      throw new InputError("too-many-cells", { file, sheet: e.sheet, count: maxCells + 1, limit: maxCells });
    if (e instanceof InflatedLimitError)
      throw new InputError("too-large", {
        file,
        limitMb: Math.round(limits.maxTotalUncompressed / MB),
        sizeMb: Math.round(limits.maxTotalUncompressed / MB),
        detail: "inflated",
      });
    throw new InputError("corrupt-xlsx", { file, detail: e instanceof Error ? e.message : String(e) }, { cause: e });
  }
}

function readVetted(bytes: Uint8Array, maxInflated: number, maxCells: number): ReadPackageResult {
  const entries = new Map<string, ZipEntry>();
  for (const e of readCentralDirectory(bytes)) {
    const name = e.name.replace(/^\//, "");
    if (!name.endsWith("/") && !entries.has(name)) entries.set(name, e);
  }
  const budget: InflateBudget = { used: 0, max: maxInflated };
  const done = new Set<string>();
  const feedOf = (name: string) => (scanner: XmlScanner) => {
    done.add(name);
    inflateText(bytes, entries.get(name)!, budget, (t) => scanner.write(t));
  };
  const part = <T>(name: string, parse: (feed: (s: XmlScanner) => void) => T): T | null =>
    entries.has(name) ? parse(feedOf(name)) : null;

  const workbook: WorkbookPart = part("xl/workbook.xml", parseWorkbookXml) ?? {
    sheets: [],
    definedNames: [],
    date1904: false,
  };
  const rels: Relationship[] = part("xl/_rels/workbook.xml.rels", parseRelsXml) ?? [];
  const styles: Styles | null = part("xl/styles.xml", parseStylesXml);
  const sharedStrings = part("xl/sharedStrings.xml", parseSharedStringsXml);
  const sheetRels = new Map<string, Relationship[]>();
  for (const name of entries.keys()) {
    const m = WORKSHEET_RELS_PART.exec(name);
    if (m) sheetRels.set(m[1], parseRelsXml(feedOf(name)));
  }

  // Which worksheet parts the workbook lists (ExcelJS's resolution) and the old counter's names.
  const relById = new Map<string, Relationship>();
  for (const r of rels) relById.set(r.id, r);
  const counted = new Map<string, string>();
  for (const s of workbook.sheets) {
    const rel = s.rId ? relById.get(s.rId) : undefined;
    if (rel?.target && s.name !== undefined) counted.set(counterTarget(rel.target), s.name);
  }
  const listed: { sheet: (typeof workbook.sheets)[number]; path: string; rId: string }[] = [];
  for (const s of workbook.sheets) {
    const rel = s.rId !== undefined ? relById.get(s.rId) : undefined;
    if (!rel || rel.target === undefined) continue;
    const path = excelJsTarget(rel.target);
    const entry = entries.get(path);
    if (entry && WORKSHEET_PART.test(path)) listed.push({ sheet: s, path, rId: s.rId as string });
  }
  const wanted = new Set(listed.map((l) => l.path));

  let cells = 0;
  const parsed = new Map<string, SheetData>();
  for (const [name, entry] of entries) {
    if (done.has(name)) continue;
    if (!wanted.has(name)) {
      // Not read, but inflated and counted all the same: a bomb anywhere in the package is refused.
      inflateEntry(bytes, entry, budget, () => {});
      continue;
    }
    const sheetName = counted.get(name);
    const onValue =
      sheetName === undefined
        ? undefined
        : () => {
            if (++cells > maxCells) throw new CellLimitError(sheetName);
          };
    const ctx = { styles, sharedStrings, date1904: workbook.date1904 };
    const data = parseSheetXml(feedOf(name), { ...ctx, onValue });
    const m = WORKSHEET_PART.exec(name);
    const links = linkedAddresses(data, (m && sheetRels.get(m[1])) || []);
    if (links.size) {
      // Read again for the linked cells only; its bytes were counted (and bounded) the first time.
      const again = { used: 0, max: Infinity };
      const reread = (scanner: XmlScanner) => inflateText(bytes, entry, again, (t) => scanner.write(t));
      mergeLinked(data, parseSheetXml(reread, { ...ctx, links }));
    }
    parsed.set(name, data);
  }

  // The workbook's worksheets, ordered and named as ExcelJS's Workbook model does.
  const byId = new Map<number, { name: string; state?: string; path: string; rId: string; orderNo: number }>();
  for (const l of listed) {
    const id = l.sheet.sheetId;
    if (!(id >= 1)) continue;
    const name = checkSheetName(
      l.sheet.name,
      id,
      [...byId.values()].map((w) => w.name),
    );
    byId.set(id, {
      name,
      ...(l.sheet.state !== undefined ? { state: l.sheet.state } : {}),
      path: l.path,
      rId: l.rId,
      orderNo: workbook.sheets.findIndex((s) => s.sheetId === id),
    });
  }
  const ordered = [...byId.entries()].sort((a, b) => a[1].orderNo - b[1].orderNo || a[0] - b[0]);

  const mergesOf = new Map<string, ReturnType<typeof sheetMerges>>();
  for (const [, w] of ordered) mergesOf.set(w.path, sheetMerges(parsed.get(w.path)!));
  const extents = new Map<string, { rows: number; cols: number }>();
  for (const [, w] of ordered) extents.set(w.name, contentExtent(parsed.get(w.path)!, mergesOf.get(w.path)!));
  const verdict = judgeMarkers(workbook.definedNames, (s) => extents.get(s));
  const outputSheets: string[] = [];
  for (const t of verdict.trusted) if (!outputSheets.includes(t.sheet)) outputSheets.push(t.sheet);

  const grids: Grid[] = [];
  const sheets: PackageSheet[] = [];
  for (const [id, w] of ordered) {
    const hidden = !!w.state && w.state !== "visible";
    const grid = toGrid(w.name, parsed.get(w.path)!, mergesOf.get(w.path)!, hidden);
    parsed.delete(w.path);
    if (outputSheets.includes(w.name)) grid.productOutput = true;
    grids.push(grid);
    sheets.push({
      name: w.name,
      sheetId: id,
      path: w.path,
      rId: w.rId,
      ...(w.state !== undefined ? { state: w.state } : {}),
    });
  }
  return {
    grids,
    sheets,
    outputSheets,
    staleMarkers: [...verdict.trusted.map((t) => t.name), ...verdict.dangling],
    inflatedBytes: budget.used,
  };
}
