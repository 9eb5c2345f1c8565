import { buildTemuanSheet } from "../../../src/domain/report";
import { FORMULA_NAME, IKU, PLAN, makeInput } from "./fixture";

describe("Temuan sheet", () => {
  const sheet = buildTemuanSheet(makeInput());

  it("has the headers", () => {
    expect(sheet.name).toBe("Temuan");
    expect(sheet.columns.map((c) => c.header)).toEqual([
      "No.", "Tingkat", "Sheet", "Sel", "Kode", "Uraian", "Pesan", "Nilai Tertulis", "Nilai Hitungan",
    ]);
    expect(sheet.headerRows).toBe(1);
    expect(sheet.freezeRows).toBe(1);
    expect(sheet.print).toEqual({ landscape: true, fitToWidth: true, repeatHeader: true });
  });

  it("lists findings sorted by severity then sheet order, numbered", () => {
    expect(sheet.rows.map((r) => r.cells.slice(0, 5))).toEqual([
      [1, "Galat", PLAN, "K12", "1.1"],
      [2, "Galat", IKU, "E5", null],
      [3, "Peringatan", PLAN, "M12", "1.1"],
      [4, "Info", PLAN, "K13", "1.1.1"],
    ]);
    expect(sheet.rows[0].cells.slice(5)).toEqual([
      FORMULA_NAME, "Jumlah pagu tidak sama dengan jumlah sub kegiatan.", 500_000, 600_000,
    ]);
    expect(sheet.rows[2].cells.slice(7)).toEqual(["62,4 %", 62.5]);
    expect(sheet.rows[3].cells.slice(7)).toEqual([null, 120.5]);
  });

  it("formats stated/computed values per cell", () => {
    expect(sheet.rows[0].numberFormats!.slice(7)).toEqual(["#,##0", "#,##0"]);
    expect(sheet.rows[1].numberFormats!.slice(7)).toEqual(["#,##0", "#,##0.00##"]);
    expect(sheet.rows[2].numberFormats!.slice(7)).toEqual([null, "#,##0.00##"]);
  });

  it("links each Sel cell to its source cell", () => {
    expect(sheet.links).toEqual([
      { row: 0, col: 3, sheet: PLAN, cell: "K12" },
      { row: 1, col: 3, sheet: IKU, cell: "E5" },
      { row: 2, col: 3, sheet: PLAN, cell: "M12" },
      { row: 3, col: 3, sheet: PLAN, cell: "K13" },
    ]);
    for (const l of sheet.links!) expect(sheet.rows[l.row].cells[l.col]).toBe(l.cell);
  });

  it("says so when there are no findings", () => {
    const s = buildTemuanSheet(makeInput({ findings: [] }));
    expect(s.rows).toHaveLength(1);
    expect(s.rows[0].cells[0]).toBe("Tidak ada temuan.");
    expect(s.links).toEqual([]);
  });
});
