/**
 * Column mapping (layouts.md): a user's or a saved decision that overrides detection.
 * Role strings are "kind" or "kind:quarter", e.g. "quarterTarget:1", "statedPerformancePct".
 */
import { columnLetter, columnNumber } from "../grid";
import type { ColumnRole, DetectedTable, Mapping, MappingProblem, Quarter } from "../types";
import type { SheetView } from "./sheet-view";
import type { TableLayout } from "./tables";
import { roleByName, roleEntry } from "./roles";

/** A mapping file's role text ("quarterTarget:1", "name", "extra:Header") as a role, or null. */
export function roleFromString(s: string): ColumnRole | null {
  const [name, q] = s.split(":");
  const entry = roleByName(name);
  if (!entry) return null;
  if (entry.kind === "extra") return { kind: "extra", label: q ?? "" };
  if (entry.perQuarter === "none") return { kind: entry.kind } as ColumnRole;
  const quarter = q ? (Number(q) as Quarter) : null;
  if (quarter === null && entry.perQuarter === "required") return null;
  if (quarter !== null && !(quarter >= 1 && quarter <= 4)) return null;
  return { kind: entry.kind, quarter } as ColumnRole;
}

/** A role as a mapping file's role text: the catalog's name, then ":<quarter>" or ":<label>". */
export function roleToString(role: ColumnRole): string {
  const name = roleEntry(role.kind).name;
  if (role.kind === "extra") return `${name}:${role.label}`;
  if ("quarter" in role && role.quarter) return `${name}:${role.quarter}`;
  return name;
}

/** Role text that drops a column the detection gave a meaning. */
function isIgnore(s: string): boolean {
  return s === "" || s === "ignore" || s === "abaikan";
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function isPositiveInt(v: unknown): boolean {
  return typeof v === "number" && Number.isInteger(v) && v >= 1;
}

function isRowRange(v: unknown, lastOptional: boolean): boolean {
  if (v === undefined) return true;
  if (typeof v !== "object" || v === null) return false;
  const r = v as { first?: unknown; last?: unknown };
  return isPositiveInt(r.first) && ((lastOptional && r.last === undefined) || isPositiveInt(r.last));
}

/** The first thing that keeps parsed JSON from being a Mapping, or null. */
function problemOf(data: unknown): MappingProblem | null {
  if (!isRecord(data)) return { kind: "notObject" };
  if (data.version !== 1) return { kind: "version" };
  const tables = data.tables;
  if (!Array.isArray(tables) || tables.length === 0) return { kind: "tables" };
  for (let i = 0; i < tables.length; i++) {
    const t = tables[i] as Record<string, unknown> | null;
    if (typeof t !== "object" || t === null || typeof t.sheet !== "string" || !t.sheet)
      return { kind: "table", table: i };
    if (!isRecord(t.columns)) return { kind: "table", table: i };
    for (const [key, role] of Object.entries(t.columns)) {
      if (
        !/^[A-Za-z]{1,3}$/.test(key) ||
        typeof role !== "string" ||
        !(isIgnore(role) || roleFromString(role) !== null)
      )
        return { kind: "column", table: i, column: key };
    }
    if (!isRowRange(t.headerRows, false) || !isRowRange(t.dataRows, true)) return { kind: "rows", table: i };
    if (t.kind !== undefined && t.kind !== "plan" && t.kind !== "keyIndicators") return { kind: "tableKind", table: i };
  }
  return null;
}

/**
 * A column mapping from parsed JSON (a --mapping file, or what a host saved): the one parser of
 * the CLI, the pane and the web page. Column letters are case-insensitive; the mapping returned
 * has them upper-cased. Role texts: "kind", "kind:quarter", "extra:<label>", or ""/"ignore"/
 * "abaikan" to drop a column.
 */
export function parseMapping(data: unknown): { mapping: Mapping } | { problem: MappingProblem } {
  const problem = problemOf(data);
  if (problem) return { problem };
  const m = data as Mapping;
  return {
    mapping: {
      version: 1,
      tables: m.tables.map((t) => ({
        ...t,
        columns: Object.fromEntries(Object.entries(t.columns).map(([k, v]) => [k.toUpperCase(), v])),
      })),
    },
  };
}

/** Apply a mapping to the detected tables of one sheet; may create a table detection missed. */
export function applyMapping(
  view: SheetView,
  detected: TableLayout[],
  mapping: Mapping,
): { tables: TableLayout[]; errors: string[] } {
  const errors: string[] = [];
  const entries = mapping.tables.filter((t) => t.sheet === view.sheet);
  if (entries.length === 0) return { tables: detected, errors };
  const out: TableLayout[] = [];
  for (const e of entries) {
    const base = detected.find((d) => !e.headerRows || d.table.headerRows.first === e.headerRows.first) ?? null;
    const roles = new Map<number, ColumnRole>(base ? base.roles : []);
    for (const [letter, s] of Object.entries(e.columns)) {
      const col = columnNumber(letter);
      if (!/^[A-Z]{1,3}$/i.test(letter)) {
        errors.push(`${view.sheet}: kolom "${letter}"`);
        continue;
      }
      if (isIgnore(s)) {
        roles.delete(col);
        continue;
      }
      const role = roleFromString(s);
      if (!role) {
        errors.push(`${view.sheet}!${letter}: "${s}"`);
        continue;
      }
      roles.set(col, role);
    }
    const headerRows = e.headerRows ?? base?.table.headerRows ?? { first: view.firstRow, last: view.firstRow };
    const dataFirst = e.dataRows?.first ?? headerRows.last + 1;
    const dataLast = e.dataRows?.last ?? base?.table.dataRows.last ?? view.lastRow;
    const baseCols = new Map((base?.table.columns ?? []).map((c) => [c.col, c.header]));
    const table: DetectedTable = {
      sheet: view.sheet,
      kind: e.kind ?? base?.table.kind ?? "plan",
      layout: base?.table.layout ?? "A",
      headerRows,
      dataRows: { first: dataFirst, last: dataLast },
      columns: [...roles.entries()]
        .sort((a, b) => a[0] - b[0])
        .map(([col, role]) => ({
          col,
          letter: columnLetter(col),
          header: baseCols.get(col) ?? view.text(headerRows.last, col),
          role,
        })),
      rowCounts: { group: 0, program: 0, activity: 0, subactivity: 0, total: 0 },
      copies: [],
      assumptions: [],
    };
    out.push({ view, roles, headerYears: base?.headerYears ?? [], table });
  }
  return { tables: out, errors };
}
