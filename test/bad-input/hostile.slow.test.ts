/**
 * Slow tier: the hostile workbooks of issue 13 through the CLI (in-process main()). Each case
 * asserts exit code, the Indonesian sentence, inputs unchanged, nothing written on exit 2 and no
 * temporary file left (./run-case.ts); memory is asserted on sizes and counts in
 * test/xlsx/sparse-input.test.ts and measured in docs/benchmarks.md, never on wall time.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { defineHostileCases } from "./run-case";
import { makeZip } from "./zip";
import { mergeThreeColumns, mergeWholeSheet, patchedWorkbook, strayXfd, validationWholeSheet } from "./hostile";

async function write(dir: string, name: string, data: Buffer): Promise<string> {
  const f = path.join(dir, name);
  await fs.writeFile(f, data);
  return f;
}

/** `rows` extra data rows of `cols` numbers each, below the table (far more cells than allowed). */
function manyCells(rows: number, cols: number): (xml: string) => string {
  return (xml) => {
    const parts: string[] = [];
    for (let r = 100; r < 100 + rows; r++) {
      let row = `<row r="${r}">`;
      for (let c = 0; c < cols; c++) row += `<c r="${String.fromCharCode(65 + c)}${r}"><v>${c}</v></c>`;
      parts.push(row + "</row>");
    }
    return xml.replace("</sheetData>", parts.join("") + "</sheetData>");
  };
}

defineHostileCases([
  {
    name: "20 000 rows with one stray value in column XFD",
    build: async (dir) => [await write(dir, "xfd.xlsx", await patchedWorkbook(strayXfd(20_000)))],
    expectCode: 0,
    timeoutMs: 120_000,
    check: (run) => expect(run.report!.totals.subactivities).toBe(8),
  },
  {
    name: "one merge A1:XFD1048576 (everything but A1 hidden: no table)",
    build: async (dir) => [await write(dir, "gabung-semua.xlsx", await patchedWorkbook(mergeWholeSheet))],
    expectCode: 2,
    message: "Tidak ditemukan tabel",
  },
  {
    name: "a merge over three whole columns",
    build: async (dir) => [await write(dir, "gabung-kolom.xlsx", await patchedWorkbook(mergeThreeColumns))],
    expectCode: 0,
    check: (run) => expect(run.report!.totals.subactivities).toBe(8),
  },
  {
    name: "a data validation over the whole sheet",
    build: async (dir) => [await write(dir, "validasi.xlsx", await patchedWorkbook(validationWholeSheet))],
    expectCode: 0,
    check: (run) => expect(run.report!.totals.subactivities).toBe(8),
  },
  {
    name: "more filled cells than the limit (130 000 rows × 16 numbers)",
    build: async (dir) => [await write(dir, "banyak.xlsx", await patchedWorkbook(manyCells(130_000, 16)))],
    expectCode: 2,
    message: /lembar "Renaksi 2024" berisi sekitar [\d.]+ sel terisi, sedangkan batasnya 2\.000\.000/,
    timeoutMs: 180_000,
  },
  {
    name: "a zip whose header lies: 10 bytes declared, 520 MB of XML inside",
    build: async (dir) => [
      await write(
        dir,
        "bohong.xlsx",
        makeZip([
          { name: "xl/workbook.xml", data: Buffer.from("<workbook/>") },
          {
            name: "xl/worksheets/sheet1.xml",
            data: Buffer.alloc(520 * 1024 * 1024, 0x20),
            deflate: true,
            declaredSize: 10,
          },
        ]),
      ),
    ],
    expectCode: 2,
    message: "lebih dari 500 MB",
    timeoutMs: 180_000,
  },
]);
