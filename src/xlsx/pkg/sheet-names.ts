/** A worksheet's name checked as ExcelJS 4.4's Worksheet name setter checks it on load. */
import { XmlError } from "./xml-scan";

export function checkSheetName(raw: string | undefined, id: number, taken: string[]): string {
  let name = raw === undefined ? `sheet${id}` : raw;
  if (name === "") throw new XmlError("nama lembar kosong");
  if (name === "History") throw new XmlError('nama lembar "History" dilindungi');
  if (/[*?:/\\[\]]/.test(name)) throw new XmlError(`nama lembar tidak sah: ${name}`);
  if (/(^')|('$)/.test(name)) throw new XmlError(`nama lembar tidak sah: ${name}`);
  if (name.length > 31) name = name.substring(0, 31);
  const lower = name.toLowerCase();
  if (taken.some((t) => t.toLowerCase() === lower)) throw new XmlError(`nama lembar ganda: ${name}`);
  return name;
}
