import { readGrids, buildGrid } from "../../src/excel/read-grids";
import { MARKER_KEY, MARKER_VALUE, SETTINGS_OUTPUT_SHEETS } from "../../src/excel/marker";
import { cellAt } from "../../src/domain/grid";
import { FakeBook } from "./fake-excel";
import { allSpecs, mockSettings } from "./specs";
import { writeSheets } from "../../src/excel/write-sheets";
import { headerHash } from "../../src/excel/marker";

function sampleBook(): FakeBook {
  const book = new FakeBook();
  book.addSheet(
    "Renaksi 2024",
    {
      B2: "RENCANA AKSI 2024",
      B4: { value: "Kode", bold: true },
      C4: { value: "Program / Kegiatan", bold: true },
      D4: "Pagu",
      B5: "1",
      C5: { value: "Program Penunjang", bold: true },
      D5: { value: 300, formula: "=SUM(D6:D7)", numberFormat: "#,##0" },
      B6: "1.1",
      C6: { value: "Kegiatan Perencanaan", indent: 1 },
      D6: { value: 100, numberFormat: "#,##0" },
      B7: "1.2",
      C7: "Kegiatan Keuangan",
      D7: { error: "#REF!", formula: "=#REF!+1" },
      E7: "=teks",
    },
    { hiddenRows: [6] },
  ).merges = ["B2:D2"];
  book.addSheet("Kosong");
  book.addSheet("Sembunyi", { A1: 1 }, { hidden: true });
  return book;
}

describe("readGrids", () => {
  it("reads values, formulas, formats, errors, merges, hidden rows and bold/indent in one data batch", async () => {
    const book = sampleBook();
    const grids = await readGrids(book.context, { supports: book.supports, settings: null });
    expect(book.syncs).toBe(3); // sheet list, bounds (+ hidden lines, merges, markers), one batch with the cells
    expect(book.probes).toBe(0); // normal sizes: no region probes
    expect(grids.map((g) => g.sheet)).toEqual(["Renaksi 2024", "Kosong", "Sembunyi"]);
    const g = grids[0];
    expect([g.top, g.left]).toEqual([2, 2]);
    expect(cellAt(g, 2, 2).value).toBe("RENCANA AKSI 2024");
    expect(cellAt(g, 5, 4)).toEqual({ value: 300, formula: "=SUM(D6:D7)", numberFormat: "#,##0" });
    expect(cellAt(g, 7, 4)).toEqual({ value: null, error: "#REF!", formula: "=#REF!+1" });
    // a text cell that reads "=teks" is not a formula
    expect(cellAt(g, 7, 5)).toEqual({ value: "=teks" });
    expect(cellAt(g, 4, 2).bold).toBe(true);
    expect(cellAt(g, 6, 3).indent).toBe(1);
    expect(cellAt(g, 7, 3).bold).toBeUndefined();
    expect(g.merges).toEqual([{ top: 2, left: 2, bottom: 2, right: 4 }]);
    expect(g.hiddenRows).toEqual([6]);
    expect(g.hidden).toBeUndefined();
    expect(grids[1].cells).toEqual([]);
    expect(grids[2].hidden).toBe(true);
  });

  it("degrades on ExcelApi 1.7: no merges, bold or per-row hidden flags, same three syncs", async () => {
    const book = sampleBook();
    book.apiMinor = 7;
    const grids = await readGrids(book.context, { supports: book.supports, settings: null });
    expect(book.syncs).toBe(3);
    expect(grids[0].merges).toEqual([]);
    expect(grids[0].hiddenRows).toBeUndefined();
    expect(cellAt(grids[0], 4, 2).bold).toBeUndefined();
    expect(cellAt(grids[0], 5, 4).formula).toBe("=SUM(D6:D7)");
  });

  it("skips Capaian's own output sheets (record + signature, and the custom property from 1.12)", async () => {
    for (const minor of [13, 7]) {
      const book = sampleBook();
      book.apiMinor = minor;
      const settings = mockSettings();
      await writeSheets(book.context, allSpecs(5), { supports: book.supports, settings });
      const grids = await readGrids(book.context, { supports: book.supports, settings });
      expect(grids.map((g) => g.sheet)).toEqual(["Renaksi 2024", "Kosong", "Sembunyi"]);
      // a custom property alone (no record) is not ours
      book.addSheet("Capaian lama", { A1: "hasil lama" }).props.set(MARKER_KEY, MARKER_VALUE);
      const again = await readGrids(book.context, { supports: book.supports, settings });
      expect(again.map((g) => g.sheet)).toEqual(["Renaksi 2024", "Kosong", "Sembunyi", "Capaian lama"]);
    }

    const old = sampleBook();
    old.apiMinor = 7;
    old.addSheet("Temuan", { A1: "catatan pengguna" });
    const settings = mockSettings();
    settings.set(SETTINGS_OUTPUT_SHEETS, [
      { id: "{other}", name: "Temuan", address: "A1", headerRow: 1, headerHash: headerHash(["catatan pengguna"]) },
    ]);
    const grids = await readGrids(old.context, { supports: old.supports, settings });
    expect(grids.map((g) => g.sheet)).toEqual(["Renaksi 2024", "Kosong", "Sembunyi", "Temuan"]); // same name, other id
  });

  it("never writes to the sheets it reads", async () => {
    const book = sampleBook();
    await readGrids(book.context, { supports: book.supports, settings: null });
    expect(book.sheets.every((s) => s.writes === 0)).toBe(true);
  });
});

describe("buildGrid", () => {
  it("trims trailing empty cells and rows", () => {
    const g = buildGrid(
      "S",
      1,
      1,
      [
        ["a", "", ""],
        ["", "", ""],
      ],
      undefined,
      undefined,
      [
        ["String", "Empty", "Empty"],
        ["Empty", "Empty", "Empty"],
      ],
    );
    expect(g.cells).toEqual([[{ value: "a" }]]);
  });
});

describe("bounded reading (issue 13)", () => {
  it("buildGrid stores only the cells that hold something (sparse rows)", () => {
    const { buildGrid } = jest.requireActual(
      "../../src/excel/read-grids",
    ) as typeof import("../../src/excel/read-grids");
    const row = Array.from({ length: 1000 }, () => "");
    row[0] = "Kode";
    row[999] = "lepas";
    const g = buildGrid("S", 1, 1, [row, Array.from({ length: 1000 }, () => "")]);
    expect(g.cells.length).toBe(1);
    expect(Object.keys(g.cells[0])).toEqual(["0", "999"]);
  });

  it("a message names the sheet, its size and what to do", async () => {
    const { MAX_RANGE_CELLS } = jest.requireActual(
      "../../src/excel/read-grids",
    ) as typeof import("../../src/excel/read-grids");
    const { LIMIT_TEXT } = await import("../../src/i18n/limits");
    const msg = LIMIT_TEXT.usedRangeTooLarge("Renja", 20_000, 16_384, MAX_RANGE_CELLS);
    expect(msg).toContain('Lembar "Renja" terlalu besar');
    expect(msg).toContain("20.000 baris × 16.384 kolom");
    expect(msg).toContain("batasnya 3.000.000");
  });
});
