/**
 * The public agency workbooks in ../shared/data (never committed here). Skipped with a message
 * when the folder is absent.
 */
import * as fs from "fs";
import * as path from "path";
import { loadWorkbook, readGrids } from "../../src/xlsx";
import { hitungCapaian } from "../../src/domain/engine";
import type { Result } from "../../src/domain/types";

const DATA = path.resolve(__dirname, "../../../shared/data");
const has = (f: string) => fs.existsSync(path.join(DATA, f));
const maybe = (f: string) => (has(f) ? test : test.skip);
if (!fs.existsSync(DATA)) console.warn(`../shared/data tidak ada: uji workbook nyata dilewati (${DATA}).`);

async function run(file: string, quarter?: 1 | 2 | 3 | 4) {
  const grids = readGrids(await loadWorkbook(path.join(DATA, file)));
  return hitungCapaian(grids, quarter ? { quarter } : {});
}

const counts = (r: Result) => [r.totals.programs, r.totals.activities, r.totals.subactivities];
const errorsAt = (r: Result) =>
  r.findings
    .filter((f) => f.severity === "error")
    .map((f) => `${f.rule}@${f.sheet}!${f.cell}`)
    .sort();
const infoCount = (r: Result, re: RegExp) => r.findings.filter((f) => f.rule === "layout" && re.test(f.message)).length;

// nomenklatur-sub-kegiatan-sipd.xlsx and rkpd-perubahan-multi-opd-2023.xlsx: see part B's own test file.
describe("public agency workbooks", () => {
  maybe("sipd-realisasi-belanja-dinkes-sumenep-2024.xlsx")(
    "Dinkes Sumenep realisation: copies processed once, totals equal the workbook's Jumlah row",
    async () => {
      const r = await run("sipd-realisasi-belanja-dinkes-sumenep-2024.xlsx");
      const main = r.layout.tables.find((t) => t.sheet === "DPA")!;
      expect(main.copies).toEqual(expect.arrayContaining(["Sheet1", "REKAP"]));
      expect(r.totals.budget).toBe(622014417997); // the sheet's "Jumlah" row, J4505
      expect(r.totals.spentToDate).toBe(563370190847.35);
      expect(counts(r)).toEqual([97, 143, 609]); // the DPA sheet's own plan rows, counted bottom-up
      // Realisation 7.637.841.538 against a pagu of 6.603.239 on RSUD's salaries: a real defect
      // at the sub kegiatan (K1230); its kegiatan (K1229) only repeats it, so it is not flagged
      // again (one defect, one finding). Nothing else is an error.
      expect(errorsAt(r)).toEqual(["over-budget@DPA!K1230"]);
      expect(r.findings.filter((f) => f.rule === "duplicate-code")).toHaveLength(0);
      // TOTAL = Operasi + Modal on every row: the Total is read, said once per figure.
      expect(
        infoCount(
          r,
          /dibaca dari kolom "TOTAL \/ Anggaran"; kolom itu sama dengan jumlah kelompok belanja Operasi \+ Modal/,
        ),
      ).toBe(1);
      // The per-unit summary (Sheet8: Dinkes / RSUD / Puskesmas) is the same money, counted once.
      expect(
        infoCount(r, /Lembar "Sheet8" memuat uang yang sama dengan lembar "DPA" \(jumlah Rp622\.014\.417\.997\)/),
      ).toBe(1);
    },
    60_000,
  );
  maybe("sipd-dpa-format-import-ntb.xlsx")(
    "NTB DPA import format (layout C): lines summed per sub-activity",
    async () => {
      const r = await run("sipd-dpa-format-import-ntb.xlsx");
      expect(r.layout.tables[0].layout).toBe("C");
      expect(r.totals.subactivities).toBe(1);
      expect(r.totals.budget).toBe(14300000); // equals the sheet's own SUBTOTAL in N1
      expect(r.totals.spentToDate).toBe(0);
      expect(counts(r)).toEqual([1, 1, 1]);
      expect(r.findings).toEqual([]);
    },
  );
  maybe("sipd-rak-kesling-sumenep-2025.xlsx")("Kesling cash plan: one sub-activity per sheet", async () => {
    const r = await run("sipd-rak-kesling-sumenep-2025.xlsx");
    expect(r.layout.tables).toHaveLength(5);
    expect(r.totals.budget).toBe(129203000 + 66344900 + 7021100 + 13249200 + 4400000); // each sheet's =SUM in S4
    expect(r.totals.budget).toBe(220218200);
    expect(r.totals.spentToDate).toBe(0);
    expect(counts(r)).toEqual([5, 5, 5]);
    expect(errorsAt(r)).toEqual([]);
  });
  maybe("rfk-diskominfos-bali-2026.xlsx")(
    "Bali Diskominfos RFK: one kegiatan from the DPA's title block, the other sheets are the same money counted once",
    async () => {
      const r = await run("rfk-diskominfos-bali-2026.xlsx");
      expect(counts(r)).toEqual([1, 1, 0]);
      expect(r.rows.filter((x) => !x.isTotal).map((x) => [x.level, x.code])).toEqual([
        ["program", "2.21.02"],
        ["activity", "2.21.02.1.01"],
      ]);
      expect(r.totals.budget).toBe(104571400); // DPA!S31 = S68, the account lines bottom-up
      expect(r.totals.spentToDate).toBe(0); // realisations still empty
      expect(errorsAt(r)).toEqual([]);
      // The one thing really wrong: the monthly sheet writes 5.1.02.04.01 (and its line) twice.
      expect(r.findings.filter((f) => f.severity === "warning").map((f) => `${f.rule}@${f.sheet}!${f.cell}`)).toEqual([
        "duplicate-code@Jan!C39",
      ]);
      expect(
        infoCount(
          r,
          /Lembar "PLGK", "ROK OP", "Jan" memuat uang yang sama dengan lembar "DPA" \(jumlah Rp104\.571\.400\)/,
        ),
      ).toBe(1);
      expect(infoCount(r, /salinan tabel di lembar "Jan"/)).toBe(1); // Peb … Desember
      expect(infoCount(r, /realisasi bulan Januari saja/)).toBe(1);
    },
    60_000,
  );
  maybe("evaluasi-renja-xls-bernama-xlsx-bondowoso-2021.xlsx")(
    "a legacy .xls under a .xlsx name: the clear message",
    async () => {
      await expect(run("evaluasi-renja-xls-bernama-xlsx-bondowoso-2021.xlsx")).rejects.toMatchObject({
        message: expect.stringMatching(/berkas \.xls lama \(Excel 97–2003\)/),
      });
    },
  );
  maybe("e81-header-kosong-jember.xlsx")(
    "empty E.81 template: an empty report (0 rows, Rp0) whose one finding says the table has no rows yet",
    async () => {
      const r = await run("e81-header-kosong-jember.xlsx");
      expect(r.report.totals).toMatchObject({ programs: 0, activities: 0, subactivities: 0, budget: 0 });
      expect(r.findings).toHaveLength(1);
      expect(r.findings[0]).toMatchObject({ rule: "layout", severity: "warning", sheet: "Sheet1", cell: "A2" });
      expect(r.findings[0].message).toMatch(/lembar "Sheet1" \(judul kolom pada baris 2–5\) belum berisi baris data/);
    },
  );
});
