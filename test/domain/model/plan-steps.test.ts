/** The named steps of readPlanTable (src/domain/model/plan-steps/), each on a small hand-made table. */
import { columnLetter, columnNumber } from "../../../src/domain/grid";
import type { ColumnRole, DetectedTable, NumCell } from "../../../src/domain/types";
import type { ReadFact } from "../../../src/domain/facts";
import { judgeFacts } from "../../../src/domain/checks";
import { SheetView } from "../../../src/domain/layout/sheet-view";
import type { TableLayout } from "../../../src/domain/layout/tables";
import { newReadRow, type ReadRow } from "../../../src/domain/model/plan-table";
import { planColumns, tableCodes } from "../../../src/domain/model/plan-steps/columns";
import { applyIdentity, joinCodes, rowIdentity } from "../../../src/domain/model/plan-steps/identity";
import { hasFigures, isAccountDetail, isSpacerOrNote } from "../../../src/domain/model/plan-steps/skip";
import {
  accumulationOf,
  explicitLevel,
  polarityOf,
  readTraits,
  settleLevel,
} from "../../../src/domain/model/plan-steps/level";
import { readFigures, readProgress, slot } from "../../../src/domain/model/plan-steps/figures";
import { unitsOf } from "../../../src/domain/model/plan-steps/units";
import { latestFilledQuarter, normalizePercents, placeUndated } from "../../../src/domain/model/plan-steps/percents";
import { modelText } from "../../../src/i18n/model";
import { gridFrom, type CellInput } from "../../support/grid";

/** A plan table on sheet "Renja": row 1 the header, rows 2… the data; roles by column letter. */
function layout(data: CellInput[][], roles: Record<string, ColumnRole>): TableLayout {
  const width = Math.max(...data.map((r) => r.length), ...Object.keys(roles).map(columnNumber));
  const header = Array.from({ length: width }, (_, i) => `K${columnLetter(i + 1)}`);
  const view = new SheetView(gridFrom("Renja", [header, ...data]));
  const map = new Map(Object.entries(roles).map(([l, r]) => [columnNumber(l), r] as const));
  const table: DetectedTable = {
    sheet: "Renja",
    kind: "plan",
    layout: "A",
    headerRows: { first: 1, last: 1 },
    dataRows: { first: 2, last: data.length + 1 },
    columns: [...map].map(([col, role]) => ({ col, letter: columnLetter(col), header: header[col - 1], role })),
    rowCounts: { group: 0, program: 0, activity: 0, subactivity: 0, total: 0 },
    copies: [],
    assumptions: [],
  };
  return { view, table, roles: map, headerYears: [] };
}

const CODE_NAME: Record<string, ColumnRole> = { A: { kind: "code" }, B: { kind: "name" }, C: { kind: "indicator" } };

/** The identity of sheet row r (data row i is sheet row i + 2). */
function identity(t: TableLayout, r: number, agencyAbove = "") {
  const cols = planColumns(t);
  return rowIdentity(t, cols, tableCodes(t, cols), r, agencyAbove);
}

describe("planColumns", () => {
  test("columns by what the reader does with them; figures are the catalog's plan slots", () => {
    const t = layout([], {
      A: { kind: "code" },
      B: { kind: "name" },
      C: { kind: "indicator" },
      D: { kind: "unit" },
      E: { kind: "annualTarget" },
      F: { kind: "quarterTarget", quarter: 1 },
      G: { kind: "quarterTarget", quarter: 2 },
      H: { kind: "quarterRealization", quarter: 2 },
      I: { kind: "budget" },
      J: { kind: "notes" },
      K: { kind: "extra", label: "Realisasi / TW II / %" },
    });
    const c = planColumns(t);
    expect([c.code, c.name, c.indicator, c.unit, c.level]).toEqual([[1], [2], 3, 4, undefined]);
    expect(c.numeric.map(([col]) => col)).toEqual([5, 6, 7, 8, 9]);
    expect([c.hasQuarterTargets, c.partialQuarterTargets]).toEqual([true, true]); // TW I and II of four
    expect(c.progress).toEqual([[11, 2]]);
  });

  test("all four quarter targets: not partial; none: no quarter targets", () => {
    const four = Object.fromEntries(
      ["E", "F", "G", "H"].map((l, i) => [l, { kind: "quarterTarget", quarter: i + 1 } as ColumnRole]),
    );
    expect(planColumns(layout([], { B: { kind: "name" }, ...four })).partialQuarterTargets).toBe(false);
    const none = planColumns(layout([], { B: { kind: "name" }, E: { kind: "annualTarget" } }));
    expect([none.hasQuarterTargets, none.partialQuarterTargets]).toEqual([false, false]);
  });
});

