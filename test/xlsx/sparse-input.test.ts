/**
 * Memory proportional to the cells that hold something (issue 13.1): stray cells in column XFD,
 * merges over whole columns / the whole sheet and validations over the whole sheet are read
 * without materialising empty cells, and the user's merges / validations survive in the copy.
 * Sizes and counts are asserted, never wall time.
 */
import * as os from "os";
import * as path from "path";
import { promises as fs } from "fs";
import { forEachCell, type Grid } from "../../src/domain/grid";
import { hitungCapaian } from "../../src/domain/engine";
import { loadWorkbookBytes } from "../../src/xlsx/load-bytes";
import { readGrids } from "../../src/xlsx/read-grids";
import { saveAtomic } from "../../src/xlsx/save";
import { replaceOutputSheets } from "../../src/xlsx/write-sheets";
import { stripLargeParts, restoreParts, MERGE_LIMITS } from "../../src/xlsx/sheet-parts";
import { zipEntryText } from "./helpers";
import {
  mergeThreeColumns,
  mergeWholeSheet,
  patchedWorkbook,
  strayXfd,
  validationWholeSheet,
  VALIDATION_WHOLE_SHEET,
} from "../bad-input/hostile";

/** Cells a grid really stores (holes not counted). */
function storedCells(grid: Grid): number {
  let n = 0;
  for (const row of grid.cells) forEachCell(row, () => void n++);
  return n;
}

function main(grids: Grid[]): Grid {
  return grids.find((g) => g.sheet === "Renaksi 2024")!;
}

async function saveCopy(bytes: Buffer): Promise<Buffer> {
  const wb = await loadWorkbookBytes(bytes, { fileName: "x.xlsx" });
  const result = hitungCapaian(readGrids(wb), { quarter: 2 });
  replaceOutputSheets(wb, result.sheets);
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "capaian-sparse-"));
  try {
    const out = await saveAtomic(wb, path.join(dir, "out.xlsx"));
    return await fs.readFile(out);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

describe("sparse reading of careless workbooks", () => {
  test("2 000 rows with one stray value in column XFD: one stored cell per stray value", async () => {
    const plain = main(readGrids(await loadWorkbookBytes(await patchedWorkbook((x) => x))));
    const wb = await loadWorkbookBytes(await patchedWorkbook(strayXfd(2000)));
    const grid = main(readGrids(wb));
    expect(grid.left).toBe(1);
    expect(grid.cells.length).toBe(100 + 2000 - 1); // rows 1 … 2 099
    // Dense storage would be 2 000 × 16 384 cells; sparse stores the table plus 2 000.
    expect(storedCells(grid)).toBe(storedCells(plain) + 2000);
    // The engine still reads the same table.
    const a = hitungCapaian([plain], { quarter: 2 });
    const b = hitungCapaian([grid], { quarter: 2 });
    expect(b.totals.subactivities).toBe(a.totals.subactivities);
    expect(b.totals.budget).toBe(a.totals.budget);
  });

  test("a merge over the whole sheet: the grid stays the size of the cells, the covered cells are empty", async () => {
    const wb = await loadWorkbookBytes(await patchedWorkbook(mergeWholeSheet));
    const grid = main(readGrids(wb));
    expect(grid.merges).toEqual([{ top: 1, left: 1, bottom: 1_048_576, right: 16_384 }]);
    // Only the master A1 keeps its value, as Excel shows it.
    expect(grid.cells.length).toBe(1);
    expect(storedCells(grid)).toBe(1);
  });

  test("a merge over three whole columns does not make the grid a million rows long", async () => {
    const plain = main(readGrids(await loadWorkbookBytes(await patchedWorkbook((x) => x))));
    const grid = main(readGrids(await loadWorkbookBytes(await patchedWorkbook(mergeThreeColumns))));
    expect(grid.cells.length).toBe(plain.cells.length);
    expect(grid.merges).toContainEqual({ top: 1, left: 19, bottom: 1_048_576, right: 21 });
    const r = hitungCapaian([grid], { quarter: 2 });
    expect(r.totals.subactivities).toBe(hitungCapaian([plain], { quarter: 2 }).totals.subactivities);
  });

  test("merges and validations cut out before loading are back in the saved copy", async () => {
    const merged = await saveCopy(await patchedWorkbook(mergeThreeColumns));
    expect(zipEntryText(merged, "xl/worksheets/sheet1.xml")).toContain('<mergeCell ref="S1:U1048576"/>');
    const validated = await saveCopy(await patchedWorkbook(validationWholeSheet));
    const xml = zipEntryText(validated, "xl/worksheets/sheet1.xml");
    expect(xml).toContain(VALIDATION_WHOLE_SHEET);
    // In schema order: after mergeCells, before pageMargins.
    expect(xml.indexOf("<mergeCells")).toBeLessThan(xml.indexOf("<dataValidations"));
    expect(xml.indexOf("<dataValidations")).toBeLessThan(xml.indexOf("<pageMargins"));
  });

  test("stripLargeParts leaves ordinary sheets alone and cuts only what is large", () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    const small =
      '<worksheet><sheetData/><mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells><pageMargins/></worksheet>';
    expect(stripLargeParts(enc(small))).toBeNull();
    const big = `<worksheet><sheetData><row r="1"/></sheetData><mergeCells count="1"><mergeCell ref="A1:A${MERGE_LIMITS.maxArea + 1}"/></mergeCells><pageMargins/></worksheet>`;
    const cut = stripLargeParts(enc(big))!;
    expect(new TextDecoder().decode(cut.xml)).toBe(
      '<worksheet><sheetData><row r="1"/></sheetData><pageMargins/></worksheet>',
    );
    expect(cut.stripped.merges).toEqual([{ top: 1, left: 1, bottom: MERGE_LIMITS.maxArea + 1, right: 1 }]);
    expect(new TextDecoder().decode(restoreParts(cut.xml, cut.stripped))).toBe(big);
  });
});

describe("explicit limits before ExcelJS builds its model", () => {
  test("filled cells are counted while inflating: over the limit → too-many-cells, naming the sheet", async () => {
    const bytes = await patchedWorkbook(strayXfd(300));
    const ok = await loadWorkbookBytes(bytes, { maxCells: 10_000 });
    const stored = storedCells(main(readGrids(ok)));
    const err = await loadWorkbookBytes(bytes, { fileName: "x.xlsx", maxCells: 300 }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "too-many-cells" });
    expect((err as Error).message).toContain('lembar "Renaksi 2024"');
    expect((err as Error).message).toContain("batasnya 300");
    // Exactly at the count the package holds, it passes.
    const { preparePackage } = await import("../../src/xlsx/package");
    const p = await preparePackage(bytes, 1e9, "x.xlsx", 1e9);
    expect(p.inflatedBytes).toBeGreaterThan(0);
    expect(stored).toBeGreaterThan(300);
  });

  test("a zip whose header lies about the size is stopped on the real inflated bytes", async () => {
    const { makeZip } = await import("../bad-input/zip");
    const zip = makeZip([
      { name: "xl/workbook.xml", data: Buffer.from("<workbook/>") },
      // 3 MB of zeros declared as 10 bytes; limit 1 MB.
      { name: "xl/worksheets/sheet1.xml", data: Buffer.alloc(3 * 1024 * 1024), deflate: true, declaredSize: 10 },
    ]);
    const err = await loadWorkbookBytes(zip, {
      fileName: "bom.xlsx",
      limits: { maxTotalUncompressed: 1024 * 1024 },
    }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "too-large", detail: { detail: "inflated" } });
    expect((err as Error).message).toContain("lebih dari 1 MB");
  });
});
