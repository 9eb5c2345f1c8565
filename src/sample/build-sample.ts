/**
 * Builds the bundled sample workbook (samples/contoh-dinas-2024.xlsx) with ExcelJS.
 *
 * Sheet "Renaksi 2024" — layout A (Rencana Aksi / LKj table), quarter II reported:
 *   rows 1–3   title: "RENCANA AKSI DAN CAPAIAN KINERJA TRIWULAN II", agency, "TAHUN ANGGARAN 2024"
 *   rows 5–6   merged two-row header (groups "Target", "Realisasi Kinerja", "Realisasi Keuangan (Rp)"
 *              over "TW I".."TW IV"); row 7 numbering "(1)".."(23)"
 *   rows 8–…   3 programs, 10 activities, 44 sub-activities, then "JUMLAH"; signature block below
 *   columns    A Kode | B Program/Kegiatan/Sub Kegiatan | C Indikator Kinerja | D Satuan | E Sifat |
 *              F Polaritas | G Target 2024 | H–K Target TW I–IV | L–O Realisasi Kinerja TW I–IV |
 *              P Pagu Anggaran (Rp) | Q–T Realisasi Keuangan (Rp) TW I–IV |
 *              U % Capaian Kinerja s.d TW II | V % Capaian Keuangan | W Keterangan
 *   Activity/program budget and spending cells are =SUM formulas with cached results; sub-activity
 *   % cells are formulas with cached results (numbers where an input holds text such as "3 Dok").
 * Sheet "IKU" — key indicators (rows 5–6 header + numbering, data rows 7–10).
 *
 * Deterministic: no clock, no randomness. The deliberate defects are listed in `defects` (and in
 * README-defects.md).
 */
import ExcelJS from "exceljs";
import {
  AGENCY,
  KEY_INDICATORS,
  PROGRAMS,
  YEAR,
  type Activity,
  type Program,
  type SubActivity,
  type Typed,
} from "./data";

export const SAMPLE_FILE_NAME = "contoh-dinas-2024.xlsx";
export const PLAN_SHEET = "Renaksi 2024";
export const IKU_SHEET = "IKU";
/** Fixed timestamp written into the workbook properties and the zip entries. */
export const SAMPLE_DATE = { year: 2024, month: 7, day: 15 };

export interface SampleDefect {
  id: string;
  /** Rule id of domain.md §6 the engine is expected to raise. */
  rule: string;
  sheet: string;
  cell: string;
  description: string;
}

export interface SampleLayout {
  planSheet: string;
  titleRows: [number, number];
  headerRows: [number, number];
  numberingRow: number;
  dataRows: [number, number];
  totalRow: number;
  programRows: number[];
  activityRows: number[];
  subactivityRows: number[];
  signatureRows: [number, number];
  ikuSheet: string;
  ikuHeaderRows: [number, number];
  ikuDataRows: [number, number];
}

export interface Sample {
  workbook: ExcelJS.Workbook;
  defects: SampleDefect[];
  layout: SampleLayout;
}

// Column numbers of the plan sheet.
const C = {
  code: 1,
  name: 2,
  indicator: 3,
  unit: 4,
  sifat: 5,
  polaritas: 6,
  target: 7,
  tq1: 8,
  rq1: 12,
  pagu: 16,
  sq1: 17,
  perf: 21,
  budgetPct: 22,
  note: 23,
} as const;
const WIDTH = 23;
const L = (c: number) => String.fromCharCode(64 + c);

/** Half away from zero to 2 decimals, as Excel's ROUND. */
export function round2(x: number): number {
  const s = x < 0 ? -1 : 1;
  return (s * Math.round(Math.abs(x) * 100 + 1e-9)) / 100;
}

/** The number in a typed cell: 10 → 10, "10 Dok" → 10, "-" / empty / malformed → null. */
export function typedNumber(v: Typed): number | null {
  if (typeof v === "number") return v;
  if (v === null) return null;
  const m = /^\s*(\d+(?:,\d+)?)\s*[A-Za-z%]*\s*$/.exec(v);
  return m ? Number(m[1].replace(",", ".")) : null;
}

