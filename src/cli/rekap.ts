/**
 * The consolidation workbook of a several-files run (`rekap-capaian.xlsx`, contract.md): one row
 * per file/agency with counts, totals, % serapan, the average % capaian kinerja of its programs,
 * the predicate of that average and finding counts; then a bold "Jumlah" row.
 */
import ExcelJS from "exceljs";
import { saveAtomic } from "../xlsx/save";
import { REKAP } from "../i18n/cli";
import type { FileStats } from "./stats";

const RUPIAH = "#,##0";
const PCT = "0.00";
const INT = "0";

interface RekapColumn {
  header: string;
  width: number;
  numFmt?: string;
  value: (s: FileStats) => string | number | null;
  /** Value in the "Jumlah" row (undefined = empty). */
  total?: (all: FileStats[]) => number | string | null;
}

const sum = (all: FileStats[], f: (s: FileStats) => number) => all.reduce((a, s) => a + f(s), 0);

function columns(scaleName: string): RekapColumn[] {
  const C = REKAP.columns;
  return [
    { header: C.file, width: 34, value: (s) => s.file, total: () => REKAP.total },
    { header: C.agency, width: 36, value: (s) => s.agency },
    { header: C.year, width: 8, numFmt: INT, value: (s) => s.year },
    { header: C.quarter, width: 10, numFmt: INT, value: (s) => s.quarter },
    { header: C.programs, width: 10, numFmt: INT, value: (s) => s.programs, total: (a) => sum(a, (s) => s.programs) },
    {
      header: C.activities,
      width: 10,
      numFmt: INT,
      value: (s) => s.activities,
      total: (a) => sum(a, (s) => s.activities),
    },
    {
      header: C.subactivities,
      width: 13,
      numFmt: INT,
      value: (s) => s.subactivities,
      total: (a) => sum(a, (s) => s.subactivities),
    },
    { header: C.budget, width: 20, numFmt: RUPIAH, value: (s) => s.budget, total: (a) => sum(a, (s) => s.budget) },
    {
      header: C.spent,
      width: 20,
      numFmt: RUPIAH,
      value: (s) => s.spentToDate,
      total: (a) => sum(a, (s) => s.spentToDate),
    },
    {
      header: C.absorption,
      width: 11,
      numFmt: PCT,
      value: (s) => s.budgetPct,
      total: (a) => {
        const budget = sum(a, (s) => s.budget);
        return budget > 0 ? (sum(a, (s) => s.spentToDate) / budget) * 100 : null;
      },
    },
    { header: C.performance, width: 22, numFmt: PCT, value: (s) => s.averageProgramPerformance },
    { header: C.predicate(scaleName), width: 24, value: (s) => s.averagePredicate },
    {
      header: C.errors,
      width: 9,
      numFmt: INT,
      value: (s) => s.findings.error,
      total: (a) => sum(a, (s) => s.findings.error),
    },
    {
      header: C.warnings,
      width: 12,
      numFmt: INT,
      value: (s) => s.findings.warning,
      total: (a) => sum(a, (s) => s.findings.warning),
    },
    {
      header: C.infos,
      width: 9,
      numFmt: INT,
      value: (s) => s.findings.info,
      total: (a) => sum(a, (s) => s.findings.info),
    },
  ];
}

export function buildRekapWorkbook(stats: FileStats[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Capaian (hitung-capaian)";
  const cols = columns(stats[0]?.scaleName ?? "");
  const ws = wb.addWorksheet(REKAP.sheetName, {
    views: [{ state: "frozen", xSplit: 0, ySplit: 1 }],
    pageSetup: { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "1:1" },
  });
  ws.columns = cols.map((c) => ({ width: c.width, style: c.numFmt ? { numFmt: c.numFmt } : {} }));

  const header = ws.getRow(1);
  cols.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
    cell.border = { bottom: { style: "thin" } };
  });
  header.height = 32;

  stats.forEach((s, r) => {
    const row = ws.getRow(r + 2);
    cols.forEach((c, i) => {
      const v = c.value(s);
      const cell = row.getCell(i + 1);
      cell.value = typeof v === "number" && !Number.isFinite(v) ? null : v;
      if (c.numFmt) cell.numFmt = c.numFmt;
    });
  });

  const totalRow = ws.getRow(stats.length + 2);
  cols.forEach((c, i) => {
    const cell = totalRow.getCell(i + 1);
    const v = c.total ? c.total(stats) : null;
    cell.value = typeof v === "number" && !Number.isFinite(v) ? null : v;
    if (c.numFmt) cell.numFmt = c.numFmt;
    cell.font = { bold: true };
    cell.border = { top: { style: "thin" } };
  });

  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, stats.length + 1), column: cols.length } };
  return wb;
}

/** Build and save atomically. Returns the absolute path written. */
export async function writeRekap(stats: FileStats[], outPath: string): Promise<string> {
  return saveAtomic(buildRekapWorkbook(stats), outPath);
}
