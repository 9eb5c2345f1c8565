import ExcelJS from "exceljs";
import type { SheetSpec } from "../../src/domain/types";
import { replaceOutputSheets, writeSheets, uniqueSheetName, sanitizeSheetName } from "../../src/xlsx/write-sheets";
import { outputSheetNames, MARKER_PREFIX } from "../../src/xlsx/marker";
import { buildSample, PLAN_SHEET } from "../../src/sample/build-sample";
import { roundTrip, toBuffer, zipEntryText } from "./helpers";

function capaianSpec(name = "Capaian"): SheetSpec {
  return {
    name,
    title: ["CAPAIAN KINERJA DAN KEUANGAN S.D. TRIWULAN II", "DINAS CONTOH KABUPATEN CONTOH"],
    columns: [
      { header: "Kode", width: 10 },
      { header: "Program/Kegiatan/Sub Kegiatan", width: 50 },
      { header: "Realisasi", width: 12, numberFormat: "0.00" },
      { header: "Realisasi", width: 12, numberFormat: "0.00" },
      { header: "Pagu (Rp)", width: 18, numberFormat: "#,##0" },
    ],
    rows: [
      { cells: [null, null, "TW I", "TW II", null], style: "header" },
      { cells: ["1", "Program Penunjang", 49.72, 65.23, 5778364728], style: "program" },
      { cells: ["1.1", "Kegiatan Perencanaan", 33.333333, 51.67, 161252728], style: "activity", numberFormats: [null, null, "0.000"] },
      { cells: ["1.1.1", "=1+1", 10, 30, 85927728], style: "subactivity" },
      { cells: [null, "+62 812", null, null, -5], style: "group" },
      { cells: [null, "JUMLAH", null, null, 8782364728], style: "total" },
    ],
    headerRows: 1,
    freezeRows: 3,
    print: { landscape: true, fitToWidth: true, repeatHeader: true },
    blocks: [
      {
        title: "Skala predikat",
        columns: [{ header: "Batas", width: 10 }, { header: "Predikat", width: 20 }],
        rows: [{ cells: ["> 90", "Sangat Memuaskan"] }, { cells: ["> 80–90", "Memuaskan"] }],
      },
    ],
  };
}

function temuanSpec(): SheetSpec {
  return {
    name: "Temuan",
    columns: [{ header: "No", width: 5 }, { header: "Sel", width: 10 }, { header: "Pesan", width: 60 }],
    rows: [
      { cells: [1, "P19", "@SUM pagu kegiatan tidak sama"] },
      { cells: [2, null, "-35.629.000 0 bukan angka"] },
    ],
    headerRows: 1,
    freezeRows: 1,
    print: { landscape: true, fitToWidth: true, repeatHeader: true },
    links: [
      { row: 0, col: 1, sheet: PLAN_SHEET, cell: "P19" },
      { row: 1, col: 1, sheet: "O'Brien", cell: "R40" },
    ],
    chart: {
      kind: "bar",
      title: "Capaian kinerja vs keuangan",
      categories: { firstRow: 0, lastRow: 1, col: 1 },
      series: [{ name: "Kinerja", firstRow: 0, lastRow: 1, col: 0 }],
    },
  };
}

