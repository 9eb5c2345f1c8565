/** A small hand-built ReportInput: 1 group, 2 programs, 3 activities, 5 sub-activities, a total row. */
import type { ReportInput } from "../../../src/domain/report";
import type {
  CalculatedKeyIndicator,
  CalculatedRow,
  DetectedTable,
  Finding,
  Level,
  NumCell,
  RowFigures,
} from "../../../src/domain/types";
import { emptyFigures } from "../../../src/domain/calc/figures";
import { emptyPlanRow } from "../../../src/domain/model/empty-row";

export const PLAN = "Renaksi 2024";
export const IKU = "IKU";
export const FORMULA_NAME = '=HYPERLINK("http://contoh.test","klik")';

const n = (value: number | null, cell = "Z1"): NumCell => ({ value, cell });

function figures(p: Partial<RowFigures>): RowFigures {
  return { ...emptyFigures(), ...p };
}

interface RowArgs {
  id: number;
  row: number;
  level: Level;
  code: string | null;
  name: string;
  parentId: number | null;
  unit?: string | null;
  annual?: number | null;
  qt?: (number | null)[];
  qr?: (number | null)[];
  f?: Partial<RowFigures>;
  isTotal?: boolean;
}

function planRow(a: RowArgs): CalculatedRow {
  const cells = (xs: (number | null)[] | undefined) =>
    [0, 1, 2, 3].map((i) => (xs && xs[i] != null ? n(xs[i] as number) : null));
  return {
    ...emptyPlanRow(a.id, PLAN, a.row),
    level: a.level,
    levelSource: a.isTotal ? "total" : "code",
    code: a.code,
    name: a.name,
    nameCell: `C${a.row}`,
    unit: a.unit ?? null,
    annualTarget: a.annual != null ? n(a.annual, `F${a.row}`) : null,
    quarterTargets: cells(a.qt),
    quarterRealizations: cells(a.qr),
    parentId: a.parentId,
    isTotal: a.isTotal,
    figures: figures(a.f ?? {}),
  };
}

const money = (budget: number, spent: number) => ({
  budget,
  spentToDate: spent,
  budgetPct: (spent / budget) * 100,
  remaining: budget - spent,
});

export const P2_PERF = 100 / 3;
export const A12_PERF = 87.74612345;

export function makeRows(): CalculatedRow[] {
  return [
    planRow({ id: 1, row: 10, level: "group", code: "2.16", name: "Urusan Komunikasi dan Informatika", parentId: null }),
    planRow({
      id: 2, row: 11, level: "program", code: "1", name: "Program Penunjang Urusan", parentId: 1, annual: 100,
      f: { realizationPct: 75.123456, realizationSource: "computed", performancePct: 75.123456, predicate: "Sangat Baik", ...money(1_000_000, 400_000) },
    }),
    planRow({
      id: 3, row: 12, level: "activity", code: "1.1", name: FORMULA_NAME, parentId: 2, annual: 100,
      f: { realizationPct: 62.5, realizationSource: "computed", performancePct: 62.5, predicate: "Baik", ...money(600_000, 300_000) },
    }),
    planRow({
      id: 4, row: 13, level: "subactivity", code: "1.1.1", name: "Penyusunan Dokumen Perencanaan", parentId: 3,
      unit: "Dok", annual: 10, qt: [2, 2, 3, 3], qr: [1, 2, 5, null],
      f: { targetToDate: 4, realizationToDate: 3, performancePct: 30, performanceToDatePct: 75, ...money(400_000, 200_000) },
    }),
    planRow({
      id: 5, row: 14, level: "subactivity", code: "1.1.2", name: "Penyusunan Laporan Keuangan", parentId: 3,
      unit: "Laporan", annual: 4, qt: [1, 1, 1, 1], qr: [1, 1, null, null],
      f: { targetToDate: 2, realizationToDate: 3.8, performancePct: 95, performanceToDatePct: 190, ...money(200_000, 100_000) },
    }),
    planRow({
      id: 6, row: 15, level: "activity", code: "1.2", name: "Kegiatan Administrasi Umum", parentId: 2, annual: 100,
      f: { realizationPct: A12_PERF, realizationSource: "computed", performancePct: A12_PERF, predicate: "Memuaskan", ...money(400_000, 100_000) },
    }),
    planRow({
      id: 7, row: 16, level: "subactivity", code: "1.2.1", name: "Penyediaan Alat Tulis Kantor", parentId: 6,
      unit: "Paket", annual: 12, qt: [3, 3, 3, 3], qr: [3, 3],
      f: { targetToDate: 6, realizationToDate: 6, performancePct: A12_PERF, performanceToDatePct: 100, ...money(400_000, 100_000) },
    }),
    planRow({
      id: 8, row: 17, level: "program", code: "2", name: "Program Informasi dan Komunikasi Publik", parentId: 1, annual: 100,
      f: { realizationPct: P2_PERF, realizationSource: "stated", performancePct: P2_PERF, predicate: "Kurang", ...money(300_000, 200_000) },
    }),
    planRow({
      id: 9, row: 18, level: "activity", code: "2.1", name: "Pengelolaan Informasi Publik", parentId: 8, annual: 100,
      f: { realizationPct: P2_PERF, realizationSource: "computed", performancePct: P2_PERF, predicate: "Kurang", ...money(300_000, 200_000) },
    }),
    planRow({
      id: 10, row: 19, level: "subactivity", code: "2.1.1", name: "Pengelolaan Konten", parentId: 9,
      unit: "Konten", annual: 3, qt: [1, 1, 1, 0], qr: [1, 0],
      f: { targetToDate: 2, realizationToDate: 1, performancePct: P2_PERF, performanceToDatePct: 50, ...money(200_000, 150_000) },
    }),
    planRow({
      id: 11, row: 20, level: "subactivity", code: "2.1.2", name: "Layanan Hubungan Media", parentId: 9,
      unit: "Kali", annual: null, qt: [], qr: [],
      f: { targetToDate: 0, realizationToDate: 0, performancePct: null, performanceToDatePct: null, ...money(100_000, 50_000) },
    }),
    planRow({
      id: 12, row: 21, level: "program", code: null, name: "JUMLAH", parentId: null, isTotal: true,
      f: money(1_300_000, 600_000),
    }),
  ];
}

