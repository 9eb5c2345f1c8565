import ExcelJS from "exceljs";
import { cellAt, lastCol, lastRow, type Grid } from "../../src/domain/grid";
import { readGrid, readGrids, isoDate, parseRangeRef } from "../../src/xlsx/read-grids";
import { roundTrip } from "./helpers";

function fixture(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Data");
  // Table starts at B3; A1 styled but empty; far-away styled empty cells must not widen the grid.
  ws.getCell("A1").font = { bold: true };
  ws.getCell("Z100").numFmt = "0.00";
  ws.getCell("B3").value = "Kode";
  ws.getCell("C3").value = "Uraian";
  ws.getCell("B3").font = { bold: true };
  ws.getCell("B4").value = 1;
  ws.getCell("C4").value = { richText: [{ text: "Program ", font: { bold: true } }, { text: "Penunjang" }] };
  ws.getCell("D4").value = 85927728;
  ws.getCell("D4").numFmt = "#,##0";
  ws.getCell("E4").value = 0.985;
  ws.getCell("E4").numFmt = "0.00%";
  ws.getCell("C5").value = "Sub Kegiatan A";
  ws.getCell("C5").alignment = { indent: 2 };
  ws.getCell("D5").value = 10;
  ws.getCell("D6").value = 0;
  // Formula with cached results, including a falsy 0 result.
  ws.getCell("D7").value = { formula: "SUM(D4:D6)", result: 85927738 };
  ws.getCell("E7").value = { formula: "D6*2", result: 0 };
  // Shared formula F4:F6 (master F4).
  ws.getCell("F4").value = { formula: "D4*2", result: 171855456, shareType: "shared", ref: "F4:F6" } as unknown as ExcelJS.CellValue;
  ws.getCell("F5").value = { sharedFormula: "F4", result: 20 };
  ws.getCell("F6").value = { sharedFormula: "F4", result: 0 };
  // Errors: a literal error value and a formula whose result is an error.
  ws.getCell("G4").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
  ws.getCell("G5").value = { formula: "SUM(#REF!)", result: { error: "#REF!" } } as ExcelJS.CellFormulaValue;
  ws.getCell("G6").value = true;
  // Dates and hyperlinks.
  ws.getCell("H4").value = new Date(Date.UTC(2024, 5, 30));
  ws.getCell("H5").value = new Date(Date.UTC(2024, 5, 30, 8, 15, 0));
  ws.getCell("H6").value = { text: "situs", hyperlink: "https://example.org" };
  // Merges: one with a value, one with an empty master (ExcelJS's cell.text throws on these).
  ws.getCell("B9").value = "Realisasi Kinerja";
  ws.mergeCells("B9:D9");
  ws.mergeCells("E9:F10");
  // Hidden row and column.
  ws.getRow(5).hidden = true;
  ws.getColumn("E").hidden = true;
  const hidden = wb.addWorksheet("Tersembunyi", { state: "hidden" });
  hidden.getCell("A1").value = "x";
  wb.addWorksheet("Kosong");
  return wb;
}

describe("readGrids", () => {
  let grids: Grid[];
  beforeAll(async () => {
    grids = readGrids(await roundTrip(fixture()));
  });

  test("one grid per sheet, in tab order, with the sheet state", () => {
    expect(grids.map((g) => g.sheet)).toEqual(["Data", "Tersembunyi", "Kosong"]);
    expect(grids[0].hidden).toBeUndefined();
    expect(grids[1].hidden).toBe(true);
    expect(grids[2].cells).toEqual([]);
  });

  test("used range: top-left of content, styled empty cells ignored", () => {
    const g = grids[0];
    expect(g.top).toBe(3);
    expect(g.left).toBe(2);
    // Row 9 holds the last content (B9:D9); the merge E9:F10 has an empty master and Z100 is only
    // formatted, so neither extends the grid.
    expect(lastRow(g)).toBe(9);
    expect(lastCol(g)).toBe(8);
  });

  test("values, number formats, bold, indent, rich text", () => {
    const g = grids[0];
    expect(cellAt(g, 3, 2)).toEqual({ value: "Kode", bold: true });
    expect(cellAt(g, 4, 3).value).toBe("Program Penunjang");
    expect(cellAt(g, 4, 4)).toEqual({ value: 85927728, numberFormat: "#,##0" });
    expect(cellAt(g, 4, 5)).toEqual({ value: 0.985, numberFormat: "0.00%" });
    expect(cellAt(g, 5, 3).indent).toBe(2);
    expect(cellAt(g, 6, 4).value).toBe(0);
    expect(cellAt(g, 6, 7).value).toBe(true);
  });

  test("formulas with cached results, including 0 and shared formulas", () => {
    const g = grids[0];
    expect(cellAt(g, 7, 4)).toMatchObject({ value: 85927738, formula: "=SUM(D4:D6)" });
    expect(cellAt(g, 7, 5)).toMatchObject({ value: 0, formula: "=D6*2" });
    expect(cellAt(g, 4, 6)).toMatchObject({ value: 171855456, formula: "=D4*2" });
    expect(cellAt(g, 5, 6)).toMatchObject({ value: 20, formula: "=D5*2" });
    expect(cellAt(g, 6, 6)).toMatchObject({ value: 0, formula: "=D6*2" });
  });

  test("errors set `error` and a null value", () => {
    const g = grids[0];
    expect(cellAt(g, 4, 7)).toEqual({ value: null, error: "#N/A" });
    expect(cellAt(g, 5, 7)).toMatchObject({ value: null, error: "#REF!", formula: "=SUM(#REF!)" });
  });

  test("dates as ISO text, hyperlinks as their text", () => {
    const g = grids[0];
    expect(cellAt(g, 4, 8).value).toBe("2024-06-30");
    expect(cellAt(g, 5, 8).value).toBe("2024-06-30T08:15:00");
    expect(cellAt(g, 6, 8).value).toBe("situs");
  });

  test("merges: master keeps the value, other cells are empty; ranges listed", () => {
    const g = grids[0];
    expect(cellAt(g, 9, 2).value).toBe("Realisasi Kinerja");
    expect(cellAt(g, 9, 3).value).toBeNull();
    expect(cellAt(g, 9, 4).value).toBeNull();
    expect(g.merges).toEqual(
      expect.arrayContaining([
        { top: 9, left: 2, bottom: 9, right: 4 },
        { top: 9, left: 5, bottom: 10, right: 6 },
      ]),
    );
  });

  test("hidden rows and columns", () => {
    expect(grids[0].hiddenRows).toEqual([5]);
    expect(grids[0].hiddenColumns).toEqual([5]);
  });

  test("works on an in-memory workbook too (no file round trip)", () => {
    const g = readGrid(fixture().getWorksheet("Data")!);
    expect(cellAt(g, 6, 6)).toMatchObject({ value: 0, formula: "=D6*2" });
  });

  test("helpers", () => {
    expect(isoDate(new Date(Date.UTC(2024, 0, 2)))).toBe("2024-01-02");
    expect(parseRangeRef("$A$1:B2")).toEqual({ top: 1, left: 1, bottom: 2, right: 2 });
    expect(parseRangeRef("C3")).toEqual({ top: 3, left: 3, bottom: 3, right: 3 });
    expect(parseRangeRef("nope")).toBeNull();
  });
});
