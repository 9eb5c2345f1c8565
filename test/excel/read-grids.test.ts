import { readGrids, buildGrid } from "../../src/excel/read-grids";
import { MARKER_KEY, MARKER_VALUE, SETTINGS_OUTPUT_SHEETS } from "../../src/excel/marker";
import { cellAt } from "../../src/domain/grid";
import { FakeBook } from "./fake-excel";
import { mockSettings } from "./specs";

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
    expect(book.syncs).toBe(2); // sheet list + one batch with everything
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

  it("degrades on ExcelApi 1.7: no merges, bold or per-row hidden flags, same two syncs", async () => {
    const book = sampleBook();
    book.apiMinor = 7;
    const grids = await readGrids(book.context, { supports: book.supports, settings: null });
    expect(book.syncs).toBe(2);
    expect(grids[0].merges).toEqual([]);
    expect(grids[0].hiddenRows).toBeUndefined();
    expect(cellAt(grids[0], 4, 2).bold).toBeUndefined();
    expect(cellAt(grids[0], 5, 4).formula).toBe("=SUM(D6:D7)");
  });

  it("skips Capaian's own output sheets (custom property, or settings record on old Excel)", async () => {
    const book = sampleBook();
    book.addSheet("Capaian", { A1: "hasil lama" }).props.set(MARKER_KEY, MARKER_VALUE);
    let grids = await readGrids(book.context, { supports: book.supports, settings: null });
    expect(grids.map((g) => g.sheet)).not.toContain("Capaian");

    const old = sampleBook();
    old.apiMinor = 7;
    const ours = old.addSheet("Capaian", { A1: "hasil lama" });
    const user = old.addSheet("Temuan", { A1: "catatan pengguna" });
    const settings = mockSettings();
    settings.set(SETTINGS_OUTPUT_SHEETS, [
      { id: ours.id, name: "Capaian" },
      { id: "{other}", name: "Temuan" }, // same name, different id: not ours
    ]);
    grids = await readGrids(old.context, { supports: old.supports, settings });
    expect(grids.map((g) => g.sheet)).toEqual(["Renaksi 2024", "Kosong", "Sembunyi", "Temuan"]);
    expect(user.writes).toBe(0);
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
    const { buildGrid } = jest.requireActual("../../src/excel/read-grids") as typeof import("../../src/excel/read-grids");
    const row = Array.from({ length: 1000 }, () => "");
    row[0] = "Kode";
    row[999] = "lepas";
    const g = buildGrid("S", 1, 1, [row, Array.from({ length: 1000 }, () => "")]);
    expect(g.cells.length).toBe(1);
    expect(Object.keys(g.cells[0])).toEqual(["0", "999"]);
  });

  it("a used range over MAX_RANGE_CELLS stops with one sentence naming the sheet", async () => {
    const { MAX_RANGE_CELLS } = jest.requireActual("../../src/excel/read-grids") as typeof import("../../src/excel/read-grids");
    // A value in A1 and one in XFD200: a used range of 200 × 16 384 = 3 276 800 cells.
    const book = new FakeBook();
    book.addSheet("Renja", { A1: "Kode", XFD200: "lepas" });
    const err = await readGrids(book.context, { supports: book.supports, settings: null }).catch((x: unknown) => x);
    expect(err).toMatchObject({ name: "SheetTooLargeError" });
    expect((err as Error).message).toContain('Lembar "Renja" terlalu besar');
    const { LIMIT_TEXT } = await import("../../src/i18n/limits");
    const msg = LIMIT_TEXT.usedRangeTooLarge("Renja", 20_000, 16_384, MAX_RANGE_CELLS);
    expect(msg).toContain('Lembar "Renja" terlalu besar');
    expect(msg).toContain("20.000 baris × 16.384 kolom");
    expect(msg).toContain("batasnya 3.000.000");
  });
});
