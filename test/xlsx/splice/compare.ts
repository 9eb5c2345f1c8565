/** Cell-by-cell comparison of two workbooks' output sheets (the oracle: today's ExcelJS writer). */
import ExcelJS from "exceljs";
import { readCentralDirectory } from "../../../src/xlsx/zip";
import { zipEntryText } from "../helpers";

export async function loadBytes(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

/** Internal links of a sheet as written in its part: cell → "#location". */
export function linksInPart(bytes: Uint8Array, part: string): Map<string, string> {
  const xml = zipEntryText(Buffer.from(bytes), part);
  const out = new Map<string, string>();
  for (const m of xml.matchAll(/<hyperlink\b[^>]*>/g)) {
    const ref = /\sref="([^"]*)"/.exec(m[0])?.[1];
    const loc = /\slocation="([^"]*)"/.exec(m[0])?.[1];
    if (ref && loc)
      out.set(
        ref,
        `#${loc
          .replace(/&apos;/g, "'")
          .replace(/&quot;/g, '"')
          .replace(/&amp;/g, "&")}`,
      );
  }
  return out;
}

export function sheetPartOf(bytes: Uint8Array, sheet: string): string {
  const buf = Buffer.from(bytes);
  const wb = zipEntryText(buf, "xl/workbook.xml");
  const rels = zipEntryText(buf, "xl/_rels/workbook.xml.rels");
  for (const m of wb.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\sname="([^"]*)"/
      .exec(m[0])![1]
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, "&");
    if (name !== sheet) continue;
    const rid = /\sr:id="([^"]*)"/.exec(m[0])![1];
    const target = new RegExp(`<Relationship\\b[^>]*Id="${rid}"[^>]*>`).exec(rels)![0];
    const t = /Target="([^"]*)"/.exec(target)![1];
    return t.startsWith("/") ? t.slice(1) : `xl/${t}`;
  }
  throw new Error(`no sheet ${sheet}`);
}

export function entryNames(bytes: Uint8Array): string[] {
  return readCentralDirectory(bytes).map((e) => e.name);
}

/** The font ExcelJS gives every cell without one (its styles.xml font 0). */
function isExcelJsDefaultFont(f: Partial<ExcelJS.Font> | undefined): boolean {
  return (
    JSON.stringify(plain(f)) ===
    JSON.stringify({ color: { theme: 1 }, family: 2, scheme: "minor", size: 11, name: "Calibri" })
  );
}

/**
 * Flags the workbook's font 0 writes off explicitly (`<b val="0"/>`): Excel reads them as off,
 * ExcelJS 4.4 as on (it only looks at whether the element is there). `stylesXml`: xl/styles.xml.
 */
export function explicitOffFlags(stylesXml: string): Set<string> {
  const font0 = /<(?:\w+:)?font>([\s\S]*?)<\/(?:\w+:)?font>/.exec(stylesXml)?.[1] ?? "";
  const off = new Set<string>();
  for (const [el, flag] of [
    ["b", "bold"],
    ["i", "italic"],
    ["strike", "strike"],
  ] as const)
    if (new RegExp(`<(?:\\w+:)?${el}\\s+val="(0|false)"`).test(font0)) off.add(flag);
  return off;
}

function isPlainFont(f: Partial<ExcelJS.Font> | undefined, offInFont0: Set<string>): boolean {
  if (!f) return true;
  const on = (flag: "bold" | "italic" | "strike") => !!f[flag] && !offInFont0.has(flag);
  return !on("bold") && !on("italic") && !on("strike") && (!f.underline || f.underline === "none");
}

const plain = (x: unknown) => JSON.parse(JSON.stringify(x ?? null)) as unknown;

