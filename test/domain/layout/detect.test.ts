import { detectLayout } from "../../../src/domain/layout";
import { buildModel } from "../../../src/domain/model";
import { judgeFacts } from "../../../src/domain/checks";
import { DEFAULT_OPTIONS } from "../../../src/domain/types";
import { gridFrom } from "../../support/grid";

const header1 = ["Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator Kinerja", "Satuan", "Target 2024", "Target", null, null, null, "Realisasi Kinerja", null, null, null, "Pagu Anggaran (Rp)", "Realisasi Keuangan (Rp)", null];
const header2 = [null, null, null, null, null, "TW I", "TW II", "TW III", "TW IV", "TW I", "TW II", "TW III", "TW IV", null, "TW I", "TW II"];
const merges = [
  { top: 4, left: 6, bottom: 4, right: 9 },
  { top: 4, left: 10, bottom: 4, right: 13 },
  { top: 4, left: 15, bottom: 4, right: 16 },
  { top: 4, left: 1, bottom: 5, right: 1 },
  { top: 4, left: 2, bottom: 5, right: 2 },
];

function sample() {
  return gridFrom(
    "Renaksi 2024",
    [
      ["RENCANA AKSI TRIWULAN II"],
      ["DINAS CONTOH KABUPATEN CONTOH"],
      ["TAHUN ANGGARAN 2024"],
      header1,
      header2,
      ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)", "(11)", "(12)", "(13)", "(14)", "(15)", "(16)"],
      ["1", "Program Penunjang Urusan Pemerintahan", "Persentase capaian", "%", 100, 25, 50, 75, 100, "24%", "49,5%", null, null, 1000000, 200000, 250000],
      ["1.1", "Kegiatan Perencanaan", "Persentase dokumen", "%", 95, null, null, null, null, null, null, null, null, 1000000, null, null],
      ["1.1.1", "Sub Kegiatan Penyusunan Dokumen", "Jumlah dokumen", "Dok", 10, 2, 2, 3, 3, "1 Dok", 2, null, null, 600000, 100000, 150000],
      ["1.1.2", "Sub Kegiatan Evaluasi", "Jumlah laporan", "Laporan", 4, 1, 1, 1, 1, 1, "35.629.000 0", null, null, 400000, 100000, "#REF!"],
      ["JUMLAH", null, null, null, null, null, null, null, null, null, null, null, null, 1000000, 200000, 250000],
      [null],
      [null, null, null, null, null, null, null, null, null, null, null, null, "Kepala Dinas Contoh"],
    ],
    { merges },
  );
}

describe("detectLayout on a layout A table", () => {
  const d = detectLayout([sample()], DEFAULT_OPTIONS);
  const t = d.report.tables[0];
  test("finds one plan table with a 3-row header and reads the title", () => {
    expect(d.report.tables).toHaveLength(1);
    expect(t.kind).toBe("plan");
    expect(t.headerRows).toEqual({ first: 4, last: 6 });
    expect(t.dataRows.first).toBe(7);
    expect(t.dataRows.last).toBe(11);
    expect(d.report.agency).toBe("Dinas Contoh Kabupaten Contoh");
    expect(d.report.year).toBe(2024);
    expect(d.report.quarter).toBe(2);
  });
  test("gives every column its meaning", () => {
    const role = (letter: string) => t.columns.find((c) => c.letter === letter)?.role;
    expect(role("A")).toEqual({ kind: "code" });
    expect(role("B")).toEqual({ kind: "name" });
    expect(role("C")).toEqual({ kind: "indicator" });
    expect(role("D")).toEqual({ kind: "unit" });
    expect(role("E")).toEqual({ kind: "annualTarget" });
    expect(role("F")).toEqual({ kind: "quarterTarget", quarter: 1 });
    expect(role("I")).toEqual({ kind: "quarterTarget", quarter: 4 });
    expect(role("K")).toEqual({ kind: "quarterRealization", quarter: 2 });
    expect(role("N")).toEqual({ kind: "budget" });
    expect(role("O")).toEqual({ kind: "spentQuarter", quarter: 1 });
    expect(role("P")).toEqual({ kind: "spentQuarter", quarter: 2 });
  });
  test("builds the hierarchy and parses values with findings", () => {
    const m = buildModel([sample()], d, DEFAULT_OPTIONS);
    const plan = m.rows.filter((r) => !r.isTotal);
    expect(plan.map((r) => r.level)).toEqual(["program", "activity", "subactivity", "subactivity"]);
    expect(plan[1].parentId).toBe(plan[0].id);
    expect(plan[2].parentId).toBe(plan[1].id);
    expect(plan[3].parentId).toBe(plan[1].id);
    expect(plan[0].quarterRealizations[1]?.value).toBe(49.5);
    expect(plan[2].quarterRealizations[0]).toMatchObject({ value: 1, unit: "Dok", cell: "J9" });
    expect(plan[3].quarterRealizations[1]).toBeNull();
    expect(m.rows.find((r) => r.isTotal)?.budget?.value).toBe(1000000);
    const rules = judgeFacts(m.facts).map((f) => `${f.rule}@${f.cell}`).sort();
    expect(rules).toEqual(["error-value@P10", "unparseable-value@K10"]);
  });
});

