/**
 * Hostile and careless paths, numbers and outputs through the CLI (issues 13.3, 13.4, 14.1, 14.5):
 * exit code, the Indonesian sentence, inputs unchanged, nothing written on exit 2, no temporary
 * file left (src/bad-input/run-case.ts checks the last three for every case).
 */
import { execFileSync } from "child_process";
import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { layoutAWorkbook } from "../../src/sample/generate-layout-a";
import { defineHostileCases, type HostileCase } from "./run-case";
import { SMALL_A } from "./hostile";

const FIRST = 7;
const BUDGET_COL = 14;

async function layoutFile(dir: string, name = "renaksi.xlsx", edit?: (ws: ExcelJS.Worksheet) => void): Promise<string> {
  const wb = layoutAWorkbook(SMALL_A);
  edit?.(wb.getWorksheet("Renaksi 2024")!);
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

function subRows(ws: ExcelJS.Worksheet): number[] {
  const out: number[] = [];
  ws.eachRow((row, n) => {
    if (n >= FIRST && /\.\d{4}$/.test(String(row.getCell(1).value ?? ""))) out.push(n);
  });
  return out;
}

const isRoot = () =>
  typeof process.getuid === "function" && process.getuid() === 0 ? "root may write anywhere" : null;

const CASES: HostileCase[] = [
  {
    name: "a FIFO as input (would block forever)",
    build: async (dir) => {
      const f = path.join(dir, "pipa.xlsx");
      execFileSync("mkfifo", [f]);
      return [f];
    },
    expectCode: 2,
    message: "bukan berkas biasa",
  },
  {
    name: "/dev/zero as input (never ends)",
    build: async () => ["/dev/zero"],
    expectCode: 2,
    message: "bukan berkas biasa",
  },
  {
    name: "a symlink loop as input",
    build: async (dir) => {
      await fs.symlink(path.join(dir, "b.xlsx"), path.join(dir, "a.xlsx"));
      await fs.symlink(path.join(dir, "a.xlsx"), path.join(dir, "b.xlsx"));
      return [path.join(dir, "a.xlsx")];
    },
    expectCode: 2,
    message: "tautan simbolik yang berputar",
  },
  {
    name: "the default output name is an existing folder",
    build: async (dir) => {
      const f = await layoutFile(dir);
      await fs.mkdir(path.join(dir, "renaksi-capaian.xlsx"));
      return [f];
    },
    expectCode: 2,
    message: "adalah sebuah folder",
  },
  {
    name: "--json names an existing folder",
    json: false,
    build: async (dir) => {
      const f = await layoutFile(dir);
      await fs.mkdir(path.join(dir, "laporan"));
      return [f, "--json", path.join(dir, "laporan")];
    },
    expectCode: 2,
    message: "adalah sebuah folder",
  },
  {
    name: "-o and --json name the same file",
    json: false,
    build: async (dir) => [await layoutFile(dir), "-o", path.join(dir, "x.xlsx"), "--json", path.join(dir, "x.xlsx")],
    expectCode: 2,
    message: "Opsi -o dan --json menunjuk ke berkas yang sama",
  },
  {
    name: "a 245-character output file name",
    build: async (dir) => [await layoutFile(dir), "-o", path.join(dir, "a".repeat(245) + ".xlsx")],
    expectCode: 2,
    message: "terlalu panjang",
  },
  {
    name: "two inputs, the second output impossible: nothing written at all",
    json: false,
    build: async (dir) => {
      await fs.mkdir(path.join(dir, "b"));
      const a = await layoutFile(dir, "a.xlsx");
      const b = await layoutFile(path.join(dir, "b"), "b.xlsx");
      await fs.mkdir(path.join(dir, "b", "b-capaian.xlsx"));
      return [a, b];
    },
    expectCode: 2,
    message: "adalah sebuah folder",
  },
  {
    name: "an unwritable output folder",
    skip: isRoot,
    build: async (dir) => {
      const out = path.join(dir, "terkunci");
      await fs.mkdir(out, { mode: 0o555 });
      return [await layoutFile(dir), "-o", path.join(out, "hasil.xlsx")];
    },
    expectCode: 2,
    message: "tidak boleh ditulisi",
  },
  {
    name: "numbers near the double limit (1e308, a sum overflowing to Infinity)",
    build: async (dir) => [
      await layoutFile(dir, "besar.xlsx", (ws) => {
        const rows = subRows(ws);
        ws.getCell(rows[0], BUDGET_COL).value = 1e308;
        ws.getCell(rows[1], BUDGET_COL).value = 1.7e308;
        ws.getCell(rows[2], BUDGET_COL).value = "1e308";
      }),
    ],
    expectCode: 0,
    check: (run) => {
      const stated = run.report!.findings.filter((f) => f.rule === "unparseable-value").map((f) => f.stated);
      // Each of the three cells is named by its own finding; the run does not crash.
      expect(stated.length).toBeGreaterThanOrEqual(3);
      expect(stated).toContain("1e308");
      expect(Number.isFinite(run.report!.totals.budget)).toBe(true);
    },
  },
  {
    name: "amounts with magnitude words (Rp 1,5 M · Rp 250 jt · Rp 3 T · 1.500 M ambiguous)",
    build: async (dir) => [
      await layoutFile(dir, "jutaan.xlsx", (ws) => {
        const rows = subRows(ws);
        ws.getCell(rows[0], BUDGET_COL).value = "Rp 1,5 M";
        ws.getCell(rows[1], BUDGET_COL).value = "Rp 250 jt";
        ws.getCell(rows[2], BUDGET_COL).value = "Rp 3 T";
        ws.getCell(rows[3], BUDGET_COL).value = "1.500 M";
      }),
    ],
    expectCode: 0,
    check: (run) => {
      const subs = run.report!.rows.filter((r) => r.level === "subactivity");
      expect(subs.slice(0, 3).map((r) => r.budget)).toEqual([1_500_000_000, 250_000_000, 3_000_000_000_000]);
      expect(subs[3].budget).toBeNull();
      const bad = run.report!.findings.filter((f) => f.rule === "unparseable-value");
      expect(bad.map((f) => f.stated)).toContain("1.500 M");
    },
  },
];

describe("hostile paths, numbers and outputs through the CLI", () => {
  defineHostileCases(CASES);
});

describe("terminal output", () => {
  defineHostileCases([
    {
      name: "control characters in names (_x001B_ escapes, raw ESC, BEL) never reach the terminal",
      build: async (dir) => {
        const f = await layoutFile(dir, "kendali.xlsx", (ws) => {
          // The program row (shown in the summary); ExcelJS writes ESC as _x001B_ and decodes it back.
          ws.getCell(FIRST, 2).value = "Program \u001b]0;judul\u0007 \u001b[2J Bersih\u009b";
          ws.getCell(2, 1).value = "DINAS \u001b[31mMERAH\u001b[0m";
        });
        return [f, "-t", "2"];
      },
      expectCode: 0,
      check: (run) => {
        // eslint-disable-next-line no-control-regex
        expect(run.stdout + run.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
        expect(run.stdout).toContain("Bersih");
      },
    },
  ]);
});
