/**
 * Layout detection (layouts.md): which sheets hold which tables, where their headers and data
 * rows are, and what each column means.
 */
import type { Grid } from "../grid";
import type { LayoutReport, Options, Quarter } from "../types";
import type { FactPlace, LayoutSays, ReadFact } from "../facts";
import { NoTableError, MappingError } from "../errors";
import { layoutText } from "../../i18n/layout";
import { SheetView } from "./sheet-view";
import { findTables, type TableLayout } from "./tables";
import { readTitle, type TitleInfo } from "./title";
import { applyMapping } from "./mapping";
import { dropCopies } from "./copies";
import { columnLetter } from "../grid";
import { bareQuarter, quarterIn } from "./quarter";
import { applyThousands } from "./thousands";
import { applyMonthly } from "./monthly";
import { monthSeries } from "./month-series";
import { readingFacts } from "./readings";
import { isReferenceList } from "./reference-list";
import { yearFromColumn } from "./year-column";
import { READING_TEXT } from "../../i18n/reading";
import { parseCell } from "../values/parse";

export type { TableLayout } from "./tables";

export interface Detection {
  report: LayoutReport;
  tables: TableLayout[];
  /** What detection decided that the user should know, in detection order (judged in checks/). */
  facts: ReadFact[];
}

function placeAt(sheet: string, row: number, col: number): FactPlace {
  return { sheet, row, cell: `${columnLetter(col)}${row}`, code: null, name: null };
}

function info(sheet: string, row: number, col: number, says: LayoutSays): ReadFact {
  return { kind: "layoutNote", at: placeAt(sheet, row, col), says };
}

export function detectLayout(grids: Grid[], options: Options): Detection {
  if (grids.length === 0) throw new NoTableError(layoutText.noSheets, []);
  const facts: ReadFact[] = [];
  const skippedSheets: LayoutReport["skippedSheets"] = [];
  let all: TableLayout[] = [];
  const titles: TitleInfo[] = [];
  const titleBySheet = new Map<string, TitleInfo>();
  const mappingErrors: string[] = [];
  const lookedAt: string[] = [];
  const emptyTables: { sheet: string; first: number; last: number }[] = [];
  const referenceSheets: string[] = [];

  for (const grid of grids) {
    if (grid.productOutput) {
      skippedSheets.push({ sheet: grid.sheet, reason: layoutText.outputSheetSkipped });
      continue;
    }
    lookedAt.push(grid.sheet);
    const view = new SheetView(grid);
    if (!options.mapping && isReferenceList(view)) {
      // A nomenclature / reference list: nothing to compute on it (one sentence, no findings).
      skippedSheets.push({ sheet: grid.sheet, reason: READING_TEXT.referenceListReason });
      referenceSheets.push(grid.sheet);
      continue;
    }
    const emptyBefore = emptyTables.length;
    let tables = findTables(view, emptyTables);
    if (options.mapping) {
      const applied = applyMapping(view, tables, options.mapping);
      tables = applied.tables;
      mappingErrors.push(...applied.errors);
    }
    const title = readTitle(view, tables[0]?.table.headerRows.first ?? Math.min(view.lastRow + 1, view.firstRow + 15));
    titles.push(title);
    titleBySheet.set(grid.sheet, title);
    if (tables.length === 0) {
      // A sheet whose table has headers but no rows yet is said once, below (nothingToCompute).
      if (grid.cells.length > 0 && emptyTables.length === emptyBefore) {
        skippedSheets.push({ sheet: grid.sheet, reason: layoutText.sheetSkippedReason });
        facts.push(info(grid.sheet, grid.top, grid.left, { text: "sheetSkipped", sheet: grid.sheet }));
      }
      continue;
    }
    all.push(...tables);
  }
  if (mappingErrors.length > 0) throw new MappingError(layoutText.mappingInvalid(mappingErrors));
  if (!all.some((t) => t.table.kind === "plan")) {
    // A template with its headers but no rows yet, or a nomenclature list, is a readable workbook
    // with nothing to compute: an empty report that says why (one warning), not a refusal.
    const empty = emptyTables[0];
    if (!empty && referenceSheets.length === 0) throw new NoTableError(layoutText.noTable(lookedAt), lookedAt);
    const [sheet, row, col, sentence] = empty
      ? [empty.sheet, empty.first, 1, layoutText.headersOnly(empty.sheet, empty.first, empty.last)]
      : [referenceSheets[0], 1, 1, READING_TEXT.referenceList(referenceSheets)];
    facts.push(info(sheet, row, col, { text: "nothingToCompute", sentence }));
    const title = titles.find((t) => t.agency || t.year);
    const report: LayoutReport = {
      tables: [],
      skippedSheets,
      agency: title?.agency ?? null,
      year: titles.find((t) => t.year)?.year ?? null,
      quarter: titles.find((t) => t.quarter)?.quarter ?? null,
    };
    return { report, tables: [], facts };
  }

  const sheetQuarter = (sheet: string): number | null => {
    const q =
      quarterIn(sheet) ??
      (bareQuarter(sheet.replace(/^(triwulan|tw)\s*/i, ""))
        ? { quarter: bareQuarter(sheet.replace(/^(triwulan|tw)\s*/i, ""))! }
        : null);
    return q?.quarter ?? titleBySheet.get(sheet)?.quarter ?? null;
  };
  const { kept, copies } = dropCopies(all, sheetQuarter, options.quarter);
  for (const [original, list] of [...copies]) {
    // One sheet per month: the latest month with realisation is processed, the others feed it.
    const ms = monthSeries([original, ...list]);
    if (!ms) continue;
    copies.delete(original);
    ms.base.series = ms.series;
    ms.base.table.copies = ms.series.months.filter((x) => x.t !== ms.base).map((x) => x.t.view.sheet);
    kept[kept.indexOf(original)] = ms.base;
    // The info is said by the model, once it knows whether the months are cumulative.
  }
  for (const [original, list] of copies) {
    original.table.copies = list.map((t) => t.view.sheet);
    const perQuarter = [original, ...list].every((t) => sheetQuarter(t.view.sheet) !== null);
    const says: LayoutSays = perQuarter
      ? { text: "quarterSheets", used: original.view.sheet, others: original.table.copies }
      : { text: "copyOf", copies: original.table.copies, original: original.view.sheet };
    facts.push(info(list[0].view.sheet, list[0].table.headerRows.first, list[0].view.firstCol, says));
  }
  all = kept;

  const agency = titles.find((t) => t.agency)?.agency ?? null;
  const year = titles.find((t) => t.year)?.year ?? yearFromColumn(all);
  const quarter = titles.find((t) => t.quarter)?.quarter ?? null;

  for (const t of all) {
    if (!t.series) resolveUnknownQuarters(t, (sheetQuarter(t.view.sheet) as Quarter | null) ?? quarter);
    // A key-indicator table names its rows by the indicator: nothing assumed there.
    if (t.table.kind === "plan" && !t.table.columns.some((c) => c.role.kind === "name"))
      t.table.assumptions.push(layoutText.noNameColumn);
    if (year)
      for (const hy of t.headerYears)
        if (hy.year !== year) {
          const header = t.table.columns.find((c) => c.col === hy.col)?.header ?? "";
          facts.push({
            kind: "headerYear",
            at: placeAt(t.view.sheet, t.table.headerRows.last, hy.col),
            header,
            year: hy.year,
            reportYear: year,
          });
        }
  }
  const dataSheets = grids.filter((g) => !g.productOutput).length;
  for (const t of all) {
    if (t.table.kind !== "plan") continue;
    applyThousands(t);
    if (!t.series) applyMonthly(t, options.fileName, dataSheets === 1);
    facts.push(...readingFacts(t));
  }
  // What detection assumed is said where the user reads findings too, not only in the detection report.
  for (const t of all)
    for (const a of t.table.assumptions)
      facts.push(info(t.view.sheet, t.table.headerRows.first, t.view.firstCol, { text: "assumed", what: a }));
  const periods = all.filter((t) => t.table.kind === "plan").map((t) => t.table.period);
  const period =
    periods.length > 0 && periods.every((p) => p && p.month === periods[0]!.month) ? periods[0] : undefined;
  const report: LayoutReport = { tables: all.map((t) => t.table), skippedSheets, agency, year, quarter };
  if (period) report.period = period;
  return { report, tables: all, facts };
}

