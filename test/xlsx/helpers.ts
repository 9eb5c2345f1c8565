import * as zlib from "zlib";
import ExcelJS from "exceljs";
import { readCentralDirectory } from "../../src/xlsx/zip";

/** Serialises and re-reads a workbook (the real .xlsx reader path). */
export async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const buf = (await wb.xlsx.writeBuffer()) as unknown as Buffer;
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(buf as unknown as ExcelJS.Buffer);
  return back;
}

export async function toBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from((await wb.xlsx.writeBuffer()) as unknown as ArrayBuffer);
}

/** Text of one zip entry (stored or deflated). */
export function zipEntryText(zip: Buffer, name: string): string {
  const e = readCentralDirectory(zip).find((x) => x.name === name);
  if (!e) throw new Error(`no entry ${name}`);
  const nameLen = zip.readUInt16LE(e.localOffset + 26);
  const extraLen = zip.readUInt16LE(e.localOffset + 28);
  const start = e.localOffset + 30 + nameLen + extraLen;
  const data = zip.subarray(start, start + e.compressedSize);
  return (e.method === 8 ? zlib.inflateRawSync(data) : data).toString("utf8");
}