export function makeKeyIndicators(): CalculatedKeyIndicator[] {
  return [
    {
      sheet: IKU, row: 5, objective: "Meningkatnya kualitas pelayanan", name: "Indeks Kepuasan Masyarakat",
      unit: "Nilai", target: n(83.5, "C5"), numerator: null, denominator: null, realization: n(68.18, "D5"),
      statedPerformancePct: null, polarity: "positive",
      figures: { realizationPct: 68.18, performancePct: (68.18 / 83.5) * 100, predicate: "Memuaskan" },
    },
  ];
}

export function makeFindings(): Finding[] {
  return [
    { rule: "over-target", severity: "info", sheet: PLAN, cell: "K13", row: 13, code: "1.1.1", rowName: "Penyusunan Dokumen Perencanaan",
      message: "Capaian melebihi 100 %.", stated: null, computed: 120.5 },
    { rule: "stated-value-mismatch", severity: "error", sheet: IKU, cell: "E5", row: 5, code: null, rowName: "Indeks Kepuasan Masyarakat",
      message: "Persentase tertulis berbeda.", stated: 80, computed: 81.65269461 },
    { rule: "stated-value-mismatch", severity: "warning", sheet: PLAN, cell: "M12", row: 12, code: "1.1", rowName: FORMULA_NAME,
      message: "Realisasi kegiatan tertulis berbeda.", stated: "62,4 %", computed: 62.5 },
    { rule: "sum-mismatch", severity: "error", sheet: PLAN, cell: "K12", row: 12, code: "1.1", rowName: FORMULA_NAME,
      message: "Jumlah pagu tidak sama dengan jumlah sub kegiatan.", stated: 500_000, computed: 600_000 },
  ];
}

function table(sheet: string, kind: DetectedTable["kind"]): DetectedTable {
  return {
    sheet, kind, layout: "A", headerRows: { first: 3, last: 4 }, dataRows: { first: 5, last: 21 }, columns: [],
    rowCounts: { group: 0, program: 0, activity: 0, subactivity: 0, total: 0 }, copies: [], assumptions: [],
  };
}

export function makeInput(over: Partial<ReportInput> = {}): ReportInput {
  return {
    quarter: 2,
    options: { predicateScale: "sakip", averageOver: "targeted" },
    layout: { tables: [table(PLAN, "plan"), table(IKU, "keyIndicators")], skippedSheets: [], agency: "Dinas Komunikasi dan Informatika", year: 2024, quarter: 2 },
    rows: makeRows(),
    keyIndicators: makeKeyIndicators(),
    totals: {
      budget: 1_300_000, spentToDate: 600_000, budgetPct: (600_000 / 1_300_000) * 100, remaining: 700_000,
      budgetWords: "Satu Juta Tiga Ratus Ribu Rupiah", spentWords: "Enam Ratus Ribu Rupiah", remainingWords: "Tujuh Ratus Ribu Rupiah",
      programs: 2, activities: 3, subactivities: 5,
    },
    findings: makeFindings(),
    ...over,
  };
}
