/** Hand-made results, grids and a fake WorkbookHost for the task-pane tests. */
import type { Grid } from "../../src/domain/grid";
import type {
  CalculatedRow,
  DetectedTable,
  Finding,
  Mapping,
  Quarter,
  Result,
  RowFigures,
} from "../../src/domain/types";
import type { PaneSettings, WorkbookHost } from "../../src/taskpane/host";
import { emptyFigures } from "../../src/domain/calc/figures";
import { emptyPlanRow } from "../../src/domain/model/empty-row";

const FIGURES: RowFigures = emptyFigures();

export function row(
  p: Partial<CalculatedRow> & Pick<CalculatedRow, "id" | "row" | "level" | "name">,
  f: Partial<RowFigures> = {},
): CalculatedRow {
  return {
    ...emptyPlanRow(p.id, "Renaksi 2024", p.row),
    levelSource: "code",
    nameCell: `B${p.row}`,
    ...p,
    figures: { ...FIGURES, ...f },
  };
}

export const FINDINGS: Finding[] = [
  {
    rule: "sum-mismatch",
    severity: "error",
    sheet: "Renaksi 2024",
    cell: "K12",
    row: 12,
    code: "1",
    rowName: "Program Penunjang",
    message: "Jumlah pagu program (Rp1.000.000) tidak sama dengan jumlah pagu kegiatannya (Rp1.234.567).",
    stated: 1000000,
    computed: 1234567,
  },
  {
    rule: "stated-value-mismatch",
    severity: "warning",
    sheet: "Renaksi 2024",
    cell: "H14",
    row: 14,
    code: "1.1",
    rowName: "Kegiatan Perencanaan",
    message: "% capaian tertulis 80,00 berbeda dengan hasil hitung 75,50.",
    stated: 80,
    computed: 75.5,
  },
  {
    rule: "over-target",
    severity: "info",
    sheet: "IKU",
    cell: "F5",
    row: 5,
    code: null,
    rowName: null,
    message: "Capaian melebihi 100 %.",
    stated: null,
    computed: 128.57,
  },
];

export function detectedTable(assumptions: string[] = []): DetectedTable {
  return {
    sheet: "Renaksi 2024",
    kind: "plan",
    layout: "A",
    headerRows: { first: 5, last: 6 },
    dataRows: { first: 7, last: 40 },
    columns: [
      { col: 1, letter: "A", header: "Kode", role: { kind: "code" } },
      { col: 2, letter: "B", header: "Program/Kegiatan/Sub Kegiatan", role: { kind: "name" } },
      { col: 3, letter: "C", header: "Target 2024", role: { kind: "annualTarget" } },
      { col: 4, letter: "D", header: "Target / TW I", role: { kind: "quarterTarget", quarter: 1 } },
      { col: 5, letter: "E", header: "Realisasi / TW I", role: { kind: "quarterRealization", quarter: 1 } },
      { col: 6, letter: "F", header: "Pagu", role: { kind: "budget" } },
    ],
    rowCounts: { group: 0, program: 1, activity: 1, subactivity: 2, total: 0 },
    copies: [],
    assumptions,
  };
}

export function makeResult(opts: { quarter?: Quarter; assumptions?: string[]; findings?: Finding[] } = {}): Result {
  const quarter = opts.quarter ?? 2;
  const rows = [
    row(
      { id: 1, row: 12, level: "program", code: "1", name: "Program Penunjang Urusan Pemerintahan" },
      { performancePct: 87.654, budgetPct: 50, predicate: "Memuaskan", budget: 1234567, spentToDate: 617284 },
    ),
    row(
      { id: 2, row: 14, level: "activity", code: "1.1", name: "Kegiatan Perencanaan", parentId: 1 },
      { performancePct: 75.5, predicate: "Sangat Baik" },
    ),
    row({ id: 3, row: 15, level: "subactivity", code: "1.1.1", name: "Penyusunan Dokumen", parentId: 2 }),
    row({ id: 4, row: 16, level: "subactivity", code: "1.1.2", name: "Evaluasi Kinerja", parentId: 2 }),
  ];
  const result = {
    quarter,
    options: { predicateScale: "sakip", averageOver: "targeted" },
    layout: {
      tables: [detectedTable(opts.assumptions ?? [])],
      skippedSheets: [],
      agency: "Dinas Kesehatan",
      year: 2024,
      quarter: null,
    },
    rows,
    keyIndicators: [],
    totals: {
      budget: 1234567,
      spentToDate: 617284,
      budgetPct: 50.00004,
      remaining: 617283,
      budgetWords: "Satu Juta Dua Ratus Tiga Puluh Empat Ribu Lima Ratus Enam Puluh Tujuh Rupiah",
      spentWords: "…",
      remainingWords: "…",
      programs: 1,
      activities: 1,
      subactivities: 2,
    },
    findings: opts.findings ?? FINDINGS,
    sheets: [],
  } as unknown as Result;
  return result;
}

/** A grid of one sheet with a two-row merged header and two data rows. */
export function sampleGrid(sheet = "Data"): Grid {
  const v = (value: string | number | null) => ({ value });
  return {
    sheet,
    top: 1,
    left: 1,
    cells: [
      [v("No"), v("Uraian"), v("Target Kinerja"), v(null), v("Pagu")],
      [v(null), v(null), v("TW I"), v("TW II"), v("(Rp)")],
      [v("1"), v("Program A"), v(1), v(2), v(1000)],
      [v("1.1"), v("Kegiatan A"), v(1), v(2), v(1000)],
    ],
    merges: [{ top: 1, left: 3, bottom: 1, right: 4 }],
  };
}

export interface Deferred<T> {
  promise: Promise<T>;
  resolve: (v: T) => void;
  reject: (e: unknown) => void;
}

export function deferred<T>(): Deferred<T> {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

export type FakeHost = WorkbookHost & {
  readGrids: jest.Mock<Promise<Grid[]>, []>;
  writeResult: jest.Mock<Promise<void>, [Result]>;
  selectCell?: jest.Mock<Promise<void>, [string, string]>;
  loadMapping: jest.Mock<Promise<Mapping | null>, []>;
  saveMapping: jest.Mock<Promise<void>, [Mapping]>;
  loadSettings: jest.Mock<Promise<PaneSettings | null>, []>;
  saveSettings: jest.Mock<Promise<void>, [PaneSettings]>;
};

export function fakeHost(
  opts: { kind?: "excel" | "web"; grids?: Grid[]; settings?: PaneSettings | null; mapping?: Mapping | null } = {},
): FakeHost {
  const kind = opts.kind ?? "excel";
  const host: FakeHost = {
    kind,
    readGrids: jest.fn(async () => opts.grids ?? [sampleGrid("Renaksi 2024")]),
    writeResult: jest.fn(async (_result: Result): Promise<void> => undefined),
    loadMapping: jest.fn(async () => opts.mapping ?? null),
    saveMapping: jest.fn(async (_mapping: Mapping): Promise<void> => undefined),
    loadSettings: jest.fn(async () => opts.settings ?? null),
    saveSettings: jest.fn(async (_settings: PaneSettings): Promise<void> => undefined),
  };
  if (kind === "excel") host.selectCell = jest.fn(async (_sheet: string, _cell: string): Promise<void> => undefined);
  return host;
}
