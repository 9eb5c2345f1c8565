/** The layout corpus (test/fixtures/workbooks.ts) through the command line, end to end. */
import * as path from "node:path";
import { main } from "../../src/cli/main";
import type { JsonReport } from "../../src/domain/types";
import { layoutA, layoutB, layoutC } from "../fixtures/workbooks";
import { capture, tmpDir } from "./helpers";
import type ExcelJS from "exceljs";

async function run(wb: ExcelJS.Workbook, name: string, args: string[] = []): Promise<{ code: number; report: JsonReport }> {
  const dir = tmpDir("capaian-layouts-");
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  const io = capture(dir);
  const code = await main(["--json", "-", "-q", ...args, file], io.io);
  return { code, report: JSON.parse(io.out()) as JsonReport };
}

describe("layout corpus through hitung-capaian", () => {
  test("layout A variants: codes in names, units in cells, malformed amount and unit mismatch", async () => {
    const { code, report } = await run(layoutA(), "lkj.xlsx", ["-t", "2"]);
    expect(code).toBe(0);
    expect(report.rows.map((r) => r.level)).toEqual(["program", "activity", "subactivity", "subactivity"]);
    expect(report.rows[2]).toMatchObject({ code: "1.1.1", unit: "Dok", realizationToDate: 1, performancePct: 50, budget: 5800000 });
    const rules = report.findings.map((f) => `${f.rule}@${f.cell}`);
    expect(rules).toEqual(expect.arrayContaining(["unparseable-value@I7", "unit-mismatch@G7"]));
  });

  test("layout B (Form E.81): levels from formulas, bottom-up totals, formula defects with cells", async () => {
    const { code, report } = await run(layoutB(), "e81.xlsx", ["-t", "2"]);
    expect(code).toBe(0);
    expect(report.totals).toMatchObject({ budget: 800, programs: 1, activities: 2, subactivities: 6 });
    const at = (rule: string) => report.findings.filter((f) => f.rule === rule).map((f) => f.cell);
    expect(at("formula-inconsistent")).toEqual(expect.arrayContaining(["J15", "J19"]));
    expect(at("sum-mismatch")).toEqual(expect.arrayContaining(["J15", "J19"]));
    expect(report.layout.tables[0].headerRows).toEqual({ first: 5, last: 8 });
  });

  test("layout C: budget lines summed per sub-activity, text amounts exact", async () => {
    const { code, report } = await run(layoutC(), "dpa.xlsx");
    expect(code).toBe(0);
    expect(report.layout.tables[0].layout).toBe("C");
    expect(report.totals).toMatchObject({ budget: 314300000, spentToDate: 153000000, subactivities: 2, activities: 2, programs: 1 });
  });
});
