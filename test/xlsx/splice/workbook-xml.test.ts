/** Removing sheets from workbook.xml: local names follow their sheet, markers of removed sheets go. */
import { editWorkbookXml, listDefinedNames, listSheets } from "../../../src/xlsx/splice/workbook-xml";

const WB =
  `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
  `<bookViews><workbookView activeTab="2"/></bookViews>` +
  `<sheets><sheet name="Renaksi" sheetId="1" r:id="rId1"/><sheet name="Capaian" sheetId="4" r:id="rId2"/><sheet name="IKU" sheetId="3" r:id="rId3"/></sheets>` +
  `<definedNames>` +
  `<definedName name="_xlnm.Print_Titles" localSheetId="0">Renaksi!$1:$2</definedName>` +
  `<definedName name="_xlnm.Print_Titles" localSheetId="1">'Capaian'!$2:$2</definedName>` +
  `<definedName name="_xlnm._FilterDatabase" localSheetId="2" hidden="1">IKU!$A$1:$C$9</definedName>` +
  `<definedName name="_capaian_output_1">'Capaian'!$A$1:$H$40</definedName>` +
  `<definedName name="_capaian_output_2">IKU!$A$1</definedName>` +
  `<definedName name="Pagu">Renaksi!$P$5</definedName>` +
  `<definedName name="Lama">Capaian!$B$3</definedName>` +
  `</definedNames><calcPr calcId="191029"/></workbook>`;

describe("editWorkbookXml", () => {
  const { xml, markers } = editWorkbookXml(WB, new Set(["capaian"]), [
    { name: "Capaian", rid: "rId9", printTitles: "$3:$3", extentEnd: "$J$25" },
  ]);

  test("the middle sheet is removed, ours appended with the next sheetId", () => {
    expect(listSheets(xml).map((s) => [s.name, s.sheetId, s.rid])).toEqual([
      ["Renaksi", 1, "rId1"],
      ["IKU", 3, "rId3"],
      ["Capaian", 5, "rId9"],
    ]);
  });

  test("local names renumbered (2 → 1), the removed sheet's gone, ours local to position 2", () => {
    const names = listDefinedNames(xml).map((d) => [d.name, d.localSheetId, d.value]);
    expect(names).toEqual([
      ["_xlnm.Print_Titles", 0, "Renaksi!$1:$2"],
      ["_xlnm._FilterDatabase", 1, "IKU!$A$1:$C$9"],
      // A marker on a user's sheet (not trusted by the caller) stays, and its number is taken.
      ["_capaian_output_2", undefined, "IKU!$A$1"],
      ["Pagu", undefined, "Renaksi!$P$5"],
      // A user's name on our previous sheet: kept, since "Capaian" is written again.
      ["Lama", undefined, "Capaian!$B$3"],
      ["_capaian_output_1", undefined, "'Capaian'!$A$1:$J$25"],
      ["_xlnm.Print_Titles", 2, "'Capaian'!$3:$3"],
    ]);
    expect(markers).toEqual(["_capaian_output_1"]);
    expect(xml).toContain(`hidden="1"`);
  });

  test("a name on a removed sheet that is not written again goes", () => {
    const other = editWorkbookXml(WB, new Set(["capaian"]), [{ name: "Predikat", rid: "rId9", extentEnd: "$B$2" }]);
    expect(listDefinedNames(other.xml).map((d) => d.name)).not.toContain("Lama");
  });

  test("the active tab follows its sheet; the rest of the part stays", () => {
    expect(xml).toContain(`<workbookView activeTab="1"/>`);
    expect(xml).toContain(`<calcPr calcId="191029"/>`);
  });

  test("a workbook without defined names gets them after its external references (schema order)", () => {
    const plain =
      `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
      `<sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets><externalReferences><externalReference r:id="rId7"/></externalReferences><calcPr/></workbook>`;
    const out = editWorkbookXml(plain, new Set(), [{ name: "Capaian", rid: "rId9", extentEnd: "$B$3" }]).xml;
    expect(out).toContain(
      `</externalReferences><definedNames><definedName name="_capaian_output_1">'Capaian'!$A$1:$B$3</definedName></definedNames><calcPr/>`,
    );
  });
});
