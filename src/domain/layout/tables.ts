/**
 * Tables on one sheet: header block → composed column headers → column roles → data rows.
 */
import { columnLetter } from "../grid";
import type { ColumnRole, DetectedColumn, DetectedTable, Level, Quarter } from "../types";
import { classifyColumn, yearIn } from "./classify";
import { headerBlock, headerStartScore } from "./header";
import type { SheetView } from "./sheet-view";
import { norm } from "./text";
import { settleToDateRealization } from "./todate-money";
import { bareQuarter } from "./quarter";
import { flatColumns, type FlatColumns } from "./flat";
import { confirmSpendingGroups, settleSpendingGroups, type MoneyGroup } from "./spending-groups";
import { leafCodeLines } from "./leaf-lines";
import { numberingLevels } from "./numbering";
import { codePrefix, splitCode } from "../hierarchy/codes";

/** The first code / "No" column read as a numbering (A / I / 1.1), when it is one. */
function numberingOf(view: SheetView, columns: DetectedColumn[], first: number, last: number) {
  const col = columns.find((c) => c.role.kind === "code")?.col;
  if (col === undefined) return undefined;
  // Codes written in front of the names carry the levels: the numbering is then only a row counter.
  const names = columns.filter((c) => c.role.kind === "name").map((c) => c.col);
  for (let r = first; r <= Math.min(last, first + 500); r++)
    if (names.some((c) => (splitCode(codePrefix(view.text(r, c))?.code ?? "")?.length ?? 0) >= 2)) return undefined;
  return numberingLevels(view, col, first, last);
}

export interface TableLayout {
  view: SheetView;
  table: DetectedTable;
  /** Column → role (only columns with a role). */
  roles: Map<number, ColumnRole>;
  /** Years named in target headers ("Target 2023"), with their column. */
  headerYears: { col: number; year: number }[];
  /** Layout C: the columns that carry the hierarchy. */
  flat?: FlatColumns;
  /** Name columns that stand for one level each (a name's column gives its level). */
  nameColumnLevels?: Map<number, "program" | "activity" | "subactivity">;
  /** Money read from several spending-group columns (Operasi | Modal | … | Total). */
  moneyGroups?: MoneyGroup[];
  /** Amounts written in thousands of Rupiah: multiply by this (1000). */
  amountScale?: number;
  /** The header or title text saying the amounts are in thousands. */
  thousandsWhere?: string;
  /** Levels given by a numbering column (A / I / 1.1) in a hand-made table without codes: row → level. */
  numberingLevels?: Map<number, Level>;
  /** One sheet per month of the same table: the months whose spending this table carries. */
  series?: MonthSeries;
}

/** Sheets of one table, one per month (layout/month-series.ts). */
export interface MonthSeries {
  months: { month: number; name: string; t: TableLayout }[];
  /** The sheets state the realisation to date ("s.d."), not each month's own. */
  cumulative: boolean;
}

const SIGNATURE =
  /^(kepala\s|mengetahui|nip\.?\s*[:.]?\s*\d|nip\.?$|plt\.?\s|a\.?\s?n\.?\s|pembina|penata\s|sekretaris\s|kabupaten\s.*,\s*\d|kota\s.*,\s*\d|[a-z]+,\s*\d{1,2}\s+[a-z]+\s+20\d\d)/i;
const AFTER_CHANGE = /(menjadi|setelah\s*perubahan|sesudah\s*perubahan|(^|[\s_])perubahan)/i;
const KEY_INDICATOR_HINT = /(indikator kinerja utama|(^|\s)iku(\s|$)|sasaran strategis)/;

/** Empty rows after which a table is over (bounded memory and time for stray cells far below). */
const MAX_EMPTY_RUN = 1000;

function composeHeaders(view: SheetView, first: number, last: number, numberingRow: number | null) {
  const cols: { col: number; parts: string[]; number?: number }[] = [];
  const rows: number[] = [];
  for (let r = first; r <= last; r++) if (r !== numberingRow) rows.push(r);
  // Each column's header text per row after inheritance: a label is inherited from the left only
  // inside the same group (the rows above read the same), never across a new group label.
  const effective = new Map<number, string[]>();
  for (let c = view.firstCol; c <= view.lastCol; c++) {
    const parts: string[] = [];
    const own: string[] = [];
    effective.set(c, own);
    rows.forEach((r, i) => {
      let t = view.text(r, c);
      if (t === "" && i < rows.length - 1) t = inheritFromLeft(view, rows, i, c, effective, own);
      own.push(t);
      if (t !== "" && parts[parts.length - 1] !== t) parts.push(t);
    });
    let number: number | undefined;
    if (numberingRow !== null) {
      const m = /^\(?(\d{1,2})\)?/.exec(view.text(numberingRow, c));
      if (m) number = Number(m[1]);
    }
    if (parts.length > 0) cols.push({ col: c, parts, number });
  }
  return cols;
}