const isTextValue = (v: Typed) => typeof v === "string";

// ---------------------------------------------------------------- figures (domain.md §5)

function targetToDate(s: SubActivity, n: number): number {
  let t = 0;
  for (let q = 0; q < n; q++) t += typedNumber(s.tq[q]) ?? 0;
  return t;
}

function realizationToDate(s: SubActivity, n: number): number {
  if (s.sifat === "Non Kumulatif") {
    for (let q = n - 1; q >= 0; q--) {
      const v = typedNumber(s.real[q] ?? null);
      if (v !== null) return v;
    }
    return 0;
  }
  let r = 0;
  for (let q = 0; q < n; q++) r += typedNumber(s.real[q] ?? null) ?? 0;
  return r;
}

function subPerformance(s: SubActivity, n: number): number | null {
  const target = typedNumber(s.target);
  if (!target) return null;
  const r = realizationToDate(s, n);
  return s.polaritas === "Negatif" ? Math.max(0, ((2 * target - r) / target) * 100) : (r / target) * 100;
}

function mean(xs: number[]): number | null {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null;
}

function activityRealization(a: Activity, n: number): number | null {
  const xs: number[] = [];
  for (const s of a.subs) {
    const p = subPerformance(s, n);
    if (targetToDate(s, n) > 0 && p !== null) xs.push(p);
  }
  return mean(xs);
}

function programRealization(p: Program, n: number): number | null {
  if (p.measured) return p.measured[n - 1];
  return mean(p.activities.map((a) => activityRealization(a, n)).filter((x): x is number => x !== null));
}

// ---------------------------------------------------------------- styles

const THIN: ExcelJS.Border = { style: "thin", color: { argb: "FF000000" } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFBDD7EE" } };
const PROGRAM_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFCE4D6" } };
const ACTIVITY_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } };
const TOTAL_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9D9D9" } };
const RUPIAH = "#,##0";
const PCT = "0.00";

function formula(f: string, result: number | { error: string }): ExcelJS.CellFormulaValue {
  return { formula: f, result: result as ExcelJS.CellFormulaValue["result"], date1904: false };
}

function put(ws: ExcelJS.Worksheet, row: number, col: number, v: Typed | ExcelJS.CellFormulaValue): ExcelJS.Cell {
  const cell = ws.getCell(row, col);
  cell.value = v as ExcelJS.CellValue;
  return cell;
}

function titleBlock(ws: ExcelJS.Worksheet, lines: string[], width: number): void {
  lines.forEach((line, i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.value = line;
    cell.font = { bold: true, size: i === 0 ? 14 : 12 };
    cell.alignment = { horizontal: "center", vertical: "middle" };
    ws.mergeCells(i + 1, 1, i + 1, width);
  });
}

function headerCell(cell: ExcelJS.Cell, v: string): void {
  cell.value = v;
  cell.font = { bold: true };
  cell.fill = HEADER_FILL;
  cell.border = BORDER;
  cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
}

// ---------------------------------------------------------------- plan sheet

