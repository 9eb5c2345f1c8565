/**
 * The output workbook without loading the input into a spreadsheet model: every part of the
 * original package is copied unchanged (raw: its compressed bytes, never inflated), except the
 * few package-level parts that list sheets and formats, and our output sheets are added as new
 * parts, each rendered row by row into its deflate stream (./sheet-xml.ts). The user's sheets stay
 * byte-identical. Browser-safe (the web page's worker uses it too).
 *
 *   - `removeSheets`: the previous run's output sheets (the caller decides which markers it
 *     trusts, ../marker.ts): removed with their part, its relationships, the drawings and charts
 *     only they used, their content types, their local defined names and the names referring to
 *     them; `xl/calcChain.xml` is dropped whenever a sheet is removed (Excel rebuilds it).
 *   - placement and names: ../../hosts/placement.ts, as the ExcelJS writer.
 *   - formats: appended to `xl/styles.xml` (./styles.ts); a package without one gets one.
 *   - the output is a plain .xlsx: a macro workbook's (or a template's) main part gets the
 *     workbook content type and its VBA project is left out, as the ExcelJS writer does.
 */
import type { SheetSpec } from "../../domain/types";
import { columnLetter } from "../../domain/grid";
import { placeOutputSheets } from "../../hosts/placement";
import { chartXml, drawingXml, relsXml } from "../chart-xml";
import type { WrittenSheet } from "../write-sheets";
import { PackageIn, relsPathOf, type Relationship } from "./package-in";
import { renderSheet } from "./sheet-xml";
import { defaultStylesXml, OutputStyles, parseStyles } from "./styles";
import { editWorkbookXml, listSheets, relPrefix, type NewSheet } from "./workbook-xml";
import { assembleZip, DeflatingEntry, rawEntry, textEntry, type OutEntry } from "./zip-out";
import { esc } from "./xml-text";

export interface SpliceOptions {
  /** Names of the previous run's output sheets to remove (trusted by the caller). */
  removeSheets: string[];
  /** Deflate level of the new parts (default 1, as serializeWorkbook: the time goes into deflate). */
  level?: 1 | 2 | 3 | 4 | 5 | 6;
}

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL_WORKSHEET = `${REL}/worksheet`;
const REL_STYLES = `${REL}/styles`;
const REL_CALC_CHAIN = `${REL}/calcChain`;
const REL_VBA = "http://schemas.microsoft.com/office/2006/relationships/vbaProject";
const CT_WORKBOOK = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
/** Macro-enabled workbooks and templates: their main part becomes a plain workbook's. */
const CT_OTHER_WORKBOOK =
  /^application\/vnd\.(?:ms-excel\.(?:sheet|template)\.macroEnabled\.main\+xml|openxmlformats-officedocument\.spreadsheetml\.template\.main\+xml)$/;
const REL_OFFICE_DOCUMENT = `${REL}/officeDocument`;
const CT_SHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const CT_STYLES = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
const CT_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const CT_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";
const CONTENT_TYPES = "[Content_Types].xml";

/** The parts reachable from `starts` through relationships (not entering `stop`). */
function reachable(pkg: PackageIn, starts: string[], stop: Set<string>): Set<string> {
  const seen = new Set<string>();
  const queue = starts.filter((s) => !stop.has(s));
  while (queue.length) {
    const part = queue.pop()!;
    if (seen.has(part)) continue;
    seen.add(part);
    for (const r of pkg.rels(part)) if (r.part && !seen.has(r.part) && !stop.has(r.part)) queue.push(r.part);
  }
  return seen;
}

/** A file name `<dir><stem><n>.xml` not used in the package (case-insensitive), n = 1, 2, … */
function freePart(taken: Set<string>, dir: string, stem: string): string {
  for (let n = 1; ; n++) {
    const name = `${dir}${stem}${n}.xml`;
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
}

function relTarget(fromPart: string, toPart: string): string {
  const from = fromPart.split("/").slice(0, -1);
  const to = toPart.split("/");
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => ".."), ...to.slice(i)].join("/");
}

