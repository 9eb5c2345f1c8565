/**
 * Column mapping (layouts.md): a user's or a saved decision that overrides detection.
 * Role strings are "kind" or "kind:quarter", e.g. "quarterTarget:1", "statedPerformancePct".
 */
import { columnLetter, columnNumber } from "../grid";
import type { ColumnRole, DetectedTable, Mapping, Quarter } from "../types";
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
      if (s === "" || s === "ignore" || s === "abaikan") {
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