/** The last quarter whose own columns (realisation or spending of that quarter) hold a non-zero number. */
function latestFilledQuarter(t: TableLayout): Quarter | null {
  let latest: Quarter | null = null;
  for (const [col, r] of t.roles) {
    if (r.kind !== "quarterRealization" && r.kind !== "spentQuarter") continue;
    if (latest !== null && r.quarter <= latest) continue;
    for (let row = t.table.dataRows.first; row <= t.table.dataRows.last; row++) {
      const p = parseCell(t.view.raw(row, col));
      if (p.kind === "number" && p.value !== 0) {
        latest = r.quarter;
        break;
      }
    }
  }
  return latest;
}

/** A spending/realization "to date" column that names no quarter: take the title's, else the table's latest. */
function resolveUnknownQuarters(t: TableLayout, titleQuarter: Quarter | null): void {
  let latest = 0;
  for (const r of t.roles.values()) if ("quarter" in r && r.quarter) latest = Math.max(latest, r.quarter);
  // Columns for every quarter but filled only up to TW II (Form E.81 at mid-year): column 12
  // "Realisasi … yang Dievaluasi" = 8 + 9 + 10 + 11 is the figure up to TW II, not TW IV.
  latest = latestFilledQuarter(t) ?? latest;
  for (const c of t.table.columns) {
    const r = c.role;
    if ((r.kind === "spentToDate" || r.kind === "realizationToDate") && (r.quarter as number) === 0) {
      if (!titleQuarter && latest === 0) {
        // Nothing says which quarter: the column states the current figure, used for the quarter computed.
        t.table.assumptions.push(layoutText.quarterCurrent(c.header));
        continue;
      }
      const [q, why] = titleQuarter ? [titleQuarter, layoutText.whyTitle] : [latest as Quarter, layoutText.whyColumns];
      r.quarter = q;
      t.table.assumptions.push(layoutText.quarterAssumed(c.header, q, why));
    }
  }
}
