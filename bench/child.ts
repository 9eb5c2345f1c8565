/**
 * One benchmark measurement in a fresh process (clean memory numbers), printed as one JSON line.
 * Spawned by run.ts:  node --expose-gc build/bench/bench/child.js <mode> <args…>
 *   engine <rows> <outline|nomenclature>   Grid in memory → hitungCapaian
 *   cli <file.xlsx>                        main(["-q", "-o", out, file]) in-process (spawned with
 *                                          node's default heap: the CLI's own memory budget)
 *   floor <file.xlsx>                      ExcelJS: read the file, write an unmodified copy
 *   read <file.xlsx> <new|old>             bytes → Grid[]: readPackage (src/xlsx/pkg) or
 *                                          loadWorkbookBytes + readGrids (ExcelJS)
 *   office <rows>                          Office.js adapter against the tests' fake workbook
 *                                          (test/excel/fake-excel.ts, 5 MB response limit)
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type ExcelJSType from "exceljs";
// Loaded by the modes that use them (not at the start): the cli mode's baseline is node's own RSS.
const engineModule = () => import("../src/domain/engine");
const generator = () => import("../src/sample/generate-layout-a");

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024; // maxRSS is in KB
}

async function engine(rows: number, codes: "outline" | "nomenclature") {
  const { hitungCapaian } = await engineModule();
  const { generateLayoutA, layoutAGrid } = await generator();
  const g = generateLayoutA({ subactivities: rows, codes });
  const grid = layoutAGrid(g);
  gc();
  const before = process.memoryUsage();
  // Sample heapUsed during the run (the stages are synchronous: sample at each stage boundary).
  let heapPeak = before.heapUsed;
  const t0 = process.hrtime.bigint();
  const result = hitungCapaian([grid], {}, () => {
    heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const after = process.memoryUsage();
  heapPeak = Math.max(heapPeak, after.heapUsed);
  const counts = {
    programs: result.totals.programs,
    activities: result.totals.activities,
    subactivities: result.totals.subactivities,
  };
  return {
    ms,
    rowsPerSec: rows / (ms / 1000),
    heapDeltaMb: (heapPeak - before.heapUsed) / 1e6,
    rssPeakMb: peakRssMb(),
    rssBaseMb: before.rss / 1e6,
    countsOk:
      counts.programs === g.counts.programs &&
      counts.activities === g.counts.activities &&
      counts.subactivities === g.counts.subactivities,
    counts,
    expected: g.counts,
    budgetOk: result.totals.budget === g.totalBudget,
    findings: result.findings.length,
  };
}

async function cli(file: string) {
  // The baseline: node's RSS at the start, before the CLI's modules are loaded.
  const rssBaseMb = process.memoryUsage().rss / 1024 / 1024;
  const { main } = await import("../src/cli/main");
  const out = path.join(path.dirname(file), path.basename(file, ".xlsx") + "-out.xlsx");
  const sink = { write: () => true };
  const t0 = process.hrtime.bigint();
  const code = await main(["-q", "-t", "2", "-o", out, file], {
    stdout: sink,
    stderr: { write: (s: string) => (process.stderr.write(s), true) },
    cwd: os.tmpdir(),
    env: {},
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const size = fs.existsSync(out) ? fs.statSync(out).size : 0;
  fs.rmSync(out, { force: true });
  return { ms, code, outBytes: size, rssPeakMb: peakRssMb(), rssBaseMb };
}

async function floor(file: string) {
  const ExcelJS = (await import("exceljs")).default as typeof ExcelJSType;
  const out = path.join(path.dirname(file), path.basename(file, ".xlsx") + "-copy.xlsx");
  const t0 = process.hrtime.bigint();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(file) as unknown as ExcelJSType.Buffer);
  const buf = await wb.xlsx.writeBuffer();
  fs.writeFileSync(out, Buffer.from(buf as ArrayBuffer));
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  fs.rmSync(out, { force: true });
  return { ms, rssPeakMb: peakRssMb() };
}

/** Reading only: file bytes → Grid[], by the streaming reader or the ExcelJS path. */
async function read(file: string, which: "new" | "old") {
  const { readPackage } = await import("../src/xlsx/pkg/read-package");
  const { loadWorkbookBytes } = await import("../src/xlsx/load-bytes");
  const { readGrids } = await import("../src/xlsx/read-grids");
  const { forEachCell } = await import("../src/domain/grid");
  const bytes = fs.readFileSync(file);
  gc();
  const rssBaseMb = process.memoryUsage().rss / 1024 / 1024;
  const t0 = process.hrtime.bigint();
  const grids = which === "new" ? (await readPackage(bytes)).grids : readGrids(await loadWorkbookBytes(bytes));
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const rssPeakMb = peakRssMb();
  let cells = 0;
  let filled = 0;
  for (const g of grids)
    for (const row of g.cells)
      forEachCell(row, (c) => {
        cells++;
        if (c.value !== null || c.formula || c.error) filled++;
      });
  gc();
  const heapGridMb = process.memoryUsage().heapUsed / 1024 / 1024;
  return { ms, rssBaseMb, rssPeakMb, cells, filled, heapGridMb, sheets: grids.length };
}

async function office(rows: number) {
  const { hitungCapaian } = await engineModule();
  const { generateLayoutA, layoutAGrid } = await generator();
  const { FakeBook } = await import("../test/excel/fake-excel");
  const { readGrids } = await import("../src/excel/read-grids");
  const { writeSheets } = await import("../src/excel/write-sheets");
  const g = generateLayoutA({ subactivities: rows, codes: "nomenclature" });
  const book = new FakeBook({ responseLimit: 5 * 1024 * 1024, keepWrites: false });
  book.addGrid(layoutAGrid(g));
  const ctx = book.context;
  const supports = book.supports;
  const t0 = process.hrtime.bigint();
  const grids = await readGrids(ctx, { supports, settings: null });
  const readSyncs = book.syncs;
  const readResp = Math.max(...book.responseBytes);
  const readReq = Math.max(...book.batchBytes);
  const gridOk = grids.length === 1 && grids[0].cells.length === g.rows.length;
  const result = hitungCapaian(grids, { quarter: 2 });
  const before = book.syncs;
  const report = await writeSheets(ctx, result.sheets, { supports, settings: null });
  const writeReqs = book.batchBytes.slice(before);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  return {
    ms,
    readSyncs,
    writeSyncs: book.syncs - before,
    totalSyncs: book.syncs,
    largestReadResponse: readResp,
    refusedReadResponses: book.refusedResponses.length,
    largestReadRequest: readReq,
    largestWriteRequest: Math.max(...writeReqs),
    writerOwnEstimate: report.largestBatchBytes,
    cellsWritten: book.cellsWritten,
    gridOk,
    subactivities: result.totals.subactivities,
  };
}

async function childMain(argv: string[]): Promise<unknown> {
  const [mode, a, b] = argv;
  switch (mode) {
    case "engine":
      return engine(Number(a), b === "outline" ? "outline" : "nomenclature");
    case "cli":
      return cli(a);
    case "floor":
      return floor(a);
    case "read":
      return read(a, b === "old" ? "old" : "new");
    case "office":
      return office(Number(a));
    default:
      throw new Error(`unknown mode ${mode}`);
  }
}

if (require.main === module) {
  childMain(process.argv.slice(2)).then(
    (r) => {
      process.stdout.write(JSON.stringify(r) + "\n");
    },
    (e) => {
      process.stdout.write(JSON.stringify({ error: e instanceof Error ? (e.stack ?? e.message) : String(e) }) + "\n");
      process.exitCode = 1;
    },
  );
}
