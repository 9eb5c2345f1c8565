/** The oracle of the splice writer: both writers on one input, their output sheets compared. */
import type ExcelJS from "exceljs";
import type { SheetSpec } from "../../../src/domain/types";
import { hitungCapaian } from "../../../src/domain/engine";
import { loadWorkbookBytes, readGrids } from "../../../src/xlsx";
import { outputSheetNames } from "../../../src/xlsx/marker";
import { replaceOutputSheets } from "../../../src/xlsx/write-sheets";
import { serializeWorkbook } from "../../../src/xlsx/save";
import { writeOutputPackage } from "../../../src/xlsx/splice/write-package";
import { zipEntryText } from "../helpers";
import { definedNames, explicitOffFlags, linksInPart, loadBytes, sheetDifferences, sheetPartOf } from "./compare";

export async function bothWriters(input: Uint8Array, specsOf?: (wb: ExcelJS.Workbook) => SheetSpec[]) {
  const wbOld = await loadWorkbookBytes(input);
  const specs = specsOf ? specsOf(wbOld) : hitungCapaian(readGrids(wbOld), { quarter: 2 }).sheets;
  const remove = outputSheetNames(wbOld);
  const written = replaceOutputSheets(wbOld, specs);
  const oldBytes = await serializeWorkbook(
    wbOld,
    written.flatMap((w) => (w.chart ? [w.chart] : [])),
  );
  const fresh = await writeOutputPackage(input, specs, { removeSheets: remove });
  return { oldBytes, newBytes: fresh.bytes, writtenOld: written, writtenNew: fresh.written };
}

export async function expectSame(r: Awaited<ReturnType<typeof bothWriters>>): Promise<void> {
  const a = await loadBytes(r.oldBytes);
  const b = await loadBytes(r.newBytes);
  expect(b.worksheets.map((w) => w.name)).toEqual(a.worksheets.map((w) => w.name));
  const diffs: string[] = [];
  let cells = 0;
  for (const w of r.writtenNew) {
    const links = linksInPart(r.newBytes, sheetPartOf(r.newBytes, w.sheetName));
    const off = explicitOffFlags(zipEntryText(Buffer.from(r.newBytes), "xl/styles.xml"));
    diffs.push(...sheetDifferences(a, b, w.sheetName, links, off));
    b.getWorksheet(w.sheetName)!.eachRow((row) => row.eachCell(() => cells++));
    // Page breaks (ExcelJS does not read them back): from the parts.
    const breaks = (bytes: Uint8Array) =>
      [...zipEntryText(Buffer.from(bytes), sheetPartOf(bytes, w.sheetName)).matchAll(/<brk\b[^>]*>/g)].map(
        (m) => /\sid="(\d+)"/.exec(m[0])![1],
      );
    expect(breaks(r.newBytes)).toEqual(breaks(r.oldBytes));
  }
  expect(diffs.slice(0, 30)).toEqual([]);
  expect(cells).toBeGreaterThan(0);
  expect(definedNames(b)).toEqual(definedNames(a));
  expect(r.writtenNew).toEqual(r.writtenOld);
}
