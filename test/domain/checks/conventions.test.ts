/**
 * Conventions taken from the workbook's own numbers (domain.md §6 Precision): the one most stated
 * values follow is used, said once (`layout` info), and only the rows departing from it are flagged.
 */
import { calculate } from "../../../src/domain/calc";
import { judgeFacts, runChecks } from "../../../src/domain/checks";
import { detectConventions } from "../../../src/domain/checks/conventions";
import { conventionFindings } from "../../../src/domain/checks/layout";
import { DEFAULT_OPTIONS, type Options, type Quarter } from "../../../src/domain/types";
import { plan, type RowSpec } from "../../support/plan-rows";

function run(specs: RowSpec[], q: Quarter = 2) {
  const rows = plan(specs);
  const d = detectConventions(rows, q, DEFAULT_OPTIONS);
  const opts: Options = { ...DEFAULT_OPTIONS, averageOver: d.averageOver, parentQuarterValues: d.parentQuarterValues };
  const calc = calculate(rows, [], q, opts);
  const findings = [...conventionFindings(rows, q, d), ...runChecks(calc.rows, q, opts, calc.perQuarter)];
  return { d, calc, findings, stated: findings.filter((f) => f.rule === "stated-value-mismatch" && f.severity === "warning") };
}

describe("average over targeted or all sub-activities", () => {
  // Each activity: sub X (annual 4, targets only from TW III: no target to date at TW II, nothing
  // realised → 0 %) and sub Y (annual 4, 1 + 1 realised → 50 %).
  // Targeted (Y only): 50 %. All (X and Y): (0 + 50) ÷ 2 = 25 %.
  const activity = (id: number, stated: number): RowSpec[] => [
    { id, level: "activity", annual: 100, realToDate: [null, stated] },
    { id: id + 1, level: "subactivity", parentId: id, annual: 4, targets: [0, 0, 2, 2], real: [null, null] },
    { id: id + 2, level: "subactivity", parentId: id, annual: 4, targets: [1, 1, 1, 1], real: [1, 1] },
  ];
  const r = run([...activity(1, 25), ...activity(4, 25), ...activity(7, 50)]);

  test("two of three activities state 25 % (mean over all): that convention is taken", () => {
    expect(r.d.averageOver).toBe("all");
    expect(r.d.votes.averageOver).toEqual({ targeted: 1, all: 2 });
    expect(r.calc.rows.find((x) => x.id === 1)!.figures.realizationPct).toBe(25);
  });

  test("said once, in one layout info", () => {
    const info = r.findings.filter((f) => f.rule === "layout");
    expect(info).toHaveLength(1);
    expect(info[0].severity).toBe("info");
    expect(info[0].message).toContain("rata-rata capaian semua sub kegiatan yang memiliki target tahunan (2 dari 3");
  });

  test("only the departing activity is flagged, saying which convention gives its value", () => {
    expect(r.stated.map((f) => [f.row, f.stated, f.computed])).toEqual([[17, 50, 25]]);
    expect(r.stated[0].message).toContain("hanya atas sub kegiatan yang memiliki target s.d. TW II");
  });
});

