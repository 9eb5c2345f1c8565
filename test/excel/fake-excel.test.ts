/** The one Office.js fake (tests and bench): a Grid in, the same Grid read back, also in row blocks. */
import { readGrids } from "../../src/excel/read-grids";
import { layoutAGrid } from "../../src/sample/generate-layout-a";
import { FakeBook } from "./fake-excel";

// The cells that hold something, by position: the reader's rows are sparse (an empty row or cell
// may be a hole), so empty cells are not compared.
const cellsOf = (g: { cells: ({ value: unknown; formula?: string } | undefined)[][] }) =>
  g.cells.flatMap((r, i) =>
    (r ?? [])
      .map((c, j) => [i, j, c?.value ?? null, c?.formula ?? null])
      .filter(([, , v, f]) => v !== null || f !== null),
  );

describe("FakeBook", () => {
  const grid = layoutAGrid({ subactivities: 40, seed: 3, codes: "nomenclature" });

  test("addGrid + readGrids gives the grid back in one data sync", async () => {
    const book = new FakeBook();
    book.addGrid(grid);
    const [g] = await readGrids(book.context, { supports: book.supports, settings: null });
    expect(book.syncs).toBe(3); // sheet list, bounds, one data sync
    expect(book.refusedResponses).toEqual([]);
    expect(g.cells).toHaveLength(grid.cells.length);
    expect(cellsOf(g)).toEqual(cellsOf(grid));
    // the response of the data sync carries the four matrices
    expect(Math.max(...book.responseBytes)).toBeGreaterThan(
      JSON.stringify(g.cells.map((r) => r.map((c) => c?.value))).length,
    );
  });

  test("a response over the limit is refused like Excel's, and the reader's row blocks give the same cells", async () => {
    const whole = new FakeBook();
    whole.addGrid(grid);
    const size = await readGrids(whole.context, { supports: whole.supports, settings: null }).then(() =>
      Math.max(...whole.responseBytes),
    );
    const book = new FakeBook({ responseLimit: Math.floor(size / 2) });
    book.addGrid(grid);
    const [g] = await readGrids(book.context, {
      supports: book.supports,
      settings: null,
      blockBudgetBytes: Math.floor(size / 4),
    });
    expect(book.refusedResponses).toHaveLength(1);
    expect(Math.max(...book.responseBytes)).toBeLessThanOrEqual(Math.floor(size / 2));
    expect(cellsOf(g)).toEqual(cellsOf(grid));
  });

  test("keepWrites: false counts written cells without storing them", async () => {
    const book = new FakeBook({ keepWrites: false });
    const ws = book.addSheet("Hasil");
    ws.getRangeByIndexes(0, 0, 2, 3).values = [
      [1, 2, 3],
      [4, 5, 6],
    ];
    expect(book.cellsWritten).toBe(6);
    expect(ws.cells.size).toBe(0);
  });
});
