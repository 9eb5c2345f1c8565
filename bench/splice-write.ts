/**
 * Writing the output workbook: the splice writer (src/xlsx/splice) against ExcelJS
 * (loadWorkbookBytes + replaceOutputSheets + serializeWorkbook), on generated layout-A workbooks.
 * Each measurement runs in its own process; peak memory is the process's high-water mark (VmHWM),
 * reported with the RSS just before writing (input bytes and the output specs already in memory).
 *
 *   node build/bench/bench/splice-write.js [--new-only] [sizes…]   (default 1000 20000 100000)
 *   node build/bench/bench/splice-write.js child <old|new> <xlsx> <specs.json>
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { SheetSpec } from "../src/domain/types";
import { hitungCapaian } from "../src/domain/engine";
import { generateLayoutA, layoutAGrid, layoutAWorkbook } from "../src/sample/generate-layout-a";
import { loadWorkbookBytes } from "../src/xlsx/load-bytes";
import { outputSheetNames } from "../src/xlsx/marker";
import { serializeWorkbook } from "../src/xlsx/save";
import { writeOutputPackage } from "../src/xlsx/splice/write-package";
import { replaceOutputSheets } from "../src/xlsx/write-sheets";

const MB = 1024 * 1024;

function hwmBytes(): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync("/proc/self/status", "utf8"));
  return m ? Number(m[1]) * 1024 : process.memoryUsage().rss;
}

function outputCells(specs: SheetSpec[]): number {
  let n = 0;
  for (const s of specs) {
    for (const r of s.rows) for (const v of r.cells) if (v !== null && v !== "") n++;
    for (const b of s.blocks ?? []) for (const r of b.rows) for (const v of r.cells) if (v !== null && v !== "") n++;
  }
  return n;
}

async function child(mode: string, file: string, specsFile: string): Promise<void> {
  const input = new Uint8Array(fs.readFileSync(file));
  const specs = JSON.parse(fs.readFileSync(specsFile, "utf8")) as SheetSpec[];
  global.gc?.();
  const before = process.memoryUsage().rss;
  const t0 = performance.now();
  let bytes: Uint8Array;
  let loadMs = 0;
  if (mode === "new") {
    bytes = (await writeOutputPackage(input, specs, { removeSheets: [], level: 1 })).bytes;
  } else {
    const wb = await loadWorkbookBytes(input, { maxCells: Infinity });
    loadMs = performance.now() - t0;
    const removed = outputSheetNames(wb).length;
    const written = replaceOutputSheets(wb, specs);
    bytes = await serializeWorkbook(
      wb,
      written.flatMap((w) => (w.chart ? [w.chart] : [])),
    );
    if (removed) throw new Error("unexpected previous output");
  }
  const ms = performance.now() - t0;
  const peak = hwmBytes();
  console.log(
    JSON.stringify({
      mode,
      ms,
      loadMs,
      beforeMb: before / MB,
      peakMb: peak / MB,
      outMb: bytes.length / MB,
      cells: outputCells(specs),
    }),
  );
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === "child") return child(args[1], args[2], args[3]);
  const newOnly = args.includes("--new-only");
  const rest = args.filter((a) => a !== "--new-only");
  const sizes = rest.length ? rest.map(Number) : [1_000, 20_000, 100_000];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "capaian-splice-"));
  try {
    for (const n of sizes) {
      const g = generateLayoutA({ subactivities: n, codes: "nomenclature" });
      const file = path.join(dir, `a-${n}.xlsx`);
      await layoutAWorkbook(g).xlsx.writeFile(file);
      const specs = hitungCapaian([layoutAGrid(g)], { quarter: 2 }).sheets;
      const specsFile = path.join(dir, `a-${n}.json`);
      fs.writeFileSync(specsFile, JSON.stringify(specs));
      for (const mode of newOnly ? ["new"] : ["new", "old"]) {
        const r = spawnSync(
          process.execPath,
          ["--expose-gc", "--max-old-space-size=12000", __filename, "child", mode, file, specsFile],
          { encoding: "utf8", maxBuffer: 1 << 24 },
        );
        const line = (r.stdout ?? "").trim().split("\n").pop() ?? "";
        console.log(n, fs.statSync(file).size, line || `error ${r.status} ${(r.stderr ?? "").slice(-400)}`);
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

void main();