describe("key-indicator table with the two counts of its formula", () => {
  test("Jumlah … / Jumlah … become numerator and denominator", () => {
    const { hitungCapaian } = require("../../../src/domain/engine");
    const plan = gridFrom("Renaksi", [
      ["Kode", "Program/Kegiatan/Sub Kegiatan", "Target", "Realisasi TW I", "Pagu"],
      ["1", "Program A", 100, 50, 1000],
      ["1.1", "Kegiatan B", 100, null, 1000],
      ["1.1.1", "Sub Kegiatan C", 10, 5, 1000],
    ]);
    const iku = gridFrom("IKU", [
      ["Sasaran Strategis", "Indikator Kinerja Utama", "Target", "Jumlah ASN dengan data akurat", "Jumlah ASN"],
      ["Meningkatnya tata kelola", "Persentase ASN dengan data akurat", 95, 5018, 5327],
    ]);
    const r = hitungCapaian([plan, iku], { quarter: 1 });
    expect(r.keyIndicators).toHaveLength(1);
    // 5.018 ÷ 5.327 × 100 = 94,1994… (the "94,20 %" of domain.md §5.3); ÷ 95 × 100 = 99,1572…
    expect(r.keyIndicators[0].figures.realizationPct).toBeCloseTo(94.19936, 4);
    expect(r.keyIndicators[0].figures.performancePct).toBeCloseTo(99.15722, 4);
  });
});

describe("has a target to date (§5.1) depends on the table's columns", () => {
  const { hitungCapaian } = require("../../../src/domain/engine");
  test("with quarterly target columns, empty quarterly targets mean no target to date", () => {
    const g = gridFrom("R", [
      ["Kode", "Program/Kegiatan/Sub Kegiatan", "Target", "Target TW I", "Target TW II", "Realisasi TW I", "Pagu"],
      ["1", "Program A", 100, null, null, null, 300],
      ["1.1", "Kegiatan B", 100, null, null, null, 300],
      ["1.1.1", "Sub Kegiatan C", 10, 5, null, 4, 100], // 40 %
      ["1.1.2", "Sub Kegiatan D", 10, null, 5, 2, 200], // 20 %, but no target in TW I
    ]);
    const r = hitungCapaian([g], { quarter: 1 });
    expect(r.rows.find((x: { code: string }) => x.code === "1.1").figures.realizationPct).toBe(40); // mean over C only
    const all = hitungCapaian([g], { quarter: 1, averageOver: "all" });
    expect(all.rows.find((x: { code: string }) => x.code === "1.1").figures.realizationPct).toBeCloseTo(30, 10); // (40 + 20) / 2
  });
  test("without quarterly target columns (Form E.81), the annual target counts", () => {
    const g = gridFrom("R", [
      ["Kode", "Program/Kegiatan/Sub Kegiatan", "Target", "Realisasi TW I", "Pagu"],
      ["1", "Program A", 100, null, 300],
      ["1.1", "Kegiatan B", 100, null, 300],
      ["1.1.1", "Sub Kegiatan C", 10, 4, 100],
      ["1.1.2", "Sub Kegiatan D", 10, 2, 200],
    ]);
    const r = hitungCapaian([g], { quarter: 1 });
    expect(r.rows.find((x: { code: string }) => x.code === "1.1").figures.realizationPct).toBeCloseTo(30, 10);
  });
});

