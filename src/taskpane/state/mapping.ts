/**
 * The column-mapping panel's editable model, and its conversion to and from the `Mapping` saved
 * with the workbook (types.ts; the same JSON the CLI reads with --mapping).
 *
 * Column role encoding in `Mapping.columns` (letter → string): the role kind, followed by
 * ":<quarter>" when the role has one, e.g. "name", "quarterTarget:1", "statedPerformancePct"
 * (no particular quarter) or "statedPerformancePct:2". "extra" takes its label from the header.
 * Columns not listed are not used.
 */
import { READING_TEXT } from "../../i18n/reading";
import { cellAt, columnLetter, columnNumber, lastCol, type Grid } from "../../domain/grid";
import type { ColumnRole, ColumnRoleKind, DetectedTable, Mapping, Quarter } from "../../domain/types";
import { roleFromString, roleToString } from "../../domain/layout/mapping";
import { ROLES, ROLE_KINDS as CATALOG_KINDS, kindsWhere } from "../../domain/layout/roles";

export type EditRoleKind = ColumnRoleKind | "none";

/** Role kinds offered in the panel: "none", then the catalog's kinds in its order (layout/roles.ts). */
export const ROLE_KINDS: EditRoleKind[] = ["none", ...CATALOG_KINDS];

/** Kinds that need a quarter (1–4). */
export const QUARTER_REQUIRED: ReadonlySet<EditRoleKind> = kindsWhere(
  (e) => e.perQuarter === "required",
) as ReadonlySet<EditRoleKind>;
/** Kinds whose quarter may be left open (the column is for the sheet's own quarter). */
export const QUARTER_OPTIONAL: ReadonlySet<EditRoleKind> = kindsWhere(
  (e) => e.perQuarter === "optional",
) as ReadonlySet<EditRoleKind>;

export function hasQuarter(kind: EditRoleKind): boolean {
  return QUARTER_REQUIRED.has(kind) || QUARTER_OPTIONAL.has(kind);
}

export interface EditColumn {
  letter: string;
  header: string;
  kind: EditRoleKind;
  quarter: Quarter | null;
}

export interface EditTable {
  /** Stable React key. */
  key: string;
  sheet: string;
  kind: "plan" | "keyIndicators";
  headerFirst: number;
  headerLast: number;
  dataFirst: number;
  /** null = to the end of the table. */
  dataLast: number | null;
  columns: EditColumn[];
  /** What detection assumed (Indonesian), shown above the table. */
  assumptions: string[];
  /** The reading's arithmetic check ("n dari m persamaan berlaku …"), shown under the table's title. */
  readingNote?: string;
}

// ------------------------------------------------------------------ role encoding

/** The mapping file's role text ("quarterTarget:2"), written by the engine's own encoder. */
export function encodeRole(kind: EditRoleKind, quarter: Quarter | null): string | null {
  if (kind === "none") return null;
  if (kind === "extra") return roleToString({ kind: "extra", label: "" });
  const q = QUARTER_REQUIRED.has(kind) ? (quarter ?? 1) : QUARTER_OPTIONAL.has(kind) ? quarter : null;
  return roleToString((q === null ? { kind } : { kind, quarter: q }) as ColumnRole);
}

/** Role text → what the panel edits; text the engine would refuse shows as "none". */
export function decodeRole(text: string): { kind: EditRoleKind; quarter: Quarter | null } {
  const role = roleFromString(text.trim());
  if (!role || !ROLE_KINDS.includes(role.kind)) return { kind: "none", quarter: null };
  const quarter = "quarter" in role && role.quarter ? role.quarter : null;
  return { kind: role.kind, quarter: hasQuarter(role.kind) ? quarter : null };
}

export function roleToEdit(role: ColumnRole): { kind: EditRoleKind; quarter: Quarter | null } {
  return { kind: role.kind, quarter: "quarter" in role ? role.quarter : null };
}

// ------------------------------------------------------------------ building the editable model

let keySeq = 0;
function nextKey(sheet: string): string {
  keySeq += 1;
  return `${sheet}#${keySeq}`;
}

/** Header text of a column, composed from the header rows (merged cells count for every column they span). */
export function composeHeader(grid: Grid, col: number, first: number, last: number): string {
  const parts: string[] = [];
  for (let row = first; row <= last; row++) {
    let cell = cellAt(grid, row, col);
    if (cell.value === null || cell.value === "") {
      const merge = grid.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
      if (merge) cell = cellAt(grid, merge.top, merge.left);
    }
    const text = cell.value === null ? "" : String(cell.value).replace(/\s+/g, " ").trim();
    if (text && parts[parts.length - 1] !== text) parts.push(text);
  }
  return parts.join(" / ");
}

