/**
 * The bad-input corpus: every case builds its input files in a fresh temporary directory (nothing
 * binary is committed) and states the outcome the CLI must give. The runner (bad-input.test.ts)
 * also checks, for every case: no crash (exit 1), no hang, no temporary file left behind, input
 * files unchanged, no output written on exit 2.
 */
import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { generateLayoutA, layoutAWorkbook, type LayoutAOptions } from "../../src/sample/generate-layout-a";
import type { JsonReport } from "../../src/domain/types";
import { makeZip, ole2Stub } from "./zip";

export interface CaseRun {
  code: number;
  stdout: string;
  stderr: string;
  dir: string;
  /** Parsed --json report (exit 0 only). */
  report?: JsonReport;
  /** The output workbook, loaded (exit 0 only). */
  output?: ExcelJS.Workbook;
  outputPath: string;
}

export interface BadCase {
  name: string;
  /** Builds the input in `dir`; returns the CLI arguments (input file(s) and options, without -q/--json). */
  build(dir: string): Promise<string[]>;
  expectCode: 0 | 2;
  /** Substring of standard error (Indonesian message) for exit 2. */
  message?: string | RegExp;
  /** More assertions on the run. */
  check?(run: CaseRun): void | Promise<void>;
  /** Hang protection for this case, ms; never a speed limit (at least HANG_MS of the runner, 15 min). */
  timeoutMs?: number;
  /** Name of the output file main() writes (default <input>-capaian.xlsx). */
  output?: string;
}

const SMALL: LayoutAOptions = { subactivities: 8, seed: 11, codes: "nomenclature" };
const FIRST = 7; // first data row of a generated layout-A sheet
const COL = { code: 1, name: 2, target: 5, tq1: 6, rq1: 10, budget: 14, sq1: 15 };

async function save(wb: ExcelJS.Workbook, file: string): Promise<string> {
  await wb.xlsx.writeFile(file);
  return file;
}

function sheetOf(wb: ExcelJS.Workbook): ExcelJS.Worksheet {
  return wb.getWorksheet("Renaksi 2024")!;
}

/** Rows of sub-activities in a generated sheet (code with 4-digit last segment). */
function subRows(ws: ExcelJS.Worksheet): number[] {
  const out: number[] = [];
  ws.eachRow((row, n) => {
    if (n >= FIRST && /\.\d{4}$/.test(String(row.getCell(1).value ?? ""))) out.push(n);
  });
  return out;
}

async function layoutFile(
  dir: string,
  name = "renaksi.xlsx",
  opts: LayoutAOptions = SMALL,
  edit?: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void,
): Promise<string> {
  const wb = layoutAWorkbook(opts);
  edit?.(sheetOf(wb), wb);
  return save(wb, path.join(dir, name));
}

function findings(run: CaseRun, rule: string) {
  return (run.report?.findings ?? []).filter((f) => f.rule === rule);
}

function expectRule(run: CaseRun, rule: string, atLeast = 1): void {
  const n = findings(run, rule).length;
  if (n < atLeast)
    throw new Error(
      `expected ≥ ${atLeast} "${rule}" findings, got ${n}: ${JSON.stringify((run.report?.findings ?? []).map((f) => f.rule))}`,
    );
}

function eq(actual: unknown, expected: unknown, what: string): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected))
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

/** A valid small layout-A workbook's bytes (for corrupting). */
async function validBytes(): Promise<Buffer> {
  return Buffer.from((await layoutAWorkbook(SMALL).xlsx.writeBuffer()) as ArrayBuffer);
}

async function write(dir: string, name: string, data: Buffer | string): Promise<string> {
  const file = path.join(dir, name);
  await fs.writeFile(file, data);
  return file;
}

const expectedTotals = () => {
  const g = generateLayoutA(SMALL);
  return { budget: g.totalBudget, subactivities: g.counts.subactivities };
};

