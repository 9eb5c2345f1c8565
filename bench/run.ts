/**
 * `npm run bench` (compiles bench/ with tsconfig.bench.json into build/bench, then runs it): engine, CLI end to end, and the Office.js adapter at
 * several sizes, with the goals of issue "Fast at any size, robust to any input" next to the
 * results (✓ / ✗). Every measurement runs in its own child process (node --expose-gc) so memory
 * figures are not polluted by earlier runs.
 *
 * Options: --quick (smaller sizes), --markdown (print the tables as Markdown for docs/benchmarks.md),
 * --no-floor-100k (the CLI at 100 000 without its ExcelJS floor, which alone takes about a minute).
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { writeLayoutAFile } from "../src/sample/generate-layout-a";

const CHILD = path.join(__dirname, "child.js");
const GOAL_ROWS_PER_SEC = 100_000;
const GOAL_CLI_RATIO = 1.5;
const GOAL_SYNCS = 8;
const GOAL_REQUEST_BYTES = 4 * 1024 * 1024;
const GOAL_READ_BYTES_PER_CELL = 1024;
const GOAL_CLI_PEAK_MB = 1024;

const args = new Set(process.argv.slice(2));
const quick = args.has("--quick");
const md = args.has("--markdown");
const floorAtLargest = !args.has("--no-floor-100k");

/** `defaultHeap`: no --max-old-space-size, the heap node gives the CLI when a user runs it. */
function child<T>(argv: string[], timeoutMs = 30 * 60_000, defaultHeap = false): T & { error?: string } {
  const flags = defaultHeap ? ["--expose-gc"] : ["--expose-gc", "--max-old-space-size=8192"];
  const r = spawnSync(process.execPath, [...flags, CHILD, ...argv], {
    encoding: "utf8",
    timeout: timeoutMs,
    maxBuffer: 16 * 1024 * 1024,
  });
  const line = (r.stdout ?? "").trim().split("\n").pop() ?? "";
  try {
    return JSON.parse(line) as T & { error?: string };
  } catch {
    return {
      error: `child ${argv.join(" ")} failed (status ${r.status}, signal ${r.signal}): ${(r.stderr ?? "").slice(-500)}`,
    } as T & { error?: string };
  }
}

const mark = (ok: boolean) => (ok ? "✓" : "✗");
const n0 = (x: number) => Math.round(x).toLocaleString("en-US").replace(/,/g, " ");
const n1 = (x: number) => x.toFixed(1);
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(2) + " MB";

function table(title: string, head: string[], rows: string[][]): string {
  if (md) {
    const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
    return [`### ${title}`, "", line(head), line(head.map(() => "---")), ...rows.map(line), ""].join("\n");
  }
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join("  ");
  return [title, line(head), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line), ""].join("\n");
}

function machine(): string {
  const cpu = fs.existsSync("/proc/cpuinfo")
    ? (/model name\s*:\s*(.*)/.exec(fs.readFileSync("/proc/cpuinfo", "utf8"))?.[1] ?? os.cpus()[0]?.model)
    : os.cpus()[0]?.model;
  return `${os.cpus().length} CPU (nproc), ${cpu}, ${(os.totalmem() / 1024 ** 3).toFixed(1)} GB RAM, node ${process.version}, ${os.platform()} ${os.release()}, load average ${os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(" ")}`;
}

interface ReadOut {
  ms: number;
  rssBaseMb: number;
  rssPeakMb: number;
  filled: number;
}

interface EngineOut {
  ms: number;
  rowsPerSec: number;
  heapDeltaMb: number;
  rssPeakMb: number;
  countsOk: boolean;
  budgetOk: boolean;
  findings: number;
}
interface TimeOut {
  ms: number;
  rssPeakMb: number;
  /** RSS at the child's start (cli mode). */
  rssBaseMb?: number;
  code?: number;
}
interface OfficeOut {
  ms: number;
  readSyncs: number;
  writeSyncs: number;
  totalSyncs: number;
  largestReadResponse: number;
  refusedReadResponses: number;
  largestReadRequest: number;
  largestWriteRequest: number;
  writerOwnEstimate: number;
  gridOk: boolean;
}

