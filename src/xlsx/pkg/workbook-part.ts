/**
 * `xl/workbook.xml` and relationship parts, read as ExcelJS 4.4 reads them (sheet names decoded
 * twice, `date1904` only when "1", defined names split into ranges by its rules).
 */
import { XmlScanner, type Attrs } from "./xml-scan";
import { xmlDecode } from "./text";
import { columnNumber } from "../../domain/grid";

export interface SheetEntry {
  name: string | undefined;
  sheetId: number;
  state: string | undefined;
  rId: string | undefined;
}

export interface DefinedNameEntry {
  name: string;
  localSheetId?: number;
  /** The reference text split into ranges (ExcelJS's extractRanges). */
  ranges: string[];
  /** The raw text of the definition. */
  text: string;
}

export interface WorkbookPart {
  sheets: SheetEntry[];
  definedNames: DefinedNameEntry[];
  date1904: boolean;
}

export interface Relationship {
  id: string;
  type: string | undefined;
  target: string;
}

export function parseWorkbookXml(feed: (scanner: XmlScanner) => void): WorkbookPart {
  const out: WorkbookPart = { sheets: [], definedNames: [], date1904: false };
  let nameAttrs: Attrs | null = null;
  let nameText: string[] = [];
  const scanner = new XmlScanner({
    open(name, attrs) {
      if (nameAttrs) return;
      if (name === "sheet") {
        out.sheets.push({
          name: attrs.name === undefined ? undefined : xmlDecode(attrs.name),
          sheetId: parseInt(attrs.sheetId, 10),
          state: attrs.state,
          rId: attrs["r:id"],
        });
      } else if (name === "workbookPr") {
        out.date1904 = attrs.date1904 === "1";
      } else if (name === "definedName") {
        nameAttrs = attrs;
        nameText = [];
      }
    },
    text(t) {
      if (nameAttrs) nameText.push(t);
    },
    close(name) {
      if (name === "definedName" && nameAttrs) {
        const text = nameText.join("");
        const entry: DefinedNameEntry = { name: nameAttrs.name, ranges: extractRanges(text), text };
        if (nameAttrs.localSheetId !== undefined) entry.localSheetId = parseInt(nameAttrs.localSheetId, 10);
        out.definedNames.push(entry);
        nameAttrs = null;
      }
    },
  });
  feed(scanner);
  scanner.end();
  return out;
}

export function parseRelsXml(feed: (scanner: XmlScanner) => void): Relationship[] {
  const out: Relationship[] = [];
  const scanner = new XmlScanner({
    open(name, attrs) {
      if (name === "Relationship") out.push({ id: attrs.Id, type: attrs.Type, target: attrs.Target });
    },
    text() {},
    close() {},
  });
  feed(scanner);
  scanner.end();
  return out;
}

/** A sheet reference `'Sheet'!$A$1:$B$2` → sheet (quotes kept doubled, as ExcelJS keeps them) and the rest. */
export function splitSheetRef(value: string): { sheet?: string; ref: string } {
  const m = /^(?:(?:'((?:[^']|'')*)'|([^'^ !]*))!)?(.*)$/s.exec(value);
  if (!m) return { ref: value };
  const sheet = m[1] ?? m[2];
  return sheet ? { sheet, ref: m[3] } : { ref: m[3] };
}

const ADDRESS = /^\$?([A-Za-z]+)\$?(\d+)$/;

/** ExcelJS's colCache.decodeEx for a cell or range; null when it would throw. */
export function decodeRef(
  value: string,
): { sheet?: string; top: number; left: number; bottom: number; right: number } | null {
  const { sheet, ref } = splitSheetRef(value);
  const parts = ref.split(":");
  const a = ADDRESS.exec(parts[0]);
  const b = parts.length > 1 ? ADDRESS.exec(parts[1]) : a;
  if (!a || !b) return null;
  const col = columnNumber;
  const r1 = Number(a[2]);
  const r2 = Number(b[2]);
  const c1 = col(a[1]);
  const c2 = col(b[1]);
  return {
    ...(sheet !== undefined ? { sheet } : {}),
    top: Math.min(r1, r2),
    left: Math.min(c1, c2),
    bottom: Math.max(r1, r2),
    right: Math.max(c1, c2),
  };
}

function isValidRange(range: string): boolean {
  const { ref } = splitSheetRef(range);
  if (ref.startsWith("#")) return true;
  return decodeRef(range) !== null;
}

/** ExcelJS 4.4's extractRanges (defined-name-xform.js): commas inside quoted sheet names kept. */
export function extractRanges(text: string): string[] {
  const ranges: string[] = [];
  let quotesOpened = false;
  let last = "";
  for (const item of text.split(",")) {
    if (!item) continue;
    const quotes = (item.match(/'/g) || []).length;
    if (!quotes) {
      if (quotesOpened) last += `${item},`;
      else if (isValidRange(item)) ranges.push(item);
      continue;
    }
    const quotesEven = quotes % 2 === 0;
    if (!quotesOpened && quotesEven && isValidRange(item)) {
      ranges.push(item);
    } else if (quotesOpened && !quotesEven) {
      quotesOpened = false;
      if (isValidRange(last + item)) ranges.push(last + item);
      last = "";
    } else {
      quotesOpened = true;
      last += `${item},`;
    }
  }
  return ranges;
}
