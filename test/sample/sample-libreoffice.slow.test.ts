/** The committed sample's cached formula results against LibreOffice's own recalculation (slow tier: runs soffice). */
import { promises as fs, mkdtempSync } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { IKU_SHEET, PLAN_SHEET, SAMPLE_FILE_NAME } from "../../src/sample/build-sample";
import { convertSheetsToCsv, hasLibreOffice, parseCsv } from "../support/libreoffice";

const COMMITTED = path.join(path.resolve(__dirname, "..", ".."), "samples", SAMPLE_FILE_NAME);

(hasLibreOffice() ? describe : describe.skip)("sample workbook in LibreOffice", () => {
  test("cached formula results equal what LibreOffice computes", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "capaian-sample-lo-"));
    try {
      // Calibration: a wrong cached result must be corrected by the recalculating profile.
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet("A").getCell("A1").value = { formula: "1+1", result: 5 } as ExcelJS.CellFormulaValue;
      const cal = path.join(dir, "kalibrasi.xlsx");
      await wb.xlsx.writeFile(cal);
      const calCsv = await convertSheetsToCsv(cal, { recalc: true, outDir: mkdtempSync(path.join(dir, "k-")) });
      expect(parseCsv(await fs.readFile(calCsv["A"], "utf8"))[0][0]).toBe("2");
      const calCached = await convertSheetsToCsv(cal, { outDir: mkdtempSync(path.join(dir, "j-")) });
      expect(parseCsv(await fs.readFile(calCached["A"], "utf8"))[0][0]).toBe("5"); // default: cached results

      const cached = await convertSheetsToCsv(COMMITTED, { outDir: mkdtempSync(path.join(dir, "c-")) });
      const recalculated = await convertSheetsToCsv(COMMITTED, { recalc: true, outDir: mkdtempSync(path.join(dir, "r-")) });
      for (const sheet of [PLAN_SHEET, IKU_SHEET]) {
        const a = parseCsv(await fs.readFile(cached[sheet], "utf8"));
        const b = parseCsv(await fs.readFile(recalculated[sheet], "utf8"));
        expect(b).toEqual(a);
      }
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
