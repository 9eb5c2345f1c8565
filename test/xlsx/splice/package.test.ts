/** The spliced package: user's parts untouched, re-runs replace exactly the previous output. */
import * as fs from "node:fs";
import * as path from "node:path";
import { strToU8, zipSync } from "fflate";
import JSZip from "jszip";
import type { SheetSpec } from "../../../src/domain/types";
import { hitungCapaian } from "../../../src/domain/engine";
import { loadWorkbookBytes, readGrids } from "../../../src/xlsx";
import { outputSheetNames } from "../../../src/xlsx/marker";
import { replaceOutputSheets } from "../../../src/xlsx/write-sheets";
import { serializeWorkbook } from "../../../src/xlsx/save";
import { readCentralDirectory } from "../../../src/xlsx/zip";
import { writeOutputPackage } from "../../../src/xlsx/splice/write-package";
import { zipEntryText } from "../helpers";
import { entryNames, loadBytes, sheetPartOf } from "./compare";

const SAMPLE = new Uint8Array(fs.readFileSync(path.resolve(__dirname, "../../../samples/contoh-dinas-2024.xlsx")));
const EDITED = new Set(["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"]);

/** Name → [crc, compressed bytes] of each entry. */
function rawEntries(bytes: Uint8Array): Map<string, { crc: number; data: Buffer }> {
  const buf = Buffer.from(bytes);
  const out = new Map<string, { crc: number; data: Buffer }>();
  for (const e of readCentralDirectory(buf)) {
    const start = e.localOffset + 30 + buf.readUInt16LE(e.localOffset + 26) + buf.readUInt16LE(e.localOffset + 28);
    out.set(e.name, {
      crc: buf.readUInt32LE(e.centralOffset + 16),
      data: buf.subarray(start, start + e.compressedSize),
    });
  }
  return out;
}

/** One run as the CLI will do it: the engine on the input, the trusted markers removed, ours written. */
async function run(input: Uint8Array) {
  const wb = await loadWorkbookBytes(input);
  const result = hitungCapaian(readGrids(wb), { quarter: 2 });
  const removed = outputSheetNames(wb);
  const out = await writeOutputPackage(input, result.sheets, { removeSheets: removed });
  return { ...out, removed, specs: result.sheets };
}

