/** LibreOffice opens a saved workbook with its native Ringkasan chart (slow tier: runs soffice). */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { loadWorkbook, readGrids, replaceOutputSheets, saveAtomic } from "../../src/xlsx";
import { hitungCapaian } from "../../src/domain/engine";
import { convertWithLibreOffice, hasLibreOffice } from "../support/libreoffice";
import { writeFileAtomic } from "../../src/xlsx/save";
import { outputSheetNames } from "../../src/xlsx/marker";
import { writeOutputPackage } from "../../src/xlsx/splice/write-package";
import { zipEntryText } from "./helpers";

const SAMPLE = path.resolve(__dirname, "../../samples/contoh-dinas-2024.xlsx");

(hasLibreOffice() ? describe : describe.skip)("the Ringkasan chart in LibreOffice", () => {
  test("LibreOffice opens the file with its chart", async () => {
    const wb = await loadWorkbook(SAMPLE);
    const result = hitungCapaian(readGrids(wb), { quarter: 2 });
    const written = replaceOutputSheets(wb, result.sheets);
    const charts = written.flatMap((w) => (w.chart ? [w.chart] : []));
    expect(charts).toHaveLength(1);
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "capaian-chart-")), "hasil.xlsx");
    await saveAtomic(wb, out, charts);
    const pdf = await convertWithLibreOffice(out, "pdf");
    expect(fs.statSync(pdf).size).toBeGreaterThan(10_000);
  });

  test("the splice writer's output: LibreOffice keeps every sheet and the chart (as an embedded object)", async () => {
    const input = new Uint8Array(fs.readFileSync(SAMPLE));
    const wb = await loadWorkbook(SAMPLE);
    const result = hitungCapaian(readGrids(wb), { quarter: 2 });
    const { bytes, written } = await writeOutputPackage(input, result.sheets, { removeSheets: outputSheetNames(wb) });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "capaian-chart-"));
    const out = path.join(dir, "sambung.xlsx");
    await writeFileAtomic(out, bytes);
    const ods = await convertWithLibreOffice(out, "ods", { outDir: dir });
    const content = zipEntryText(fs.readFileSync(ods), "content.xml");
    for (const name of ["Renaksi 2024", "IKU", ...written.map((w) => w.sheetName)])
      expect(content).toContain(`table:name="${name}"`);
    expect(content).toMatch(/<draw:object\b/);
    const pdf = await convertWithLibreOffice(out, "pdf", { outDir: dir });
    expect(fs.statSync(pdf).size).toBeGreaterThan(10_000);
  });
});