describe("writeSheets", () => {
  let wb: ExcelJS.Workbook;
  let ws: ExcelJS.Worksheet;
  let zip: Buffer;

  beforeAll(async () => {
    const src = new ExcelJS.Workbook();
    src.addWorksheet("Data").getCell("A1").value = 1;
    const written = writeSheets(src, [capaianSpec(), temuanSpec()]);
    expect(written.map((w) => w.sheetName)).toEqual(["Capaian", "Temuan"]);
    expect(written[0]).toMatchObject({ tableTop: 3, firstRow: 4 });
    expect(written[0].chart).toBeUndefined();
    expect(written[1]).toMatchObject({ tableTop: 1, firstRow: 2 });
    // The chart is placed for the saver: categories column B, series column A, rows 2–3, below the table.
    expect(written[1].chart).toEqual({
      sheetName: "Temuan",
      title: "Capaian kinerja vs keuangan",
      categories: "'Temuan'!$B$2:$B$3",
      series: [{ name: "Kinerja", values: "'Temuan'!$A$2:$A$3" }],
      anchor: { col: 0, row: 4, cols: 6, rows: 16 },
    });
    zip = await toBuffer(src);
    wb = await roundTrip(src);
    ws = wb.getWorksheet("Capaian")!;
  });

  test("titles (no blank row after), header row (bold, filled, wrapped), data values", () => {
    expect(ws.getCell("A1").value).toBe("CAPAIAN KINERJA DAN KEUANGAN S.D. TRIWULAN II");
    expect(ws.getCell("A1").font?.bold).toBe(true);
    expect(ws.getCell("A2").value).toBe("DINAS CONTOH KABUPATEN CONTOH");
    const h = ws.getCell("B3");
    expect(h.value).toBe("Program/Kegiatan/Sub Kegiatan");
    expect(h.font?.bold).toBe(true);
    expect(h.fill).toMatchObject({ type: "pattern", pattern: "solid" });
    expect(h.alignment?.wrapText).toBe(true);
    expect(h.border?.top?.style).toBe("thin");
    // A "header" row inside rows (sub-table header) is drawn like the column headers.
    expect(ws.getCell("C4").value).toBe("TW I");
    expect(ws.getCell("C4").font?.bold).toBe(true);
    expect(ws.getCell("C4").fill).toMatchObject({ type: "pattern" });
    // rows[i] is at sheet row T + H + 1 + i.
    expect(ws.getCell("A5").value).toBe("1");
    expect(ws.getCell("E5").value).toBe(5778364728);
    expect(ws.getCell("C6").value).toBeCloseTo(33.333333, 6);
  });

  test("number formats per column (overridable per cell) and styles per row", () => {
    expect(ws.getCell("E5").numFmt).toBe("#,##0");
    expect(ws.getCell("C5").numFmt).toBe("0.00");
    expect(ws.getCell("C6").numFmt).toBe("0.000"); // numberFormats override
    expect(ws.getCell("D6").numFmt).toBe("0.00");
    expect(ws.getCell("B5").font?.bold).toBe(true); // program
    expect(ws.getCell("B6").font?.bold).toBe(true); // activity
    expect(ws.getCell("B7").font?.bold).toBeFalsy(); // subactivity
    expect(ws.getCell("B8").font).toMatchObject({ bold: true, italic: true }); // group
    expect(ws.getCell("B9").font?.bold).toBe(true); // total
    expect(ws.getCell("B7").border?.left?.style).toBe("thin");
    expect(ws.getColumn(2).width).toBe(50);
  });

  test("text that looks like a formula stays text", () => {
    for (const [addr, text] of [["B7", "=1+1"], ["B8", "+62 812"]] as const) {
      const c = ws.getCell(addr);
      expect(c.type).toBe(ExcelJS.ValueType.String);
      expect(c.value).toBe(text);
      expect(c.formula).toBeUndefined();
    }
    const t = wb.getWorksheet("Temuan")!;
    expect(t.getCell("C2").value).toBe("@SUM pagu kegiatan tidak sama");
    expect(t.getCell("C3").value).toBe("-35.629.000 0 bukan angka");
    // No <f> element anywhere in the written sheets.
    expect(zipEntryText(zip, "xl/worksheets/sheet2.xml")).not.toContain("<f>");
    expect(zipEntryText(zip, "xl/worksheets/sheet3.xml")).not.toContain("<f>");
  });

  test("frozen header and print setup", () => {
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
    expect(wb.getWorksheet("Temuan")!.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(ws.pageSetup.orientation).toBe("landscape");
    expect(ws.pageSetup.fitToPage).toBe(true);
    expect(ws.pageSetup.fitToWidth).toBe(1);
    expect(ws.pageSetup.fitToHeight).toBe(0);
    expect(ws.pageSetup.printTitlesRow).toBe("3:3");
    expect(wb.getWorksheet("Temuan")!.pageSetup.printTitlesRow).toBe("1:1");
  });

  test("blocks after a blank row", () => {
    expect(ws.getCell("A10").value).toBeNull();
    expect(ws.getCell("A11").value).toBe("Skala predikat");
    expect(ws.getCell("A12").value).toBe("Batas");
    expect(ws.getCell("A12").font?.bold).toBe(true);
    expect(ws.getCell("B13").value).toBe("Sangat Memuaskan");
  });

  test("internal hyperlinks to the source cell", () => {
    const t = wb.getWorksheet("Temuan")!;
    expect(t.getCell("B2").value).toMatchObject({ text: "P19", hyperlink: "#'Renaksi 2024'!P19" });
    expect(t.getCell("B3").value).toMatchObject({ text: "O'Brien!R40", hyperlink: "#'O''Brien'!R40" });
    // ExcelJS writes both a `location` and a relationship whose target is the "#…" reference.
    expect(zipEntryText(zip, "xl/worksheets/sheet3.xml")).toContain(`location="#&apos;Renaksi 2024&apos;!P19"`);
    expect(zipEntryText(zip, "xl/worksheets/_rels/sheet3.xml.rels")).toContain(`Target="#&apos;Renaksi 2024&apos;!P19"`);
  });

  test("headerRows > 1: header cells merged down, rows start below them", async () => {
    const book = new ExcelJS.Workbook();
    const spec = { ...temuanSpec(), title: ["JUDUL"], headerRows: 2, links: [], chart: undefined };
    expect(writeSheets(book, [spec])[0]).toMatchObject({ tableTop: 2, firstRow: 4 });
    const s2 = (await roundTrip(book)).getWorksheet("Temuan")!;
    expect(s2.getCell("A2").value).toBe("No");
    expect(s2.getCell("A3").isMerged).toBe(true);
    expect(s2.getCell("A4").value).toBe(1);
    expect(s2.pageSetup.printTitlesRow).toBe("2:3");
  });

  test("marker: a defined name per output sheet survives a round trip", () => {
    expect(outputSheetNames(wb).sort()).toEqual(["Capaian", "Temuan"]);
    expect(wb.definedNames.model.map((d) => d.name).every((n) => n.startsWith(MARKER_PREFIX))).toBe(true);
  });
});

describe("replaceOutputSheets", () => {
  test("re-run replaces our sheets (idempotent) and never a user's sheet", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Data").getCell("A1").value = "asli";
    const user = wb.addWorksheet("Capaian");
    user.getCell("A1").value = "catatan pengguna";

    const first = replaceOutputSheets(wb, [capaianSpec(), temuanSpec()]);
    expect(first.map((w) => w.sheetName)).toEqual(["Capaian (2)", "Temuan"]);
    let back = await roundTrip(wb);

    for (let run = 0; run < 2; run++) {
      const again = replaceOutputSheets(back, [capaianSpec(), temuanSpec()]);
      expect(again.map((w) => w.sheetName)).toEqual(["Capaian (2)", "Temuan"]);
      back = await roundTrip(back);
      expect(back.worksheets.map((w) => w.name)).toEqual(["Data", "Capaian", "Capaian (2)", "Temuan"]);
      expect(back.getWorksheet("Capaian")!.getCell("A1").value).toBe("catatan pengguna");
      expect(outputSheetNames(back).sort()).toEqual(["Capaian (2)", "Temuan"]);
      expect(back.definedNames.model).toHaveLength(2);
    }
  });

  test("a renamed output sheet is still recognised and replaced", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Data");
    replaceOutputSheets(wb, [temuanSpec()]);
    let back = await roundTrip(wb);
    // Excel rewrites the name's reference when the user renames the sheet; emulate that.
    back.getWorksheet("Temuan")!.name = "Temuan lama";
    const extent = back.definedNames.model[0].ranges[0].split("!")[1]; // $A$1:$C$3, the content signature
    back.definedNames.model = [{ name: `${MARKER_PREFIX}_1`, ranges: [`'Temuan lama'!${extent}`] }];
    replaceOutputSheets(back, [temuanSpec()]);
    back = await roundTrip(back);
    expect(back.worksheets.map((w) => w.name)).toEqual(["Data", "Temuan"]);
  });

  test("sheet names: sanitised, unique, ≤ 31 characters", () => {
    const wb = new ExcelJS.Workbook();
    expect(sanitizeSheetName("Capaian: TW [II]/2024?")).toBe("Capaian TW II 2024");
    wb.addWorksheet("Ringkasan Capaian Kinerja dan K");
    const n = uniqueSheetName(wb, "Ringkasan Capaian Kinerja dan Keuangan");
    expect(n.length).toBeLessThanOrEqual(31);
    expect(n.endsWith(" (2)")).toBe(true);
  });
});