describe("a sheet per quarter", () => {
  const { hitungCapaian } = require("../../../src/domain/engine");
  const sheet = (name: string, tw2: number | null) =>
    gridFrom(name, [
      ["Kode", "Program/Kegiatan/Sub Kegiatan", "Target", "Target TW I", "Target TW II", "Realisasi TW I", "Realisasi TW II", "Pagu"],
      ["1", "Program A", 100, 25, 50, null, null, 300],
      ["1.1", "Kegiatan B", 100, 25, 50, null, null, 300],
      ["1.1.1", "Sub Kegiatan C", 10, 2, 3, 2, tw2, 100],
      ["1.1.2", "Sub Kegiatan D", 10, 2, 3, 1, tw2, 200],
    ]);
  const grids = [sheet("TW I", null), sheet("TW II", 3)];
  test("uses the latest quarter's sheet by default, and names the others", () => {
    const r = hitungCapaian(grids);
    expect(r.quarter).toBe(2);
    expect(r.layout.tables.map((t: { sheet: string }) => t.sheet)).toEqual(["TW II"]);
    expect(r.rows.find((x: { code: string }) => x.code === "1.1.1").figures.realizationToDate).toBe(5);
    expect(r.findings.some((f: { message: string }) => /lembar per triwulan/.test(f.message))).toBe(true);
  });
  test("uses the chosen quarter's sheet", () => {
    const r = hitungCapaian(grids, { quarter: 1 });
    expect(r.layout.tables.map((t: { sheet: string }) => t.sheet)).toEqual(["TW I"]);
  });
});

describe("a row with two indicators (a second line without code or name)", () => {
  const { hitungCapaian } = require("../../../src/domain/engine");
  test("the second line is another indicator of the same sub-activity, counted once", () => {
    const g = gridFrom("R", [
      ["Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator", "Satuan", "Target", "Realisasi TW I", "Pagu"],
      ["1", "Program A", "Persentase", "%", 100, null, 300],
      ["1.1", "Kegiatan B", "Persentase", "%", 100, null, 300],
      ["1.1.1", "Sub Kegiatan C", "Jumlah dokumen", "Dok", 10, 4, 300],
      [null, null, "Jumlah laporan", "Lap", 4, 1, null],
    ]);
    const r = hitungCapaian([g], { quarter: 1 });
    const subs = r.rows.filter((x: { level: string }) => x.level === "subactivity");
    expect(subs).toHaveLength(2);
    expect(subs[1].code).toBe("1.1.1");
    expect(subs[1].indicator).toBe("Jumlah laporan");
    expect(subs[1].figures.performancePct).toBe(25);
    expect(r.totals.subactivities).toBe(1);
    expect(r.totals.budget).toBe(300);
    // the activity averages both indicators: (40 + 25) / 2
    expect(r.rows.find((x: { code: string; level: string }) => x.level === "activity").figures.realizationPct).toBe(32.5);
    expect(r.findings.filter((f: { rule: string }) => f.rule === "duplicate-code")).toHaveLength(0);
  });
});

describe("no codes, no prefixes, no formulas: levels from indentation (signal 5)", () => {
  const { hitungCapaian } = require("../../../src/domain/engine");
  test("leading spaces give program / activity / sub-activity, and each guess is reported", () => {
    const g = gridFrom("R", [
      ["Uraian", "Indikator", "Target", "Realisasi TW I", "Pagu"],
      ["Penunjang Urusan Pemerintahan", "Persentase layanan", 100, null, null],
      ["   Perencanaan dan Evaluasi", "Persentase dokumen", 100, null, null],
      ["      Penyusunan Dokumen Perencanaan", "Jumlah dokumen", 4, 2, 100],
      ["      Evaluasi Kinerja", "Jumlah laporan", 4, 1, 200],
    ]);
    const r = hitungCapaian([g], { quarter: 1 });
    expect(r.rows.map((x: { level: string }) => x.level)).toEqual(["program", "activity", "subactivity", "subactivity"]);
    expect(r.rows[2].parentId).toBe(r.rows[1].id);
    expect(r.totals.budget).toBe(300);
    expect(r.findings.filter((f: { rule: string }) => f.rule === "hierarchy")).toHaveLength(4);
  });
});

