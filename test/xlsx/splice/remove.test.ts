/** Removing a previous output sheet takes exactly what only it used, and calcChain. */
import { strToU8, zipSync } from "fflate";
import type { SheetSpec } from "../../../src/domain/types";
import { writeOutputPackage } from "../../../src/xlsx/splice/write-package";
import { zipEntryText } from "../helpers";
import { entryNames, loadBytes } from "./compare";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument";

const rels = (list: [string, string, string][]) =>
  `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}">` +
  list.map(([id, type, target]) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`).join("") +
  `</Relationships>`;
const sheet = (inner = "") =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>${inner}</worksheet>`;
const drawing = `<?xml version="1.0" encoding="UTF-8"?><xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"/>`;

/** Sheets: Data (user's, with drawing2), Lama (previous output: drawing1 → chart1, printer settings), Catatan (user's). */
function input(): Uint8Array {
  return zipSync({
    "[Content_Types].xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
        `<Default Extension="bin" ContentType="${CT}.spreadsheetml.printerSettings"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="${CT}.spreadsheetml.sheet.main+xml"/>` +
        [1, 2, 3]
          .map(
            (n) =>
              `<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="${CT}.spreadsheetml.worksheet+xml"/>`,
          )
          .join("") +
        `<Override PartName="/xl/drawings/drawing1.xml" ContentType="${CT}.drawing+xml"/><Override PartName="/xl/drawings/drawing2.xml" ContentType="${CT}.drawing+xml"/>` +
        `<Override PartName="/xl/charts/chart1.xml" ContentType="${CT}.drawingml.chart+xml"/>` +
        `<Override PartName="/xl/calcChain.xml" ContentType="${CT}.spreadsheetml.calcChain+xml"/></Types>`,
    ),
    "_rels/.rels": strToU8(rels([["rId1", "officeDocument", "xl/workbook.xml"]])),
    "xl/workbook.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>` +
        `<sheet name="Data" sheetId="1" r:id="rId1"/><sheet name="Lama" sheetId="2" r:id="rId2"/><sheet name="Catatan" sheetId="3" r:id="rId3"/></sheets>` +
        `<definedNames><definedName name="_capaian_output_1">Lama!$A$1</definedName><definedName name="Catatan_Area" localSheetId="2">Catatan!$A$1</definedName></definedNames></workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      rels([
        ["rId1", "worksheet", "worksheets/sheet1.xml"],
        ["rId2", "worksheet", "worksheets/sheet2.xml"],
        ["rId3", "worksheet", "/xl/worksheets/sheet3.xml"],
        ["rId4", "calcChain", "calcChain.xml"],
      ]),
    ),
    "xl/worksheets/sheet1.xml": strToU8(sheet(`<drawing r:id="rId1"/>`)),
    "xl/worksheets/_rels/sheet1.xml.rels": strToU8(rels([["rId1", "drawing", "../drawings/drawing2.xml"]])),
    "xl/worksheets/sheet2.xml": strToU8(sheet(`<pageSetup r:id="rId2"/><drawing r:id="rId1"/>`)),
    "xl/worksheets/_rels/sheet2.xml.rels": strToU8(
      rels([
        ["rId1", "drawing", "../drawings/drawing1.xml"],
        ["rId2", "printerSettings", "../printerSettings/printerSettings1.bin"],
      ]),
    ),
    "xl/worksheets/sheet3.xml": strToU8(sheet()),
    "xl/drawings/drawing1.xml": strToU8(drawing),
    "xl/drawings/_rels/drawing1.xml.rels": strToU8(rels([["rId1", "chart", "../charts/chart1.xml"]])),
    "xl/drawings/drawing2.xml": strToU8(drawing),
    "xl/charts/chart1.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>`,
    ),
    "xl/printerSettings/printerSettings1.bin": new Uint8Array([1, 2, 3]),
    "xl/calcChain.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><calcChain xmlns="${MAIN}"><c r="A1" i="2"/></calcChain>`,
    ),
  });
}

const SPEC: SheetSpec = {
  name: "Capaian",
  columns: [{ header: "A", width: 5 }],
  headerRows: 1,
  rows: [{ cells: [1] }],
  freezeRows: 0,
  print: { landscape: false, fitToWidth: false, repeatHeader: false },
};

describe("removing the previous output sheet", () => {
  test("its part, rels, drawing, chart, printer settings and calcChain go; the user's drawing stays", async () => {
    const { bytes } = await writeOutputPackage(input(), [SPEC], { removeSheets: ["Lama"] });
    const names = entryNames(bytes);
    // Ours takes the freed part name sheet2.xml (with no rels: it has no chart).
    for (const gone of [
      "xl/worksheets/_rels/sheet2.xml.rels",
      "xl/drawings/drawing1.xml",
      "xl/drawings/_rels/drawing1.xml.rels",
      "xl/charts/chart1.xml",
      "xl/printerSettings/printerSettings1.bin",
      "xl/calcChain.xml",
    ])
      expect(names).not.toContain(gone);
    for (const kept of [
      "xl/worksheets/sheet1.xml",
      "xl/worksheets/_rels/sheet1.xml.rels",
      "xl/drawings/drawing2.xml",
      "xl/worksheets/sheet3.xml",
    ])
      expect(names).toContain(kept);
    const buf = Buffer.from(bytes);
    const types = zipEntryText(buf, "[Content_Types].xml");
    expect(types).not.toContain("/xl/charts/chart1.xml");
    expect(types).not.toContain("/xl/drawings/drawing1.xml");
    expect(types).not.toContain("calcChain");
    expect(types).toContain("/xl/drawings/drawing2.xml");
    const wbRels = zipEntryText(buf, "xl/_rels/workbook.xml.rels");
    expect(wbRels).not.toContain("calcChain");
    expect(wbRels).not.toContain('Id="rId2"');
    expect(wbRels).toContain(`<Relationship Id="rId5" Type="${REL}/worksheet" Target="worksheets/sheet2.xml"/>`);
    const wb = zipEntryText(buf, "xl/workbook.xml");
    expect(wb).toContain(
      `<sheets><sheet name="Data" sheetId="1" r:id="rId1"/><sheet name="Catatan" sheetId="3" r:id="rId3"/><sheet name="Capaian" sheetId="4" r:id="rId5"/></sheets>`,
    );
    expect(wb).toContain(`<definedName name="Catatan_Area" localSheetId="1">Catatan!$A$1</definedName>`);
    expect(wb).toContain(`<definedName name="_capaian_output_1">'Capaian'!$A$1:$A$2</definedName>`);
    expect(wb).not.toContain("Lama");
    const back = await loadBytes(bytes);
    expect(back.worksheets.map((w) => w.name)).toEqual(["Data", "Catatan", "Capaian"]);
    expect(back.getWorksheet("Capaian")!.getCell("A2").value).toBe(1);
  });
});
