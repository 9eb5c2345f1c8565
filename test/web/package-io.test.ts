/**
 * The web page's workbook I/O (src/web/package-io.ts): the streaming package reader in, the splice
 * writer out — the CLI's two steps — with only the bytes and our previous output sheets kept in
 * between, and ExcelJS loaded only for the fallback writer.
 */
import * as fs from "fs";
import * as path from "path";
import { hitungCapaian } from "../../src/domain/engine";
import type { SheetSpec } from "../../src/domain/types";
import { gridsOf, keptOf, openWorkbook, resultBytes, type ResultWriters } from "../../src/web/package-io";
import { InputError } from "../../src/xlsx/errors";
import { readPackage } from "../../src/xlsx/pkg/read-package";
import { writeOutputPackage } from "../../src/xlsx/splice/write-package";
import { makeZip, ole2Stub } from "../bad-input/zip";

/** Every time ExcelJS is required (its module factory runs once per test file). */
const mockExcelJsLoads: string[] = [];
jest.mock("exceljs", () => {
  mockExcelJsLoads.push("exceljs");
  return jest.requireActual("exceljs");
});

const SAMPLE = path.resolve(__dirname, "../../samples/contoh-dinas-2024.xlsx");
const OUTPUT = ["Capaian", "Predikat", "Ringkasan", "Temuan", "Narasi"];

const sample = (): Uint8Array => new Uint8Array(fs.readFileSync(SAMPLE));
const sheetNames = async (bytes: Uint8Array) => (await readPackage(bytes)).sheets.map((s) => s.name);

const CONTENT_TYPES = Buffer.from(
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
);
const LYING = new Uint8Array(
  makeZip([
    { name: "[Content_Types].xml", data: CONTENT_TYPES },
    { name: "xl/workbook.xml", data: Buffer.from("<workbook/>"), declaredSize: 600 * 1024 * 1024 },
  ]),
);
const BROKEN = new Uint8Array(
  makeZip([
    { name: "[Content_Types].xml", data: CONTENT_TYPES },
    { name: "xl/workbook.xml", data: Buffer.from('<workbook><sheets><sheet name="A" r:id=') },
  ]),
);

describe("web page workbook I/O without a spreadsheet model", () => {
  // First in the file: nothing has required ExcelJS yet.
  test("read → write on the sample: the CLI's bytes for this input, and ExcelJS never loaded", async () => {
    const bytes = sample();
    const book = await openWorkbook(bytes, "contoh-dinas-2024.xlsx");
    const inputSheets = (await readPackage(bytes)).sheets.map((s) => s.name);
    expect(gridsOf(book).map((g) => g.sheet)).toEqual(inputSheets);
    expect(book.outputSheets).toEqual([]);

    const result = hitungCapaian(gridsOf(book), {});
    const out = await resultBytes(keptOf(book), result.sheets);
    // What src/cli/main.ts writes for the same input (readPackage → writeOutputPackage).
    const cli = await writeOutputPackage(sample(), result.sheets, { removeSheets: [] });
    expect(Buffer.from(out).equals(Buffer.from(cli.bytes))).toBe(true);
    expect(await sheetNames(out)).toEqual([...inputSheets, ...OUTPUT]);
    expect(mockExcelJsLoads).toEqual([]);
  });

  test("only the bytes, the file name and our previous output sheets are kept for writing", async () => {
    const book = await openWorkbook(sample(), "contoh.xlsx");
    const kept = keptOf(book);
    expect(Object.keys(kept).sort()).toEqual(["bytes", "fileName", "outputSheets"]);
    expect(kept.bytes).toBe(book.bytes);
  });

  test("a re-run replaces our sheets (no 'Capaian (2)'), never a user's", async () => {
    const first = await openWorkbook(sample(), "contoh.xlsx");
    const result = hitungCapaian(gridsOf(first), {});
    const once = await resultBytes(keptOf(first), result.sheets);

    const again = await openWorkbook(once, "contoh-capaian.xlsx");
    expect([...again.outputSheets].sort()).toEqual([...OUTPUT].sort());
    // The output sheets are marked: reading them back finds the same table only once.
    const rerun = hitungCapaian(gridsOf(again), {});
    expect(rerun.totals.budget).toBe(result.totals.budget);
    const twice = await resultBytes(keptOf(again), rerun.sheets);
    expect(await sheetNames(twice)).toEqual(await sheetNames(once));
    expect(mockExcelJsLoads).toEqual([]);
  });

  test.each([
    ["text saved as .xlsx", new TextEncoder().encode("Kode;Program\n1;A\n"), "csv-or-text", /teks biasa/],
    [
      "a cut-off zip",
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]),
      "corrupt-zip",
      /"rusak\.xlsx" rusak atau tidak lengkap/,
    ],
    ["an old .xls (OLE2)", new Uint8Array(ole2Stub("Workbook")), "xls-legacy", /\.xls/],
    ["a part claiming 600 MB (stopped before inflating)", LYING, "too-large", /500 MB/],
    ["a workbook part that does not parse", BROKEN, "corrupt-xlsx", /tidak dapat dibaca sebagai buku kerja Excel/],
  ])("%s is an InputError with its Indonesian message", async (_label, bytes, code, message) => {
    const err = await openWorkbook(bytes, "rusak.xlsx").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect(err).toMatchObject({ name: "InputError", code });
    expect((err as Error).message).toMatch(message);
  });

  test("a bad file gets the same code and sentence as when the page opened it with ExcelJS", async () => {
    const { loadWorkbookBytes } = await import("../../src/xlsx/load-bytes");
    const bad = [new TextEncoder().encode("a,b\n"), new Uint8Array(ole2Stub("Workbook")), LYING, BROKEN];
    for (const bytes of bad) {
      const now = (await openWorkbook(bytes, "data.xlsx").catch((e: unknown) => e)) as InputError;
      const before = (await loadWorkbookBytes(bytes, { fileName: "data.xlsx" }).catch((e: unknown) => e)) as InputError;
      expect(now).toBeInstanceOf(InputError);
      expect({ code: now.code, message: now.message }).toEqual({ code: before.code, message: before.message });
    }
  });

  test("the ExcelJS writer takes over only when the splice writer throws", async () => {
    const book = await openWorkbook(sample(), "contoh.xlsx");
    const sheets = hitungCapaian(gridsOf(book), {}).sheets;
    let fallbackLoads = 0;
    const real: ResultWriters["fallback"] = async () => {
      fallbackLoads += 1;
      return (await import("../../src/web/workbook-io")).fallbackResultBytes;
    };
    const ok = await resultBytes(keptOf(book), sheets, { splice: writeOutputPackage, fallback: real });
    expect(ok.length).toBeGreaterThan(1000);
    expect(fallbackLoads).toBe(0);

    const refusing: ResultWriters["splice"] = async (_b: Uint8Array, _s: SheetSpec[]) => {
      throw new Error("package the splice writer cannot handle");
    };
    const out = await resultBytes(keptOf(book), sheets, { splice: refusing, fallback: real });
    expect(fallbackLoads).toBe(1);
    expect(mockExcelJsLoads).toEqual(["exceljs"]);
    const names = await sheetNames(out);
    expect(names.slice(-OUTPUT.length)).toEqual(OUTPUT);
    // The fallback's workbook reads back to the same figures.
    const back = await openWorkbook(out, "contoh-capaian.xlsx");
    expect([...back.outputSheets].sort()).toEqual([...OUTPUT].sort());
    expect(hitungCapaian(gridsOf(back), {}).totals.budget).toBe(8779864728);
  });
});
