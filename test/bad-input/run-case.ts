/**
 * Runs one hostile/bad-input case through the CLI's main() in-process and checks what every case
 * must hold: no crash (exit 1), no hang, no temporary file left, every file that existed before
 * byte-identical afterwards, nothing written on exit 2.
 */
import { createHash } from "crypto";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import type { JsonReport } from "../../src/domain/types";

export interface HostileRun {
  code: number;
  stdout: string;
  stderr: string;
  dir: string;
  report?: JsonReport;
}

export interface HostileCase {
  name: string;
  /** Builds the input in `dir`; returns the CLI arguments (without -q). */
  build(dir: string): Promise<string[]>;
  /** Adds `--json <dir>/laporan.json` (default true). */
  json?: boolean;
  expectCode: 0 | 2;
  /** Substring or pattern of standard error for exit 2. */
  message?: string | RegExp;
  check?(run: HostileRun): void | Promise<void>;
  timeoutMs?: number;
  /** Skip with this reason when it returns a string (e.g. running as root). */
  skip?(): string | null;
}

async function snapshot(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const walk = async (d: string) => {
    for (const e of await fs.readdir(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile())
        out.set(
          path.relative(dir, p),
          createHash("sha256")
            .update(await fs.readFile(p))
            .digest("hex"),
        );
      else out.set(path.relative(dir, p), e.isSymbolicLink() ? "symlink" : "special");
    }
  };
  await walk(dir);
  return out;
}

export async function runHostile(c: HostileCase): Promise<HostileRun> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "capaian-hostile-"));
  try {
    const argv = await c.build(dir);
    const jsonPath = path.join(dir, "laporan.json");
    const before = await snapshot(dir);
    let stdout = "";
    let stderr = "";
    let timer: NodeJS.Timeout | undefined;
    const code = await Promise.race([
      main(["-q", ...(c.json === false ? [] : ["--json", jsonPath]), ...argv], {
        stdout: { write: (s: string) => (stdout += s) },
        stderr: { write: (s: string) => (stderr += s) },
        cwd: dir,
        env: {},
      }).finally(() => clearTimeout(timer)),
      new Promise<number>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`${c.name}: no result after ${c.timeoutMs ?? 30_000} ms (hang?)`)),
          c.timeoutMs ?? 30_000,
        );
      }),
    ]);
    const after = await snapshot(dir);
    for (const [f, h] of before) expect({ file: f, hash: after.get(f) }).toEqual({ file: f, hash: h });
    const created = [...after.keys()].filter((f) => !before.has(f));
    expect(created.filter((f) => /\.tmp$|(^|[\\/])\./.test(f))).toEqual([]);
    if (code === 2) expect(created).toEqual([]);
    const run: HostileRun = { code, stdout, stderr, dir };
    if (code === 0 && c.json !== false) run.report = JSON.parse(await fs.readFile(jsonPath, "utf8")) as JsonReport;
    return run;
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

export function defineHostileCases(cases: HostileCase[]): void {
  for (const c of cases) {
    const why = c.skip?.() ?? null;
    const t = why ? test.skip : test;
    t(
      `${c.name} → exit ${c.expectCode}${why ? ` (skipped: ${why})` : ""}`,
      async () => {
        const run = await runHostile(c);
        expect({ code: run.code, stderr: run.code !== c.expectCode ? run.stderr : undefined }).toEqual({
          code: c.expectCode,
          stderr: undefined,
        });
        if (c.expectCode === 2 && c.message !== undefined) {
          if (typeof c.message === "string") expect(run.stderr).toContain(c.message);
          else expect(run.stderr).toMatch(c.message);
          // One Indonesian sentence, no English library or system text.
          expect(run.stderr).not.toMatch(/\b(Error|ENOENT|EISDIR|ELOOP|EACCES|Cannot|failed|unexpected|Rincian)\b/);
        }
        await c.check?.(run);
      },
      (c.timeoutMs ?? 30_000) + 60_000,
    );
  }
}
