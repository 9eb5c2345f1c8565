/**
 * The public agency workbooks in ../shared/data (never committed here). Skipped with a message
 * when the folder is absent.
 */
import * as fs from "fs";
import * as path from "path";
import { loadWorkbook, readGrids } from "../../src/xlsx";
import { hitungCapaian } from "../../src/domain/engine";

const DATA = path.resolve(__dirname, "../../../shared/data");
const has = (f: string) => fs.existsSync(path.join(DATA, f));
const maybe = (f: string) => (has(f) ? test : test.skip);
if (!fs.existsSync(DATA)) console.warn(`../shared/data tidak ada: uji workbook nyata dilewati (${DATA}).`);

async function run(file: string, quarter?: 1 | 2 | 3 | 4) {
  const grids = readGrids(await loadWorkbook(path.join(DATA, file)));
  return hitungCapaian(grids, quarter ? { quarter } : {});
}

describe("public agency workbooks", () => {
  maybe("sipd-realisasi-belanja-dinkes-sumenep-2024.xlsx")(
    "Dinkes Sumenep realisation: copies processed once, totals equal the workbook's Jumlah row",
    async () => {
      const r = await run("sipd-realisasi-belanja-dinkes-sumenep-2024.xlsx");
      const main = r.layout.tables.find((t) => t.sheet === "DPA")!;
      expect(main.copies).toEqual(expect.arrayContaining(["Sheet1", "REKAP"]));
      expect(r.totals.budget).toBe(622014417997); // the sheet's "Jumlah" row, J4505
      expect(r.totals.spentToDate).toBe(563370190847.35);
      expect(r.totals.programs).toBe(97);
      // Realisation 7.637.841.538 against a pagu of 6.603.239 on RSUD's salaries: a real defect.
      expect(r.findings.some((f) => f.rule === "over-budget" && f.sheet === "DPA" && f.cell === "K1230")).toBe(true);
      expect(r.findings.filter((f) => f.rule === "duplicate-code")).toHaveLength(0);
    },
    60_000,
  );
  maybe("sipd-dpa-format-import-ntb.xlsx")("NTB DPA import format (layout C): lines summed per sub-activity", async () => {
    const r = await run("sipd-dpa-format-import-ntb.xlsx");
    expect(r.layout.tables[0].layout).toBe("C");
    expect(r.totals.subactivities).toBe(1);
    expect(r.totals.budget).toBe(14300000); // equals the sheet's own SUBTOTAL in N1
  });
  maybe("sipd-rak-kesling-sumenep-2025.xlsx")("Kesling cash plan: one sub-activity per sheet", async () => {
    const r = await run("sipd-rak-kesling-sumenep-2025.xlsx");
    expect(r.layout.tables).toHaveLength(5);
    expect(r.totals.budget).toBe(129203000 + 66344900 + 7021100 + 13249200 + 4400000); // each sheet's =SUM in S4
  });
  maybe("e81-header-kosong-jember.xlsx")("empty E.81 template: a clear 'no table' error, not a crash", async () => {
    await expect(run("e81-header-kosong-jember.xlsx")).rejects.toMatchObject({
      name: "NoTableError",
      message: expect.stringMatching(/lembar "Sheet1" \(judul kolom pada baris 2–5\) belum berisi baris data/),
    });
  });
});