async function benchMain(): Promise<void> {
  const out: string[] = [];
  const print = (s: string) => {
    out.push(s);
    process.stdout.write(s + "\n");
  };
  print(`Machine: ${machine()}`);
  print(`Date: ${new Date().toISOString()}`);
  print("");

  // ---- engine
  const engineSizes = quick ? [1_000, 10_000] : [1_000, 10_000, 100_000];
  const engineRows: string[][] = [];
  for (const codes of ["outline", "nomenclature"] as const) {
    for (const n of engineSizes) {
      const r = child<EngineOut>(["engine", String(n), codes]);
      if (r.error) {
        engineRows.push([n0(n), codes, "error", "", "", "", "", r.error.split("\n")[0]]);
        continue;
      }
      engineRows.push([
        n0(n),
        codes,
        `${n0(r.ms)} ms`,
        n0(r.rowsPerSec),
        `${mark(r.rowsPerSec >= GOAL_ROWS_PER_SEC)} ≥ ${n0(GOAL_ROWS_PER_SEC)}/s`,
        `${n1(r.heapDeltaMb)} MB`,
        `${n0(r.rssPeakMb)} MB`,
        `${mark(r.countsOk)} levels, ${mark(r.budgetOk)} budget, ${r.findings} findings`,
      ]);
    }
  }
  print(
    table(
      "Engine (Grid in memory → result; sub-activity rows)",
      ["rows", "codes", "time", "rows/s", "goal", "heap Δ (peak)", "peak RSS", "result check"],
      engineRows,
    ),
  );

  // ---- CLI vs floor
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "capaian-bench-"));
  const cliSizes = quick ? [1_000] : [1_000, 20_000, 100_000];
  const cliRows: string[][] = [];
  try {
    for (const n of cliSizes) {
      const file = path.join(dir, `layout-a-${n}.xlsx`);
      await writeLayoutAFile(file, { subactivities: n, codes: "nomenclature" });
      const size = fs.statSync(file).size;
      // Non-empty input cells, counted by the streaming reader in a process of its own.
      const counted = child<ReadOut>(["read", file, "new"]);
      const cli = child<TimeOut>(["cli", file], undefined, true);
      const floor = n < 100_000 || floorAtLargest ? child<TimeOut>(["floor", file]) : null;
      const failed = cli.error ?? floor?.error ?? counted.error;
      if (failed) {
        cliRows.push([n0(n), mb(size), "error", "", "", "", "", "", "", failed.split("\n")[0]]);
        continue;
      }
      const ratio = floor ? cli.ms / floor.ms : null;
      const perCell = ((cli.rssPeakMb - cli.rssBaseMb!) * 1024 * 1024) / Math.max(1, counted.filled);
      cliRows.push([
        n0(n),
        mb(size),
        n0(counted.filled),
        `${n0(cli.ms)} ms (exit ${cli.code})`,
        floor ? `${n0(floor.ms)} ms` : "(not run)",
        ratio === null ? "" : `${ratio.toFixed(2)}× ${mark(ratio <= GOAL_CLI_RATIO)} ≤ ${GOAL_CLI_RATIO}×`,
        `${n0(cli.rssPeakMb)} MB ${mark(cli.rssPeakMb <= GOAL_CLI_PEAK_MB)} ≤ 1 GB`,
        `${n0(cli.rssBaseMb!)} MB`,
        n < 20_000
          ? `${n0(perCell)} B (fixed overhead)`
          : `${n0(perCell)} B ${mark(perCell <= GOAL_READ_BYTES_PER_CELL)} ≤ ${n0(GOAL_READ_BYTES_PER_CELL)} B`,
        floor ? `${n0(floor.rssPeakMb)} MB` : "",
      ]);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  print(
    table(
      "CLI end to end (main(): read .xlsx, compute, write copy + output sheets; node's default heap) vs floor (ExcelJS read + write unmodified copy); memory: peak RSS, and RSS above node's at start per non-empty input cell",
      [
        "rows",
        "input",
        "non-empty cells",
        "CLI",
        "floor",
        "ratio / goal",
        "peak RSS CLI / goal",
        "baseline RSS",
        "per cell above baseline / goal",
        "peak RSS floor",
      ],
      cliRows,
    ),
  );

  // ---- Reading only: bytes → Grid[] (issue 13: ≤ 1 KB per filled cell above the baseline)
  const readDir = fs.mkdtempSync(path.join(os.tmpdir(), "capaian-bench-read-"));
  const readSizes = quick ? [1_000] : [1_000, 20_000, 100_000];
  const readRows: string[][] = [];
  try {
    for (const n of readSizes) {
      const file = path.join(readDir, `layout-a-${n}.xlsx`);
      await writeLayoutAFile(file, { subactivities: n, codes: "nomenclature" });
      for (const which of ["new", "old"] as const) {
        const r = child<ReadOut>(["read", file, which]);
        if (r.error) {
          readRows.push([n0(n), which, "error", "", "", "", r.error.split("\n")[0]]);
          continue;
        }
        const perCell = ((r.rssPeakMb - r.rssBaseMb) * 1024 * 1024) / Math.max(1, r.filled);
        readRows.push([
          n0(n),
          which === "new" ? "readPackage" : "ExcelJS + readGrids",
          `${n0(r.ms)} ms`,
          n0(r.filled),
          `${n0(r.rssPeakMb - r.rssBaseMb)} MB (peak ${n0(r.rssPeakMb)})`,
          `${n0(perCell)} B`,
          // Small inputs measure the heap's fixed growth (new-space reservation), not the cells.
          n < 20_000
            ? "(fixed overhead)"
            : `${mark(perCell <= GOAL_READ_BYTES_PER_CELL)} ≤ ${n0(GOAL_READ_BYTES_PER_CELL)} B`,
        ]);
      }
    }
  } finally {
    fs.rmSync(readDir, { recursive: true, force: true });
  }
  print(
    table(
      "Reading (.xlsx bytes → Grid[]): streaming reader vs the ExcelJS path; RSS above the baseline per filled cell",
      ["rows", "reader", "time", "filled cells", "peak RSS Δ", "per cell", "goal"],
      readRows,
    ),
  );

  // ---- Office.js adapter
  const officeSizes = quick ? [100, 10_000] : [100, 10_000, 100_000];
  const officeRows: string[][] = [];
  for (const n of officeSizes) {
    const r = child<OfficeOut>(["office", String(n)]);
    if (r.error) {
      officeRows.push([n0(n), "error", "", "", "", "", "", r.error.split("\n")[0]]);
      continue;
    }
    officeRows.push([
      n0(n),
      `${r.readSyncs} + ${r.writeSyncs} = ${r.totalSyncs}`,
      `${mark(r.totalSyncs <= GOAL_SYNCS)} ≤ ${GOAL_SYNCS}`,
      mb(Math.max(r.largestWriteRequest, r.largestReadRequest)),
      `${mark(Math.max(r.largestWriteRequest, r.largestReadRequest) <= GOAL_REQUEST_BYTES)} ≤ 4 MB`,
      `${mb(r.largestReadResponse)}${r.refusedReadResponses ? ` (after ${r.refusedReadResponses} refused)` : ""}`,
      `${mb(r.writerOwnEstimate)}`,
      `${n0(r.ms)} ms${r.gridOk ? "" : " (grid mismatch!)"}`,
    ]);
  }
  print(
    table(
      "Office.js adapter (readGrids → engine → writeSheets, the tests' fake workbook on office-addin-mock; 5 MB response limit simulated)",
      [
        "rows",
        "syncs read + write",
        "goal",
        "largest request",
        "goal",
        "largest response (read)",
        "writer's own estimate",
        "time",
      ],
      officeRows,
    ),
  );
}

benchMain().catch((e) => {
  process.stderr.write(String(e instanceof Error ? e.stack : e) + "\n");
  process.exitCode = 1;
});
