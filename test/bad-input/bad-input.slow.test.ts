/**
 * Runs the bad-input corpus (corpus.ts) through the CLI's main() in-process. For every case:
 * the expected exit code and Indonesian message; never exit 1 (crash); no hang;
 * no temporary file left; every input file byte-identical afterwards; exit 2 writes nothing,
 * exit 0 writes an output workbook that ExcelJS can read back.
 */
import { createHash } from "crypto";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import type { JsonReport } from "../../src/domain/types";
import { CASES, KNOWN_FAILURES, type BadCase, type CaseRun } from "./corpus";

/** Hang protection only, never a speed limit (a busy machine must not overrun it; speed is in `npm run bench`). */
const HANG_MS = 15 * 60_000;
const hangMs = (c: BadCase) => Math.max(c.timeoutMs ?? 0, HANG_MS);

async function snapshot(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const walk = async (d: string) => {
    for (const e of await fs.readdir(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else out.set(path.relative(dir, p), createHash("sha256").update(await fs.readFile(p)).digest("hex"));
    }
  };
  await walk(dir);
  return out;
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: no result after ${ms} ms (hang?)`)), ms);
    }),
  ]);
}

async function runCase(c: BadCase): Promise<CaseRun> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "capaian-bad-"));
  try {
    const argv = await c.build(dir);
    const jsonPath = path.join(dir, "laporan.json");
    const before = await snapshot(dir);
    let stdout = "";
    let stderr = "";
    const code = await withTimeout(
      main(["-q", "--json", jsonPath, ...argv], {
        stdout: { write: (s: string) => (stdout += s) },
        stderr: { write: (s: string) => (stderr += s) },
        cwd: dir,
        env: {},
      }),
      hangMs(c),
      c.name,
    );
    const after = await snapshot(dir);
    const oIdx = argv.indexOf("-o");
    const input = argv[0];
    const outputPath = oIdx >= 0 ? argv[oIdx + 1] : path.join(path.dirname(input), path.basename(input).replace(/\.xlsx$/i, "") + "-capaian.xlsx");

    // Inputs unchanged.
    for (const [f, h] of before) expect({ file: f, hash: after.get(f) }).toEqual({ file: f, hash: h });
    // No temporary files.
    const created = [...after.keys()].filter((f) => !before.has(f));
    expect(created.filter((f) => /\.tmp$|^\.|[\\/]\./.test(f))).toEqual([]);
    const run: CaseRun = { code, stdout, stderr, dir, outputPath };
    if (code === 2) {
      expect(created).toEqual([]); // nothing written
    }
    if (code === 0) {
      expect(created.sort()).toEqual([path.relative(dir, jsonPath), path.relative(dir, outputPath)].sort());
      run.report = JSON.parse(await fs.readFile(jsonPath, "utf8")) as JsonReport;
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(outputPath);
      run.output = wb;
    }
    return run;
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

describe("bad-input corpus through the CLI", () => {
  test("has at least 30 cases with unique names", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });

  for (const c of CASES) {
    const t = KNOWN_FAILURES[c.name] ? test.failing : test;
    t(
      `${c.name} → exit ${c.expectCode}`,
      async () => {
        const run = await runCase(c);
        expect({ code: run.code, stderr: run.code === 1 ? run.stderr : undefined }).toEqual({ code: c.expectCode, stderr: undefined });
        if (c.expectCode === 2 && c.message !== undefined) {
          if (typeof c.message === "string") expect(run.stderr).toContain(c.message);
          else expect(run.stderr).toMatch(c.message);
        }
        await c.check?.(run);
      },
      hangMs(c) + 60_000,
    );
  }
});
