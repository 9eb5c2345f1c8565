/** Readings checked by arithmetic: the budget column chosen by the table's sums; a doubtful reading said once. */
import { hitungCapaian } from "../../../src/domain/engine";
import { summaryText, explainText } from "../../../src/cli/summary";
import { fileStats } from "../../../src/cli/stats";
import { detectionUnsure, initialTables } from "../../../src/taskpane/state/mapping";
import { gridFrom, type CellInput } from "../../support/grid";

const HEADER = [
  "Kode",
  "Program/Kegiatan/Sub Kegiatan",
  "Target",
  "Realisasi TW I",
  "Pagu Indikatif",
  "Pagu Definitif",
  "Realisasi Anggaran TW I",
];

/** Program 1 → activity 1.1 → 1.1.1 (100), 1.1.2 (200); activity 1.2 → 1.2.1 (300). Column E adds up. */
function twoBudgets(): CellInput[][] {
  return [
    HEADER,
    ["1", "Program A", null, null, 600, 50, 60],
    ["1.1", "Kegiatan A1", null, null, 300, 70, 30],
    ["1.1.1", "Sub A11", 2, 1, 100, 10, 10],
    ["1.1.2", "Sub A12", 4, 2, 200, 20, 20],
    ["1.2", "Kegiatan A2", null, null, 300, 90, 30],
    ["1.2.1", "Sub A21", 1, 1, 300, 30, 30],
  ];
}

describe("which column is the budget: the one under which parents equal the sum of their children", () => {
  const r = hitungCapaian([gridFrom("Renja", twoBudgets())], { quarter: 1 });
  test("'Pagu Indikatif' (E) is kept although detection's first guess was the rightmost 'Pagu Definitif' (F)", () => {
    const t = r.layout.tables[0];
    expect(t.columns.find((c) => c.role.kind === "budget")?.letter).toBe("E");
    expect(t.reading).toMatchObject({ candidates: 2, doubtful: false, failed: { sum: 0, code: 0, pct: 0 } });
    expect(r.totals.budget).toBe(600);
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
    const note = r.findings.find((f) => f.rule === "layout" && /Pagu Indikatif/.test(f.message));
    expect(note?.cell).toBe("E1");
  });
});

/** 2 programs × 2 activities × 2 sub-activities (14 rows); every parent's stated budget is off by 1.000. */
function inconsistent(): CellInput[][] {
  const rows: CellInput[][] = [
    ["Kode", "Program/Kegiatan/Sub Kegiatan", "Target", "Realisasi TW I", "Pagu", "Realisasi Anggaran TW I"],
  ];
  for (const p of [1, 2]) {
    rows.push([`${p}`, `Program ${p}`, null, null, 4 * 100 + 1000, null]);
    for (const a of [1, 2]) {
      rows.push([`${p}.${a}`, `Kegiatan ${p}.${a}`, null, null, 200 + 1000, null]);
      for (const s of [1, 2]) rows.push([`${p}.${a}.${s}`, `Sub ${p}.${a}.${s}`, 2, 1, 100, 50]);
    }
  }
  return rows;
}

describe("a doubtful reading: more than a fifth of the rows contradicting", () => {
  const r = hitungCapaian([gridFrom("Renja", inconsistent())], { quarter: 1 });
  test("6 parents of 14 rows do not add up: one message instead of six sum-mismatch errors", () => {
    expect(r.layout.tables[0].reading).toMatchObject({
      rows: 14,
      contradicting: 6,
      doubtful: true,
      failed: { sum: 6 },
    });
    expect(r.findings).toHaveLength(1);
    const [m] = r.findings;
    expect(m).toMatchObject({ rule: "layout", severity: "warning", cell: "A1", stated: 6, computed: 14 });
    expect(m.message).toMatch(/diragukan/);
    expect(m.message).toMatch(/E = Pagu anggaran/);
    expect(m.message).toMatch(/6 dari 14 baris/);
    expect(m.message).toMatch(/Pemetaan kolom/);
  });
  test("the pane opens its mapping panel on that table: the message is one of the table's assumptions", () => {
    expect(r.layout.tables[0].assumptions.some((a) => /diragukan/.test(a))).toBe(true);
    expect(detectionUnsure(r.layout.tables)).toBe(true);
    // …where the table also shows the reading's score.
    expect(initialTables(r.layout.tables, null, null)[0].readingNote).toMatch(/^Pemeriksaan aritmetika: 14 dari 20/);
  });
  test("the figures are still computed bottom-up: 8 sub-activities × 100 = 800", () => {
    expect(r.totals).toMatchObject({ programs: 2, activities: 4, subactivities: 8, budget: 800, spentToDate: 400 });
  });
  test("CLI: the summary prints the message and a --mapping example; --jelaskan shows the score", () => {
    const text = summaryText(fileStats("renja.xlsx", "/tmp/out.xlsx", r), r);
    expect(text).toMatch(/--mapping pemetaan\.json/);
    const json = text.slice(text.indexOf("{"), text.lastIndexOf("}") + 1);
    expect(JSON.parse(json)).toEqual({
      version: 1,
      tables: [
        {
          sheet: "Renja",
          headerRows: { first: 1, last: 1 },
          dataRows: { first: 2 },
          kind: "plan",
          columns: {
            A: "code",
            B: "name",
            C: "annualTarget",
            D: "quarterRealization:1",
            E: "budget",
            F: "spentQuarter:1",
          },
        },
      ],
    });
    const explain = explainText("renja.xlsx", r.layout);
    expect(explain).toMatch(/PEMBACAAN DIRAGUKAN\. Pemeriksaan aritmetika: 14 dari 20 persamaan berlaku/);
  });
  test("with a mapping the user gave, the findings are all shown", () => {
    const mapping = {
      version: 1 as const,
      tables: [
        {
          sheet: "Renja",
          headerRows: { first: 1, last: 1 },
          columns: {
            A: "code",
            B: "name",
            C: "annualTarget",
            D: "quarterRealization:1",
            E: "budget",
            F: "spentQuarter:1",
          },
        },
      ],
    };
    const m = hitungCapaian([gridFrom("Renja", inconsistent())], { quarter: 1, mapping });
    expect(m.findings.filter((f) => f.rule === "sum-mismatch").length).toBeGreaterThanOrEqual(6);
  });
});

describe("plan rows or detail lines", () => {
  test("lines of one sub-activity: both readings scored, the lines kept (no code used twice within an agency)", () => {
    const grid = gridFrom("Daftar", [
      ["kode_subkegiatan", "uraian", "pagu"],
      ["1.01.01.2.01.0001", "Dokumen Renja", 100],
      ["1.01.01.2.01.0001", "Dokumen RKA", 50],
      ["1.01.01.2.01.0002", "Laporan", 25],
    ]);
    const r = hitungCapaian([grid]);
    expect(r.layout.tables[0]).toMatchObject({ layout: "C", reading: { candidates: 2, doubtful: false } });
    expect(r.totals).toMatchObject({ programs: 1, activities: 1, subactivities: 2, budget: 175 });
  });
});
