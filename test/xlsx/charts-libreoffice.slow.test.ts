/** LibreOffice opens a saved workbook with its native Ringkasan chart (slow tier: runs soffice). */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { loadWorkbook, readGrids, replaceOutputSheets, saveAtomic } from "../../src/xlsx";
import { hitungCapaian } from "../../src/domain/engine";
import { convertWithLibreOffice, hasLibreOffice } from "../support/libreoffice";

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
});