describe("section headings and notes", () => {
  const { hitungCapaian } = require("../../../src/domain/engine");
  test("a text-only line inside the table is a group heading; notes under it are not rows", () => {
    const g = gridFrom("R", [
      ["Kode", "Program/Kegiatan/Sub Kegiatan", "Target", "Realisasi TW I", "Pagu"],
      [null, "A. URUSAN PEMERINTAHAN WAJIB", null, null, null],
      ["1", "Program A", 100, null, 300],
      ["1.1", "Kegiatan B", 100, null, 300],
      ["1.1.1", "Sub Kegiatan C", 10, 4, 300],
      [null, "Keterangan: data realisasi masih sementara", null, null, null],
    ]);
    const r = hitungCapaian([g], { quarter: 1 });
    expect(r.rows.map((x: { level: string }) => x.level)).toEqual(["group", "program", "activity", "subactivity"]);
    expect(r.rows[1].parentId).toBe(r.rows[0].id);
    expect(r.findings.filter((f: { rule: string }) => f.rule === "hierarchy")).toHaveLength(0);
    expect(r.totals.budget).toBe(300);
  });
});

test("a sub-heading between sub-activities does not cut them from their activity", () => {
  const { hitungCapaian } = require("../../../src/domain/engine");
  const g = gridFrom("R", [
    ["Kode", "Program/Kegiatan/Sub Kegiatan", "Target", "Realisasi TW I", "Pagu"],
    ["1", "Program A", 100, null, 300],
    ["1.1", "Kegiatan B", 100, null, 300],
    ["1.1.1", "Sub Kegiatan C", 10, 4, 100],
    [null, "Belanja Langsung Tambahan", null, null, null],
    [null, "Sub Kegiatan D", 10, 5, 200],
  ]);
  const r = hitungCapaian([g], { quarter: 1 });
  const d = r.rows.find((x: { name: string }) => x.name === "Sub Kegiatan D");
  expect(d.parentId).toBe(r.rows.find((x: { code: string }) => x.code === "1.1").id);
  expect(r.findings.filter((f: { rule: string }) => f.rule === "hierarchy")).toHaveLength(0);
});

test("two tables on one sheet (one per program), each with its header", () => {
  const { hitungCapaian } = require("../../../src/domain/engine");
  const header = ["Kode", "Program/Kegiatan/Sub Kegiatan", "Target", "Realisasi TW I", "Pagu"];
  const g = gridFrom("R", [
    ["TABEL 1. PROGRAM PENUNJANG"],
    header,
    ["1", "Program A", 100, null, 300],
    ["1.1", "Kegiatan B", 100, null, 300],
    ["1.1.1", "Sub Kegiatan C", 10, 4, 300],
    [null],
    ["TABEL 2. PROGRAM PELAYANAN"],
    ["Kode", "Uraian", "Target Tahunan", "Realisasi Triwulan I", "Anggaran"],
    ["2", "Program D", 100, null, 500],
    ["2.1", "Kegiatan E", 100, null, 500],
    ["2.1.1", "Sub Kegiatan F", 4, 1, 500],
  ]);
  const r = hitungCapaian([g], { quarter: 1 });
  expect(r.layout.tables.map((t: { headerRows: { first: number } }) => t.headerRows.first)).toEqual([2, 8]);
  expect(r.totals).toMatchObject({ programs: 2, activities: 2, subactivities: 2, budget: 800 });
  expect(r.rows.find((x: { code: string }) => x.code === "2.1.1").figures.performancePct).toBe(25);
});

describe("words-mismatch (§6)", () => {
  const { hitungCapaian } = require("../../../src/domain/engine");
  const sheet = (words: string) =>
    gridFrom("R", [
      ["Kode", "Program/Kegiatan/Sub Kegiatan", "Target", "Realisasi TW I", "Pagu", "Terbilang"],
      ["1", "Program A", 100, null, 1500000, words],
      ["1.1", "Kegiatan B", 100, null, 1500000, null],
      ["1.1.1", "Sub Kegiatan C", 10, 4, 1500000, null],
    ]);
  test("an amount in words that matches its digits: no finding", () => {
    const r = hitungCapaian([sheet("Satu Juta Lima Ratus Ribu Rupiah")], { quarter: 1 });
    expect(r.findings.filter((f: { rule: string }) => f.rule === "words-mismatch")).toHaveLength(0);
  });
  test("words that say another amount: an error on the words' cell", () => {
    const r = hitungCapaian([sheet("Satu Juta Lima Puluh Ribu Rupiah")], { quarter: 1 });
    const found = r.findings.filter((f: { rule: string }) => f.rule === "words-mismatch");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ cell: "F2", severity: "error", stated: 1050000, computed: 1500000 });
  });
});

