/**
 * `xl/sharedStrings.xml` → the text of each item, as ExcelJS 4.4 reads it: a plain `<t>` (escapes
 * `_xHHHH_` decoded), or rich text runs `<r><t>` concatenated; phonetic runs (`<rPh>`) ignored; an
 * item without text is ExcelJS's empty object, which the old path turned into "[object Object]".
 */
import { XmlScanner } from "./xml-scan";
import { decodeEscapes } from "./text";

const EMPTY_ITEM = String({});

/** A copy of a string sliced out of a large chunk, so the cells that keep it do not keep the chunk. */
function own(s: string): string {
  return s.length > 12 ? (" " + s).slice(1) : s;
}

export function parseSharedStringsXml(feed: (scanner: XmlScanner) => void): string[] {
  const out: string[] = [];
  let inItem = false;
  let depthPhonetic = 0;
  let inRun = false;
  let inText = false;
  let text: string[] = [];
  let plain: string | undefined;
  let runs: string[] | undefined;
  const scanner = new XmlScanner({
    open(name) {
      if (!inItem) {
        if (name === "si") {
          inItem = true;
          plain = undefined;
          runs = undefined;
        } else if (name !== "sst") throw new Error(`elemen tak terduga di sharedStrings: ${name}`);
        return;
      }
      if (depthPhonetic) {
        if (name === "rPh") depthPhonetic++;
        return;
      }
      if (name === "rPh") depthPhonetic = 1;
      else if (name === "r" && !inRun) {
        inRun = true;
        (runs ??= []).push("");
      } else if (name === "t" && !inText) {
        inText = true;
        text = [];
      }
    },
    text(t) {
      if (inText && !depthPhonetic) text.push(t);
    },
    close(name) {
      if (!inItem) return;
      if (depthPhonetic) {
        if (name === "rPh") depthPhonetic--;
        return;
      }
      if (name === "t" && inText) {
        inText = false;
        const value = decodeEscapes(text.join(""));
        if (inRun && runs) runs[runs.length - 1] = value;
        else plain = value;
      } else if (name === "r" && inRun) {
        inRun = false;
      } else if (name === "si") {
        inItem = false;
        out.push(own(runs ? runs.join("") : plain !== undefined ? plain : EMPTY_ITEM));
      }
    },
  });
  feed(scanner);
  scanner.end();
  return out;
}