/** A new, empty table for a sheet: every column of the grid, unmapped. */
export function tableFromGrid(grid: Grid, headerFirst = grid.top, headerLast = grid.top): EditTable {
  const columns: EditColumn[] = [];
  for (let col = grid.left; col <= lastCol(grid); col++) {
    columns.push({
      letter: columnLetter(col),
      header: composeHeader(grid, col, headerFirst, headerLast),
      kind: "none",
      quarter: null,
    });
  }
  return {
    key: nextKey(grid.sheet),
    sheet: grid.sheet,
    kind: "plan",
    headerFirst,
    headerLast,
    dataFirst: headerLast + 1,
    dataLast: null,
    columns,
    assumptions: [],
  };
}

/** Re-reads the header texts after the header rows changed (keeps the chosen roles). */
export function refreshHeaders(table: EditTable, grid: Grid | undefined): EditTable {
  if (!grid) return table;
  const byLetter = new Map(table.columns.map((c) => [c.letter, c]));
  const columns: EditColumn[] = [];
  const right = Math.max(lastCol(grid), ...table.columns.map((c) => columnNumber(c.letter)));
  for (let col = grid.left; col <= right; col++) {
    const letter = columnLetter(col);
    const old = byLetter.get(letter);
    columns.push({
      letter,
      header: composeHeader(grid, col, table.headerFirst, table.headerLast),
      kind: old?.kind ?? "none",
      quarter: old?.quarter ?? null,
    });
  }
  return { ...table, columns };
}

/** Adds the grid's columns detection did not list (unmapped), with their header text. */
export function withGridColumns(table: EditTable, grid: Grid | undefined): EditTable {
  if (!grid) return table;
  const known = new Set(table.columns.map((c) => c.letter));
  const extra: EditColumn[] = [];
  for (let col = grid.left; col <= lastCol(grid); col++) {
    const letter = columnLetter(col);
    if (!known.has(letter)) {
      extra.push({
        letter,
        header: composeHeader(grid, col, table.headerFirst, table.headerLast),
        kind: "none",
        quarter: null,
      });
    }
  }
  if (extra.length === 0) return table;
  const columns = [...table.columns, ...extra].sort((a, b) => columnNumber(a.letter) - columnNumber(b.letter));
  return { ...table, columns };
}

export function tableFromDetected(table: DetectedTable): EditTable {
  return {
    key: nextKey(table.sheet),
    sheet: table.sheet,
    kind: table.kind,
    headerFirst: table.headerRows.first,
    headerLast: table.headerRows.last,
    dataFirst: table.dataRows.first,
    dataLast: table.dataRows.last,
    columns: [...table.columns]
      .sort((a, b) => a.col - b.col)
      .map((c) => ({ letter: c.letter, header: c.header, ...roleToEdit(c.role) })),
    assumptions: [...table.assumptions],
    readingNote: table.reading
      ? READING_TEXT.score(
          table.reading.held,
          table.reading.equations,
          table.reading.contradicting,
          table.reading.rows,
          table.reading.candidates,
        )
      : undefined,
  };
}

/** Applies a saved mapping table onto an editable table (roles, rows), or builds one from it alone. */
export function applySaved(base: EditTable | null, saved: Mapping["tables"][number], grid?: Grid): EditTable {
  const headerFirst = saved.headerRows?.first ?? base?.headerFirst ?? grid?.top ?? 1;
  const headerLast = saved.headerRows?.last ?? base?.headerLast ?? headerFirst;
  let table: EditTable = base
    ? { ...base, headerFirst, headerLast }
    : grid
      ? tableFromGrid(grid, headerFirst, headerLast)
      : {
          key: nextKey(saved.sheet),
          sheet: saved.sheet,
          kind: "plan",
          headerFirst,
          headerLast,
          dataFirst: headerLast + 1,
          dataLast: null,
          columns: [],
          assumptions: [],
        };
  table = {
    ...table,
    kind: saved.kind ?? table.kind,
    dataFirst: saved.dataRows?.first ?? table.dataFirst,
    dataLast: saved.dataRows ? (saved.dataRows.last ?? null) : table.dataLast,
  };
  const columns = table.columns.map((c) => ({ ...c, kind: "none" as EditRoleKind, quarter: null as Quarter | null }));
  for (const [letterRaw, text] of Object.entries(saved.columns)) {
    const letter = letterRaw.toUpperCase();
    const role = decodeRole(text);
    const existing = columns.find((c) => c.letter === letter);
    if (existing) Object.assign(existing, role);
    else columns.push({ letter, header: "", ...role });
  }
  columns.sort((a, b) => columnNumber(a.letter) - columnNumber(b.letter));
  return { ...table, columns };
}

