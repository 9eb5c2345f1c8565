/**
 * A 50 000-row sheet read into a Grid (slow tier: a large workbook). No time limit here: how fast
 * the reader is belongs to `npm run bench`; this checks that nothing is lost at that size.
 */
import ExcelJS from "exceljs";
import { cellAt } from "../../src/domain/grid";
import { readGrid } from "../../src/xlsx/read-grids";

test("50 000 rows are read whole", () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Besar");
  for (let r = 1; r <= 50_000; r++) {
    ws.getRow(r).values = [`1.1.${r}`, `Sub Kegiatan ${r}`, "Dokumen", 10, 2, 3, 4, 1, 85927728, 37962870];
  }
  const g = readGrid(ws);
  expect(g.cells.length).toBe(50_000);
  expect(cellAt(g, 1, 1).value).toBe("1.1.1");
  expect(cellAt(g, 50_000, 2).value).toBe("Sub Kegiatan 50000");
  expect(cellAt(g, 50_000, 10).value).toBe(37962870);
});
