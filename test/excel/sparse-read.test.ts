/**
 * Bounded reads in the add-in (issue 13.1/13.2): what holds something is read, with a number of
 * syncs that does not grow with the empty area; sheets that really hold too much stop with
 * SheetTooLargeError. Sync counts are asserted, never wall time.
 */
import { readGrids, SheetTooLargeError } from "../../src/excel/read-grids";
import { cellAt } from "../../src/domain/grid";
import { FakeBook, type FakeCell } from "./fake-excel";

function table(rows: number): Record<string, FakeCell | string | number> {
  const cells: Record<string, FakeCell | string | number> = {
    A1: "Kode",
    B1: { value: "Program / Kegiatan", bold: true },
    C1: "Pagu",
  };
  for (let r = 2; r <= rows; r++) {
    cells[`A${r}`] = `1.${r}`;
    cells[`B${r}`] = r === 2 ? { value: `Kegiatan ${r}`, indent: 1 } : `Kegiatan ${r}`;
    cells[`C${r}`] = r * 1000;
  }
  return cells;
}

const read = (b: FakeBook) => readGrids(b.context, { supports: b.supports, settings: null });

describe("sparse reading in the add-in", () => {
  it("a batch refused after all (long texts) is read again by regions, bold/indent kept", async () => {
    // 4 000 rows of 1 000-character names: 8 MB of values and formulas alone
    const cells = table(4_000);
    for (let r = 2; r <= 4_000; r++)
      cells[`B${r}`] = r === 2 ? { value: "n".repeat(1_000), indent: 1 } : "n".repeat(1_000);
    const b = new FakeBook({ responseLimit: 5 * 1024 * 1024 });
    b.addSheet("Renja", cells);
    const [g] = await read(b);
    expect(b.refusedResponses.length).toBe(2); // the one batch, then one regions batch (sent again in halves)
    expect(cellAt(g, 2, 2).indent).toBe(1);
    expect(cellAt(g, 4_000, 3).value).toBe(4_000_000);
    expect(Math.max(...b.responseBytes)).toBeLessThanOrEqual(5 * 1024 * 1024);
    expect(b.syncs).toBeLessThanOrEqual(12);
  });

  it("a stray value in XFD1048576: read in a few syncs, whatever the empty area", async () => {
    const syncs: number[] = [];
    const responses: number[] = [];
    for (const far of ["XFD1048576", "XFD100000", "XFD20000"]) {
      const b = new FakeBook({ responseLimit: 5 * 1024 * 1024 });
      b.addSheet("Renja", { ...table(20), [far]: "lepas" });
      const [g] = await read(b);
      expect(cellAt(g, 20, 3).value).toBe(20_000);
      expect(cellAt(g, 2, 2)).toEqual({ value: "Kegiatan 2", indent: 1 });
      expect(cellAt(g, 1, 2).bold).toBe(true);
      const m = /^([A-Z]+)(\d+)$/.exec(far)!;
      expect(cellAt(g, Number(m[2]), 16_384).value).toBe("lepas");
      expect(b.refusedResponses).toEqual([]);
      syncs.push(b.syncs);
      responses.push(Math.max(...b.responseBytes));
    }
    // list, bounds, one round of tiles, one read — the same for 17 billion and 650 000 empty cells
    expect(syncs).toEqual([4, 4, 4]);
    for (const r of responses) expect(r).toBeLessThan(100_000);
  });

  it("a used range too large for one response is read by regions at once, bold/indent kept", async () => {
    // C20 table + a stray in AZ5000: 5 000 × 52 cells, over 5 MB in one response even if all empty
    const b = new FakeBook({ responseLimit: 5 * 1024 * 1024 });
    b.addSheet("Renja", { ...table(20), AZ5000: "lepas" });
    const [g] = await read(b);
    expect(b.refusedResponses).toEqual([]);
    expect(b.syncs).toBe(4); // list, bounds, one round of tiles, one read
    expect(cellAt(g, 2, 2)).toEqual({ value: "Kegiatan 2", indent: 1 });
    expect(cellAt(g, 5000, 52).value).toBe("lepas");
    expect(Math.max(...b.responseBytes)).toBeLessThan(100_000);
  });

  it("20 000 rows each with a stray value in column XFD (issue 13): read, not refused", async () => {
    const cells = table(2_000);
    for (let r = 1; r <= 2_000; r++) cells[`XFD${r}`] = "x";
    const b = new FakeBook({ responseLimit: 5 * 1024 * 1024 });
    b.addSheet("Renja", cells);
    const [g] = await read(b);
    expect(cellAt(g, 2_000, 3).value).toBe(2_000_000);
    expect(cellAt(g, 1_999, 16_384).value).toBe("x");
    expect(Object.keys(g.cells[10])).toEqual(["0", "1", "2", "16383"]); // sparse row
    expect(b.syncs).toBeLessThanOrEqual(5);
    expect(Math.max(...b.responseBytes)).toBeLessThan(4_000_000);
    expect(b.probes).toBeLessThanOrEqual(64);
  });

  it("a merge over whole columns is clipped to the rows that hold something", async () => {
    const b = new FakeBook();
    b.addSheet("Renja", table(10)).merges = ["A:C", "E1:F2"];
    const [g] = await read(b);
    expect(b.syncs).toBe(3);
    expect(b.probes).toBe(0);
    // A:C has its first cell in the used range (A1:C10): clipped; E1:F2 starts outside it: dropped
    expect(g.merges).toEqual([{ top: 1, left: 1, bottom: 10, right: 3 }]);
  });

  it("a sheet whose values really spread over too many cells stops with one sentence", async () => {
    // 64 blocks of 2 048 × 32 cells, each with values in two opposite corners, and a far stray:
    // after cutting, 64 × 65 536 = 4 194 304 cells to read, over the 3 000 000 limit.
    const cells: Record<string, string> = { XFD1048576: "lepas" };
    const col = (n: number) => {
      let s = "";
      for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
      return s;
    };
    for (let i = 0; i < 8; i++)
      for (let j = 0; j < 8; j++) {
        cells[`${col(j * 32 + 1)}${i * 2048 + 1}`] = "a";
        cells[`${col(j * 32 + 32)}${i * 2048 + 2048}`] = "b";
      }
    const b = new FakeBook();
    b.addSheet("Renja", cells);
    const err = await read(b).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SheetTooLargeError);
    expect((err as Error).message).toContain('Lembar "Renja" terlalu besar');
    expect((err as Error).message).toContain("1.048.576 baris × 16.384 kolom");
    // stopped before loading any cell
    expect(Math.max(...b.responseBytes)).toBeLessThan(1_000_000);
  });

  it("works on ExcelApi 1.7 (no bold/indent, same syncs)", async () => {
    const b = new FakeBook();
    b.apiMinor = 7;
    b.addSheet("Renja", { ...table(20), XFD1048576: "lepas" });
    const [g] = await read(b);
    expect(b.syncs).toBe(4);
    expect(cellAt(g, 1048576, 16384).value).toBe("lepas");
    expect(cellAt(g, 1, 2).bold).toBeUndefined();
    expect(g.hiddenRows).toBeUndefined();
  });
});