/**
 * The tables the panel starts with: what the last run detected, overlaid with the saved mapping;
 * saved tables of sheets the run did not see come from the mapping (and the grid, when read).
 */
export function initialTables(
  detected: DetectedTable[] | null,
  saved: Mapping | null,
  grids: Grid[] | null,
): EditTable[] {
  const tables = (detected ?? []).map((d) =>
    withGridColumns(
      tableFromDetected(d),
      grids?.find((g) => g.sheet === d.sheet),
    ),
  );
  for (const s of saved?.tables ?? []) {
    const grid = grids?.find((g) => g.sheet === s.sheet);
    const i = tables.findIndex((t) => t.sheet === s.sheet && (!s.kind || t.kind === s.kind));
    if (i >= 0) tables[i] = applySaved(tables[i], s, grid);
    else tables.push(applySaved(null, s, grid));
  }
  return tables;
}

// ------------------------------------------------------------------ saving

export function toMapping(tables: EditTable[]): Mapping {
  return {
    version: 1,
    tables: tables.map((t) => {
      const columns: Record<string, string> = {};
      for (const c of t.columns) {
        const role = encodeRole(c.kind, c.quarter);
        if (role) columns[c.letter] = role;
      }
      return {
        sheet: t.sheet,
        kind: t.kind,
        headerRows: { first: t.headerFirst, last: t.headerLast },
        dataRows: t.dataLast === null ? { first: t.dataFirst } : { first: t.dataFirst, last: t.dataLast },
        columns,
      };
    }),
  };
}

/** What keeps the panel from saving its tables (not to be confused with the domain's MappingProblem, a mapping it cannot read). */
export type SaveProblem =
  | { kind: "needName"; sheet: string }
  | { kind: "badRows"; sheet: string }
  | { kind: "duplicateRole"; sheet: string; role: EditRoleKind; quarter: Quarter | null; letters: string[] };

/** Roles that may sit on several columns of one table ("none", and the catalog's multi-column kinds). */
export const MULTI_COLUMN_KINDS: ReadonlySet<EditRoleKind> = new Set<EditRoleKind>([
  "none",
  ...ROLES.filter((e) => e.multiColumn).map((e) => e.kind),
]);

/** What prevents saving: no name column, impossible row numbers, one role on two columns. */
export function validateTables(tables: EditTable[]): SaveProblem[] {
  const problems: SaveProblem[] = [];
  for (const t of tables) {
    const okRows =
      Number.isInteger(t.headerFirst) &&
      Number.isInteger(t.headerLast) &&
      Number.isInteger(t.dataFirst) &&
      t.headerFirst >= 1 &&
      t.headerLast >= t.headerFirst &&
      t.dataFirst > t.headerLast &&
      (t.dataLast === null || (Number.isInteger(t.dataLast) && t.dataLast >= t.dataFirst));
    if (!okRows) problems.push({ kind: "badRows", sheet: t.sheet });
    if (!t.columns.some((c) => c.kind === "name")) problems.push({ kind: "needName", sheet: t.sheet });
    const seen = new Map<string, string[]>();
    for (const c of t.columns) {
      // Several code columns (a code split over columns: urusan | program | kegiatan …) and several
      // name columns (Program | Kegiatan | Sub Kegiatan) are legal, as detection itself finds them.
      if (MULTI_COLUMN_KINDS.has(c.kind)) continue;
      const key = encodeRole(c.kind, c.quarter) ?? "";
      seen.set(key, [...(seen.get(key) ?? []), c.letter]);
    }
    for (const [key, letters] of seen) {
      if (letters.length > 1) {
        const { kind, quarter } = decodeRole(key);
        problems.push({ kind: "duplicateRole", sheet: t.sheet, role: kind, quarter, letters });
      }
    }
  }
  return problems;
}

/** True when detection was unsure about something the user should look at. */
export function detectionUnsure(tables: DetectedTable[] | undefined): boolean {
  return (tables ?? []).some((t) => t.assumptions.length > 0);
}
