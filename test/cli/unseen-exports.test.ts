/** Unseen budget / realisation exports as real .xlsx files through hitung-capaian (numbers in test/fixtures/exports-unseen.ts). */
import * as path from "node:path";
import { main } from "../../src/cli/main";
import type { JsonReport } from "../../src/domain/types";
import type { Grid } from "../../src/domain/grid";
import { workbookFromGrids } from "../fixtures/workbooks";
import * as V from "../fixtures/exports-unseen";
import { capture, tmpDir } from "./helpers";

async function run(grids: Grid[], name: string, args: string[] = []) {
  const dir = tmpDir("capaian-unseen-");
  const file = path.join(dir, name);
  await workbookFromGrids(grids).xlsx.writeFile(file);
  const io = capture(dir);
  const code = await main([...args, "-q", file], io.io);
  return { code, out: io.out() };
}
const alarms = (r: JsonReport) => r.findings.filter((f) => f.severity !== "info");

describe("unseen exports through hitung-capaian", () => {
  test("lra_juli.xlsx, sheet Juli: the totals, no alarm, the month in the JSON and in --jelaskan", async () => {
    const json = await run([V.lraOneColumn("Juli")], "lra_juli.xlsx", ["--json", "-"]);
    const report = JSON.parse(json.out) as JsonReport;
    expect(json.code).toBe(0);
    expect(report.totals).toMatchObject(V.TRUTH);
    expect(alarms(report)).toEqual([]);
    expect(report.layout.tables[0].period).toMatchObject({ month: 7, name: "Juli" });
    const explain = await run([V.lraOneColumn("Juli")], "lra_juli.xlsx", ["--jelaskan"]);
    expect(explain.out).toContain(
      'Realisasi pada tabel ini adalah realisasi bulan Juli saja (menurut nama lembar "Juli")',
    );
  });
  test("amounts in thousands: Rupiah in the JSON, the scale in --jelaskan", async () => {
    const json = await run([V.lraThousands()], "lra-ribuan.xlsx", ["--json", "-"]);
    const report = JSON.parse(json.out) as JsonReport;
    expect(report.totals).toMatchObject(V.TRUTH);
    expect(report.layout.tables[0].amountScale).toBe(1000);
    const explain = await run([V.lraThousands()], "lra-ribuan.xlsx", ["--jelaskan"]);
    expect(explain.out).toContain("Angka rupiah ditulis dalam ribuan: semua nilai dikalikan 1.000");
  });
  test("code columns per level and sheets Jan … Jun to date: the totals, no alarm", async () => {
    const cols = JSON.parse((await run([V.lraCodeColumns()], "realisasi.xlsx", ["--json", "-"])).out) as JsonReport;
    expect(cols.totals).toMatchObject(V.TRUTH);
    expect(alarms(cols)).toEqual([]);
    const months = JSON.parse((await run(V.monthlySheets(true), "lra-2025.xlsx", ["--json", "-"])).out) as JsonReport;
    expect(months.totals).toMatchObject(V.TRUTH);
    expect(months.quarter).toBe(2);
    expect(alarms(months)).toEqual([]);
  });
});
