/**
 * Native charts in a saved .xlsx. ExcelJS cannot write charts, so the Ringkasan chart (% capaian
 * kinerja vs % capaian keuangan per activity) is added to the serialised package: a DrawingML chart
 * part, a drawing part anchoring it on the sheet, their relationships and content types. The
 * chart refers to the cells of the sheet, so it follows any edit the user makes there.
 */
import JSZip from "jszip";
import { chartXml, drawingXml, relsXml, type ChartPlacement } from "./chart-xml";

export { chartXml, type ChartPlacement };

const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CT_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const CT_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";

/** The worksheet part of a sheet name, from workbook.xml and its relationships. */
async function sheetPart(zip: JSZip, sheetName: string): Promise<string | null> {
  const wb = await zip.file("xl/workbook.xml")?.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")?.async("string");
  if (!wb || !rels) return null;
  const unesc = (s: string) =>
    s
      .replace(/&apos;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&");
  for (const m of wb.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const rid = /\br:id="([^"]*)"/.exec(m[0])?.[1];
    if (!name || !rid || unesc(name) !== sheetName) continue;
    const rel = new RegExp(`<Relationship\\b[^>]*Id="${rid}"[^>]*>`).exec(rels)?.[0];
    const target = rel && /Target="([^"]*)"/.exec(rel)?.[1];
    if (!target) return null;
    return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
  }
  return null;
}

const AFTER_DRAWING = [
  "<legacyDrawing",
  "<legacyDrawingHF",
  "<picture",
  "<oleObjects",
  "<controls",
  "<webPublishItems",
  "<tableParts",
  "<extLst",
  "</worksheet>",
];

/** Adds the charts to a serialised workbook; returns the new bytes (unchanged when there are none). */
export async function addCharts(bytes: Uint8Array, charts: ChartPlacement[]): Promise<Uint8Array> {
  if (charts.length === 0) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  let types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  const taken = (prefix: string) => Object.keys(zip.files).filter((f) => f.startsWith(prefix)).length;
  let chartNo = taken("xl/charts/chart");
  let drawingNo = taken("xl/drawings/drawing");
  for (const [i, c] of charts.entries()) {
    const part = await sheetPart(zip, c.sheetName);
    if (!part) continue;
    let sheet = (await zip.file(part)?.async("string")) ?? "";
    if (!sheet || sheet.includes("<drawing ")) continue; // the sheet already has a drawing part
    chartNo++;
    drawingNo++;
    const chartPath = `xl/charts/chart${chartNo}.xml`;
    const drawingPath = `xl/drawings/drawing${drawingNo}.xml`;
    zip.file(chartPath, chartXml(c));
    zip.file(drawingPath, drawingXml(c, i + 1));
    zip.file(
      `xl/drawings/_rels/drawing${drawingNo}.xml.rels`,
      relsXml([{ id: "rId1", type: "chart", target: `../charts/chart${chartNo}.xml` }]),
    );
    // The sheet's relationships: add one to the drawing.
    const relsPath = part.replace(/([^/]+)$/, "_rels/$1.rels");
    const existing = (await zip.file(relsPath)?.async("string")) ?? relsXml([]);
    const ids = [...existing.matchAll(/Id="rId(\d+)"/g)].map((m) => Number(m[1]));
    const rid = `rId${Math.max(0, ...ids) + 1}`;
    zip.file(
      relsPath,
      existing.replace(
        "</Relationships>",
        `<Relationship Id="${rid}" Type="${NS_REL}/drawing" Target="../drawings/drawing${drawingNo}.xml"/></Relationships>`,
      ),
    );
    // <drawing> goes before the elements the schema puts after it.
    const at = Math.min(...AFTER_DRAWING.map((tag) => sheet.indexOf(tag)).filter((x) => x >= 0));
    sheet = `${sheet.slice(0, at)}<drawing r:id="${rid}"/>${sheet.slice(at)}`;
    if (!/<worksheet\b[^>]*xmlns:r=/.test(sheet))
      sheet = sheet.replace("<worksheet ", `<worksheet xmlns:r="${NS_REL}" `);
    zip.file(part, sheet);
    types = types.replace(
      "</Types>",
      `<Override PartName="/${chartPath}" ContentType="${CT_CHART}"/><Override PartName="/${drawingPath}" ContentType="${CT_DRAWING}"/></Types>`,
    );
  }
  zip.file("[Content_Types].xml", types);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 1 } });
}
