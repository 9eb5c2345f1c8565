import { buildJsonReport } from "../../../src/domain/report";
import { A12_PERF, FORMULA_NAME, IKU, P2_PERF, PLAN, makeInput } from "./fixture";

const TOP_KEYS = ["schemaVersion", "quarter", "year", "agency", "predicateScale", "rows", "keyIndicators", "totals", "findings"];
const ROW_KEYS = [
  "sheet", "row", "level", "code", "name", "parentRow", "unit", "annualTarget", "targetToDate",
  "realizationToDate", "realizationPct", "performancePct", "performanceToDatePct",
  "budget", "spentToDate", "budgetPct", "remaining", "predicate",
];
const KI_KEYS = ["sheet", "row", "name", "target", "realizationPct", "performancePct", "predicate"];
const TOTAL_KEYS = [
  "budget", "spentToDate", "budgetPct", "remaining", "budgetWords", "spentWords", "remainingWords",
  "programs", "activities", "subactivities",
];
const FINDING_KEYS = ["rule", "severity", "sheet", "cell", "row", "code", "message", "stated", "computed"];

describe("JSON report (schemaVersion 1)", () => {
  const input = makeInput();
  const report = buildJsonReport(input);
  // What a consumer sees: the serialized form.
  const json = JSON.parse(JSON.stringify(report));

  it("has the contract's members in order, then layout", () => {
    expect(Object.keys(json)).toEqual([...TOP_KEYS, "layout"]);
    expect(json.schemaVersion).toBe(1);
    expect(json.quarter).toBe(2);
    expect(json.year).toBe(2024);
    expect(json.agency).toBe("Dinas Komunikasi dan Informatika");
    expect(json.predicateScale).toBe("sakip");
    expect(json.layout).toEqual(input.layout);
  });

  it("writes null (never omits) for unknown year and agency", () => {
    const j = JSON.parse(JSON.stringify(buildJsonReport(makeInput({ layout: { ...input.layout, agency: null, year: null } }))));
    expect(Object.keys(j)).toEqual([...TOP_KEYS, "layout"]);
    expect(j.year).toBeNull();
    expect(j.agency).toBeNull();
  });

  it("has rows with exact keys, excluding total rows", () => {
    expect(json.rows).toHaveLength(11);
    for (const r of json.rows) expect(Object.keys(r)).toEqual(ROW_KEYS);
    expect(json.rows.some((r: { name: string }) => r.name === "JUMLAH")).toBe(false);
  });

  it("fills a sub-activity row: realizationToDate, no realizationPct, no predicate", () => {
    expect(json.rows[3]).toEqual({
      sheet: PLAN, row: 13, level: "subactivity", code: "1.1.1", name: "Penyusunan Dokumen Perencanaan",
      parentRow: 12, unit: "Dok", annualTarget: 10, targetToDate: 4, realizationToDate: 3, realizationPct: null,
      performancePct: 30, performanceToDatePct: 75, budget: 400_000, spentToDate: 200_000, budgetPct: 50,
      remaining: 200_000, predicate: null,
    });
  });

  it("fills activity / program rows with unrounded percentages", () => {
    const act = json.rows.find((r: { code: string }) => r.code === "1.2");
    expect(act.realizationPct).toBe(A12_PERF);
    expect(act.performancePct).toBe(A12_PERF);
    expect(act.realizationToDate).toBeNull();
    expect(act.predicate).toBe("Memuaskan");
    expect(act.parentRow).toBe(11);
    const prog = json.rows.find((r: { code: string }) => r.code === "2");
    expect(prog.performancePct).toBe(P2_PERF);
    expect(prog.budgetPct).toBe((200_000 / 300_000) * 100);
    expect(String(prog.performancePct).length).toBeGreaterThan(10);
    expect(prog.parentRow).toBe(10);
    expect(json.rows[2].name).toBe(FORMULA_NAME);
  });

  it("writes null for the group row's parent and missing values", () => {
    const group = json.rows[0];
    expect(group.level).toBe("group");
    expect(group.parentRow).toBeNull();
    expect(group.code).toBe("2.16");
    expect(group.unit).toBeNull();
    expect(group.annualTarget).toBeNull();
    expect(group.budget).toBeNull();
    const noTarget = json.rows.find((r: { code: string }) => r.code === "2.1.2");
    expect(noTarget.annualTarget).toBeNull();
    expect(noTarget.performancePct).toBeNull();
    expect(noTarget.performanceToDatePct).toBeNull();
  });

  it("has key indicators and totals with exact keys", () => {
    expect(json.keyIndicators).toEqual([
      { sheet: IKU, row: 5, name: "Indeks Kepuasan Masyarakat", target: 83.5, realizationPct: 68.18,
        performancePct: (68.18 / 83.5) * 100, predicate: "Memuaskan" },
    ]);
    expect(Object.keys(json.keyIndicators[0])).toEqual(KI_KEYS);
    expect(Object.keys(json.totals)).toEqual(TOTAL_KEYS);
    expect(json.totals.budgetPct).toBe((600_000 / 1_300_000) * 100);
    expect(json.totals.subactivities).toBe(5);
  });

  it("has sorted findings without rowName", () => {
    for (const f of json.findings) expect(Object.keys(f)).toEqual(FINDING_KEYS);
    expect(json.findings.map((f: { cell: string }) => f.cell)).toEqual(["K12", "E5", "M12", "K13"]);
    expect(json.findings[3].stated).toBeNull();
    expect(json.findings[2].stated).toBe("62,4 %");
  });
});