describe("tableCodes", () => {
  test("a No column of 1, 2, 3 only counts rows; one dotted code makes it a code column", () => {
    const counter = layout(
      [
        ["1", "Program A"],
        ["2", "Kegiatan B"],
        ["3", "Sub Kegiatan C"],
      ],
      CODE_NAME,
    );
    expect(tableCodes(counter, planColumns(counter)).rowCounterOnly).toBe(true);
    const codes = layout(
      [
        ["1", "Program A"],
        ["1.1", "Kegiatan B"],
      ],
      CODE_NAME,
    );
    expect(tableCodes(codes, planColumns(codes)).rowCounterOnly).toBe(false);
  });
});

describe("rowIdentity", () => {
  test("code and name from their columns", () => {
    const t = layout([["1.01", "Program Penunjang", "Persentase layanan"]], CODE_NAME);
    const id = identity(t, 2);
    expect([id.code, id.name, id.text, id.nameCell, id.indicator]).toEqual([
      "1.01",
      "Program Penunjang",
      "Program Penunjang",
      "B2",
      "Persentase layanan",
    ]);
  });

  test("a code written in front of the name: the code goes to the code, the rest is the name", () => {
    const t = layout([["", "1.1.1. Sub Kegiatan Penyusunan Dokumen"]], CODE_NAME);
    const id = identity(t, 2);
    expect([id.code, id.name, id.text]).toEqual([
      "1.1.1",
      "Sub Kegiatan Penyusunan Dokumen",
      "1.1.1. Sub Kegiatan Penyusunan Dokumen",
    ]);
  });

  test("JUMLAH written in the code column over an empty name is the name, not a code", () => {
    const t = layout(
      [
        ["1.01", "Program A"],
        ["JUMLAH", ""],
      ],
      CODE_NAME,
    );
    const id = identity(t, 3);
    expect([id.code, id.text]).toEqual([null, "JUMLAH"]);
  });

  test("an empty agency cell is the agency above; the scope starts with the agency", () => {
    const t = layout(
      [
        ["Dinas Kesehatan", "1.01", "Program A"],
        ["", "1.01.1", "Kegiatan B"],
      ],
      {
        A: { kind: "agency" },
        B: { kind: "code" },
        C: { kind: "name" },
      },
    );
    const first = identity(t, 2);
    expect([first.agency, first.scope]).toEqual(["Dinas Kesehatan", "Dinas Kesehatan|"]);
    const second = identity(t, 3, first.agency);
    expect([second.agency, second.scope, second.code]).toEqual(["Dinas Kesehatan", "Dinas Kesehatan|", "1.01.1"]);
    const row = newReadRow(0, "Renja", 3);
    applyIdentity(row, second);
    expect([row.agency, row.code, row.name, row.nameCell]).toEqual(["Dinas Kesehatan", "1.01.1", "Kegiatan B", "C3"]);
  });

  test("indentation: Excel's indent level (3 a level) plus leading spaces; bold", () => {
    const t = layout([["", { value: "  Kegiatan A", indent: 1, bold: true }]], CODE_NAME);
    const id = identity(t, 2);
    expect([id.indent, id.bold]).toEqual([5, true]);
  });

  test("joinCodes: pieces of one code joined with dots", () => {
    expect(joinCodes(["1", "02", "01"], "nomenclature")).toBe("1.02.01");
    expect(joinCodes(["1.02"], "outline")).toBe("1.02");
    expect(joinCodes([], "outline")).toBe("");
  });
});

describe("isSpacerOrNote / isAccountDetail", () => {
  const roles: Record<string, ColumnRole> = {
    ...CODE_NAME,
    D: { kind: "quarterTarget", quarter: 1 },
    E: { kind: "budget" },
  };

  function skip(cells: CellInput[]): boolean {
    const t = layout([cells], roles);
    const numeric = planColumns(t).numeric;
    return isSpacerOrNote(t.view, 2, identity(t, 2), numeric, hasFigures(t.view, 2, numeric));
  }

  test("spacers, summary lines and signatures are skipped; a row with a figure is not", () => {
    expect(skip(["", "", "", null, null])).toBe(true);
    expect(skip(["", "Rata-rata capaian kinerja (%)", "", 80, null])).toBe(true);
    expect(skip(["", "Jember, 31 Desember 2024", "", null, null])).toBe(true);
    expect(skip(["", "Kepala Dinas", "", "NIP. 19700101 199503 1 001", null])).toBe(true);
    expect(skip(["", "", "", null, 1000000])).toBe(false); // a nameless helper total
    expect(skip(["1.01", "Program A", "", null, null])).toBe(false);
  });

  test("under an account line: a line with money only is its detail; an indicator or a target makes a plan row", () => {
    const detail = (cells: CellInput[]) => {
      const t = layout([cells], roles);
      return isAccountDetail(t.view, 2, identity(t, 2), planColumns(t).numeric);
    };
    expect(detail(["", "Kertas 10 rim x 50.000", "", null, 500000])).toBe(true);
    expect(detail(["", "Kertas 10 rim x 50.000", "Dokumen tersusun", null, 500000])).toBe(false);
    expect(detail(["", "Kertas 10 rim x 50.000", "", 5, 500000])).toBe(false);
    expect(detail(["", "Jumlah", "", null, 500000])).toBe(false);
  });
});

