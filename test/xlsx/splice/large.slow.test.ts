/** The splice writer on a generated 5 000 sub-activity workbook: readable, trusted on a re-run, rows all there. */
import ExcelJS from "exceljs";
import { hitungCapaian } from "../../../src/domain/engine";
import { generateLayoutA, layoutAGrid, layoutAWorkbook } from "../../../src/sample/generate-layout-a";
import { outputSheetNames } from "../../../src/xlsx/marker";
import { writeOutputPackage } from "../../../src/xlsx/splice/write-package";
import { loadBytes } from "./compare";

describe("splice writer, 5 000 sub-activities", () => {
  test("ExcelJS reads the output; every output sheet's marker is trusted; Capaian holds every plan row", async () => {
    const g = generateLayoutA({ subactivities: 5000, codes: "nomenclature" });
    const input = new Uint8Array((await layoutAWorkbook(g).xlsx.writeBuffer()) as unknown as ArrayBuffer);
    const specs = hitungCapaian([layoutAGrid(g)], { quarter: 2 }).sheets;
    const { bytes, written } = await writeOutputPackage(input, specs, { removeSheets: [] });
    const wb: ExcelJS.Workbook = await loadBytes(bytes);
    expect(outputSheetNames(wb).sort()).toEqual(written.map((w) => w.sheetName).sort());
    const capaian = specs.find((s) => s.name === "Capaian")!;
    const w = written.find((x) => x.specName === "Capaian")!;
    const ws = wb.getWorksheet(w.sheetName)!;
    // The last spec row is sheet row firstRow + rows − 1, and holds the spec's values.
    const last = capaian.rows.length - 1;
    const row = ws.getRow(w.firstRow + last);
    capaian.rows[last].cells.forEach((v, c) => {
      if (v === null || v === "") return;
      expect(row.getCell(c + 1).value).toEqual(v);
    });
    const subs = capaian.rows.filter((r) => r.style === "subactivity").length;
    expect(subs).toBe(5000);
    // The user's sheet is still there, with its generated cells.
    expect(wb.getWorksheet(g.sheet)!.getCell(g.dataRows.last, 2).value).toEqual(g.rows[g.dataRows.last - 1][1]);
  });
});