function buildPlanSheet(
  wb: ExcelJS.Workbook,
  defects: SampleDefect[],
): Omit<SampleLayout, "ikuSheet" | "ikuHeaderRows" | "ikuDataRows"> {
  const ws = wb.addWorksheet(PLAN_SHEET, {
    properties: { tabColor: { argb: "FF2F5597" } },
    pageSetup: {
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "5:7",
    },
    views: [{ state: "frozen", xSplit: 2, ySplit: 7, topLeftCell: "C8", activeCell: "C8" }],
  });
  titleBlock(ws, ["RENCANA AKSI DAN CAPAIAN KINERJA TRIWULAN II", AGENCY, `TAHUN ANGGARAN ${YEAR}`], WIDTH);

  // Header rows 5–6 and numbering row 7.
  const single: [number, string][] = [
    [C.code, "Kode"],
    [C.name, "Program/Kegiatan/Sub Kegiatan"],
    [C.indicator, "Indikator Kinerja"],
    [C.unit, "Satuan"],
    [C.sifat, "Sifat"],
    [C.polaritas, "Polaritas"],
    [C.target, `Target ${YEAR}`],
    [C.pagu, "Pagu Anggaran (Rp)"],
    [C.perf, "% Capaian Kinerja s.d TW II"],
    [C.budgetPct, "% Capaian Keuangan"],
    [C.note, "Keterangan"],
  ];
  for (const [c, text] of single) {
    headerCell(ws.getCell(5, c), text);
    headerCell(ws.getCell(6, c), "");
    ws.getCell(6, c).value = null;
    ws.mergeCells(5, c, 6, c);
  }
  const groups: [number, string][] = [
    [C.tq1, "Target"],
    [C.rq1, "Realisasi Kinerja"],
    [C.sq1, "Realisasi Keuangan (Rp)"],
  ];
  for (const [c, text] of groups) {
    headerCell(ws.getCell(5, c), text);
    for (let k = 1; k < 4; k++) (headerCell(ws.getCell(5, c + k), ""), (ws.getCell(5, c + k).value = null));
    ws.mergeCells(5, c, 5, c + 3);
    ["TW I", "TW II", "TW III", "TW IV"].forEach((tw, k) => headerCell(ws.getCell(6, c + k), tw));
  }
  for (let c = 1; c <= WIDTH; c++) {
    headerCell(ws.getCell(7, c), `(${c})`);
    ws.getCell(7, c).font = { italic: true, size: 9 };
  }

  const widths = [9, 48, 40, 10, 13, 10, 10, 7, 7, 7, 7, 7, 7, 7, 7, 17, 15, 15, 15, 15, 12, 12, 24];
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.getRow(5).height = 30;
  ws.getRow(6).height = 18;

  let r = 8;
  const programRows: number[] = [];
  const activityRows: number[] = [];
  const subactivityRows: number[] = [];

  const styleRow = (
    row: number,
    font: Partial<ExcelJS.Font> | undefined,
    fill: ExcelJS.Fill | undefined,
    indent: number,
  ) => {
    for (let c = 1; c <= WIDTH; c++) {
      const cell = ws.getCell(row, c);
      cell.border = BORDER;
      if (font) cell.font = font;
      if (fill) cell.fill = fill;
      if (c >= C.pagu && c < C.perf) cell.numFmt = RUPIAH;
      if (c === C.perf || c === C.budgetPct) cell.numFmt = PCT;
      cell.alignment =
        c === C.name
          ? { wrapText: true, vertical: "top", indent }
          : c === C.indicator || c === C.note
            ? { wrapText: true, vertical: "top" }
            : {
                vertical: "top",
                horizontal: c <= C.polaritas && c !== C.code ? "left" : c === C.code ? "left" : "right",
              };
    }
  };
  const sumCells = (col: number, rows: number[], contiguous: boolean, values: number[]) => {
    const ref = contiguous
      ? `${L(col)}${rows[0]}:${L(col)}${rows[rows.length - 1]}`
      : rows.map((x) => `${L(col)}${x}`).join(",");
    return formula(
      `SUM(${ref})`,
      values.reduce((a, b) => a + b, 0),
    );
  };
  const budgetPctFormula = (row: number, pagu: number, spent: number) =>
    formula(`ROUND(SUM(Q${row}:T${row})/P${row}*100,2)`, round2((spent / pagu) * 100));

  // Values as Excel sees them (for the cached results of parents).
  const paguValue = new Map<number, number>();
  const spendValue = new Map<number, [number, number]>();
  const programRowList: number[] = [];

  PROGRAMS.forEach((program, pi) => {
    const pRow = r++;
    programRows.push(pRow);
    programRowList.push(pRow);
    const actRows: number[] = [];
    program.activities.forEach((activity, ai) => {
      const aRow = r++;
      activityRows.push(aRow);
      actRows.push(aRow);
      const subRows: number[] = [];
      activity.subs.forEach((s, si) => {
        const sRow = r++;
        subactivityRows.push(sRow);
        subRows.push(sRow);
        writeSub(sRow, s, `${pi + 1}.${ai + 1}.${si + 1}`);
      });
      writeActivity(aRow, activity, `${pi + 1}.${ai + 1}`, subRows);
    });
    writeProgram(pRow, program, `${pi + 1}`, actRows);
  });

  function writeSub(row: number, s: SubActivity, code: string): void {
    styleRow(row, undefined, undefined, 2);
    put(ws, row, C.code, code);
    put(ws, row, C.name, s.name);
    put(ws, row, C.indicator, s.indicator);
    put(ws, row, C.unit, s.unit);
    put(ws, row, C.sifat, s.sifat);
    put(ws, row, C.polaritas, s.polaritas);
    put(ws, row, C.target, s.target);
    s.tq.forEach((v, q) => put(ws, row, C.tq1 + q, v === 0 ? "-" : v));
    s.real.forEach((v, q) => put(ws, row, C.rq1 + q, v));
    put(ws, row, C.pagu, s.pagu);
    s.spend.forEach((v, q) => put(ws, row, C.sq1 + q, v));
    if (s.note) put(ws, row, C.note, s.note);
    paguValue.set(row, s.pagu);
    const spend = s.spend.map((v) => (typeof v === "number" ? v : 0)) as [number, number];
    spendValue.set(row, spend);

    // % Capaian Kinerja s.d TW II.
    const perf = subPerformance(s, 2);
    const g = `G${row}`;
    if (s.statedPerfOverride !== undefined) {
      put(ws, row, C.perf, s.statedPerfOverride);
      defects.push({
        id: "stated-pct-wrong",
        rule: "stated-value-mismatch",
        sheet: PLAN_SHEET,
        cell: `U${row}`,
        description: `% capaian kinerja ditulis ${s.statedPerfOverride} (angka ketikan), padahal realisasi s.d TW II ${realizationToDate(s, 2)} dari target ${typedNumber(s.target)} = ${round2(perf ?? 0)} %.`,
      });
    } else if (perf === null) {
      put(ws, row, C.perf, "-");
    } else if (isTextValue(s.target) || s.real.some(isTextValue)) {
      put(ws, row, C.perf, round2(perf));
    } else if (s.sifat === "Non Kumulatif" && s.polaritas === "Negatif") {
      put(ws, row, C.perf, formula(`MAX(0,ROUND((2*${g}-M${row})/${g}*100,2))`, round2(perf)));
    } else if (s.sifat === "Non Kumulatif") {
      put(ws, row, C.perf, formula(`ROUND(M${row}/${g}*100,2)`, round2(perf)));
    } else {
      put(ws, row, C.perf, formula(`ROUND(SUM(L${row}:M${row})/${g}*100,2)`, round2(perf)));
    }

    // % Capaian Keuangan.
    if (s.budgetPctRefError) {
      put(ws, row, C.budgetPct, formula(`ROUND(SUM(#REF!)/P${row}*100,2)`, { error: "#REF!" }));
      defects.push({
        id: "ref-error",
        rule: "error-value",
        sheet: PLAN_SHEET,
        cell: `V${row}`,
        description:
          "Rumus % capaian keuangan merujuk sel yang sudah dihapus: =ROUND(SUM(#REF!)/P…*100,2), hasilnya #REF!.",
      });
    } else {
      put(ws, row, C.budgetPct, budgetPctFormula(row, s.pagu, spend[0] + spend[1]));
    }

    // Defects carried by the data itself.
    const unparseable = s.spend.findIndex((v) => typeof v === "string");
    if (unparseable >= 0) {
      defects.push({
        id: "unparseable",
        rule: "unparseable-value",
        sheet: PLAN_SHEET,
        cell: `${L(C.sq1 + unparseable)}${row}`,
        description: `Realisasi keuangan TW ${unparseable + 1} berisi teks "${s.spend[unparseable]}" yang bukan angka (salah ketik); SUM di baris induk mengabaikannya.`,
      });
    }
    if (spend[0] + spend[1] > s.pagu) {
      defects.push({
        id: "over-budget",
        rule: "over-budget",
        sheet: PLAN_SHEET,
        cell: `R${row}`,
        description: `Realisasi keuangan s.d TW II (Q${row} + R${row} = ${spend[0] + spend[1]}) melebihi pagu P${row} (${s.pagu}).`,
      });
    }
    if (typedNumber(s.target) === null && s.real.some((v) => v !== null)) {
      defects.push({
        id: "realization-without-target",
        rule: "missing-target",
        sheet: PLAN_SHEET,
        cell: `M${row}`,
        description: `Ada realisasi kinerja (L${row}, M${row}) tetapi target tahunan G${row} dan target triwulan kosong.`,
      });
    }
    const t = typedNumber(s.target);
    const tq = s.tq.map(typedNumber);
    const nonEmpty = tq.filter((x): x is number => x !== null && x !== 0);
    const flowOk = tq.reduce<number>((a, b) => a + (b ?? 0), 0) === t;
    const levelOk = nonEmpty.length > 0 && nonEmpty.every((x) => x === t);
    const cumOk =
      nonEmpty.length > 0 &&
      nonEmpty.every((x, i) => i === 0 || x >= nonEmpty[i - 1]) &&
      nonEmpty[nonEmpty.length - 1] === t;
    if (t !== null && !flowOk && !levelOk && !cumOk) {
      defects.push({
        id: "quarter-targets",
        rule: "quarter-targets-vs-annual",
        sheet: PLAN_SHEET,
        cell: `G${row}`,
        description: `Target triwulan ${tq.map((x) => x ?? "-").join(", ")} tidak cocok dengan target tahunan ${t} (jumlahnya ${nonEmpty.reduce((a, b) => a + b, 0)}, bukan nilai tetap, bukan kumulatif).`,
      });
    }
  }

  function writeActivity(row: number, a: Activity, code: string, subRows: number[]): void {
    styleRow(row, { bold: true }, ACTIVITY_FILL, 1);
    put(ws, row, C.code, code);
    put(ws, row, C.name, a.name);
    put(ws, row, C.indicator, a.indicator);
    put(ws, row, C.unit, "%");
    put(ws, row, C.polaritas, "Positif");
    put(ws, row, C.target, a.target);
    a.tq.forEach((v, q) => put(ws, row, C.tq1 + q, v));
    const r1 = activityRealization(a, 1);
    const r2 = activityRealization(a, 2);
    if (r1 !== null) put(ws, row, C.rq1, round2(r1));
    if (r2 !== null) put(ws, row, C.rq1 + 1, round2(r2));
    const paguSum = subRows.reduce((acc, x) => acc + (paguValue.get(x) ?? 0), 0);
    let pagu = paguSum;
    if (a.hardcodedBudgetDelta) {
      pagu = paguSum + a.hardcodedBudgetDelta;
      put(ws, row, C.pagu, pagu);
      defects.push({
        id: "hardcoded-budget",
        rule: "sum-mismatch",
        sheet: PLAN_SHEET,
        cell: `P${row}`,
        description: `Pagu kegiatan diketik sebagai angka ${pagu} (bukan rumus =SUM); jumlah pagu sub kegiatannya ${paguSum} (selisih ${a.hardcodedBudgetDelta}). Pagu program dan JUMLAH yang menjumlahkan sel ini ikut berbeda dari jumlah sub kegiatan.`,
      });
    } else {
      put(
        ws,
        row,
        C.pagu,
        sumCells(
          C.pagu,
          subRows,
          true,
          subRows.map((x) => paguValue.get(x) ?? 0),
        ),
      );
    }
    paguValue.set(row, pagu);
    const spend: [number, number] = [0, 0];
    for (let q = 0; q < 2; q++) {
      const vals = subRows.map((x) => spendValue.get(x)?.[q] ?? 0);
      spend[q] = vals.reduce((x, y) => x + y, 0);
      put(ws, row, C.sq1 + q, sumCells(C.sq1 + q, subRows, true, vals));
    }
    spendValue.set(row, spend);
    if (r2 !== null) put(ws, row, C.perf, round2((r2 / a.target) * 100));
    put(ws, row, C.budgetPct, budgetPctFormula(row, pagu, spend[0] + spend[1]));
  }

  function writeProgram(row: number, p: Program, code: string, actRows: number[]): void {
    styleRow(row, { bold: true }, PROGRAM_FILL, 0);
    put(ws, row, C.code, code);
    put(ws, row, C.name, p.name);
    put(ws, row, C.indicator, p.indicator);
    put(ws, row, C.unit, "%");
    put(ws, row, C.polaritas, "Positif");
    put(ws, row, C.target, p.target);
    p.tq.forEach((v, q) => put(ws, row, C.tq1 + q, v));
    const r1 = programRealization(p, 1);
    const r2 = programRealization(p, 2);
    if (r1 !== null) put(ws, row, C.rq1, round2(r1));
    if (r2 !== null) put(ws, row, C.rq1 + 1, round2(r2));
    const paguVals = actRows.map((x) => paguValue.get(x) ?? 0);
    put(ws, row, C.pagu, sumCells(C.pagu, actRows, false, paguVals));
    const pagu = paguVals.reduce((a, b) => a + b, 0);
    paguValue.set(row, pagu);
    const spend: [number, number] = [0, 0];
    for (let q = 0; q < 2; q++) {
      const vals = actRows.map((x) => spendValue.get(x)?.[q] ?? 0);
      spend[q] = vals.reduce((a, b) => a + b, 0);
      put(ws, row, C.sq1 + q, sumCells(C.sq1 + q, actRows, false, vals));
    }
    spendValue.set(row, spend);
    if (r2 !== null) put(ws, row, C.perf, round2((r2 / p.target) * 100));
    put(ws, row, C.budgetPct, budgetPctFormula(row, pagu, spend[0] + spend[1]));
    if (p.measured) put(ws, row, C.note, "Realisasi program diukur langsung dari indikator program");
  }

  // Total row.
  const totalRow = r++;
  styleRow(totalRow, { bold: true }, TOTAL_FILL, 0);
  put(ws, totalRow, C.name, "JUMLAH");
  ws.getCell(totalRow, C.name).alignment = { horizontal: "center", vertical: "top" };
  const tPagu = programRowList.map((x) => paguValue.get(x) ?? 0);
  put(ws, totalRow, C.pagu, sumCells(C.pagu, programRowList, false, tPagu));
  const tSpend: number[] = [];
  for (let q = 0; q < 2; q++) {
    const vals = programRowList.map((x) => spendValue.get(x)?.[q] ?? 0);
    tSpend.push(vals.reduce((a, b) => a + b, 0));
    put(ws, totalRow, C.sq1 + q, sumCells(C.sq1 + q, programRowList, false, vals));
  }
  const totalPagu = tPagu.reduce((a, b) => a + b, 0);
  put(ws, totalRow, C.budgetPct, budgetPctFormula(totalRow, totalPagu, tSpend[0] + tSpend[1]));

  // Signature block (columns T–W), two rows below the table.
  const sigLines = [
    `Kabupaten Contoh, 15 Juli ${YEAR}`,
    "KEPALA DINAS CONTOH",
    "KABUPATEN CONTOH",
    "",
    "",
    "",
    "CONTOH NAMA PEJABAT, S.Kom., M.Si.",
    "Pembina Utama Muda",
    "NIP. 19700101 199503 1 001",
  ];
  const sigTop = totalRow + 3;
  sigLines.forEach((line, i) => {
    const row = sigTop + i;
    const cell = ws.getCell(row, 20);
    if (line) cell.value = line;
    cell.alignment = { horizontal: "center" };
    if (i === 1 || i === 2) cell.font = { bold: true };
    if (i === 6) cell.font = { bold: true, underline: true };
    ws.mergeCells(row, 20, row, WIDTH);
  });

  return {
    planSheet: PLAN_SHEET,
    titleRows: [1, 3],
    headerRows: [5, 6],
    numberingRow: 7,
    dataRows: [8, totalRow],
    totalRow,
    programRows,
    activityRows,
    subactivityRows,
    signatureRows: [sigTop, sigTop + sigLines.length - 1],
  };
}

