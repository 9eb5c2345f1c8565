/**
 * The streaming package reader (src/xlsx/pkg/) against the oracle: for every workbook the tests
 * build or ship, its grids deep-equal those of the old path (ExcelJS + read-grids.ts). Then the
 * rules it reimplements, on small hand-written packages with the expected cells worked out by hand.
 */
import { promises as fs } from "fs";
import * as path from "path";
import type { Grid } from "../../src/domain/grid";
import { hitungCapaian } from "../../src/domain/engine";
import { loadWorkbookBytes } from "../../src/xlsx/load-bytes";
import { readGrids } from "../../src/xlsx/read-grids";
import { replaceOutputSheets } from "../../src/xlsx/write-sheets";
import { MAX_CELLS as OLD_MAX_CELLS } from "../../src/xlsx/package";
import { MAX_CELLS, readPackage } from "../../src/xlsx/pkg/read-package";
import { slideFormula } from "../../src/xlsx/pkg/formula-slide";
import { layoutA, layoutB, layoutC, workbookFromGrids } from "../fixtures/workbooks";
import { planInThousands, realisasiWithTotal, rkaOneKegiatan, sipdRealisasi2026 } from "../fixtures/exports";
import {
  mergeThreeColumns,
  mergeWholeSheet,
  patchedWorkbook,
  strayXfd,
  validationWholeSheet,
} from "../bad-input/hostile";
import { makeZip, type ZipItem } from "../bad-input/zip";
import { toBuffer } from "./helpers";

/** Grids as plain data (holes stay holes; undefined properties dropped) for a deep comparison. */
function plain(grids: Grid[]): unknown {
  return JSON.parse(JSON.stringify(grids));
}

async function oldGrids(bytes: Uint8Array): Promise<Grid[]> {
  return readGrids(await loadWorkbookBytes(bytes));
}

async function expectSame(bytes: Uint8Array): Promise<Grid[]> {
  const [want, got] = await Promise.all([oldGrids(bytes), readPackage(bytes).then((r) => r.grids)]);
  expect(plain(got)).toEqual(plain(want));
  // Sparse rows stay sparse: the same holes.
  got.forEach((g, i) => g.cells.forEach((row, r) => expect(Object.keys(row)).toEqual(Object.keys(want[i].cells[r]))));
  return got;
}

const SAMPLE = path.join(__dirname, "../../samples/contoh-dinas-2024.xlsx");

describe("the new reader gives the old path's grids", () => {
  test("fixture workbooks (layouts A, B, C; exports)", async () => {
    for (const wb of [
      layoutA(),
      layoutB(),
      layoutC(),
      workbookFromGrids([sipdRealisasi2026(), realisasiWithTotal(1000), planInThousands()]),
      workbookFromGrids(rkaOneKegiatan()),
    ])
      await expectSame(await toBuffer(wb));
  });

  test("the bundled sample", async () => {
    const grids = await expectSame(await fs.readFile(SAMPLE));
    expect(grids.length).toBeGreaterThan(0);
  });

  test("a re-run: our marked output sheets are flagged productOutput, the user's are not", async () => {
    const wb = await loadWorkbookBytes(await fs.readFile(SAMPLE));
    replaceOutputSheets(wb, hitungCapaian(readGrids(wb), { quarter: 2 }).sheets);
    const bytes = await toBuffer(wb);
    const grids = await expectSame(bytes);
    const res = await readPackage(bytes);
    expect(res.outputSheets.length).toBeGreaterThan(0);
    expect(grids.filter((g) => g.productOutput).map((g) => g.sheet)).toEqual(res.outputSheets);
    expect(res.staleMarkers.length).toBe(res.outputSheets.length);
    expect(res.sheets.map((s) => s.name)).toEqual(grids.map((g) => g.sheet));
  });

  test("careless workbooks: stray XFD cells, whole-sheet and whole-column merges, whole-sheet validation", async () => {
    for (const edit of [strayXfd(300), mergeWholeSheet, mergeThreeColumns, validationWholeSheet])
      await expectSame(await patchedWorkbook(edit));
  });
});

// ---------------------------------------------------------------------------------------------
// Hand-written packages.