test("key indicators with quarterly realization columns: the latest up to the quarter computed", () => {
  const { hitungCapaian } = require("../../../src/domain/engine");
  const plan = gridFrom("Renaksi", [
    ["Kode", "Program/Kegiatan/Sub Kegiatan", "Target", "Realisasi TW I", "Realisasi TW II", "Pagu"],
    ["1", "Program A", 100, null, null, 100],
    ["1.1", "Kegiatan B", 100, null, null, 100],
    ["1.1.1", "Sub Kegiatan C", 10, 2, 3, 100],
  ]);
  const iku = gridFrom("IKU", [
    ["Sasaran Strategis", "Indikator Kinerja Utama", "Satuan", "Target", "Realisasi TW I", "Realisasi TW II", "Realisasi TW III", "Realisasi TW IV"],
    ["Meningkatnya kualitas perencanaan", "Nilai SAKIP", "Nilai", 80, 60, 72, null, null],
  ]);
  const tw1 = hitungCapaian([plan, iku], { quarter: 1 });
  const tw2 = hitungCapaian([plan, iku], { quarter: 2 });
  expect(tw1.keyIndicators[0].figures.realizationPct).toBe(60); // 60 ÷ 80 = 75 %
  expect(tw1.keyIndicators[0].figures.performancePct).toBe(75);
  expect(tw2.keyIndicators[0].figures.realizationPct).toBe(72); // 72 ÷ 80 = 90 %
  expect(tw2.keyIndicators[0].figures.performancePct).toBe(90);
  expect(tw2.keyIndicators[0].figures.predicate).toBe("Memuaskan"); // 90,00 is not above 90
});

test("a code split over several columns (U | BB | PP | K.AA | SSSS) is joined", () => {
  const { hitungCapaian } = require("../../../src/domain/engine");
  const g = gridFrom("R", [
    ["Kode", null, null, null, null, "Program/Kegiatan/Sub Kegiatan", "Target", "Realisasi TW I", "Pagu"],
    ["1", "02", "01", null, null, "Program Penunjang", 100, null, 300],
    ["1", "02", "01", "2.01", null, "Perencanaan", 100, null, 300],
    ["1", "02", "01", "2.01", "0001", "Penyusunan Dokumen", 4, 1, 300],
  ], { merges: [{ top: 1, left: 1, bottom: 1, right: 5 }] });
  const r = hitungCapaian([g], { quarter: 1 });
  expect(r.rows.map((x: { level: string; code: string }) => [x.level, x.code])).toEqual([
    ["program", "1.02.01"],
    ["activity", "1.02.01.2.01"],
    ["subactivity", "1.02.01.2.01.0001"],
  ]);
});

test("names standing in the column of their level (Program | Kegiatan | Sub Kegiatan), one per row", () => {
  const { hitungCapaian } = require("../../../src/domain/engine");
  const g = gridFrom("R", [
    ["Program", "Kegiatan", "Sub Kegiatan", "Indikator", "Target", "Realisasi TW I", "Pagu"],
    ["Penunjang Urusan", null, null, "Persentase", 100, null, null],
    [null, "Perencanaan", null, "Persentase", 100, null, null],
    [null, null, "Penyusunan Dokumen", "Jumlah dokumen", 4, 2, 300],
    [null, null, "Evaluasi Kinerja", "Jumlah laporan", 4, 1, 200],
  ]);
  const r = hitungCapaian([g], { quarter: 1 });
  expect(r.layout.tables[0].layout).not.toBe("C");
  expect(r.rows.map((x: { level: string }) => x.level)).toEqual(["program", "activity", "subactivity", "subactivity"]);
  expect(r.rows[3].parentId).toBe(r.rows[1].id);
  expect(r.rows[2].figures.performancePct).toBe(50);
  expect(r.totals.budget).toBe(500);
  expect(r.findings.filter((f: { rule: string }) => f.rule === "hierarchy")).toHaveLength(0);
});