describe("readTraits / explicitLevel / settleLevel", () => {
  test("Sifat and Polaritas words", () => {
    expect(accumulationOf("Kumulatif")).toBe("flow");
    expect(accumulationOf("Non Kumulatif")).toBe("level");
    expect(accumulationOf("")).toBeNull();
    expect(polarityOf("Negatif")).toBe("negative");
    expect(polarityOf("Positif")).toBe("positive");
  });

  test("the unit, accumulation and polarity cells, and the table's quarter-target columns", () => {
    const t = layout([["Program A", "Dok", "non kumulatif", "negatif"]], {
      A: { kind: "name" },
      B: { kind: "unit" },
      C: { kind: "accumulation" },
      D: { kind: "polarity" },
      E: { kind: "quarterTarget", quarter: 3 },
    });
    const row = newReadRow(0, "Renja", 2);
    readTraits(row, t, planColumns(t), 2);
    expect([row.unit, row.accumulation, row.polarity]).toEqual(["Dok", "level", "negative"]);
    expect([row.quarterTargetColumns, row.partialQuarterTargets]).toEqual([true, true]);
  });

  function settled(data: CellInput[][], r: number, prev?: ReadRow, extra: Record<string, ColumnRole> = {}) {
    const t = layout(data, { ...CODE_NAME, ...extra });
    const cols = planColumns(t);
    const id = identity(t, r);
    const row = newReadRow(0, "Renja", r);
    applyIdentity(row, id);
    settleLevel(row, id, explicitLevel(t, cols, r, id), prev);
    return row;
  }

  test("a level column's word first, then the code, then the name's prefix", () => {
    expect(settled([["1.01", "Program A", "", "Kegiatan"]], 2, undefined, { D: { kind: "level" } })).toMatchObject({
      level: "activity",
      levelSource: "explicit",
    });
    expect(settled([["", "Program Penunjang Urusan"]], 2)).toMatchObject({ level: "program", levelSource: "prefix" });
    expect(settled([["", "JUMLAH"]], 2)).toMatchObject({ level: "group", levelSource: "total", isTotal: true });
  });

  test("figures without a name: a helper total; a further indicator line takes the row above's identity", () => {
    expect(settled([["", "", ""]], 2)).toMatchObject({
      isTotal: true,
      levelSource: "total",
      name: "(baris jumlah tanpa nama)",
    });
    const prev = newReadRow(7, "Renja", 2);
    Object.assign(prev, {
      level: "subactivity",
      levelSource: "code",
      code: "1.01.1.01",
      name: "Sub A",
      nameCell: "B2",
    });
    const row = settled(
      [
        ["1.01.1.01", "Sub A", "x"],
        ["", "", "Indikator kedua"],
      ],
      3,
      prev,
    );
    expect(row).toMatchObject({
      continuation: true,
      continuationOf: 7,
      code: "1.01.1.01",
      name: "Sub A",
      nameCell: "B2",
    });
    expect(settled([["", "Sesuatu tanpa kode"]], 2)).toMatchObject({ levelUncertain: true });
  });
});