describe("splice writer on the sample", () => {
  let first: Awaited<ReturnType<typeof run>>;
  beforeAll(async () => {
    first = await run(SAMPLE);
  });

  test("every part of the input but the four package lists is copied byte for byte", () => {
    const before = rawEntries(SAMPLE);
    const after = rawEntries(first.bytes);
    let copied = 0;
    for (const [name, e] of before) {
      if (EDITED.has(name) || name.endsWith("/")) continue; // folder entries are not written
      const o = after.get(name);
      expect(o).toBeDefined();
      expect(o!.crc).toBe(e.crc);
      expect(Buffer.compare(o!.data, e.data)).toBe(0);
      copied++;
    }
    // The sample: 2 user sheets, theme, sharedStrings, docProps ×2, root rels … (at least the sheets).
    expect(copied).toBeGreaterThanOrEqual(4);
    expect(first.removed).toEqual([]);
  });

  test("every entry's CRC and sizes are right (JSZip checks them while inflating)", async () => {
    const zip = await JSZip.loadAsync(first.bytes, { checkCRC32: true });
    let total = 0;
    for (const f of Object.values(zip.files)) if (!f.dir) total += (await f.async("uint8array")).length;
    expect(total).toBeGreaterThan(10_000);
    const broken = Buffer.from(first.bytes);
    const sheet = readCentralDirectory(broken).find((e) => e.name === sheetPartOf(first.bytes, "Capaian"))!;
    broken.writeUInt32LE(broken.readUInt32LE(sheet.centralOffset + 16) ^ 1, sheet.centralOffset + 16);
    broken.writeUInt32LE(broken.readUInt32LE(sheet.localOffset + 14) ^ 1, sheet.localOffset + 14);
    await expect(JSZip.loadAsync(broken, { checkCRC32: true })).rejects.toThrow(/crc32/i);
  });

  test("a re-run on its own output removes exactly the previous output: same names, same parts, same styles", async () => {
    const second = await run(first.bytes);
    expect(second.removed.sort()).toEqual(first.written.map((w) => w.sheetName).sort());
    expect(second.written.map((w) => w.sheetName)).toEqual(first.written.map((w) => w.sheetName));
    expect(second.written.some((w) => / \(\d+\)$/.test(w.sheetName))).toBe(false);
    expect(entryNames(second.bytes).sort()).toEqual(entryNames(first.bytes).sort());
    expect(zipEntryText(Buffer.from(second.bytes), "xl/styles.xml")).toBe(
      zipEntryText(Buffer.from(first.bytes), "xl/styles.xml"),
    );
    const names = (x: Uint8Array) =>
      [...zipEntryText(Buffer.from(x), "xl/workbook.xml").matchAll(/<definedName\b[\s\S]*?<\/definedName>/g)].map(
        (m) => m[0],
      );
    expect(names(second.bytes)).toEqual(names(first.bytes));
    const wb = await loadBytes(second.bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual((await loadBytes(first.bytes)).worksheets.map((w) => w.name));
  });

  test("a re-run on the ExcelJS writer's output removes its sheets, drawing and chart", async () => {
    const wb = await loadWorkbookBytes(SAMPLE);
    const written = replaceOutputSheets(wb, hitungCapaian(readGrids(wb), { quarter: 2 }).sheets);
    const old = await serializeWorkbook(
      wb,
      written.flatMap((w) => (w.chart ? [w.chart] : [])),
    );
    const next = await run(old);
    expect(next.removed.sort()).toEqual(written.map((w) => w.sheetName).sort());
    expect(next.written.map((w) => w.sheetName)).toEqual(written.map((w) => w.sheetName));
    const names = entryNames(next.bytes);
    expect(names.filter((n) => n.startsWith("xl/charts/"))).toEqual(["xl/charts/chart1.xml"]);
    expect(names.filter((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n))).toEqual(["xl/drawings/drawing1.xml"]);
    expect(names).not.toContain("xl/calcChain.xml");
    const types = zipEntryText(Buffer.from(next.bytes), "[Content_Types].xml");
    // One override per sheet part that exists.
    const sheetOverrides = [...types.matchAll(/PartName="\/(xl\/worksheets\/[^"]+)"/g)].map((m) => m[1]).sort();
    expect(sheetOverrides).toEqual(names.filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n)).sort());
    const back = await loadBytes(next.bytes);
    expect(back.worksheets.length).toBe(2 + written.length);
  });
});

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A hand-made package: one sheet with an inline string, no styles part, no shared strings. */
function minimalPackage(
  extra: Record<string, Uint8Array> = {},
  edit: (name: string, xml: string) => string = (_n, x) => x,
): Uint8Array {
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
        `<Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
        `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    ),
    "_rels/.rels": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    "xl/workbook.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
    "xl/worksheets/sheet1.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>sumber</t></is></c></row></sheetData></worksheet>`,
    ),
  };
  for (const [name, data] of Object.entries(files)) files[name] = strToU8(edit(name, new TextDecoder().decode(data)));
  return zipSync({ ...files, ...extra });
}

const SPEC: SheetSpec = {
  name: "Capaian",
  title: ["JUDUL"],
  columns: [
    { header: "Kode", width: 10 },
    { header: "Nama", width: 40 },
    { header: "Nilai", width: 12, numberFormat: "0.00" },
  ],
  rows: [
    { cells: ["1", "=1+1", 12.5], style: "program" },
    { cells: ["2", 'a\u0001b\uFFFEc <&> "kutip"', 3], style: "subactivity" },
    { cells: ["3", "x".repeat(40000), null] },
  ],
  headerRows: 1,
  freezeRows: 2,
  print: { landscape: false, fitToWidth: false, repeatHeader: false },
};