describe("quarter columns of activity rows: that quarter's value or the value to date", () => {
  // Sub-activities: annual 4, 1 in TW I and 1 in TW II → to date 2 ÷ 4 = 50 %, TW II alone 1 ÷ 4 = 25 %.
  const activity = (id: number, k: [number, number]): RowSpec[] => [
    { id, level: "activity", annual: 100, real: k },
    { id: id + 1, level: "subactivity", parentId: id, annual: 4, targets: [1, 1, 1, 1], real: [1, 1] },
    { id: id + 2, level: "subactivity", parentId: id, annual: 4, targets: [1, 1, 1, 1], real: [1, 1] },
  ];

  test("TW II written as the quarter's own 25 % in most rows: compared with the quarter's mean", () => {
    const r = run([...activity(1, [25, 25]), ...activity(4, [25, 25]), ...activity(7, [25, 50])]);
    expect(r.d.parentQuarterValues).toBe("quarter");
    expect(r.d.votes.parentQuarterValues).toEqual({ toDate: 1, quarter: 2 });
    // the departing row (TW II = 50 % = to date) is the only finding, at its TW II cell
    expect(r.stated.map((f) => [f.cell, f.stated, f.computed])).toEqual([["K17", 50, 25]]);
    expect(r.stated[0].message).toContain("sama dengan realisasi s.d. TW II");
    expect(r.findings.filter((f) => f.rule === "layout")).toHaveLength(1);
  });

  test("a program's TW columns then add up to its realization to date (25 + 25 = 50 %)", () => {
    const rows: RowSpec[] = [
      { id: 20, level: "program", annual: 100, real: [25, 25] },
      ...activity(1, [25, 25]).map((s) => (s.id === 1 ? { ...s, parentId: 20 } : s)),
      ...activity(4, [25, 25]).map((s) => (s.id === 4 ? { ...s, parentId: 20 } : s)),
    ];
    const r = run(rows);
    expect(r.calc.rows.find((x) => x.id === 20)!.figures.realizationPct).toBe(50);
    expect(r.findings.filter((f) => f.rule === "stated-value-mismatch")).toEqual([]);
  });

  test("to-date values in most rows (the default): no layout info when nothing tells them apart", () => {
    const r = run([...activity(1, [25, 50]), ...activity(4, [25, 50])]);
    expect(r.d.parentQuarterValues).toBe("toDate");
    expect(r.stated).toEqual([]);
    const none = run([{ id: 1, level: "activity", annual: 100 }, { id: 2, level: "subactivity", parentId: 1, annual: 4, real: [1] }]);
    expect(none.findings.filter((f) => f.rule === "layout")).toEqual([]);
  });

  test("a value no convention reproduces says which inputs to check", () => {
    const r = run([...activity(1, [25, 40])]);
    expect(r.stated).toHaveLength(1);
    expect(r.stated[0].message).toContain("periksa realisasi TW II dan target tahunan sub kegiatannya (baris 12, 13)");
  });
});

describe("% written as a fraction or × 100: the convention most values follow", () => {
  const { hitungCapaian } = require("../../../src/domain/engine");
  const { gridFrom } = require("../../support/grid");
  // Three sub-activities: 1 of 2 = 50 %, 1 of 4 = 25 %, 3 of 4 = 75 %; % capaian written 0,5 | 0,25 | 75.
  const grid = gridFrom("Renaksi", [
    ["Kode", "Sub Kegiatan", "Target", "Target TW I", "Realisasi TW I", "% Capaian"],
    ["1", "Program A", 100, 100, null, null],
    ["1.1", "Kegiatan A", 100, 100, null, null],
    ["1.1.1", "Sub Kegiatan A", 2, 2, 1, 0.5],
    ["1.1.2", "Sub Kegiatan B", 4, 4, 1, 0.25],
    ["1.1.3", "Sub Kegiatan C", 4, 4, 3, 75],
  ]);
  const r = hitungCapaian([grid], { quarter: 1 });

  test("fractions scaled, the one value × 100 read as it is: no mismatch on any of them", () => {
    expect(r.findings.filter((f: { rule: string }) => f.rule === "stated-value-mismatch")).toEqual([]);
  });

  test("said in one layout info that names the departing cell", () => {
    const info = r.findings.filter((f: { rule: string }) => f.rule === "layout");
    expect(info).toHaveLength(1);
    expect(info[0].message).toContain("kolom % ditulis sebagai pecahan (0,25 = 25%) pada 2 nilai; 1 nilai ditulis sebagai persen (× 100) dan dibaca apa adanya: F6");
  });
});

test("a program whose TW columns hold each quarter's value: the info says it compares their sum", () => {
  // program TW I 10 + TW II 10 = 20 % to date; its activities (quarter-only 25 + 25) average 50 % to date
  const activity = (id: number): RowSpec[] => [
    { id, level: "activity", annual: 100, parentId: 20, real: [25, 25] },
    { id: id + 1, level: "subactivity", parentId: id, annual: 4, targets: [1, 1, 1, 1], real: [1, 1] },
    { id: id + 2, level: "subactivity", parentId: id, annual: 4, targets: [1, 1, 1, 1], real: [1, 1] },
  ];
  const r = run([{ id: 20, level: "program", annual: 100, real: [10, 10] }, ...activity(1), ...activity(4)]);
  expect(r.calc.rows.find((x) => x.id === 20)!.figures.realizationPct).toBe(20);
  const info = judgeFacts(r.calc.facts).filter((f) => f.rule === "stated-value-mismatch" && f.severity === "info");
  expect(info.map((f) => [f.cell, f.stated, f.computed])).toEqual([
    ["J30", 10, 25], // TW I: 10 vs the activities' 25
    ["K30", 20, 50], // s.d. TW II: 10 + 10 vs 50
  ]);
  expect(info[1].message).toContain("Realisasi program s.d. TW II (jumlah kolom TW I–TW II");
});