/**
 * A group label written once at the left of its group without merging ("centre across selection"):
 * the column takes it when a quarter or unit sub-header sits below it and the columns to its left
 * up to the label are of the same group (their effective labels, inherited ones included).
 */
function inheritFromLeft(
  view: SheetView,
  rows: number[],
  i: number,
  col: number,
  effective: Map<number, string[]>,
  own: string[],
): string {
  const sub = view.text(firstBelow(view, rows, i, col), col);
  if (sub === "" || (bareQuarter(sub) === null && !/^(k|rp\.?|%)$/i.test(sub.trim()))) return "";
  for (let c = col - 1; c >= view.firstCol; c--) {
    const left = effective.get(c);
    if (!left || !sameAbove(left, own, i)) return "";
    const hasSub = view.text(firstBelow(view, rows, i, c), c) !== "";
    if (left[i] !== "") return hasSub ? left[i] : "";
    if (!hasSub) return "";
  }
  return "";
}

/** The first header row below row index `i` where the column has a label (a quarter or unit row). */
function firstBelow(view: SheetView, rows: number[], i: number, col: number): number {
  for (let j = i + 1; j < rows.length; j++) if (view.text(rows[j], col) !== "") return rows[j];
  return rows[i + 1];
}

/** Is the column to the left in the same group: no different label above row index `i`? */
function sameAbove(left: string[], own: string[], i: number): boolean {
  // An empty cell above starts no new group (a group label written once, not merged).
  for (let k = 0; k < i; k++) if (own[k] !== "" && left[k] !== own[k]) return false;
  return true;
}

function isSignatureRow(view: SheetView, row: number): boolean {
  const cells = view.rowTexts(row);
  if (cells.length === 0 || cells.length > 3) return false;
  return cells.some(([, t]) => SIGNATURE.test(t.trim()));
}

function rowKey(view: SheetView, row: number): string {
  return view
    .rowTexts(row)
    .map(([c, t]) => `${c}:${norm(t)}`)
    .join("|");
}

