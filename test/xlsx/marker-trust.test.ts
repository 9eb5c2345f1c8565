/**
 * The marker is trusted only when it matches what we wrote (issue 14.2): a forged or stale
 * `_capaian_output_<n>` never makes a user's sheet be dropped, replaced or skipped as ours.
 */
import ExcelJS from "exceljs";
import { hitungCapaian } from "../../src/domain/engine";
import { buildSample, IKU_SHEET } from "../../src/sample/build-sample";
import { outputSheetNames, MARKER_PREFIX } from "../../src/xlsx/marker";
import { readGrids } from "../../src/xlsx/read-grids";
import { replaceOutputSheets } from "../../src/xlsx/write-sheets";
import { roundTrip } from "./helpers";

function userSheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  ws.addRow(["Sasaran", "Indikator", "Target"]);
  ws.addRow(["Meningkatnya kualitas", "Persentase dokumen", 100]);
  return ws;
}

describe("marker trust", () => {
  test("a defined name _capaian_output_1 pointing at a user's sheet (IKU) does not drop it", async () => {
    const wb = buildSample().workbook;
    const ikuA7 = wb.getWorksheet(IKU_SHEET)!.getCell("B7").value;
    wb.definedNames.add("IKU!$A$1", `${MARKER_PREFIX}_1`);
    let back = await roundTrip(wb);
    expect(outputSheetNames(back)).toEqual([]);
    // Read as data, not skipped as ours.
    expect(readGrids(back).find((g) => g.sheet === "IKU")?.productOutput).toBeUndefined();
    const result = hitungCapaian(readGrids(back), { quarter: 2 });
    replaceOutputSheets(back, result.sheets);
    back = await roundTrip(back);
    expect(back.getWorksheet(IKU_SHEET)?.getCell("B7").value).toEqual(ikuA7);
    expect(result.keyIndicators.length).toBeGreaterThan(0);
    // The forged name is left as it was; ours are added under new numbers.
    expect(back.definedNames.model.find((d) => d.name === `${MARKER_PREFIX}_1`)?.ranges).toEqual(["IKU!$A$1"]);
    expect(outputSheetNames(back).sort()).toEqual(["Capaian", "Narasi", "Predikat", "Ringkasan", "Temuan"].sort());
  });

  test("a forged name whose range even spans the user's sheet is not trusted once it differs from the content", async () => {
    const wb = new ExcelJS.Workbook();
    userSheet(wb, "Capaian");
    wb.definedNames.add("Capaian!$A$1:$C$5", `${MARKER_PREFIX}_1`); // content ends at C2
    const back = await roundTrip(wb);
    expect(outputSheetNames(back)).toEqual([]);
  });

  test("our sheet edited by the user beyond what we wrote is kept; the new output gets a new name", async () => {
    const wb = buildSample().workbook;
    replaceOutputSheets(wb, hitungCapaian(readGrids(wb), { quarter: 2 }).sheets);
    let back = await roundTrip(wb);
    const temuan = back.getWorksheet("Temuan")!;
    temuan.getCell(temuan.rowCount + 5, 1).value = "catatan pengguna di bawah temuan";
    expect(outputSheetNames(back)).not.toContain("Temuan");
    replaceOutputSheets(back, hitungCapaian(readGrids(back), { quarter: 2 }).sheets);
    back = await roundTrip(back);
    const names = back.worksheets.map((w) => w.name);
    expect(names).toContain("Temuan");
    expect(names).toContain("Temuan (2)");
    expect(names.filter((n) => n.startsWith("Capaian"))).toEqual(["Capaian"]); // untouched ones replaced
  });
});