/** Differences between the sheet `name` of `a` (old writer) and `b` (new writer), as readable lines. */
export function sheetDifferences(
  a: ExcelJS.Workbook,
  b: ExcelJS.Workbook,
  name: string,
  linksB: Map<string, string>,
  offInFont0: Set<string> = new Set(),
): string[] {
  const wa = a.getWorksheet(name);
  const wb = b.getWorksheet(name);
  if (!wa || !wb) return [`sheet ${name} missing: old ${!!wa} new ${!!wb}`];
  const diffs: string[] = [];
  const rows = Math.max(wa.rowCount, wb.rowCount);
  const cols = Math.max(wa.columnCount, wb.columnCount);
  const check = (what: string, x: unknown, y: unknown) => {
    const px = JSON.stringify(plain(x));
    const py = JSON.stringify(plain(y));
    if (px !== py) diffs.push(`${name}!${what}: old ${px} new ${py}`);
  };
  for (let r = 1; r <= rows; r++) {
    const ra = wa.getRow(r);
    const rb = wb.getRow(r);
    check(`row ${r} height`, ra.height, rb.height);
    for (let c = 1; c <= cols; c++) {
      const ca = ra.getCell(c);
      const cb = rb.getCell(c);
      const at = ca.address;
      const va = ca.value as unknown;
      if (va && typeof va === "object" && "hyperlink" in va) {
        const link = va as ExcelJS.CellHyperlinkValue;
        check(`${at} value`, link.text, cb.value);
        check(`${at} link`, link.hyperlink, linksB.get(at));
      } else {
        // Deliberate: an empty text is written as a blank cell (ExcelJS reads an empty inline string as no value).
        if (!(va === "" && cb.value === null)) check(`${at} value`, va, cb.value);
        if (linksB.has(at)) diffs.push(`${name}!${at}: unexpected link ${linksB.get(at)}`);
      }
      check(`${at} numFmt`, ca.numFmt, cb.numFmt);
      // Deliberate: a cell we give no font has the workbook's default font (its font 0), not ExcelJS's.
      // (ExcelJS misreads a font 0 whose flags are written off, `<b val="0"/>`, as bold: see explicitOffFlags.)
      if (!(isExcelJsDefaultFont(ca.font) && isPlainFont(cb.font, offInFont0))) check(`${at} font`, ca.font, cb.font);
      check(`${at} fill`, ca.fill, cb.fill);
      check(`${at} border`, ca.border, cb.border);
      check(`${at} alignment`, ca.alignment, cb.alignment);
    }
  }
  for (let c = 1; c <= cols; c++) {
    const x = wa.getColumn(c).width;
    const y = wb.getColumn(c).width;
    // Deliberate: ExcelJS drops a width of exactly 9 (its "default"; Excel's is 8.43); we keep it.
    if (!(x === undefined && y === 9)) check(`col ${c} width`, x, y);
  }
  const merges = (ws: ExcelJS.Worksheet) => Object.keys((ws as unknown as { _merges: object })._merges).sort();
  check("merges", merges(wa), merges(wb));
  const views = (ws: ExcelJS.Worksheet) =>
    (ws.views ?? []).map((v) => {
      const x = v as Partial<ExcelJS.WorksheetViewFrozen>;
      return { state: x.state, xSplit: x.xSplit, ySplit: x.ySplit, topLeftCell: x.topLeftCell };
    });
  check("views", views(wa), views(wb));
  const ps = (ws: ExcelJS.Worksheet) => {
    const p = ws.pageSetup;
    return {
      paperSize: p.paperSize,
      orientation: p.orientation,
      fitToPage: p.fitToPage,
      fitToWidth: p.fitToPage ? p.fitToWidth : undefined,
      fitToHeight: p.fitToPage ? p.fitToHeight : undefined,
      margins: p.margins,
      printTitlesRow: p.printTitlesRow,
    };
  };
  check("pageSetup", ps(wa), ps(wb));
  const breaks = (ws: ExcelJS.Worksheet) =>
    (ws as unknown as { rowBreaks: { id: number }[] }).rowBreaks?.map((x) => x.id) ?? [];
  check("rowBreaks", breaks(wa), breaks(wb));
  return diffs;
}

/** The workbook's defined names: name → ranges (sorted). */
export function definedNames(wb: ExcelJS.Workbook): Record<string, string[]> {
  const model = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  const out: Record<string, string[]> = {};
  for (const d of model) out[d.name] = [...d.ranges].sort();
  return out;
}