/** Find every table on a sheet. */
export function findTables(
  view: SheetView,
  headersWithoutData: { sheet: string; first: number; last: number }[] = [],
): TableLayout[] {
  const tables: TableLayout[] = [];
  let r = view.firstRow;
  while (r <= view.lastRow) {
    if (headerStartScore(view, r) === 0) {
      r++;
      continue;
    }
    const block = headerBlock(view, r);
    const headerKey = rowKey(view, r);
    const composed = composeHeaders(view, block.first, block.last, block.numberingRow);
    const roles = new Map<number, ColumnRole>();
    const columns: DetectedColumn[] = [];
    const headerYears: { col: number; year: number }[] = [];
    const allHeader = norm(composed.map((c) => c.parts.join(" ")).join(" "));
    const keyIndicators =
      KEY_INDICATOR_HINT.test(allHeader) || /pembilang|penyebut/.test(allHeader) || /(^|\s)iku(\s|$)/i.test(view.sheet);
    for (const h of composed) {
      let role = classifyColumn(h);
      if (!role) continue;
      if (role.kind === "realization" && !keyIndicators) role = { kind: "realizationToDate", quarter: 0 as never };
      roles.set(h.col, role);
      columns.push({ col: h.col, letter: columnLetter(h.col), header: h.parts.join(" / "), role });
      const y = yearIn(h.parts.join(" "));
      if (y && (role.kind === "annualTarget" || role.kind === "budget")) headerYears.push({ col: h.col, year: y });
    }
    if (keyIndicators && ![...roles.values()].some((x) => x.kind === "numerator")) {
      // Key indicators given as the two counts of their formula ("Jumlah ASN dengan data akurat",
      // "Jumlah ASN"): the first is the numerator, the second the denominator (layouts.md).
      const counts = composed.filter((h) => !roles.has(h.col) && /^jumlah\b/i.test(h.parts[h.parts.length - 1]));
      if (counts.length === 2)
        counts.forEach((h, i) => {
          const role: ColumnRole = { kind: i === 0 ? "numerator" : "denominator" };
          roles.set(h.col, role);
          columns.push({ col: h.col, letter: columnLetter(h.col), header: h.parts.join(" / "), role });
        });
      columns.sort((a, b) => a.col - b.col);
    }
    const moneyGroups = settleDuplicateRoles(columns, roles);
    extendCodeColumns(view, columns, roles, block.last + 1);
    // Data rows: until a signature block, a new (different) header, or the end of the sheet.
    let end = block.last;
    let row = block.last + 1;
    for (; row <= view.lastRow; row++) {
      // A long run of empty rows ends the table: a stray cell far below (A1048576) is not data.
      if (row - end > MAX_EMPTY_RUN) break;
      if (isSignatureRow(view, row)) break;
      if (headerStartScore(view, row) > 0) {
        if (rowKey(view, row) === headerKey) {
          // A header repeated after a page break: skip it, the table goes on.
          row = headerBlock(view, row).last;
          continue;
        }
        break;
      }
      if (view.rowTexts(row).length > 0) end = row;
    }
    confirmSpendingGroups(view, moneyGroups, block.last + 1, end);
    settleToDateRealization(view, columns, roles, block.last + 1, end);
    const kinds = new Set([...roles.values()].map((x) => x.kind));
    // A plan table names its rows by a name or code column; indicators alone (the "Indikator &
    // Tolok Ukur Kinerja" block of an RKA form) make no plan table.
    const hasIdentity = kinds.has("name") || kinds.has("code") || (keyIndicators && kinds.has("indicator"));
    const hasFigure = [...kinds].some((k) =>
      [
        "annualTarget",
        "quarterTarget",
        "quarterRealization",
        "realizationToDate",
        "budget",
        "spentQuarter",
        "spentToDate",
        "numerator",
        "realization",
        "statedPerformancePct",
      ].includes(k),
    );
    const levelColumns = keyIndicators ? null : flatColumns(columns);
    // Level columns filled together on most rows: a flat export (layout C). One filled per row: a
    // plan table whose names stand in the column of their level (Program | Kegiatan | Sub Kegiatan).
    const flat =
      (levelColumns && repeatsParents(view, levelColumns, block.last + 1, end) ? levelColumns : null) ??
      (keyIndicators || levelColumns ? null : leafCodeLines(view, columns, block.last + 1, end));
    const nameColumnLevels = levelColumns && !flat ? levelByColumn(levelColumns) : undefined;
    if (hasIdentity && hasFigure && end === block.last)
      headersWithoutData.push({ sheet: view.sheet, first: block.first, last: block.last });
    if (hasIdentity && hasFigure && end > block.last) {
      tables.push({
        view,
        roles,
        headerYears,
        flat: flat ?? undefined,
        nameColumnLevels,
        moneyGroups: moneyGroups.length > 0 ? moneyGroups : undefined,
        numberingLevels: flat ? undefined : numberingOf(view, columns, block.last + 1, end),
        table: {
          sheet: view.sheet,
          kind: keyIndicators ? "keyIndicators" : "plan",
          layout: flat
            ? "C"
            : composed.some((c) => c.number !== undefined) && [...roles.values()].some((x) => x.kind === "extra")
              ? "B"
              : "A",
          headerRows: { first: block.first, last: block.last },
          dataRows: { first: block.last + 1, last: end },
          columns,
          rowCounts: { group: 0, program: 0, activity: 0, subactivity: 0, total: 0 },
          copies: [],
          assumptions: [],
        },
      });
    }
    r = Math.max(row, block.last + 1);
  }
  return tables;
}

function roleKey(r: ColumnRole): string {
  return "quarter" in r ? `${r.kind}:${r.quarter}` : r.kind;
}

const MONEY_OF: Partial<Record<ColumnRole["kind"], "spentQuarter" | "spentToDate">> = {
  quarterRealization: "spentQuarter",
  realizationToDate: "spentToDate",
};

/**
 * Several columns with one meaning ("Operasi / Anggaran", "Modal / Anggaran", "TOTAL / Anggaran"):
 * keep the one whose header says total (else the rightmost) and carry the others as extras.
 * A table with budget but no performance targets is a budget table: its "Realisasi" is spending.
 */