describe("readFigures / readProgress", () => {
  test("each figure to its slot; undated stated % and every % handed back; units written in cells", () => {
    const t = layout([["Sub A", "10 Dok", 5, null, "4 Dokumen", 1500000, 0.8, 7]], {
      A: { kind: "name" },
      B: { kind: "annualTarget" },
      C: { kind: "quarterTarget", quarter: 2 },
      D: { kind: "quarterRealization", quarter: 1 },
      E: { kind: "quarterRealization", quarter: 2 },
      F: { kind: "budget" },
      G: { kind: "statedPerformancePct", quarter: null },
      H: { kind: "spentToDate", quarter: 0 as never }, // "s.d." naming no quarter
    });
    const row = newReadRow(0, "Renja", 2);
    const findings: ReadFact[] = [];
    const ctx = { sheet: "Renja", row: 2, code: null, name: "Sub A" };
    const read = readFigures(t, 2, row, planColumns(t).numeric, ctx, findings, 4);
    expect(row.annualTarget).toEqual({ value: 10, cell: "B2", unit: "Dok" });
    expect(row.quarterTargets[1]).toEqual({ value: 5, cell: "C2" });
    expect(row.quarterRealizations[0]).toEqual({ value: null, cell: "D2" }); // empty: realised nothing yet
    expect(row.quarterRealizations[1]).toEqual({ value: 4, cell: "E2", unit: "Dokumen" });
    expect(row.budget).toEqual({ value: 1500000, cell: "F2" });
    expect(row.spentToDateStated.map((n) => n?.value)).toEqual([7, 7, 7, 7]);
    expect(row.statedPerformancePct).toEqual([null, null, null, null]); // placed later (placeUndated)
    expect(read.undated).toEqual([{ kind: "statedPerformancePct", num: { value: 0.8, cell: "G2" } }]);
    expect(read.percents).toEqual([{ col: 7, num: { value: 0.8, cell: "G2" }, percent: false }]);
    expect(read.units).toEqual({ target: "Dok", real: [row.quarterRealizations[1]] });
    expect(findings).toEqual([]);
  });

  test("a quarter slot: quarter q is index q - 1", () => {
    expect(slot({ kind: "spentQuarter", quarter: 3 }, 3)).toEqual({ arr: "spentQuarters", idx: 2 });
    expect(slot({ kind: "budget" }, 1)).toBeNull();
    expect(slot({ kind: "name" }, 1)).toBeNull();
  });

  test("progress % sub-columns: numbers only", () => {
    const t = layout([["Sub A", 40, "n/a"]], {
      A: { kind: "name" },
      B: { kind: "extra", label: "Realisasi / TW I / %" },
      C: { kind: "extra", label: "Realisasi / TW II / %" },
    });
    const row = newReadRow(0, "Renja", 2);
    const read = readProgress(t, 2, row, planColumns(t).progress);
    expect(row.progressPct).toEqual([{ value: 40, cell: "B2" }, null, null, null]);
    expect(read).toEqual([{ col: 2, num: { value: 40, cell: "B2" }, percent: false }]);
  });
});

describe("unitsOf", () => {
  const view = layout([], {}).view;
  const row = (unit: string | null) =>
    Object.assign(newReadRow(0, "Renja", 5), { code: "1.01.1.01", name: "Sub A", unit });

  test("the unit comes from the target's cell when there is no Satuan column; Dok = Dokumen", () => {
    const r = row(null);
    const findings: ReadFact[] = [];
    unitsOf(r, { target: "Dok", real: [{ value: 4, cell: "E5", unit: "Dokumen" }] }, view, 5, findings);
    expect(r.unit).toBe("Dok");
    expect(findings).toEqual([]);
  });

  test("a realization in another unit than the target's: one unit-mismatch at the realization's cell", () => {
    const findings: ReadFact[] = [];
    unitsOf(row("Dokumen"), { real: [{ value: 4, cell: "E5", unit: "Paket" }] }, view, 5, findings);
    expect(judgeFacts(findings)).toEqual([
      {
        rule: "unit-mismatch",
        severity: "warning",
        sheet: "Renja",
        cell: "E5",
        row: 5,
        code: "1.01.1.01",
        rowName: "Sub A",
        message: modelText.unitMismatch("Dokumen", "Paket"),
        stated: "Paket",
        computed: "Dokumen",
      },
    ]);
  });
});

describe("placeUndated / normalizePercents", () => {
  const withReal = (q: number, value: number) => {
    const r = newReadRow(1, "Renja", 2);
    r.quarterRealizations[q - 1] = { value, cell: "E2" };
    return r;
  };

  test("the latest quarter with a realization or spending", () => {
    expect(latestFilledQuarter([withReal(1, 2), withReal(3, 1)])).toBe(3);
    expect(latestFilledQuarter([withReal(2, 0)])).toBeNull();
  });

  test("an undated stated % goes to the title's quarter, else the latest filled one, else every quarter", () => {
    const num = { value: 80, cell: "G2" };
    const place = (rows: ReadRow[], title: number | null) => {
      const row = newReadRow(1, "Renja", 2);
      placeUndated([{ row, kind: "statedPerformancePct", num }], rows, title);
      return row.statedPerformancePct.map((n) => n?.value ?? null);
    };
    expect(place([], 2)).toEqual([null, 80, null, null]);
    expect(place([withReal(3, 5)], null)).toEqual([null, null, 80, null]);
    expect(place([], null)).toEqual([80, 80, 80, 80]);
  });

  test("a column mostly of fractions: those × 100, the others taken as points", () => {
    const cells = [0.25, 0.5, 120].map((value, i) => ({
      num: { value, cell: `G${i + 2}` } as NumCell,
      percent: false,
    }));
    const already = { num: { value: 98, cell: "H2" }, percent: true };
    normalizePercents([cells, [already]]);
    expect(cells.map((c) => [c.num.value, c.num.percentReading])).toEqual([
      [25, "fraction"],
      [50, "fraction"],
      [120, "points"],
    ]);
    expect(already.num).toEqual({ value: 98, cell: "H2" });
  });
});