describe("source sheets are unchanged in the output copy", () => {
  test("every cell model, merge, view and column of the sample's sheets", async () => {
    const input = await roundTrip(buildSample().workbook);
    const output = await roundTrip(input);
    // Fresh copy of the input to write into.
    const copy = await roundTrip(input);
    replaceOutputSheets(copy, [capaianSpec(), temuanSpec()]);
    const result = await roundTrip(copy);
    for (const src of output.worksheets) {
      const dst = result.getWorksheet(src.name)!;
      expect(dst).toBeDefined();
      const models = (ws: ExcelJS.Worksheet) => {
        const out: unknown[] = [];
        ws.eachRow({ includeEmpty: true }, (row) => {
          out.push({ row: row.number, height: row.height, hidden: row.hidden });
          row.eachCell({ includeEmpty: true }, (cell) => out.push(cell.model));
        });
        return out;
      };
      expect(models(dst)).toEqual(models(src));
      expect(dst.model.merges.sort()).toEqual(src.model.merges.sort());
      expect(dst.views).toEqual(src.views);
      expect(dst.columns?.map((c) => [c.width, c.hidden])).toEqual(src.columns?.map((c) => [c.width, c.hidden]));
      expect(dst.pageSetup).toEqual(src.pageSetup);
    }
  });
});

