/** Budget / realisation export structures as real .xlsx files through hitung-capaian, end to end. */
import * as path from "node:path";
import { main } from "../../src/cli/main";
import type { JsonReport } from "../../src/domain/types";
import { workbookFromGrids } from "../fixtures/workbooks";
import { realisasiWithTotal, rkaOneKegiatan, sipdRealisasi2026 } from "../fixtures/exports";
import type { Grid } from "../../src/domain/grid";
import { capture, tmpDir } from "./helpers";

async function run(grids: Grid[], name: string): Promise<{ code: number; report: JsonReport }> {
  const dir = tmpDir("capaian-exports-");
  const file = path.join(dir, name);
  await workbookFromGrids(grids).xlsx.writeFile(file);
  const io = capture(dir);
  const code = await main(["--json", "-", "-q", file], io.io);
  return { code, report: JSON.parse(io.out()) as JsonReport };
}

const errors = (r: JsonReport) => r.findings.filter((f) => f.severity === "error");

describe("export structures through hitung-capaian", () => {
  test("a monthly SIPD 2026 export named by its file only: its month in the JSON layout, nothing counted twice", async () => {
    const { code, report } = await run([sipdRealisasi2026("Sheet1")], "lra_juli.xlsx");
    expect(code).toBe(0);
    expect(report.totals).toMatchObject({
      budget: 4200000,
      spentToDate: 2200000.5,
      programs: 2,
      activities: 2,
      subactivities: 3,
    });
    expect(report.layout.tables[0].period).toEqual({ month: 7, name: "Juli", source: 'nama berkas "lra_juli.xlsx"' });
    expect(report.layout.period?.month).toBe(7);
    expect(errors(report)).toEqual([]);
  });
  test("Operasi | Modal | TOTAL with code columns per level", async () => {
    const { report } = await run([realisasiWithTotal()], "realisasi.xlsx");
    expect(report.totals).toMatchObject({
      budget: 4000000,
      spentToDate: 2900000,
      programs: 1,
      activities: 1,
      subactivities: 2,
    });
    expect(errors(report)).toEqual([]);
  });
  test("the RKA of one kegiatan with its working and monthly sheets: counted once", async () => {
    const { report } = await run(rkaOneKegiatan(), "rfk.xlsx");
    expect(report.totals).toMatchObject({
      budget: 62259400,
      spentToDate: 0,
      programs: 1,
      activities: 1,
      subactivities: 0,
    });
    expect(errors(report)).toEqual([]);
  });
});
