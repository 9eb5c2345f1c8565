/** The splice writer against today's ExcelJS writer, on the bundled sample. */
import * as fs from "node:fs";
import * as path from "node:path";
import { hitungCapaian } from "../../../src/domain/engine";
import { loadWorkbookBytes, readGrids } from "../../../src/xlsx";
import { outputSheetNames } from "../../../src/xlsx/marker";
import { replaceOutputSheets } from "../../../src/xlsx/write-sheets";
import { serializeWorkbook } from "../../../src/xlsx/save";
import { writeOutputPackage } from "../../../src/xlsx/splice/write-package";
import { definedNames, linksInPart, loadBytes, sheetDifferences, sheetPartOf } from "./compare";

const SAMPLE = path.resolve(__dirname, "../../../samples/contoh-dinas-2024.xlsx");

async function bothWriters(input: Uint8Array) {
  const wbOld = await loadWorkbookBytes(input);
  const result = hitungCapaian(readGrids(wbOld), { quarter: 2 });
  const remove = outputSheetNames(wbOld);
  const written = replaceOutputSheets(wbOld, result.sheets);
  const oldBytes = await serializeWorkbook(wbOld, written.flatMap((w) => (w.chart ? [w.chart] : [])));
  const fresh = await writeOutputPackage(input, result.sheets, { removeSheets: remove });
  return { oldBytes, newBytes: fresh.bytes, writtenOld: written, writtenNew: fresh.written };
}

describe("splice writer = ExcelJS writer (the sample)", () => {
  let r: Awaited<ReturnType<typeof bothWriters>>;
  beforeAll(async () => {
    r = await bothWriters(new Uint8Array(fs.readFileSync(SAMPLE)));
  });

  test("every output sheet, cell by cell", async () => {
    const a = await loadBytes(r.oldBytes);
    const b = await loadBytes(r.newBytes);
    expect(b.worksheets.map((w) => w.name)).toEqual(a.worksheets.map((w) => w.name));
    const diffs: string[] = [];
    for (const w of r.writtenNew) {
      diffs.push(...sheetDifferences(a, b, w.sheetName, linksInPart(r.newBytes, sheetPartOf(r.newBytes, w.sheetName))));
    }
    expect(diffs.slice(0, 30)).toEqual([]);
    expect(definedNames(b)).toEqual(definedNames(a));
    expect(r.writtenNew).toEqual(r.writtenOld);
  });
});
