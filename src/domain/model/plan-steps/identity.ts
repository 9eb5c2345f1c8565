/**
 * A plan row's identity (readPlanTable, per row): its code (joined from several code columns, or
 * written in front of the name), its name and name cell, indicator, agency and the signals of its
 * level that the cells carry (a numbering, the name's prefix, bold, indentation).
 */
import { a1 } from "../../grid";
import type { Level } from "../../types";
import type { TableLayout } from "../../layout/tables";
import { cellText, norm } from "../../layout/text";
import { codePrefix, parseCode, splitCode, type ParsedCode } from "../../hierarchy/codes";
import type { PlanColumns, TableCodes } from "./columns";
import type { ReadRow } from "../../hierarchy/read-row";

export interface RowIdentity {
  code: string | null;
  codeInfo: ParsedCode | null;
  /** The name cell's text as written ("1.1.1. Sub Kegiatan …"): what the level and skip tests read. */
  text: string;
  /** A code written in front of the name, and the rest. */
  prefix: { code: string; rest: string } | null;
  /** The row's name (without the code written in front of it). */
  name: string;
  nameCol: number;
  nameCell: string;
  indicator: string | null;
  /** Where codes are unique: the agency and organisation / sub-unit code ("" when none). */
  scope: string;
  /** The row's agency (a table holding several: an empty agency cell is the agency above), or "". */
  agency: string;
  /** The level a numbering column (A / I / 1.1) gives. */
  numbered: Level | undefined;
  bold: boolean;
  indent: number;
}

export function rowIdentity(
  t: TableLayout,
  cols: PlanColumns,
  codes: TableCodes,
  r: number,
  agencyAbove: string,
): RowIdentity {
  const v = t.view;
  const { scheme, accountHeads } = codes;
  // Several adjacent code columns (Kode merged over U | BB | PP | K | S) join into one code.
  const codeParts = cols.code.map((c) => cellText(v.raw(r, c))).filter((s) => s !== "");
  let codeText = joinCodes(codeParts, scheme);
  // A numbering (A / I / 1.1) gives the level, and is no code (1.1 restarts under each kegiatan).
  const numbered = t.numberingLevels?.get(r);
  if (numbered) codeText = "";
  let scope = codeParts.find((p) => p !== codeText && parseCode(p, "nomenclature")?.kind === "organisation") ?? "";
  // Several agencies in one table: codes are unique, and parents found, within each agency only.
  // An empty agency cell is the agency above.
  const agency =
    cols.agency
      .map((c) => cellText(v.raw(r, c)))
      .filter((x) => x !== "")
      .join(" ") || agencyAbove;
  if (agency) scope = `${agency}|${scope}`;
  let name = "";
  let nameCol = cols.name[0] ?? cols.indicator ?? cols.code[0] ?? v.firstCol;
  for (const c of cols.name) {
    const s = cellText(v.raw(r, c)) || (v.isMergedSlave(r, c) && !v.coveredFromAbove(r, c) ? v.text(r, c) : "");
    if (s !== "") {
      name = s;
      nameCol = c;
      break;
    }
  }
  // "Jumlah" merged over the code and name columns: a name, not a code.
  if (codeText !== "" && !splitCode(codeText) && norm(codeText) === norm(name)) codeText = "";
  if (name === "" && cols.code.length > 0 && codeText !== "" && !parseCode(codeText, scheme)) {
    name = codeText; // "JUMLAH" written in the code column, merged over the name
    codeText = "";
  }
  const prefix = codePrefix(name);
  if (prefix && codeText === "") codeText = prefix.code;
  let codeInfo = codeText ? parseCode(codeText, scheme) : null;
  // Only when the name says so: urusan 5 "UNSUR PENUNJANG …" and program 5 of an outline stay plan rows.
  const accountWord = /^\s*(belanja|pendapatan|pembiayaan)\b/i.test(prefix ? prefix.rest : name);
  if (codeInfo && codeInfo.segments.length < 3 && accountHeads.has(codeInfo.code) && accountWord)
    codeInfo = { ...codeInfo, kind: "account", level: null };
  const code = codeInfo ? codeInfo.code : codeText.trim() || null;
  const nameCell = v.raw(r, nameCol);
  // Indentation: Excel's indent level, or leading spaces typed before the name (about 3 a level).
  const rawName = typeof nameCell.value === "string" ? nameCell.value : "";
  return {
    code,
    codeInfo,
    text: name,
    prefix,
    // "1.1.1. Sub Kegiatan Penyusunan …": the code goes to the code, the rest is the name.
    name: prefix && code === (codeInfo?.code ?? prefix.code) && prefix.rest ? prefix.rest : name,
    nameCol,
    nameCell: a1(r, nameCol),
    indicator: cols.indicator ? cellText(v.raw(r, cols.indicator)) || null : null,
    scope,
    agency,
    numbered,
    bold: nameCell.bold === true,
    indent: (nameCell.indent ?? 0) * 3 + (rawName.length - rawName.replace(/^[ \u00a0]+/, "").length),
  };
}

/** Writes the identity onto the row being read. */
export function applyIdentity(row: ReadRow, id: RowIdentity): void {
  row.scope = id.scope;
  if (id.agency) row.agency = id.agency;
  row.code = id.code;
  row.codeInfo = id.codeInfo;
  row.name = id.name;
  row.nameCell = id.nameCell;
  row.indicator = id.indicator;
  row.bold = id.bold;
  row.indent = id.indent;
}

/**
 * Several code columns: either each holds a whole code (bidang | organisation | program |
 * kegiatan | sub kegiatan — the row's level comes from the deepest plan code it carries), or
 * they hold the segments of one code (U | BB | PP | K | AA) to be joined with dots.
 */
export function joinCodes(parts: string[], scheme: "outline" | "nomenclature"): string {
  if (parts.length <= 1) return parts[0] ?? "";
  // Whole codes per column when some column holds a code of three or more segments (1.02.01,
  // 1.02.2.14.0.00.01.0000); otherwise the columns are pieces of one code ("1 | 02 | 01 | 2.01 | 0001").
  const wholeCodes = parts.some((p) => (splitCode(p)?.length ?? 0) >= 3);
  if (wholeCodes) {
    // A budget-account code in the deepest column makes the row an account line.
    if (parseCode(parts[parts.length - 1], "nomenclature")?.kind === "account") return parts[parts.length - 1];
    for (let i = parts.length - 1; i >= 0; i--) {
      const c = parseCode(parts[i], "nomenclature");
      if (c && c.level) return parts[i];
    }
    return parts[parts.length - 1];
  }
  void scheme;
  return parts.join(".");
}
