/**
 * The splice writer on the public agency workbooks in ../shared/data (never committed here;
 * skipped when absent): output sheets equal to the ExcelJS writer's, every part of the input but
 * the package lists copied byte for byte, and a re-run on the output replaces exactly our sheets.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { hitungCapaian } from "../../../src/domain/engine";
import { isInputError, loadWorkbookBytes, readGrids } from "../../../src/xlsx";
import { outputSheetNames } from "../../../src/xlsx/marker";
import { readCentralDirectory } from "../../../src/xlsx/zip";
import { writeOutputPackage } from "../../../src/xlsx/splice/write-package";
import { bothWriters, expectSame } from "./oracle";
import { loadBytes } from "./compare";

const DATA = path.resolve(__dirname, "../../../../shared/data");
const files = fs.existsSync(DATA) ? fs.readdirSync(DATA).filter((f) => f.endsWith(".xlsx")) : [];
if (files.length === 0)
  console.warn(`../shared/data tidak ada: uji penulis sambung pada workbook nyata dilewati (${DATA}).`);
const EDITED = new Set(["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"]);

function raw(bytes: Uint8Array): Map<string, string> {
  const buf = Buffer.from(bytes);
  const out = new Map<string, string>();
  for (const e of readCentralDirectory(buf)) {
    if (e.name.endsWith("/")) continue;
    const start = e.localOffset + 30 + buf.readUInt16LE(e.localOffset + 26) + buf.readUInt16LE(e.localOffset + 28);
    out.set(
      e.name,
      `${buf.readUInt32LE(e.centralOffset + 16)}:${buf.subarray(start, start + e.compressedSize).toString("base64")}`,
    );
  }
  return out;
}

(files.length ? describe : describe.skip)("splice writer on real workbooks", () => {
  test.each(files.length ? files : ["-"])("%s", async (file) => {
    const input = new Uint8Array(fs.readFileSync(path.join(DATA, file)));
    let r: Awaited<ReturnType<typeof bothWriters>>;
    try {
      r = await bothWriters(input);
    } catch (e) {
      // Not a computable workbook (an old .xls, a nomenclature list, headers only): nothing to write.
      if (isInputError(e) || (e instanceof Error && e.name === "NoTableError")) return;
      throw e;
    }
    await expectSame(r);
    // The user's parts: byte for byte.
    const before = raw(input);
    const after = raw(r.newBytes);
    for (const [name, data] of before)
      if (!EDITED.has(name)) expect([name, after.get(name) === data]).toEqual([name, true]);
    // A second run on our output: the same sheets, nothing added.
    const wb = await loadWorkbookBytes(r.newBytes);
    const removed = outputSheetNames(wb);
    expect(removed.sort()).toEqual(r.writtenNew.map((w) => w.sheetName).sort());
    const again = await writeOutputPackage(r.newBytes, hitungCapaian(readGrids(wb), { quarter: 2 }).sheets, {
      removeSheets: removed,
    });
    expect(again.written.map((w) => w.sheetName)).toEqual(r.writtenNew.map((w) => w.sheetName));
    // The same parts, but calcChain: dropped once a sheet is removed (Excel rebuilds it).
    const parts = (m: Map<string, string>) => [...m.keys()].filter((n) => n !== "xl/calcChain.xml").sort();
    expect(parts(raw(again.bytes))).toEqual(parts(after));
    expect(raw(again.bytes).has("xl/calcChain.xml")).toBe(false);
    expect((await loadBytes(again.bytes)).worksheets.map((w) => w.name)).toEqual(
      (await loadBytes(r.newBytes)).worksheets.map((w) => w.name),
    );
  });
});
