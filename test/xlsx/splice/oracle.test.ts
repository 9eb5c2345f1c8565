/**
 * The splice writer against today's ExcelJS writer (the oracle): the same input, both writers,
 * both results loaded with ExcelJS, every output sheet compared cell by cell (value, number
 * format, font, fill, border, alignment), then merges, widths, heights, links, frozen rows, page
 * setup, page breaks and the defined names. Two deliberate differences are allowed (compare.ts):
 * an empty text is a blank cell, and a column width of exactly 9 is kept.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { SheetSpec } from "../../../src/domain/types";
import { layoutA, layoutB, layoutC } from "../../fixtures/workbooks";
import { bothWriters, expectSame } from "./oracle";
import { toBuffer } from "../helpers";

const SAMPLE = path.resolve(__dirname, "../../../samples/contoh-dinas-2024.xlsx");

describe("splice writer = ExcelJS writer", () => {
  test("the sample (every report sheet, its chart, its links)", async () => {
    await expectSame(await bothWriters(new Uint8Array(fs.readFileSync(SAMPLE))));
  });

  test("the sample after a first run (previous output replaced)", async () => {
    const first = await bothWriters(new Uint8Array(fs.readFileSync(SAMPLE)));
    await expectSame(await bothWriters(first.oldBytes));
  });

  test.each([
    ["layout A", layoutA],
    ["layout B", layoutB],
    ["layout C", layoutC],
  ])("%s fixture", async (_name, build) => {
    await expectSame(await bothWriters(new Uint8Array(await toBuffer(build()))));
  });

  test("every feature of a spec: two header rows, captions, groups, totals, indents, per-cell formats, links, blocks", async () => {
    const spec: SheetSpec = {
      name: "Uji: [Fitur]",
      title: ["JUDUL UTAMA", "Subjudul"],
      columns: [
        { header: "Kode", width: 8 },
        { header: "Nama kegiatan yang panjang sekali", width: 20, indent: true },
        { header: "Nilai", width: 9, numberFormat: "0.00" },
        { header: "Pagu", width: 0, numberFormat: "#,##0" },
      ],
      headerRows: 2,
      rows: [
        { cells: ["Tabel 1 Program"], style: "caption" },
        {
          cells: ["1", "Program yang namanya cukup panjang untuk dibungkus dua baris", 95.5, 1000000],
          style: "program",
        },
        { cells: ["1.1", "Kegiatan", 80, 500000], style: "activity", indent: 1 },
        {
          cells: ["1.1.1", "Sub kegiatan", 70.123, 250000],
          style: "subactivity",
          indent: 2,
          numberFormats: [null, null, "0.0", null],
        },
        { cells: [null, null, null, null] },
        { cells: ["", "Kelompok", null, null], style: "group" },
        { cells: ["Jumlah", null, Number.NaN, 1750000, "ekstra"], style: "total" },
        { cells: ["  spasi  ", "baris\nkedua", -0.5, 1e-7] },
      ],
      freezeRows: 4,
      print: { landscape: true, fitToWidth: true, repeatHeader: true },
      links: [
        { row: 2, col: 1, sheet: "Renaksi", cell: "B7" },
        { row: 3, col: 2, sheet: "O'Brien", cell: "C9" },
        { row: 4, col: 0, sheet: "Renaksi", cell: "A1" },
        { row: 1, col: 6, sheet: "Renaksi", cell: "A2" },
        { row: 99, col: 0, sheet: "Renaksi", cell: "A3" },
      ],
      blocks: [
        {
          title: "Keterangan",
          columns: [
            { header: "Predikat", width: 12 },
            { header: "Rentang", width: 30 },
            { header: "Catatan", width: 25 },
            { header: "Lagi", width: 7 },
            { header: "Kolom kelima", width: 14 },
          ],
          rows: [{ cells: ["Sangat Tinggi", "≥ 91"], style: "header" }, { cells: ["Tinggi", "76 – 90", "catatan"] }],
        },
      ],
      chart: {
        kind: "bar",
        title: "Grafik",
        categories: { firstRow: 1, lastRow: 3, col: 1 },
        series: [{ name: "Nilai", firstRow: 1, lastRow: 3, col: 2 }],
      },
    };
    const plain: SheetSpec = {
      name: "Polos",
      columns: [{ header: "A", width: 5 }],
      headerRows: 1,
      rows: [{ cells: [1] }],
      freezeRows: 0,
      print: { landscape: false, fitToWidth: false, repeatHeader: false },
    };
    await expectSame(await bothWriters(new Uint8Array(await toBuffer(layoutC())), () => [spec, plain, { ...plain }]));
  });
});