export const CASES: BadCase[] = [
  // ------------------------------------------------------------------ unreadable files (exit 2)
  {
    name: "missing file path",
    build: async (dir) => [path.join(dir, "tidak-ada.xlsx")],
    expectCode: 2,
    message: "tidak ditemukan",
  },
  {
    name: "directory instead of a file",
    build: async (dir) => [await fs.mkdir(path.join(dir, "folder.xlsx")).then(() => path.join(dir, "folder.xlsx"))],
    expectCode: 2,
    message: "folder",
  },
  {
    name: "empty file (0 bytes)",
    build: async (dir) => [await write(dir, "kosong.xlsx", Buffer.alloc(0))],
    expectCode: 2,
    message: "kosong",
  },
  {
    name: "corrupt zip (truncated .xlsx)",
    build: async (dir) => [await write(dir, "terpotong.xlsx", (await validBytes()).subarray(0, 3000))],
    expectCode: 2,
    message: "rusak",
  },
  {
    name: "corrupt zip (central directory overwritten)",
    build: async (dir) => {
      const b = await validBytes();
      b.fill(0x41, b.length - 400, b.length - 30);
      return [await write(dir, "rusak.xlsx", b)];
    },
    expectCode: 2,
    message: "rusak",
  },
  {
    name: "random bytes after a PK signature",
    build: async (dir) => [
      await write(dir, "acak.xlsx", Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.alloc(5000, 0x5a)])),
    ],
    expectCode: 2,
    message: "rusak",
  },
  {
    name: "zip bomb: central directory declares 5 GB (ZIP64)",
    build: async (dir) => [
      await write(
        dir,
        "bom.xlsx",
        makeZip([
          { name: "[Content_Types].xml", data: Buffer.from("<Types/>") },
          { name: "xl/workbook.xml", data: Buffer.from("<workbook/>"), declaredSize: 5 * 1024 ** 3 },
        ]),
      ),
    ],
    expectCode: 2,
    message: "terlalu besar",
  },
  {
    name: "zip bomb: two entries declaring 4 GB each (32-bit sizes)",
    build: async (dir) => [
      await write(
        dir,
        "bom32.xlsx",
        makeZip([
          { name: "xl/workbook.xml", data: Buffer.from("<workbook/>"), declaredSize: 0xfffffffe },
          { name: "xl/worksheets/sheet1.xml", data: Buffer.from("<worksheet/>"), declaredSize: 0xfffffffe },
        ]),
      ),
    ],
    expectCode: 2,
    message: "terlalu besar",
  },
  {
    name: "zip bomb: a real deflate bomb (120 MB of zeros in a ~120 KB file)",
    build: async (dir) => [
      await write(
        dir,
        "bom-nyata.xlsx",
        makeZip([
          { name: "xl/workbook.xml", data: Buffer.from("<workbook/>") },
          { name: "xl/worksheets/sheet1.xml", data: Buffer.alloc(120 * 1024 * 1024), deflate: true },
        ]),
      ),
    ],
    expectCode: 2,
    message: "terlalu besar",
  },
  {
    name: "password-protected workbook (OLE2 with EncryptedPackage)",
    build: async (dir) => [await write(dir, "sandi.xlsx", ole2Stub("EncryptedPackage"))],
    expectCode: 2,
    message: "kata sandi",
  },
  {
    name: "old .xls (OLE2 signature)",
    build: async (dir) => [await write(dir, "lama.xls", ole2Stub("Workbook"))],
    expectCode: 2,
    message: ".xls",
  },
  {
    name: ".csv renamed to .xlsx",
    build: async (dir) => [await write(dir, "data.xlsx", "Kode;Program;Target\n1;Program A;100\n1.1;Kegiatan B;95\n")],
    expectCode: 2,
    message: "teks biasa",
  },
  {
    name: "HTML saved as .xlsx",
    build: async (dir) => [
      await write(dir, "web.xlsx", "<html><body><table><tr><td>Kode</td></tr></table></body></html>"),
    ],
    expectCode: 2,
    message: "teks biasa",
  },
  {
    name: "OpenDocument spreadsheet renamed",
    build: async (dir) => [
      await write(
        dir,
        "ods.xlsx",
        makeZip([
          { name: "mimetype", data: Buffer.from("application/vnd.oasis.opendocument.spreadsheet") },
          { name: "content.xml", data: Buffer.from("<office/>") },
        ]),
      ),
    ],
    expectCode: 2,
    message: "OpenDocument",
  },
  {
    name: "a zip that is not a workbook",
    build: async (dir) => [
      await write(dir, "arsip.xlsx", makeZip([{ name: "readme.txt", data: Buffer.from("hello") }])),
    ],
    expectCode: 2,
    message: "bukan buku kerja Excel",
  },
  {
    name: "a zip with a garbage workbook.xml",
    build: async (dir) => [
      await write(
        dir,
        "sampah.xlsx",
        makeZip([
          { name: "[Content_Types].xml", data: Buffer.from("<<<") },
          { name: "xl/workbook.xml", data: Buffer.from("\u0000\u0001 not xml <") },
        ]),
      ),
    ],
    expectCode: 2,
    message: /tidak dapat dibaca|tidak berisi lembar kerja|Tidak ditemukan tabel/,
  },
  {
    name: "empty workbook (no sheets)",
    build: async (dir) => [await save(new ExcelJS.Workbook(), path.join(dir, "tanpa-lembar.xlsx"))],
    expectCode: 2,
    message: /tidak berisi lembar kerja|Tidak ditemukan tabel/,
  },
  {
    name: "empty workbook (one empty sheet)",
    build: async (dir) => {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet("Sheet1");
      return [await save(wb, path.join(dir, "lembar-kosong.xlsx"))];
    },
    expectCode: 2,
    message: "Tidak ditemukan tabel",
  },
  {
    // Readable, nothing to compute: an empty report whose one warning says the table has no rows yet.
    name: "headers only (no data rows)",
    build: async (dir) => {
      const wb = layoutAWorkbook({ subactivities: 0 });
      return [await save(wb, path.join(dir, "judul-saja.xlsx"))];
    },
    expectCode: 0,
  },
  {
    name: "a file with only an IKU table",
    build: async (dir) => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet("IKU");
      ws.addRow([
        "Sasaran Strategis",
        "Indikator Kinerja Utama",
        "Satuan",
        "Target",
        "Pembilang",
        "Penyebut",
        "Realisasi",
        "% Capaian",
      ]);
      ws.addRow(["Meningkatnya kualitas perencanaan", "Persentase dokumen tepat waktu", "%", 100, 9, 10, 90, 90]);
      ws.addRow(["Meningkatnya akuntabilitas", "Nilai SAKIP", "Nilai", 70, null, null, null, null]);
      return [await save(wb, path.join(dir, "iku.xlsx"))];
    },
    expectCode: 2,
    message: "Tidak ditemukan tabel capaian",
  },
  // ------------------------------------------------------------------ usage problems (exit 2)
  {
    name: "output folder does not exist",
    build: async (dir) => [await layoutFile(dir), "-o", path.join(dir, "tidak", "ada", "hasil.xlsx")],
    expectCode: 2,
    message: "tidak",
  },
  {
    name: "output path is the input",
    build: async (dir) => {
      const f = await layoutFile(dir);
      return [f, "-o", f];
    },
    expectCode: 2,
    message: "",
  },
  // ------------------------------------------------------------------ readable but odd (exit 0)
  {
    name: "merged cells across the whole table",
    build: (dir) =>
      layoutFile(dir, "gabung.xlsx", SMALL, (ws) => ws.mergeCells(FIRST, 1, FIRST + 12, 18)).then((f) => [f]),
    expectCode: 0,
  },
  {
    name: "#REF! everywhere in numeric columns",
    build: (dir) =>
      layoutFile(dir, "ref.xlsx", SMALL, (ws) => {
        for (const r of subRows(ws))
          for (let c = 5; c <= 18; c++) ws.getCell(r, c).value = { error: "#REF!" } as ExcelJS.CellErrorValue;
      }).then((f) => [f]),
    expectCode: 0,
    check: (run) => expectRule(run, "error-value", 8),
  },
  {
    name: "numbers as text, Indonesian format (1.758.365.560 · 44,77)",
    build: (dir) =>
      layoutFile(dir, "teks-id.xlsx", SMALL, (ws) => {
        for (const r of subRows(ws)) {
          const c = ws.getCell(r, COL.budget);
          c.value = Number(c.value).toLocaleString("de-DE");
        }
      }).then((f) => [f]),
    expectCode: 0,
    check: (run) => {
      eq(run.report!.totals.budget, expectedTotals().budget, "total budget");
      eq(findings(run, "unparseable-value").length, 0, "unparseable-value findings");
    },
  },
  {
    name: "numbers as text, English format (1,758,365,560.00)",
    build: (dir) =>
      layoutFile(dir, "teks-en.xlsx", SMALL, (ws) => {
        for (const r of subRows(ws)) {
          const c = ws.getCell(r, COL.budget);
          c.value = Number(c.value).toLocaleString("en-US", { minimumFractionDigits: 2 });
        }
      }).then((f) => [f]),
    expectCode: 0,
    check: (run) => eq(run.report!.totals.budget, expectedTotals().budget, "total budget"),
  },
  {
    name: "10-digit Rupiah with sen (exact sums)",
    build: (dir) =>
      layoutFile(dir, "sen.xlsx", SMALL, (ws) => {
        subRows(ws).forEach((r, i) => {
          ws.getCell(r, COL.budget).value = i % 2 ? 9_876_543_210.99 : "Rp1.234.567.890,01";
          ws.getCell(r, COL.sq1).value = null;
          ws.getCell(r, COL.sq1 + 1).value = null;
        });
      }).then((f) => [f, "-t", "2"]),
    expectCode: 0,
    check: (run) => {
      const n = expectedTotals().subactivities;
      const odd = Math.floor(n / 2);
      const sen = BigInt(odd) * 987_654_321_099n + BigInt(n - odd) * 123_456_789_001n;
      eq(run.report!.totals.budget, Number(sen) / 100, "total budget (exact to the sen)");
    },
  },
  {
    name: "negative values",
    build: (dir) =>
      layoutFile(dir, "negatif.xlsx", SMALL, (ws) => {
        const [a, b, c] = subRows(ws);
        ws.getCell(a, COL.target).value = -5;
        ws.getCell(b, COL.budget).value = "-1.000.000";
        ws.getCell(c, COL.rq1).value = "(3)";
      }).then((f) => [f]),
    expectCode: 0,
    check: (run) => expectRule(run, "negative-value", 2),
  },
  {
    name: "dates and booleans in numeric columns",
    build: (dir) =>
      layoutFile(dir, "tanggal.xlsx", SMALL, (ws) => {
        const [a, b] = subRows(ws);
        ws.getCell(a, COL.target).value = new Date(Date.UTC(2024, 5, 30));
        ws.getCell(b, COL.budget).value = true;
      }).then((f) => [f]),
    expectCode: 0,
    check: (run) => expectRule(run, "unparseable-value", 2),
  },
  {
    name: "malformed numbers (35.629.000 0 · 37.962.87 0 · 12a)",
    build: (dir) =>
      layoutFile(dir, "salah-ketik.xlsx", SMALL, (ws) => {
        const [a, b, c] = subRows(ws);
        ws.getCell(a, COL.budget).value = "35.629.000 0";
        ws.getCell(b, COL.sq1).value = "37.962.87 0";
        ws.getCell(c, COL.rq1).value = "12a";
      }).then((f) => [f]),
    expectCode: 0,
    check: (run) => expectRule(run, "unparseable-value", 3),
  },
  {
    name: "a stray formatted cell at row 1 048 576",
    build: (dir) =>
      layoutFile(dir, "baris-akhir.xlsx", SMALL, (ws) => {
        ws.getCell(1_048_576, 1).numFmt = "#,##0";
        ws.getCell(1_048_576, 1).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
      }).then((f) => [f]),
    expectCode: 0,
    check: (run) => eq(run.report!.totals.subactivities, expectedTotals().subactivities, "sub-activities"),
  },
  {
    name: "a stray formatted cell at column XFD",
    build: (dir) =>
      layoutFile(dir, "kolom-akhir.xlsx", SMALL, (ws) => {
        ws.getCell(5, 16_384).numFmt = "0.00%";
        ws.getCell(5, 16_384).font = { bold: true };
      }).then((f) => [f]),
    expectCode: 0,
    check: (run) => eq(run.report!.totals.subactivities, expectedTotals().subactivities, "sub-activities"),
  },
  {
    name: "stray values at XFD1 and A1048576 (used range reaching both edges)",
    build: (dir) =>
      layoutFile(dir, "tepi.xlsx", SMALL, (ws) => {
        ws.getCell(1, 16_384).value = "catatan";
        ws.getCell(1_048_576, 1).value = "x";
      }).then((f) => [f]),
    expectCode: 0,
    check: (run) => eq(run.report!.totals.subactivities, expectedTotals().subactivities, "sub-activities"),
  },
  {
    name: "names starting with = + - @ stay text in the output",
    build: (dir) =>
      layoutFile(dir, "formula-nama.xlsx", SMALL, (ws) => {
        const names = ["=SUM(A1:A9)", "+62 Layanan", "-Sub Kegiatan Minus", "@Kegiatan", '=HYPERLINK("http://x")'];
        subRows(ws).forEach((r, i) => {
          if (i < names.length) ws.getCell(r, COL.name).value = names[i];
        });
      }).then((f) => [f]),
    expectCode: 0,
    check: (run) => {
      const ws = run.output!.getWorksheet("Capaian")!;
      const texts: string[] = [];
      let formulas = 0;
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type === ExcelJS.ValueType.Formula) formulas++;
          if (typeof cell.value === "string") texts.push(cell.value);
        }),
      );
      eq(formulas, 0, "formula cells in Capaian");
      for (const n of ["=SUM(A1:A9)", "+62 Layanan", "-Sub Kegiatan Minus", "@Kegiatan"]) {
        if (!texts.some((t) => t.includes(n))) throw new Error(`name ${n} not found as text in Capaian`);
      }
    },
  },
  {
    name: "names with control characters and emoji",
    build: (dir) =>
      layoutFile(dir, "emoji.xlsx", SMALL, (ws) => {
        const [a, b, c] = subRows(ws);
        ws.getCell(a, COL.name).value = "Sub Kegiatan 😀 Layanan 🏥 Kesehatan";
        ws.getCell(b, COL.name).value = "Sub Kegiatan\tdengan\u0007bel\u0000nul";
        ws.getCell(c, COL.name).value = "Sub Kegiatan \u202eterbalik\u200b";
      }).then((f) => [f]),
    expectCode: 0,
    check: async (run) => {
      const names = run.report!.rows.map((r) => r.name);
      if (!names.some((n) => n.includes("😀"))) throw new Error("emoji name lost");
      // The output must be a well-formed workbook: re-read it (done by the runner) — and its Capaian sheet has the emoji.
      let found = false;
      run
        .output!.getWorksheet("Capaian")!
        .eachRow((row) => row.eachCell((c) => (found ||= String(c.value).includes("🏥"))));
      if (!found) throw new Error("emoji not written to Capaian");
    },
  },
  {
    name: "duplicate codes",
    build: (dir) =>
      layoutFile(dir, "kode-ganda.xlsx", SMALL, (ws) => {
        const [a, b] = subRows(ws);
        ws.getCell(b, COL.code).value = ws.getCell(a, COL.code).value;
      }).then((f) => [f]),
    expectCode: 0,
    check: (run) => expectRule(run, "duplicate-code"),
  },
  {
    name: "cycles in formula references",
    build: (dir) =>
      layoutFile(dir, "siklus.xlsx", SMALL, (ws) => {
        const [a, b] = subRows(ws);
        ws.getCell(a, COL.budget).value = { formula: `SUM(N${b})`, result: 1000 } as ExcelJS.CellFormulaValue;
        ws.getCell(b, COL.budget).value = { formula: `SUM(N${a})`, result: 1000 } as ExcelJS.CellFormulaValue;
        ws.getCell(FIRST, COL.budget).value = {
          formula: `SUM(N${FIRST}:N${FIRST + 30})`,
          result: 5,
        } as ExcelJS.CellFormulaValue;
      }).then((f) => [f]),
    expectCode: 0,
  },
  {
    name: "a user's sheet named Capaian is kept; ours becomes Capaian (2)",
    build: (dir) =>
      layoutFile(dir, "lembar-capaian.xlsx", SMALL, (_ws, wb) => {
        const user = wb.addWorksheet("Capaian");
        user.getCell("A1").value = "Catatan pribadi pengguna";
        user.getCell("B2").value = 42;
      }).then((f) => [f]),
    expectCode: 0,
    check: (run) => {
      const user = run.output!.getWorksheet("Capaian")!;
      eq(
        [user.getCell("A1").value, user.getCell("B2").value],
        ["Catatan pribadi pengguna", 42],
        "user's Capaian sheet",
      );
      if (!run.output!.getWorksheet("Capaian (2)"))
        throw new Error(`no "Capaian (2)": ${run.output!.worksheets.map((w) => w.name)}`);
    },
  },
  {
    name: "the same table copied on three sheets (counted once)",
    build: async (dir) => {
      const g = generateLayoutA(SMALL);
      const wb = layoutAWorkbook(g);
      layoutAWorkbook({ ...g, sheet: "SEKRETARIAT" }, wb);
      layoutAWorkbook({ ...g, sheet: "YANKES" }, wb);
      return [await save(wb, path.join(dir, "salinan.xlsx"))];
    },
    expectCode: 0,
    check: (run) => eq(run.report!.totals.budget, expectedTotals().budget, "total budget (copies not added up)"),
  },
  {
    name: "hierarchy gaps (sub-activity without activity, skipped level)",
    build: (dir) =>
      layoutFile(dir, "celah.xlsx", SMALL, (ws) => {
        ws.spliceRows(FIRST, 2); // drop the program and first activity rows
      }).then((f) => [f]),
    expectCode: 0,
    check: (run) => expectRule(run, "hierarchy"),
  },
  {
    name: "outline codes 1 / 1.10 / 5.1 (tenth activity, fifth program)",
    build: (dir) => layoutFile(dir, "outline.xlsx", { subactivities: 300, seed: 5, codes: "outline" }).then((f) => [f]),
    expectCode: 0,
    check: (run) => {
      const g = generateLayoutA({ subactivities: 300, seed: 5, codes: "outline" });
      eq(
        {
          p: run.report!.totals.programs,
          a: run.report!.totals.activities,
          s: run.report!.totals.subactivities,
          budget: run.report!.totals.budget,
        },
        { p: g.counts.programs, a: g.counts.activities, s: g.counts.subactivities, budget: g.totalBudget },
        "levels and budget",
      );
    },
  },
  {
    name: "50 000 real rows",
    build: (dir) =>
      layoutFile(dir, "besar.xlsx", { subactivities: 50_000, seed: 50, codes: "nomenclature" }).then((f) => [f]),
    expectCode: 0,
    check: (run) => eq(run.report!.totals.subactivities, 50_000, "sub-activities"),
  },
];

/** Cases known to fail because of a bug elsewhere (name → cause); the runner marks them test.failing. None now. */
export const KNOWN_FAILURES: Record<string, string> = {};