function settleDuplicateRoles(columns: DetectedColumn[], roles: Map<number, ColumnRole>): MoneyGroup[] {
  const kinds = new Set(columns.map((c) => c.role.kind));
  const budgetOnly = kinds.has("budget") && !kinds.has("annualTarget") && !kinds.has("quarterTarget");
  if (budgetOnly)
    for (const c of columns) {
      const money = MONEY_OF[c.role.kind];
      if (money) {
        c.role = { kind: money, quarter: (c.role as { quarter: Quarter }).quarter };
        roles.set(c.col, c.role);
      }
    }
  // "No" beside "Kode": the first is a row counter, not a code.
  const codes = columns.filter((c) => c.role.kind === "code");
  if (codes.length > 1 && codes.some((c) => /kode/i.test(c.header)))
    for (const c of codes)
      if (/^(no\.?|nomor|no urut)$/i.test(c.header.trim())) {
        c.role = { kind: "extra", label: c.header };
        roles.set(c.col, c.role);
      }
  const moneyGroups = settleSpendingGroups(columns, roles);
  const groups = new Map<string, DetectedColumn[]>();
  for (const c of columns) {
    if (["extra", "name", "code", "notes", "agency"].includes(c.role.kind)) continue;
    const k = roleKey(c.role);
    groups.set(k, [...(groups.get(k) ?? []), c]);
  }
  for (const list of groups.values()) {
    if (list.length < 2) continue;
    // A budget changed during the year ("anggaran | menjadi_anggaran", "Semula | Menjadi"): the one in force.
    const keep =
      list.find((c) => /(total|jumlah)/i.test(c.header)) ??
      list.find((c) => AFTER_CHANGE.test(c.header) && !/(sebelum|semula|murni)/i.test(c.header)) ??
      list[list.length - 1];
    for (const c of list)
      if (c !== keep) {
        c.role = { kind: "extra", label: c.header };
        roles.set(c.col, c.role);
      }
  }
  return moneyGroups;
}

/**
 * Code columns without a header of their own to the right of a "Kode" column (one header over
 * bidang | organisation | program | kegiatan codes, not merged): code-like values make them code columns.
 */
function extendCodeColumns(
  view: SheetView,
  columns: DetectedColumn[],
  roles: Map<number, ColumnRole>,
  firstData: number,
): void {
  const codeCols = columns.filter((c) => c.role.kind === "code").map((c) => c.col);
  for (const start of codeCols) {
    for (let c = start + 1; c <= view.lastCol && !roles.has(c) && !columns.some((x) => x.col === c); c++) {
      let codes = 0;
      let other = 0;
      for (let r = firstData; r <= Math.min(view.lastRow, firstData + 200); r++) {
        const t = view.text(r, c);
        if (t === "") continue;
        if (/^\d+(\.\d+)+$/.test(t.trim())) codes++;
        else other++;
      }
      if (codes === 0 || other > codes / 10) break;
      const role: ColumnRole = { kind: "code" };
      roles.set(c, role);
      columns.push({ col: c, letter: columnLetter(c), header: "", role });
    }
  }
  columns.sort((a, b) => a.col - b.col);
}

/** Do most rows fill two or more of the level columns (each line repeats its program and activity)? */
function repeatsParents(view: SheetView, f: FlatColumns, first: number, last: number): boolean {
  const cols = [
    ...new Set(
      Object.values(f.levels)
        .flatMap((l) => [l?.code, l?.name])
        .filter((c): c is number => c !== undefined),
    ),
  ];
  let any = 0;
  let several = 0;
  for (let r = first; r <= Math.min(last, first + 300); r++) {
    const filled = cols.filter((c) => view.text(r, c) !== "").length;
    if (filled > 0) any++;
    if (filled >= 2) several++;
  }
  return any > 0 && several * 2 >= any;
}

function levelByColumn(f: FlatColumns): Map<number, "program" | "activity" | "subactivity"> {
  const out = new Map<number, "program" | "activity" | "subactivity">();
  for (const level of ["program", "activity", "subactivity"] as const) {
    const c = f.levels[level];
    if (c?.name !== undefined) out.set(c.name, level);
    if (c?.code !== undefined && c.code !== c.name) out.set(c.code, level);
  }
  return out;
}
