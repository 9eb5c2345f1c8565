/**
 * Hostile workbooks built in code (nothing binary committed): a valid small layout-A workbook whose
 * sheet XML is edited with JSZip to hold what careless or hostile files hold — stray cells in
 * column XFD, merges over whole columns or the whole sheet, validations over the whole sheet.
 */
import JSZip from "jszip";
import { layoutAWorkbook, type LayoutAOptions } from "../../src/sample/generate-layout-a";

export const SMALL_A: LayoutAOptions = { subactivities: 8, seed: 11, codes: "nomenclature" };

export async function patchedWorkbook(
  edit: (sheetXml: string) => string,
  opts: LayoutAOptions = SMALL_A,
): Promise<Buffer> {
  const wb = layoutAWorkbook(opts);
  const zip = await JSZip.loadAsync(Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  const path = "xl/worksheets/sheet1.xml";
  zip.file(path, edit(await zip.file(path)!.async("string")));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** `rows` extra rows below the table, each with one value in column XFD. */
export function strayXfd(rows: number, from = 100): (xml: string) => string {
  return (xml) => {
    const parts: string[] = [];
    for (let r = from; r < from + rows; r++) parts.push(`<row r="${r}"><c r="XFD${r}"><v>1</v></c></row>`);
    return xml.replace("</sheetData>", parts.join("") + "</sheetData>");
  };
}

/** Replaces the sheet's merges by one merge over the whole sheet. */
export const mergeWholeSheet = (xml: string) =>
  xml.replace(/<mergeCells[^]*?<\/mergeCells>/, '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>');

/** Adds a merge over three whole columns (S:U) whose master S1 holds a note. */
export const mergeThreeColumns = (xml: string) =>
  xml
    .replace(
      /<mergeCells count="(\d+)">/,
      (_, n: string) => `<mergeCells count="${Number(n) + 1}"><mergeCell ref="S1:U1048576"/>`,
    )
    // S1 after the last cell of row 1 (the table's cells end at R).
    .replace(/(<row r="1"[^>]*>[^]*?)(<\/row>)/, '$1<c r="S1" t="inlineStr"><is><t>catatan</t></is></c>$2');

export const VALIDATION_WHOLE_SHEET =
  '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="A1:XFD1048576"><formula1>"a,b"</formula1></dataValidation></dataValidations>';

/** Adds a list validation over the whole sheet (after the merges, as Excel orders them). */
export const validationWholeSheet = (xml: string) =>
  xml.replace("</mergeCells>", "</mergeCells>" + VALIDATION_WHOLE_SHEET);
