/**
 * A plan table with no codes, no "Program/Kegiatan" words and no formulas: levels come from
 * indentation and bold (domain.md §3 signal 5). When the workbook's own sums confirm them (every
 * parent's budget = its children's), one layout info replaces a warning on every row; a wrong
 * amount is then one sum-mismatch, at its cell.
 * Budget 10 + 20 + 30 + 40 = 100.000.000; program 1 = (50 + 40) ÷ 2 = 45 %.
 */
import { hitungCapaian } from "../../../src/domain/engine";
import type { Cell } from "../../../src/domain/grid";
import { gridFrom, type CellInput } from "../../support/grid";

const name = (value: string, level: 0 | 1 | 2): Cell =>
  level === 0 ? { value, bold: true } : { value, indent: level };

function grid(activityBudget = 30000000) {
  const row = (
    n: Cell,
    ind: string,
    t: number,
    tw: (number | null)[],
    re: (number | null)[],
    b: number,
  ): CellInput[] => [n, ind, t, ...tw, ...re, b];
  const none = [null, null, null, null];
  return gridFrom("Data", [
    ["LAPORAN CAPAIAN KINERJA TRIWULAN II TAHUN 2024"],
    [null],
    [
      "Uraian",
      "Indikator",
      "Target",
      "Target TW I",
      "Target TW II",
      "Target TW III",
      "Target TW IV",
      "Realisasi TW I",
      "Realisasi TW II",
      "Realisasi TW III",
      "Realisasi TW IV",
      "Anggaran",
    ],
    row(name("Penunjang Urusan Pemerintahan Daerah", 0), "Persentase pelayanan", 100, none, none, 60000000),
    row(name("Perencanaan dan Evaluasi", 1), "Persentase dokumen", 100, none, none, activityBudget),
    row(name("Penyusunan Dokumen", 2), "Jumlah dokumen", 4, [1, 1, 1, 1], [1, 1, null, null], 10000000),
    row(name("Penyusunan Laporan", 2), "Jumlah laporan", 12, [3, 3, 3, 3], [3, 3, null, null], 20000000),
    row(name("Administrasi Kepegawaian", 1), "Persentase pegawai", 100, none, none, 30000000),
    row(name("Pelatihan Pegawai", 2), "Jumlah pegawai", 10, [0, 5, 0, 5], [0, 4, null, null], 30000000),
    row(name("Informasi dan Komunikasi Publik", 0), "Persentase informasi", 100, none, none, 40000000),
    row(name("Layanan Informasi", 1), "Persentase layanan", 100, none, none, 40000000),
    row(name("Pengelolaan Informasi", 2), "Jumlah laporan", 2, [0, 1, 0, 1], [0, 1, null, null], 40000000),
  ]);
}

const alarms = (r: ReturnType<typeof hitungCapaian>) =>
  r.findings.filter((f) => f.severity !== "info").map((f) => `${f.rule}@${f.cell}`);

describe("levels from indentation, confirmed by the workbook's sums", () => {
  test("a consistent table: right counts and totals, one layout info, no warning", () => {
    const r = hitungCapaian([grid()], { quarter: 2 });
    expect(r.totals).toMatchObject({ programs: 2, activities: 3, subactivities: 4, budget: 100000000 });
    expect(r.rows.find((x) => x.level === "program")?.figures.performancePct).toBe(45);
    expect(alarms(r)).toEqual([]);
    expect(r.findings.filter((f) => f.rule === "layout").map((f) => f.cell)).toEqual(["A4"]);
  });

  test("a wrong activity budget is one sum-mismatch at its cell; the levels still stand", () => {
    const r = hitungCapaian([grid(31000000)], { quarter: 2 });
    expect(alarms(r)).toEqual(["sum-mismatch@L5"]);
  });

  test("without amounts to confirm them, each guessed level stays a warning", () => {
    const g = grid();
    for (const row of g.cells.slice(3)) row[11] = { value: null };
    const r = hitungCapaian([g], { quarter: 2 });
    expect(r.findings.filter((f) => f.rule === "hierarchy").length).toBe(9);
  });
});
