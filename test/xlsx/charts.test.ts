/** Native charts added to a saved workbook (ExcelJS cannot write them). */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import JSZip from "jszip";
import { loadWorkbook, readGrids, replaceOutputSheets, saveAtomic } from "../../src/xlsx";
import { chartXml } from "../../src/xlsx/charts";
import { hitungCapaian } from "../../src/domain/engine";

const SAMPLE = path.resolve(__dirname, "../../samples/contoh-dinas-2024.xlsx");

describe("the Ringkasan chart in the saved workbook", () => {
  let out: string;
  let zip: JSZip;
  beforeAll(async () => {
    const wb = await loadWorkbook(SAMPLE);
    const result = hitungCapaian(readGrids(wb), { quarter: 2 });
    const written = replaceOutputSheets(wb, result.sheets);
    const charts = written.flatMap((w) => (w.chart ? [w.chart] : []));
    expect(charts).toHaveLength(1);
    out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "capaian-chart-")), "hasil.xlsx");
    await saveAtomic(wb, out, charts);
    zip = await JSZip.loadAsync(fs.readFileSync(out));
  });

  test("chart and drawing parts, their content types and relationships", async () => {
    const chart = await zip.file("xl/charts/chart1.xml")!.async("string");
    // 10 activities of the sample: rows of the activity table on Ringkasan, kinerja (B) and keuangan (C).
    expect(chart).toContain("<c:f>'Ringkasan'!$A$34:$A$43</c:f>");
    expect(chart).toContain("<c:f>'Ringkasan'!$B$34:$B$43</c:f>");
    expect(chart).toContain("<c:f>'Ringkasan'!$C$34:$C$43</c:f>");
    const types = await zip.file("[Content_Types].xml")!.async("string");
    expect(types).toContain('PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"');
    expect(types).toContain('PartName="/xl/drawings/drawing1.xml"');
    const drawingRels = await zip.file("xl/drawings/_rels/drawing1.xml.rels")!.async("string");
    expect(drawingRels).toContain('Target="../charts/chart1.xml"');
  });

  test("the sheet points at the drawing, after its page setup (schema order)", async () => {
    const wbXml = await zip.file("xl/workbook.xml")!.async("string");
    const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    const rid = /<sheet [^>]*name="Ringkasan"[^>]*r:id="([^"]+)"/.exec(wbXml)![1];
    const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)![1];
    const sheet = await zip.file(`xl/${target}`)!.async("string");
    // schema order: pageSetup, rowBreaks (the chart starts a page of its own), drawing
    expect(sheet).toMatch(/<pageSetup [^>]*\/>(<rowBreaks [^>]*>(<brk [^>]*\/>)+<\/rowBreaks>)<drawing r:id="rId\d+"\/><\/worksheet>$/);
  });

  test("the chart part escapes text from the workbook", () => {
    const xml = chartXml({ sheetName: "S", title: 'A & B <"c">', categories: "'S'!$A$1:$A$2", series: [{ name: "x<y", values: "'S'!$B$1:$B$2" }], anchor: { col: 0, row: 0, cols: 1, rows: 1 } });
    expect(xml).toContain("A &amp; B &lt;&quot;c&quot;&gt;");
    expect(xml).toContain("<c:v>x&lt;y</c:v>");
  });
});