const CT = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`;
const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

function pkg(opts: {
  sheets: { name: string; xml: string; state?: string }[];
  sst?: string[];
  styles?: string;
  date1904?: boolean;
  names?: string;
  extra?: { name: string; data: Buffer }[];
}): Buffer {
  const items: ZipItem[] = [
    { name: "[Content_Types].xml", data: Buffer.from(CT) },
    {
      name: "xl/workbook.xml",
      data: Buffer.from(
        `<?xml version="1.0"?><workbook ${NS}>${opts.date1904 ? '<workbookPr date1904="1"/>' : ""}<sheets>` +
          opts.sheets
            .map(
              (s, i) =>
                `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`,
            )
            .join("") +
          `</sheets>${opts.names ? `<definedNames>${opts.names}</definedNames>` : ""}</workbook>`,
      ),
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: Buffer.from(
        `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
          opts.sheets
            .map(
              (_s, i) =>
                `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
            )
            .join("") +
          `</Relationships>`,
      ),
    },
    ...opts.sheets.map((s, i) => ({
      name: `xl/worksheets/sheet${i + 1}.xml`,
      data: Buffer.from(`<?xml version="1.0"?><worksheet ${NS}>${s.xml}</worksheet>`),
      deflate: true,
    })),
  ];
  if (opts.sst)
    items.push({
      name: "xl/sharedStrings.xml",
      data: Buffer.from(`<sst ${NS}>${opts.sst.join("")}</sst>`),
      deflate: true,
    });
  if (opts.styles)
    items.push({
      name: "xl/styles.xml",
      data: Buffer.from(`<styleSheet ${NS}>${opts.styles}</styleSheet>`),
      deflate: true,
    });
  for (const e of opts.extra ?? []) items.push(e);
  return makeZip(items);
}

const STYLES =
  '<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="#,##0\\ &quot;Rp&quot;"/></numFmts>' +
  '<fonts count="2"><font><sz val="11"/></font><font><b/><sz val="11"/></font></fonts>' +
  '<cellXfs count="5"><xf numFmtId="0" fontId="0"/><xf numFmtId="164" fontId="0"/><xf numFmtId="165" fontId="1"/>' +
  '<xf numFmtId="0" fontId="0"><alignment indent="2"/></xf><xf numFmtId="22" fontId="0"/></cellXfs>';

function only(grids: Grid[], name: string): Grid {
  const g = grids.find((x) => x.sheet === name);
  if (!g) throw new Error(`no sheet ${name}`);
  return g;
}

describe("cell rules, worked by hand", () => {
  test("shared formula: master =SUM(B2:C2) at D2 shared to D5 → =SUM(B5:C5); $B$2 kept", async () => {
    expect(slideFormula("SUM(B2:C2)", { row: 2, col: 4 }, { row: 5, col: 4 })).toBe("SUM(B5:C5)");
    expect(slideFormula("$B$2+B$2+$B2", { row: 2, col: 4 }, { row: 5, col: 6 })).toBe("$B$2+D$2+$B5");
    const rows = [2, 3, 4, 5]
      .map((r) =>
        r === 2
          ? `<row r="2"><c r="B2"><v>1</v></c><c r="C2"><v>2</v></c><c r="D2"><f t="shared" ref="D2:D5" si="0">SUM(B2:C2)+$B$2</f><v>4</v></c></row>`
          : `<row r="${r}"><c r="D${r}"><f t="shared" si="0"/><v>0</v></c></row>`,
      )
      .join("");
    const bytes = pkg({ sheets: [{ name: "S", xml: `<sheetData>${rows}</sheetData>` }] });
    const g = only(await expectSame(bytes), "S");
    expect(g.top).toBe(2);
    expect(g.left).toBe(2);
    expect(g.cells[0][2]).toEqual({ value: 4, formula: "=SUM(B2:C2)+$B$2" });
    expect(g.cells[3][2]).toEqual({ value: 0, formula: "=SUM(B5:C5)+$B$2" }); // cached 0 kept
  });

  test("value types: shared, rich and inline strings, booleans, errors, str results, escapes, entities", async () => {
    const sst = [
      "<si><t>teks</t></si>",
      '<si><r><t>Ka</t></r><r><rPr><b/></rPr><t xml:space="preserve">ya </t></r><rPh sb="0" eb="1"><t>x</t></rPh></si>',
      "<si><t>a_x000D_b</t></si>",
    ];
    const xml =
      "<sheetData>" +
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>' +
      '<row r="2"><c r="A2" t="inlineStr"><is><t>in &amp; line</t></is></c><c r="B2" t="b"><v>1</v></c><c r="C2" t="e"><v>#REF!</v></c></row>' +
      '<row r="3"><c r="A3" t="str"><f>A1&amp;""</f><v>x &amp;amp; y</v></c><c r="B3"><f>1/0</f><v>abc</v></c><c r="C3" t="e"><f>NA()</f><v>#N/A</v></c></row>' +
      "</sheetData>";
    const g = only(await expectSame(pkg({ sheets: [{ name: "S", xml }], sst })), "S");
    expect(g.cells[0].map((c) => c.value)).toEqual(["teks", "Kaya ", "a\rb"]);
    expect(g.cells[1][0]).toEqual({ value: "in & line" });
    expect(g.cells[1][1]).toEqual({ value: true });
    expect(g.cells[1][2]).toEqual({ value: null, error: "#REF!" });
    expect(g.cells[2][0]).toEqual({ value: "x & y", formula: '=A1&""' }); // decoded twice, as ExcelJS
    expect(g.cells[2][1]).toEqual({ value: null, formula: "=1/0", error: "#NUM!" });
    expect(g.cells[2][2]).toEqual({ value: null, formula: "=NA()", error: "#N/A" });
  });

  test('a font written <b val="0"/> is not bold (as Excel shows it; ExcelJS 4.4 reads it as bold)', async () => {
    const styles =
      '<fonts count="3"><font><b val="0"/><i val="0"/><sz val="11"/></font><font><b val="1"/><sz val="11"/></font>' +
      '<font><b val="false"/><sz val="11"/></font></fonts>' +
      '<cellXfs count="3"><xf numFmtId="0" fontId="0"/><xf numFmtId="0" fontId="1"/><xf numFmtId="0" fontId="2"/></cellXfs>';
    const xml =
      '<sheetData><row r="1"><c r="A1" s="0"><v>1</v></c><c r="B1" s="1"><v>2</v></c><c r="C1" s="2"><v>3</v></c></row></sheetData>';
    const g = only((await readPackage(pkg({ sheets: [{ name: "S", xml }], styles }))).grids, "S");
    expect(g.cells[0]).toEqual([{ value: 1 }, { value: 2, bold: true }, { value: 3 }]);
  });

  test("dates by number format (1900 and 1904 systems), number formats, bold, indent", async () => {
    // 45473 = 2024-06-30 (1900 system); 45473.34375 = 08:15; in 1904, 43 (= 45473 − 1462 + …) → same day.
    const xml =
      '<sheetData><row r="1"><c r="A1" s="1"><v>45473</v></c><c r="B1" s="4"><v>45473.34375</v></c>' +
      '<c r="C1" s="2"><v>1500</v></c><c r="D1" s="3" t="inlineStr"><is><t>Sub</t></is></c><c r="E1" t="d"><v>2024-06-30</v></c></row></sheetData>';
    const g = only(await expectSame(pkg({ sheets: [{ name: "S", xml }], styles: STYLES })), "S");
    expect(g.cells[0][0]).toEqual({ value: "2024-06-30", numberFormat: "dd/mm/yyyy" });
    expect(g.cells[0][1]).toEqual({ value: "2024-06-30T08:15:00", numberFormat: 'm/d/yy "h":mm' });
    expect(g.cells[0][2]).toEqual({ value: 1500, numberFormat: '#,##0 "Rp"', bold: true });
    expect(g.cells[0][3]).toEqual({ value: "Sub", indent: 2 });
    expect(g.cells[0][4]).toEqual({ value: 2024 }); // ExcelJS reads t="d" as parseFloat
    const xml1904 = '<sheetData><row r="1"><c r="A1" s="1"><v>44011</v></c></row></sheetData>';
    const g4 = only(
      await expectSame(pkg({ sheets: [{ name: "S", xml: xml1904 }], styles: STYLES, date1904: true })),
      "S",
    );
    expect(g4.cells[0][0].value).toBe("2024-06-30"); // 44011 + 1462 = 45473
  });

  test("a stray value in XFD20000: one stored cell, the box reaches it", async () => {
    const xml =
      '<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="20000"><c r="XFD20000"><v>2</v></c></row></sheetData>';
    const g = only(await expectSame(pkg({ sheets: [{ name: "S", xml }] })), "S");
    expect(g.cells.length).toBe(20000);
    expect(Object.keys(g.cells[19999])).toEqual(["16383"]);
    expect(g.cells[19999][16383]).toEqual({ value: 2 });
  });

  test("a merge A1:XFD1048576 does not widen the box; covered cells are blank", async () => {
    const xml =
      '<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row><row r="2"><c r="A2"><v>3</v></c></row></sheetData>' +
      '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>';
    const g = only(await expectSame(pkg({ sheets: [{ name: "S", xml }] })), "S");
    expect(g.cells).toEqual([[{ value: 1 }]]);
    expect(g.merges).toEqual([{ top: 1, left: 1, bottom: 1048576, right: 16384 }]);
  });

  test("hidden rows, columns and sheets", async () => {
    const xml =
      '<cols><col min="2" max="3" hidden="1"/><col min="5" max="16384" hidden="1"/></cols>' +
      '<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="D1"><v>4</v></c></row><row r="2" hidden="1"><c r="A2"><v>2</v></c></row><row r="9" hidden="1"/></sheetData>';
    const grids = await expectSame(
      pkg({
        sheets: [
          { name: "S", xml },
          { name: "T", xml: "<sheetData/>", state: "hidden" },
        ],
      }),
    );
    const g = only(grids, "S");
    expect(g.hiddenRows).toEqual([2]);
    expect(g.hiddenColumns).toEqual([2, 3]);
    expect(only(grids, "T")).toMatchObject({ hidden: true, cells: [], hiddenColumns: [] });
  });

  test("markers: trusted only when the reference spans exactly the sheet's content", async () => {
    const sheet = (cols: string) =>
      `<sheetData><row r="1">${cols}</row><row r="2"><c r="A2"><v>1</v></c></row></sheetData>`;
    const names =
      `<definedName name="_capaian_output_1">'Capaian (2)'!$A$1:$B$2</definedName>` +
      `<definedName name="_capaian_output_2">Data!$A$1:$B$1</definedName>` +
      `<definedName name="_capaian_output_3">Hilang!$A$1:$B$2</definedName>`;
    const bytes = pkg({
      sheets: [
        { name: "Capaian (2)", xml: sheet('<c r="A1"><v>1</v></c><c r="B1"><v>2</v></c>') },
        { name: "Data", xml: sheet('<c r="A1"><v>1</v></c><c r="B1"><v>2</v></c>') },
      ],
      names,
    });
    const grids = await expectSame(bytes);
    expect(grids.map((g) => !!g.productOutput)).toEqual([true, false]);
    const res = await readPackage(bytes);
    expect(res.outputSheets).toEqual(["Capaian (2)"]);
    expect(res.staleMarkers).toEqual(["_capaian_output_1", "_capaian_output_3"]);
  });
});

describe("limits and damage, with the old codes and messages", () => {
  test("a zip whose header lies about the size is stopped on the real inflated bytes", async () => {
    const zip = makeZip([
      { name: "xl/workbook.xml", data: Buffer.from("<workbook/>") },
      { name: "xl/worksheets/sheet1.xml", data: Buffer.alloc(3 * 1024 * 1024), deflate: true, declaredSize: 10 },
    ]);
    const err = await readPackage(zip, { fileName: "bom.xlsx", limits: { maxTotalUncompressed: 1024 * 1024 } }).catch(
      (e: unknown) => e,
    );
    expect(err).toMatchObject({ code: "too-large", detail: { detail: "inflated" } });
    expect((err as Error).message).toContain("lebih dari 1 MB");
  });

  test("filled cells over the limit → too-many-cells, naming the sheet", async () => {
    expect(MAX_CELLS).toBe(OLD_MAX_CELLS);
    const bytes = await patchedWorkbook(strayXfd(300));
    await expect(readPackage(bytes, { maxCells: 10_000 })).resolves.toBeDefined();
    const err = await readPackage(bytes, { fileName: "x.xlsx", maxCells: 300 }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "too-many-cells" });
    expect((err as Error).message).toContain('lembar "Renaksi 2024"');
    expect((err as Error).message).toContain("batasnya 300");
  });

  test("a malformed worksheet part → corrupt-xlsx; vetting errors unchanged", async () => {
    const bad = pkg({
      sheets: [{ name: "S", xml: '<sheetData><row r="1"><c r="A1" t="s"><v>7</v></c></row></sheetData>' }],
      sst: [],
    });
    await expect(readPackage(bad)).rejects.toMatchObject({ code: "corrupt-xlsx" });
    await expect(oldGrids(bad)).rejects.toMatchObject({ code: "corrupt-xlsx" });
    const oddSst = pkg({ sheets: [{ name: "S", xml: "<sheetData/>" }], sst: ["<si><t>a</t></si>", "<extLst/>"] });
    await expect(readPackage(oddSst)).rejects.toMatchObject({ code: "corrupt-xlsx" });
    await expect(oldGrids(oddSst)).rejects.toMatchObject({ code: "corrupt-xlsx" });
    const noRowNumber = pkg({
      sheets: [{ name: "S", xml: '<sheetData><row><c r="A1"><v>1</v></c></row></sheetData>' }],
    });
    await expect(readPackage(noRowNumber)).rejects.toMatchObject({ code: "corrupt-xlsx" });
    await expect(oldGrids(noRowNumber)).rejects.toMatchObject({ code: "corrupt-xlsx" });
    const rowZero = pkg({
      sheets: [
        {
          name: "S",
          xml: '<sheetData><row r="0"><c r="A1"><v>1</v></c></row><row r="2"><c r="B2"><v>2</v></c></row></sheetData>',
        },
      ],
    });
    expect(only(await expectSame(rowZero), "S")).toMatchObject({ top: 2, left: 2, cells: [[{ value: 2 }]] });
    const broken = pkg({
      sheets: [{ name: "S", xml: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' }],
    });
    await expect(readPackage(broken.subarray(0, broken.length - 30))).rejects.toMatchObject({ code: "corrupt-zip" });
    await expect(readPackage(new Uint8Array(0))).rejects.toMatchObject({ code: "empty-file" });
    await expect(readPackage(Buffer.from("a;b\n1;2\n"))).rejects.toMatchObject({ code: "csv-or-text" });
  });
});

describe("an ExcelJS-written workbook with every kind of cell", () => {
  test("rich text, hyperlinks, dates, formulas (shared, array, date results), errors, merges, hidden parts", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = false;
    const ws = wb.addWorksheet("Semua");
    ws.getCell("A1").value = { richText: [{ text: "Ka", font: { bold: true } }, { text: "ya" }] };
    ws.getCell("B1").value = { text: "tautan", hyperlink: "https://example.org/" };
    ws.getCell("C1").value = { text: "12", hyperlink: "https://example.org/x" };
    ws.getCell("D1").value = new Date(Date.UTC(2024, 5, 30));
    ws.getCell("E1").value = new Date(Date.UTC(2024, 5, 30, 8, 15));
    ws.getCell("F1").value = { formula: "D1+1", result: new Date(Date.UTC(2024, 6, 1)) } as never;
    ws.getCell("F1").numFmt = "dd/mm/yyyy";
    ws.getCell("A2").value = 1;
    ws.getCell("B2").value = 2;
    ws.getCell("C2").value = { formula: "A2+B2", result: 3, shareType: "shared", ref: "C2:C4" } as never;
    ws.getCell("C3").value = { sharedFormula: "C2", result: 0 } as never;
    ws.getCell("C4").value = { sharedFormula: "C2", result: 7 } as never;
    ws.getCell("D2").value = { formula: "1/0", result: { error: "#DIV/0!" } } as never;
    ws.getCell("E2").value = { error: "#N/A" } as never;
    ws.getCell("F2").value = true;
    ws.getCell("A3").value = "gabung";
    ws.mergeCells("A3:B4");
    ws.getCell("A5").value = "menjorok";
    ws.getCell("A5").alignment = { indent: 3 };
    ws.getCell("B5").value = 0.25;
    ws.getCell("B5").numFmt = "0.00%";
    ws.getCell("C5").value = "tebal";
    ws.getCell("C5").font = { bold: true };
    ws.getRow(4).hidden = true;
    ws.getColumn(5).hidden = true;
    ws.getCell("D6").style = { numFmt: "#,##0" }; // style only
    const hidden = wb.addWorksheet("Tersembunyi", { state: "veryHidden" });
    hidden.getCell("B2").value = "x";
    wb.definedNames.add("'Semua'!$A$1:$F$6", "_capaian_output_1");
    const grids = await expectSame(await toBuffer(wb));
    const g = only(grids, "Semua");
    expect(g.cells[0][0]).toEqual({ value: "Kaya" });
    expect(g.cells[0][1]).toEqual({ value: "tautan" });
    expect(g.cells[0][3].value).toBe("2024-06-30");
    expect(g.cells[0][4].value).toBe("2024-06-30T08:15:00");
    expect(g.cells[0][5]).toMatchObject({ value: "2024-07-01", formula: "=D1+1" });
    expect(g.cells[3][2]).toEqual({ value: 7, formula: "=A4+B4" });
    expect(g.hiddenRows).toEqual([4]);
    expect(g.hiddenColumns).toEqual([5]);
    expect(only(grids, "Tersembunyi").hidden).toBe(true);
  });

  test("cells without r, a row listed twice, styled empty cells and an empty shared-string item", async () => {
    const xml =
      '<sheetData><row r="1"><c r="B1"><v>1</v></c><c><v>2</v></c><c s="1"/><c><v>4</v></c></row>' +
      '<row r="2"><c r="A2"><v>9</v></c></row><row r="2"><c r="B2"><v>8</v></c></row>' +
      '<row r="3"><c r="A3" t="s"><v>0</v></c><c r="B3" t="s"><v>1</v></c></row></sheetData>';
    const g = only(
      await expectSame(pkg({ sheets: [{ name: "S", xml }], sst: ["<si/>", "<si><t/></si>"], styles: STYLES })),
      "S",
    );
    // Row 1: B1, then C1 and E1 by position (the styled empty D1 counts as a position).
    expect(Object.keys(g.cells[0])).toEqual(["1", "2", "4"]);
    expect([g.cells[0][1], g.cells[0][2], g.cells[0][4]]).toEqual([{ value: 1 }, { value: 2 }, { value: 4 }]);
    expect(g.cells[1]).toEqual([undefined, { value: 8 }]); // the second row 2 replaces the first
    expect(g.cells[2]).toEqual([{ value: "[object Object]" }, { value: "" }]); // as the old path read them
  });
});

test("the reader is browser-safe: its files import only each other, the domain's types, ../ helpers and fflate", async () => {
  const dir = path.join(__dirname, "../../src/xlsx/pkg");
  for (const f of await fs.readdir(dir)) {
    const src = await fs.readFile(path.join(dir, f), "utf8");
    for (const m of src.matchAll(/from "([^"]+)"/g))
      expect([f, m[1]]).toEqual([f, expect.stringMatching(/^(\.|fflate$)/)]);
    expect(src).not.toMatch(/from "(exceljs|jszip)"|require\(|import\(/);
  }
});

describe("random sheets written by ExcelJS (seeded): the same grids", () => {
  const { prng } = jest.requireActual<typeof import("../../src/sample/generate-layout-a")>(
    "../../src/sample/generate-layout-a",
  );
  test.each([1, 2, 3, 4, 5, 6, 7, 8])("seed %i", async (seed) => {
    const ExcelJS = (await import("exceljs")).default;
    const rnd = prng(seed);
    const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)];
    const wb = new ExcelJS.Workbook();
    if (seed % 3 === 0) wb.properties.date1904 = true;
    for (let s = 0; s < 2; s++) {
      const ws = wb.addWorksheet(`Lembar ${seed}-${s}`, s === 1 && seed % 2 ? { state: "hidden" } : {});
      const used = new Set<string>();
      for (let i = 0; i < 120; i++) {
        const r = 1 + Math.floor(rnd() * 30);
        const c = 1 + Math.floor(rnd() * 12);
        used.add(`${r}:${c}`);
        const cell = ws.getCell(r, c);
        const kind = Math.floor(rnd() * 10);
        if (kind === 0) cell.value = Math.round(rnd() * 1e6) / 100;
        else if (kind === 1) cell.value = pick(["teks", " spasi ", "a & b < c", "baris\nbaru", "", "=bukan rumus"]);
        else if (kind === 2) cell.value = rnd() < 0.5;
        else if (kind === 3)
          cell.value = new Date(
            Date.UTC(2020 + Math.floor(rnd() * 5), Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28)),
          );
        else if (kind === 4) cell.value = { formula: `SUM(A1:B${r})`, result: Math.floor(rnd() * 100) } as never;
        else if (kind === 5) cell.value = { formula: "A1*2", result: 0 } as never;
        else if (kind === 6) cell.value = { richText: [{ text: "R" }, { text: "ich", font: { italic: true } }] };
        else if (kind === 7) cell.value = { error: pick(["#REF!", "#N/A", "#DIV/0!"]) } as never;
        else if (kind === 8) cell.value = Math.floor(rnd() * 1000);
        if (rnd() < 0.3) cell.numFmt = pick(["#,##0", "0.00%", "dd/mm/yyyy", "General", "@", '"Rp" #,##0']);
        if (rnd() < 0.2) cell.font = { bold: rnd() < 0.7 };
        if (rnd() < 0.15) cell.alignment = { indent: 1 + Math.floor(rnd() * 3) };
      }
      for (let m = 0; m < 3; m++) {
        const top = 32 + m * 3;
        const left = 1 + Math.floor(rnd() * 8);
        if (rnd() < 0.7) ws.getCell(top, left).value = `gabung ${m}`;
        ws.mergeCells(top, left, top + 1, left + 1 + Math.floor(rnd() * 2));
      }
      for (let r = 1; r <= 36; r++) if (rnd() < 0.1) ws.getRow(r).hidden = true;
      for (let c = 1; c <= 14; c++) if (rnd() < 0.1) ws.getColumn(c).hidden = true;
    }
    await expectSame(await toBuffer(wb));
  });
});

test("the grid is compact: one plain object per stored cell, primitive fields only", async () => {
  const { grids } = await readPackage(await fs.readFile(SAMPLE));
  const allowed = new Set(["value", "formula", "numberFormat", "error", "bold", "indent"]);
  let n = 0;
  for (const g of grids)
    for (const row of g.cells)
      for (const k in row) {
        const cell = row[Number(k)];
        n++;
        expect(Object.getPrototypeOf(cell)).toBe(Object.prototype);
        for (const [key, v] of Object.entries(cell)) {
          expect(allowed.has(key)).toBe(true);
          expect(v === null || ["string", "number", "boolean"].includes(typeof v)).toBe(true);
        }
      }
  expect(n).toBeGreaterThan(100);
});

test("hyperlinks: the cell's value as text (a date's, a formula's result, an empty cell's), formula dropped", async () => {
  const refs = ["A1", "B1", "C1", "D1", "E1", "F1"];
  const xml =
    '<sheetData><row r="1"><c r="A1" s="1"><v>45473</v></c><c r="B1"><f>1+1</f><v>2</v></c><c r="C1" s="2"/>' +
    '<c r="D1"/><c r="E1" t="b"><v>1</v></c><c r="F1" t="e"><v>#REF!</v></c><c r="G1"><v>5</v></c></row></sheetData>' +
    `<hyperlinks>${refs.map((r) => `<hyperlink ref="${r}" r:id="rId1"/>`).join("")}</hyperlinks>`;
  const rels =
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/" TargetMode="External"/></Relationships>';
  const bytes = pkg({
    sheets: [{ name: "S", xml }],
    styles: STYLES,
    extra: [{ name: "xl/worksheets/_rels/sheet1.xml.rels", data: Buffer.from(rels) }],
  });
  const g = only(await expectSame(bytes), "S");
  expect(g.cells[0][0]).toEqual({ value: String(new Date(Date.UTC(2024, 5, 30))), numberFormat: "dd/mm/yyyy" });
  expect(g.cells[0][1]).toEqual({ value: "2" });
  expect(g.cells[0][2]).toEqual({ value: "", numberFormat: '#,##0 "Rp"', bold: true });
  expect(g.cells[0][3]).toEqual({ value: "" });
  expect(g.cells[0][4]).toEqual({ value: "true" });
  expect(g.cells[0][5]).toEqual({ value: "[object Object]" });
  expect(g.cells[0][6]).toEqual({ value: 5 });
});