// ---------------------------------------------------------------- key indicators sheet

function buildIkuSheet(wb: ExcelJS.Workbook): { headerRows: [number, number]; dataRows: [number, number] } {
  const width = 11;
  const ws = wb.addWorksheet(IKU_SHEET, {
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  titleBlock(ws, ["INDIKATOR KINERJA UTAMA (IKU)", AGENCY, `CAPAIAN S.D. TRIWULAN II TAHUN ${YEAR}`], width);
  const headers = [
    "No",
    "Sasaran Strategis",
    "Indikator Kinerja Utama",
    "Satuan",
    "Polaritas",
    `Target ${YEAR}`,
    "Pembilang",
    "Penyebut",
    "Realisasi",
    "Capaian (%)",
    "Keterangan",
  ];
  headers.forEach((h, i) => headerCell(ws.getCell(5, i + 1), h));
  headers.forEach((_, i) => {
    headerCell(ws.getCell(6, i + 1), `(${i + 1})`);
    ws.getCell(6, i + 1).font = { italic: true, size: 9 };
  });
  [5, 42, 48, 9, 10, 10, 11, 11, 11, 12, 30].forEach((w, i) => (ws.getColumn(i + 1).width = w));

  let r = 7;
  KEY_INDICATORS.forEach((k, i) => {
    const row = r++;
    for (let c = 1; c <= width; c++) {
      const cell = ws.getCell(row, c);
      cell.border = BORDER;
      cell.alignment = c === 2 || c === 3 || c === 11 ? { wrapText: true, vertical: "top" } : { vertical: "top" };
      if (c >= 9 && c <= 10) cell.numFmt = PCT;
    }
    put(ws, row, 1, i + 1);
    put(ws, row, 2, k.objective);
    put(ws, row, 3, k.name);
    put(ws, row, 4, k.unit);
    put(ws, row, 5, k.polaritas);
    put(ws, row, 6, k.target);
    put(ws, row, 7, k.numerator);
    put(ws, row, 8, k.denominator);
    if (k.numerator !== null && k.denominator) {
      const real = round2((k.numerator / k.denominator) * 100);
      put(ws, row, 9, formula(`ROUND(G${row}/H${row}*100,2)`, real));
      const perf =
        k.polaritas === "Negatif"
          ? Math.max(0, round2(((2 * k.target - real) / k.target) * 100))
          : round2((real / k.target) * 100);
      put(
        ws,
        row,
        10,
        formula(
          k.polaritas === "Negatif"
            ? `MAX(0,ROUND((2*F${row}-I${row})/F${row}*100,2))`
            : `ROUND(I${row}/F${row}*100,2)`,
          perf,
        ),
      );
    }
    if (k.note) put(ws, row, 11, k.note);
  });
  return { headerRows: [5, 6], dataRows: [7, r - 1] };
}

/** Builds the sample workbook in memory. */
export function buildSample(): Sample {
  const wb = new ExcelJS.Workbook();
  const when = new Date(Date.UTC(SAMPLE_DATE.year, SAMPLE_DATE.month - 1, SAMPLE_DATE.day));
  wb.creator = "Dinas Contoh Kabupaten Contoh";
  wb.lastModifiedBy = "Dinas Contoh Kabupaten Contoh";
  wb.created = when;
  wb.modified = when;
  wb.title = `Rencana Aksi dan Capaian Kinerja Triwulan II ${YEAR} (contoh)`;
  const defects: SampleDefect[] = [];
  const plan = buildPlanSheet(wb, defects);
  const iku = buildIkuSheet(wb);
  return {
    workbook: wb,
    defects,
    layout: { ...plan, ikuSheet: IKU_SHEET, ikuHeaderRows: iku.headerRows, ikuDataRows: iku.dataRows },
  };
}
