import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { buildRekapWorkbook, writeRekap } from "../../src/cli/rekap";
import type { FileStats } from "../../src/cli/stats";
import { tmpDir } from "./helpers";

function stats(over: Partial<FileStats>): FileStats {
  return {
    file: "a.xlsx",
    output: "/x/a-capaian.xlsx",
    agency: "Dinas A",
    year: 2024,
    quarter: 2,
    programs: 2,
    activities: 5,
    subactivities: 12,
    budget: 1000000,
    spentToDate: 400000,
    budgetPct: 40,
    remaining: 600000,
    averageProgramPerformance: 85.5,
    averagePredicate: "Memuaskan",
    scale: "sakip",
    scaleName: "Skala SAKIP (PermenPAN-RB 88/2021)",
    findings: { error: 1, warning: 2, info: 3 },
    ...over,
  };
}

describe("rekap-capaian.xlsx", () => {
  const rows = [stats({}), stats({ file: "b.xlsx", agency: null, budget: 3000000, spentToDate: 2400000, budgetPct: 80, averageProgramPerformance: null, averagePredicate: null })];

  test("one row per file, then a bold Jumlah row", () => {
    const ws = buildRekapWorkbook(rows).worksheets[0];
    expect(ws.name).toBe("Rekap Capaian");
    expect(ws.rowCount).toBe(4);
    expect(ws.getRow(2).values).toEqual([undefined, "a.xlsx", "Dinas A", 2024, 2, 2, 5, 12, 1000000, 400000, 40, 85.5, "Memuaskan", 1, 2, 3]);
    expect(ws.getCell("B3").value).toBeNull();
    expect(ws.getCell("K3").value).toBeNull();
    const total = ws.getRow(4);
    expect(total.getCell(1).value).toBe("Jumlah");
    expect(total.getCell(8).value).toBe(4000000);
    expect(total.getCell(9).value).toBe(2800000);
    expect(total.getCell(10).value).toBe(70);
    expect(total.getCell(13).value).toBe(2);
    expect(total.getCell(1).font?.bold).toBe(true);
  });

  test("formatting: bold header, frozen header, #,##0 and 0.00, widths, predicate header names the scale", () => {
    const ws = buildRekapWorkbook(rows).worksheets[0];
    const header = ws.getRow(1);
    expect(header.getCell(1).value).toBe("Berkas");
    expect(header.getCell(12).value).toBe("Predikat — Skala SAKIP (PermenPAN-RB 88/2021)");
    header.eachCell((c) => expect(c.font?.bold).toBe(true));
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(ws.getCell("H2").numFmt).toBe("#,##0");
    expect(ws.getCell("I2").numFmt).toBe("#,##0");
    expect(ws.getCell("J2").numFmt).toBe("0.00");
    expect(ws.getCell("K2").numFmt).toBe("0.00");
    for (const col of ws.columns) expect(col.width).toBeGreaterThan(5);
  });

  test("written atomically and readable back", async () => {
    const dir = tmpDir();
    try {
      const file = path.join(dir, "rekap-capaian.xlsx");
      expect(await writeRekap(rows, file)).toBe(file);
      expect(fs.readdirSync(dir)).toEqual(["rekap-capaian.xlsx"]);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      expect(wb.worksheets[0].getCell("A3").value).toBe("b.xlsx");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