describe("block captions, blank separators and indentation", () => {
  it("writes a caption bold without borders, a blank row blank, and indents only the indent column", () => {
    const wb = new ExcelJS.Workbook();
    const spec: SheetSpec = {
      name: "Capaian",
      title: ["Tabel 3.1 Program Satu"],
      columns: [
        { header: "No", width: 6 },
        { header: "Program / Kegiatan / Sub Kegiatan", width: 20, indent: true },
        { header: "Pagu (Rp)", width: 14, numberFormat: "#,##0" },
      ],
      rows: [
        { cells: ["1", "Program Satu", 100], style: "program", indent: 0 },
        { cells: ["1.1", "Sub Kegiatan yang namanya cukup panjang", 100], style: "subactivity", indent: 2 },
        { cells: [null, null, null] },
        { cells: ["Tabel 3.2 Program Dua", null, null], style: "caption" },
        { cells: ["No", "Program / Kegiatan / Sub Kegiatan", "Pagu (Rp)"], style: "header" },
      ],
      headerRows: 1,
      freezeRows: 0,
      print: { landscape: true, fitToWidth: true, repeatHeader: true },
    };
    writeSheets(wb, [spec]);
    const ws = wb.getWorksheet("Capaian")!;
    // title row 1, header row 2, rows from 3
    expect(ws.getCell("B3").alignment?.indent).toBeUndefined();
    expect(ws.getCell("B4").alignment?.indent).toBe(2);
    expect(ws.getCell("A4").alignment?.indent).toBeUndefined();
    expect(ws.getCell("C4").alignment?.indent).toBeUndefined();
    // "Sub Kegiatan yang namanya cukup panjang" (39 chars) in 20 − 2 × 1.5 = 17 chars: 3 lines
    expect(ws.getRow(4).height).toBe(Math.ceil(3 * 14.5 + 1));
    expect(ws.getCell("A5").border).toBeUndefined();
    expect(ws.getCell("A5").value).toBeNull();
    expect(ws.getCell("A6").value).toBe("Tabel 3.2 Program Dua");
    expect(ws.getCell("A6").font?.bold).toBe(true);
    expect(ws.getCell("A6").border).toBeUndefined();
    expect(ws.getCell("A6").alignment?.wrapText).toBeUndefined();
    expect(ws.getCell("B7").font?.bold).toBe(true);
    expect(ws.getCell("B7").border?.top).toBeDefined();
  });
});
