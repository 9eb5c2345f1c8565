/**
 * Edits of `xl/workbook.xml`: the `<sheet>` list, the defined names (sheet-local ones follow their
 * sheet's new position: `localSheetId` is renumbered when a sheet before it is removed) and the
 * active tab. Works on the text; everything else in the part stays as it was.
 */
import { isMarkerName, MARKER_PREFIX, quoteSheetName, sheetOfReference } from "../marker";
import { attrOf, esc, unescXml } from "./xml-text";

export interface SheetEntry {
  name: string;
  sheetId: number;
  rid: string;
  /** The `<sheet …/>` element as written. */
  xml: string;
}

export interface DefinedName {
  name: string;
  localSheetId?: number;
  /** The (unescaped) formula. */
  value: string;
  xml: string;
}

const SHEET_RE = /<(?:[\w.-]+:)?sheet\b[^>]*\/>|<(?:[\w.-]+:)?sheet\b[^>]*>[\s\S]*?<\/(?:[\w.-]+:)?sheet>/g;
const NAME_RE = /<(?:[\w.-]+:)?definedName\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?definedName>)/g;

export function relPrefix(xml: string): string | undefined {
  return /\sxmlns:([\w.-]+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(
    xml,
  )?.[1];
}

export function listSheets(xml: string): SheetEntry[] {
  const r = relPrefix(xml) ?? "r";
  const block = /<(?:[\w.-]+:)?sheets\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?sheets>/.exec(xml)?.[1] ?? "";
  return [...block.matchAll(SHEET_RE)].map((m) => ({
    name: attrOf(m[0], "name") ?? "",
    sheetId: Number(attrOf(m[0], "sheetId") ?? 0),
    rid: attrOf(m[0], `${r}:id`) ?? "",
    xml: m[0],
  }));
}

export function listDefinedNames(xml: string): DefinedName[] {
  const block = /<(?:[\w.-]+:)?definedNames\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?definedNames>/.exec(xml)?.[1] ?? "";
  return [...block.matchAll(NAME_RE)].map((m) => {
    const local = attrOf(` ${m[1]}`, "localSheetId");
    return {
      name: attrOf(` ${m[1]}`, "name") ?? "",
      localSheetId: local === undefined ? undefined : Number(local),
      value: unescXml(m[2] ?? ""),
      xml: m[0],
    };
  });
}

export interface NewSheet {
  name: string;
  rid: string;
  printTitles?: string;
  /** Marker reference end, "$F$20". */
  extentEnd: string;
}

/**
 * The workbook part with the sheets named in `remove` gone (with their local names and the names
 * referring to them) and `added` appended; returns it with the marker names given.
 */
export function editWorkbookXml(
  xml: string,
  remove: Set<string>,
  added: NewSheet[],
): { xml: string; markers: string[] } {
  const r = relPrefix(xml);
  if (!r)
    xml = xml.replace(
      /<((?:[\w.-]+:)?workbook)\b/,
      `<$1 xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`,
    );
  const rp = r ?? "r";
  const prefix = /<(?:([\w.-]+):)?workbook\b/.exec(xml)?.[1];
  const p = prefix ? `${prefix}:` : "";
  const sheets = listSheets(xml);
  const isRemoved = (name: string) => remove.has(name.toLowerCase());
  const kept = sheets.filter((s) => !isRemoved(s.name));
  const keptLower = new Set(kept.map((s) => s.name.toLowerCase()));
  // Old position → new position of each kept sheet.
  const newIndex = new Map<number, number>();
  sheets.forEach((s, i) => {
    if (!isRemoved(s.name)) newIndex.set(i, newIndex.size);
  });

  // <sheets>
  let maxId = Math.max(0, ...sheets.map((s) => s.sheetId));
  const addedTags = added.map((a) => `<${p}sheet name="${esc(a.name)}" sheetId="${++maxId}" ${rp}:id="${a.rid}"/>`);
  xml = xml.replace(
    /(<(?:[\w.-]+:)?sheets\b[^>]*>)([\s\S]*?)(<\/(?:[\w.-]+:)?sheets>)/,
    (_m, open: string, _inner: string, close: string) =>
      `${open}${kept.map((s) => s.xml).join("")}${addedTags.join("")}${close}`,
  );

  // <definedNames>
  // A name referring to a removed sheet goes, unless a sheet of that name is written again now (a
  // user's name on a cell of our previous output then follows it to the new one).
  const addedLower = new Set(added.map((a) => a.name.toLowerCase()));
  const refersToGone = (value: string) =>
    value.split(",").some((part) => {
      const s = sheetOfReference(part.trim());
      return s !== null && isRemoved(s) && !addedLower.has(s.toLowerCase());
    });
  const names: string[] = [];
  const takenMarkers = new Set<string>();
  for (const d of listDefinedNames(xml)) {
    if (d.localSheetId !== undefined) {
      const to = newIndex.get(d.localSheetId);
      if (to === undefined) continue; // local to a removed sheet (or to no sheet)
      names.push(to === d.localSheetId ? d.xml : d.xml.replace(/\slocalSheetId="\d+"/, ` localSheetId="${to}"`));
      continue;
    }
    if (isMarkerName(d.name)) {
      const s = sheetOfReference(d.value);
      if (!s || !keptLower.has(s.toLowerCase())) continue; // previous output, or naming no sheet
      takenMarkers.add(d.name.toLowerCase());
      names.push(d.xml);
      continue;
    }
    if (refersToGone(d.value)) continue;
    names.push(d.xml);
  }
  const markers: string[] = [];
  let n = 1;
  added.forEach((a, i) => {
    while (takenMarkers.has(`${MARKER_PREFIX}_${n}`)) n++;
    const marker = `${MARKER_PREFIX}_${n}`;
    takenMarkers.add(marker);
    markers.push(marker);
    names.push(
      `<${p}definedName name="${marker}">${esc(`${quoteSheetName(a.name)}!$A$1:${a.extentEnd}`)}</${p}definedName>`,
    );
    if (a.printTitles)
      names.push(
        `<${p}definedName name="_xlnm.Print_Titles" localSheetId="${kept.length + i}">${esc(`${quoteSheetName(a.name)}!${a.printTitles}`)}</${p}definedName>`,
      );
  });
  const block = names.length ? `<${p}definedNames>${names.join("")}</${p}definedNames>` : "";
  if (/<(?:[\w.-]+:)?definedNames\b/.test(xml)) {
    xml = xml.replace(/<(?:[\w.-]+:)?definedNames\b[^>]*(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?definedNames>)/, block);
  } else {
    // Schema order: sheets, functionGroups, externalReferences, definedNames, calcPr …
    const after = [
      /<\/(?:[\w.-]+:)?externalReferences>/,
      /<\/(?:[\w.-]+:)?functionGroups>/,
      /<(?:[\w.-]+:)?functionGroups\b[^>]*\/>/,
      /<\/(?:[\w.-]+:)?sheets>/,
    ];
    const at = after.map((re) => re.exec(xml)).find((m) => m);
    if (at) xml = xml.slice(0, at.index + at[0].length) + block + xml.slice(at.index + at[0].length);
  }

  // The active and first visible tab follow their sheet (the first sheet when it was removed).
  const fix = (attr: string) => (tag: string) =>
    tag.replace(new RegExp(`\\s${attr}="(\\d+)"`), (_m, v: string) => ` ${attr}="${newIndex.get(Number(v)) ?? 0}"`);
  xml = xml.replace(/<(?:[\w.-]+:)?workbookView\b[^>]*>/g, (tag) => fix("firstSheet")(fix("activeTab")(tag)));
  return { xml, markers };
}
