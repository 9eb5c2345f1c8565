/** The CLI's output file: written by the splice writer, by the ExcelJS writer when that fails. */
import ExcelJS from "exceljs";
import * as fs from "node:fs";
import * as path from "node:path";
import { main } from "../../src/cli/main";
import { readCentralDirectory } from "../../src/xlsx/zip";
import { buildLayoutAWorkbook, capture, tmpDir } from "./helpers";

let dir: string;
beforeEach(() => {
  dir = tmpDir();
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

async function sheetNames(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((w) => w.name);
}

describe("the CLI's output workbook", () => {
  test("the input's sheet part is copied byte for byte; a re-run on the output replaces our sheets", async () => {
    await buildLayoutAWorkbook(path.join(dir, "a.xlsx"));
    const c = capture(dir);
    expect(await main(["-q", "a.xlsx"], c.io)).toBe(0);
    const input = fs.readFileSync(path.join(dir, "a.xlsx"));
    const output = fs.readFileSync(path.join(dir, "a-capaian.xlsx"));
    const part = (buf: Buffer, name: string) => {
      const e = readCentralDirectory(buf).find((x) => x.name === name)!;
      const start = e.localOffset + 30 + buf.readUInt16LE(e.localOffset + 26) + buf.readUInt16LE(e.localOffset + 28);
      return buf.subarray(start, start + e.compressedSize);
    };
    expect(Buffer.compare(part(output, "xl/worksheets/sheet1.xml"), part(input, "xl/worksheets/sheet1.xml"))).toBe(0);
    const names = await sheetNames(path.join(dir, "a-capaian.xlsx"));
    fs.renameSync(path.join(dir, "a-capaian.xlsx"), path.join(dir, "b.xlsx"));
    expect(await main(["-q", "b.xlsx"], capture(dir).io)).toBe(0);
    expect(await sheetNames(path.join(dir, "b-capaian.xlsx"))).toEqual(names);
  });

  test("when the splice writer fails, the ExcelJS writer writes the same sheets", async () => {
    const splice = require("../../src/xlsx/splice/write-package");
    await buildLayoutAWorkbook(path.join(dir, "a.xlsx"));
    expect(await main(["-q", "a.xlsx"], capture(dir).io)).toBe(0);
    const names = await sheetNames(path.join(dir, "a-capaian.xlsx"));
    fs.rmSync(path.join(dir, "a-capaian.xlsx"));
    const spy = jest.spyOn(splice, "writeOutputPackage").mockImplementation(() => {
      throw new RangeError("no workbook part");
    });
    try {
      expect(await main(["-q", "a.xlsx"], capture(dir).io)).toBe(0);
      expect(spy).toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
    expect(await sheetNames(path.join(dir, "a-capaian.xlsx"))).toEqual(names);
  });
});