export async function writeOutputPackage(
  original: Uint8Array,
  sheets: SheetSpec[],
  options: SpliceOptions,
): Promise<{ bytes: Uint8Array; written: WrittenSheet[] }> {
  await Promise.resolve(); // the work is synchronous; async for the callers' sake (and a future worker)
  const pkg = new PackageIn(original);
  const level = options.level ?? 1;
  const rootRels = pkg.rels("");
  const wbPart = rootRels.find((r) => r.type === REL_OFFICE_DOCUMENT)?.part ?? "xl/workbook.xml";
  const wbRelsPath = relsPathOf(wbPart);
  let wbXml = pkg.text(wbPart);
  if (wbXml === undefined) throw new RangeError("no workbook part");
  const wbRels = pkg.rels(wbPart);

  // Which sheets go, which stay, what ours are called.
  const existing = listSheets(wbXml);
  const removeLower = new Set(options.removeSheets.map((s) => s.toLowerCase()));
  const plan = placeOutputSheets(
    existing.map((s) => ({ name: s.name, ours: removeLower.has(s.name.toLowerCase()) })),
    sheets.map((s) => s.name),
  );
  const removedSheets = existing.filter((s) => removeLower.has(s.name.toLowerCase()));
  const removedRids = new Set(removedSheets.map((s) => s.rid));

  // Relationships of the workbook that go: the removed sheets, calcChain when a sheet goes (Excel
  // rebuilds it), and the macros (the output is a plain .xlsx, as the ExcelJS writer's is). Then
  // the parts only they led to (drawings, charts, printer settings, VBA signatures …).
  const dropRel = (r: Relationship) =>
    removedRids.has(r.id) || (removedSheets.length > 0 && r.type === REL_CALC_CHAIN) || r.type === REL_VBA;
  const droppedParts = wbRels.filter(dropRel).flatMap((r) => (r.part ? [r.part] : []));
  const deleted = new Set<string>();
  if (droppedParts.length > 0) {
    const kept = reachable(
      pkg,
      rootRels.flatMap((r) => (r.part ? [r.part] : [])),
      new Set(droppedParts),
    );
    for (const p of reachable(pkg, droppedParts, new Set())) if (!kept.has(p)) deleted.add(p);
  }

  const taken = new Set([...pkg.entries.map((e) => e.name.toLowerCase())].filter((n) => !deleted.has(n)));
  for (const d of deleted) taken.delete(d.toLowerCase());

  // Styles: the original's, or a fresh part.
  const stylesRel = wbRels.find((r) => r.type === REL_STYLES);
  const stylesPart = stylesRel?.part && pkg.has(stylesRel.part) ? stylesRel.part : undefined;
  const styles = new OutputStyles(
    parseStyles(stylesPart ? (pkg.text(stylesPart) ?? defaultStylesXml()) : defaultStylesXml()),
  );

  // New relationship ids of the workbook part.
  const ridNumbers = wbRels.map((r) => Number(/^rId(\d+)$/.exec(r.id)?.[1] ?? 0));
  let nextRid = Math.max(0, ...ridNumbers) + 1;
  const wbDir = wbPart.split("/").slice(0, -1).join("/");
  const under = wbDir ? `${wbDir}/` : "";

  // Render our sheets (each into its own deflate stream), their drawings and charts.
  const newEntries: OutEntry[] = [];
  const newRels: string[] = [];
  const overrides: string[] = [];
  const newSheets: NewSheet[] = [];
  const written: WrittenSheet[] = [];
  let chartIndex = 0;
  sheets.forEach((spec, i) => {
    const sheetName = plan.names[i];
    const part = freePart(taken, `${under}worksheets/`, "sheet");
    const rid = `rId${nextRid++}`;
    const entry = new DeflatingEntry(part, level);
    const rendered = renderSheet(entry, spec, sheetName, styles, spec.chart ? "rId1" : undefined);
    newEntries.push(entry.finish());
    newRels.push(`<Relationship Id="${rid}" Type="${REL_WORKSHEET}" Target="${esc(relTarget(wbPart, part))}"/>`);
    overrides.push(`<Override PartName="/${esc(part)}" ContentType="${CT_SHEET}"/>`);
    if (rendered.chart) {
      chartIndex++;
      const drawing = freePart(taken, `${under}drawings/`, "drawing");
      const chart = freePart(taken, `${under}charts/`, "chart");
      newEntries.push(
        textEntry(relsPathOf(part), relsXml([{ id: "rId1", type: "drawing", target: relTarget(part, drawing) }])),
        textEntry(drawing, drawingXml(rendered.chart, chartIndex)),
        textEntry(relsPathOf(drawing), relsXml([{ id: "rId1", type: "chart", target: relTarget(drawing, chart) }])),
        textEntry(chart, chartXml(rendered.chart)),
      );
      overrides.push(
        `<Override PartName="/${esc(chart)}" ContentType="${CT_CHART}"/>`,
        `<Override PartName="/${esc(drawing)}" ContentType="${CT_DRAWING}"/>`,
      );
    }
    const { rows, cols } = rendered.extent;
    newSheets.push({
      name: sheetName,
      rid,
      printTitles: rendered.printTitles,
      extentEnd: `$${columnLetter(Math.max(1, cols))}$${Math.max(1, rows)}`,
    });
    written.push({
      specName: spec.name,
      sheetName,
      tableTop: rendered.tableTop,
      firstRow: rendered.firstRow,
      chart: rendered.chart,
    });
  });

  // Styles part (new one: its relationship and content type too).
  let newStylesPart: string | undefined;
  if (!stylesPart) {
    newStylesPart = `${under}styles.xml`;
    newRels.push(
      `<Relationship Id="rId${nextRid++}" Type="${REL_STYLES}" Target="${esc(relTarget(wbPart, newStylesPart))}"/>`,
    );
    overrides.push(`<Override PartName="/${esc(newStylesPart)}" ContentType="${CT_STYLES}"/>`);
  }
  const stylesXml = styles.toXml();

  // Workbook part, its relationships, the content types.
  wbXml = editWorkbookXml(wbXml, removeLower, newSheets).xml;
  if (!relPrefix(wbXml)) throw new RangeError("workbook without relationship namespace");
  const wbRelsXml = (pkg.text(wbRelsPath) ?? relsXml([])).replace(
    /<(?:[\w.-]+:)?Relationship\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?Relationship>)/g,
    (tag) => {
      const r = wbRels.find((x) => x.xml === tag.match(/^<[^>]*>/)?.[0] || x.xml === tag);
      return r && dropRel(r) ? "" : tag;
    },
  );
  const wbRelsOut = wbRelsXml.replace(/<\/(?:[\w.-]+:)?Relationships>/, (m) => newRels.join("") + m);
  const goneParts = new Set([...deleted].map((d) => `/${d}`.toLowerCase()));
  const typesXml = (pkg.text(CONTENT_TYPES) ?? "")
    .replace(/<(?:[\w.-]+:)?Override\b[^>]*>/g, (tag) => {
      const name = /\sPartName="([^"]*)"/.exec(tag)?.[1]?.toLowerCase();
      if (name && goneParts.has(name)) return "";
      const type = /\sContentType="([^"]*)"/.exec(tag)?.[1] ?? "";
      return name === `/${wbPart}`.toLowerCase() && CT_OTHER_WORKBOOK.test(type)
        ? tag.replace(/\sContentType="[^"]*"/, ` ContentType="${CT_WORKBOOK}"`)
        : tag;
    })
    .replace(/<\/(?:[\w.-]+:)?Types>/, (m) => overrides.join("") + m);

  // The output: the original's entries in order (replaced where edited), then the new parts.
  const replaced = new Map<string, string>([
    [wbPart, wbXml],
    [wbRelsPath, wbRelsOut],
    [CONTENT_TYPES, typesXml],
  ]);
  if (stylesPart) replaced.set(stylesPart, stylesXml);
  const out: OutEntry[] = [];
  for (const e of pkg.entries) {
    if (deleted.has(e.name) || deleted.has(e.name.replace(/_rels\/([^/]+)\.rels$/, "$1"))) continue;
    if (e.name.endsWith("/")) continue;
    const text = replaced.get(e.name);
    out.push(text !== undefined ? textEntry(e.name, text) : rawEntry(original, e));
  }
  out.push(...newEntries);
  if (newStylesPart) out.push(textEntry(newStylesPart, stylesXml));
  return { bytes: assembleZip(out), written };
}