describe("splice writer on a package without styles or shared strings", () => {
  test("gets a styles part; text stays text (no formula), forbidden characters removed, long text capped", async () => {
    const input = minimalPackage();
    const { bytes, written } = await writeOutputPackage(input, [SPEC], { removeSheets: [] });
    expect(written.map((w) => [w.sheetName, w.tableTop, w.firstRow])).toEqual([["Capaian", 2, 3]]);
    const buf = Buffer.from(bytes);
    expect(entryNames(bytes)).toContain("xl/styles.xml");
    expect(zipEntryText(buf, "xl/_rels/workbook.xml.rels")).toContain(`Type="${REL}/styles" Target="styles.xml"`);
    expect(zipEntryText(buf, "[Content_Types].xml")).toContain(`PartName="/xl/styles.xml"`);
    const part = sheetPartOf(bytes, "Capaian");
    expect(part).toBe("xl/worksheets/sheet2.xml");
    const xml = zipEntryText(buf, part);
    expect(xml).not.toContain("<f>");
    expect(xml).toContain(`<c r="B3" s="`);
    expect(xml).toContain(`t="inlineStr"><is><t>=1+1</t></is>`);
    const wb = await loadBytes(bytes);
    const ws = wb.getWorksheet("Capaian")!;
    expect(ws.getCell("B3").value).toBe("=1+1");
    expect(ws.getCell("B3").formula).toBeUndefined();
    expect(ws.getCell("B4").value).toBe('abc <&> "kutip"');
    expect(String(ws.getCell("B5").value).length).toBe(32767);
    expect(ws.getCell("C3").numFmt).toBe("0.00");
    expect(ws.getCell("C3").font?.bold).toBe(true);
    expect(wb.getWorksheet("Data")!.getCell("A1").value).toBe("sumber");
    // The marker spans A1 to the last row (B5) and column (C3, C4) with a value.
    const names = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
    expect(names.find((d) => d.name === "_capaian_output_1")?.ranges).toEqual(["Capaian!$A$1:$C$5"]);
  });

  test('a user\'s sheet with our name is kept (not in removeSheets): ours becomes "Capaian (2)"', async () => {
    const input = minimalPackage();
    const first = await writeOutputPackage(input, [SPEC], { removeSheets: [] });
    const second = await writeOutputPackage(first.bytes, [SPEC], { removeSheets: [] });
    expect(second.written.map((w) => w.sheetName)).toEqual(["Capaian (2)"]);
    const wb = await loadBytes(second.bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Data", "Capaian", "Capaian (2)"]);
    const names = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
    expect(names.map((d) => [d.name, d.ranges[0]]).sort()).toEqual([
      ["_capaian_output_1", "Capaian!$A$1:$C$5"],
      ["_capaian_output_2", "'Capaian (2)'!$A$1:$C$5"],
    ]);
  });

  test("a macro workbook becomes a plain .xlsx: no VBA project, the workbook content type", async () => {
    const input = minimalPackage({ "xl/vbaProject.bin": new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]) }, (name, xml) =>
      name === "[Content_Types].xml"
        ? xml
            .replace(
              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
              "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
            )
            .replace(
              "</Types>",
              `<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>`,
            )
        : name === "xl/_rels/workbook.xml.rels"
          ? xml.replace(
              "</Relationships>",
              `<Relationship Id="rId2" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>`,
            )
          : xml,
    );
    expect(zipEntryText(Buffer.from(input), "[Content_Types].xml")).toContain(
      `PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"`,
    );
    const { bytes } = await writeOutputPackage(input, [SPEC], { removeSheets: [] });
    const buf = Buffer.from(bytes);
    expect(entryNames(bytes)).not.toContain("xl/vbaProject.bin");
    expect(zipEntryText(buf, "xl/_rels/workbook.xml.rels")).not.toContain("vbaProject");
    expect(zipEntryText(buf, "[Content_Types].xml")).toContain(
      `PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"`,
    );
    expect((await loadBytes(bytes)).worksheets.map((w) => w.name)).toEqual(["Data", "Capaian"]);
  });
});
