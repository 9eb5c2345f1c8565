/**
 * `hitung-capaian` (contract.md "Command line"): read .xlsx files, run the engine, write a copy of
 * each input with the output sheets, print a summary; for several files also a consolidation
 * workbook. All I/O goes through `io` so tests run it in-process.
 *
 * Several files (decision, documented in --help): every input is read and computed first; if any
 * input cannot be read (InputError, no recognisable table), each problem is reported and nothing
 * at all is written (exit 2) — the contract's "unreadable input: clear message, nothing written"
 * holds for the whole run. Otherwise every output is written, then `rekap-capaian.xlsx` in the
 * current working directory.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { hitungCapaianTaking } from "../domain/engine";
import type { Grid } from "../domain/grid";
import type { Options, Result, Stage } from "../domain/types";
import { HELP_TEXT, PATHS, PROGRESS, REKAP_FILE_NAME, SEE_HELP, SUMMARY, USAGE } from "../i18n/cli";
import { isInputError } from "../xlsx/errors";
import { loadWorkbook, readInput } from "../xlsx/load";
import { writeOutputPackage } from "../xlsx/splice/write-package";
import { readPackage } from "../xlsx/pkg/read-package";
import { serializeWorkbook } from "../xlsx/save";
import { replaceOutputSheets } from "../xlsx/write-sheets";
import { parseCliArgs, UsageError, type RunArgs } from "./args";
import { loadMapping, MappingError } from "./mapping";
import { buildRekapWorkbook } from "./rekap";
import { checkOutputTarget, OutputProblem, outputMessageFor } from "./paths";
import { StagedWrites } from "./staged-writes";
import { agencyStats, fileStats, type FileStats } from "./stats";
import { explainText, summaryText } from "./summary";
import { terminalSafe } from "./format";

export interface TextSink {
  write(chunk: string): unknown;
}

export interface CliIO {
  stdout: TextSink;
  stderr: TextSink;
  /** Directory relative paths are resolved against (and where rekap-capaian.xlsx goes). */
  cwd: string;
  env: Record<string, string | undefined>;
}

/** The package root (…/lib/cli or …/src/cli → two levels up). */
export const PACKAGE_ROOT = path.resolve(__dirname, "..", "..");
export const SAMPLE_WORKBOOK = path.join(PACKAGE_ROOT, "samples", "contoh-dinas-2024.xlsx");

export function packageVersion(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(PACKAGE_ROOT, "package.json"), "utf8")) as { version?: string };
  return pkg.version ?? "0.0.0";
}

/** An input-side problem: exit code 2, the message is shown as is. */
class InputProblem extends Error {
  override readonly name = "InputProblem";
}

function isUserFacingInputError(e: unknown): e is Error {
  if (isInputError(e)) return true;
  if (!(e instanceof Error)) return false;
  return e.name === "InputError" || e.name === "NoTableError" || e.name === "MappingError";
}

interface Job {
  /** As the user gave it (or the sample's absolute path). */
  display: string;
  input: string;
  output: string;
}

interface Computed extends Job {
  /** The input file's bytes: the output copies its parts (src/xlsx/splice). */
  bytes: Uint8Array;
  /** The previous run's output sheets (their marker trusted when the input was read). */
  previousOutput: string[];
  result: Result;
}

/**
 * The output workbook: the input's parts copied as they are, ours added (src/xlsx/splice). The
 * spreadsheet model of the input is not kept between reading and writing (with several inputs it
 * would be kept for each); should a package defeat the splice writer, the input is opened again
 * and the ExcelJS writer (which rebuilds the whole workbook) writes it instead.
 */
async function outputBytes(c: Computed): Promise<Uint8Array> {
  try {
    return (await writeOutputPackage(c.bytes, c.result.sheets, { removeSheets: c.previousOutput })).bytes;
  } catch {
    const workbook = await loadWorkbook(c.bytes, { fileName: c.display });
    const sheets = replaceOutputSheets(workbook, c.result.sheets);
    return serializeWorkbook(
      workbook,
      sheets.flatMap((w) => (w.chart ? [w.chart] : [])),
    );
  }
}

/** `<input without .xlsx / .xlsm>-capaian.xlsx` in `dir` (a macro workbook's copy is a plain .xlsx). */
export function defaultOutputName(input: string): string {
  const base = path.basename(input).replace(/\.xls[xm]$/i, "");
  return `${base}-capaian.xlsx`;
}

/** Resolved path, through symlinks when the file exists, for "same file" comparisons. */
function identity(p: string): string {
  try {
    return fs.realpathSync.native(p);
  } catch {
    return path.resolve(p);
  }
}

function planJobs(args: RunArgs, cwd: string, sample: boolean): Job[] {
  const inputs = sample ? [SAMPLE_WORKBOOK] : args.files.map((f) => path.resolve(cwd, f));
  const displays = sample ? [SAMPLE_WORKBOOK] : args.files;
  const jobs: Job[] = inputs.map((input, i) => {
    let output: string;
    if (args.out !== undefined) output = path.resolve(cwd, args.out);
    else if (sample) output = path.join(cwd, defaultOutputName(input));
    else output = path.join(path.dirname(input), defaultOutputName(input));
    return { display: displays[i], input, output };
  });

  const inputIds = new Map<string, string>();
  for (const j of jobs) {
    const id = identity(j.input);
    if (inputIds.has(id)) throw new UsageError(USAGE.duplicateInput(j.display));
    inputIds.set(id, j.display);
  }
  // Every output of the run is checked before anything is read or written.
  const outputs = new Map<string, "xlsx" | "json" | "rekap">();
  const targets: { path: string; kind: "xlsx" | "json" | "rekap" }[] = jobs.map((j) => ({
    path: j.output,
    kind: "xlsx",
  }));
  if (args.json !== undefined && args.json !== "-") targets.push({ path: path.resolve(cwd, args.json), kind: "json" });
  if (jobs.length > 1) targets.push({ path: path.join(cwd, REKAP_FILE_NAME), kind: "rekap" });
  for (const t of targets) {
    const id = identity(t.path);
    if (inputIds.has(id)) throw new UsageError(USAGE.outputIsInput(t.path));
    const before = outputs.get(id);
    if (before !== undefined) {
      // Two inputs with the same output name, or -o / --json naming one file: say which.
      if (before === "xlsx" && t.kind === "xlsx") throw new UsageError(USAGE.outputClash(t.path));
      throw new UsageError(PATHS.jsonIsOutput(t.path));
    }
    outputs.set(id, t.kind);
    const dir = path.dirname(t.path);
    if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new UsageError(USAGE.outDirMissing(dir));
    checkOutputTarget(t.path);
  }
  return jobs;
}

export async function main(argv: string[], ioIn: Partial<CliIO> = {}): Promise<number> {
  // Everything but the JSON report goes through terminalSafe: workbook text may hold control characters.
  const rawStdout = ioIn.stdout ?? process.stdout;
  const rawStderr = ioIn.stderr ?? process.stderr;
  const io: CliIO = {
    stdout: { write: (s: string) => rawStdout.write(terminalSafe(s)) },
    stderr: { write: (s: string) => rawStderr.write(terminalSafe(s)) },
    cwd: ioIn.cwd ?? process.cwd(),
    env: ioIn.env ?? process.env,
  };
  const err = (s: string) => io.stderr.write(s.endsWith("\n") ? s : s + "\n");

  try {
    let args;
    try {
      args = parseCliArgs(argv);
    } catch (e) {
      if (e instanceof UsageError) {
        err(`${e.message} ${SEE_HELP}`);
        return 2;
      }
      throw e;
    }
    if (args.kind === "help") {
      io.stdout.write(HELP_TEXT);
      return 0;
    }
    if (args.kind === "version") {
      io.stdout.write(packageVersion() + "\n");
      return 0;
    }
    return await run(args, io, ioIn);
  } catch (e) {
    if (e instanceof UsageError) {
      err(`${e.message} ${SEE_HELP}`);
      return 2;
    }
    if (e instanceof InputProblem || e instanceof MappingError || e instanceof OutputProblem) {
      err(e.message);
      return 2;
    }
    // A system error that escaped the checks (ENOSPC, EACCES, …): one sentence, exit 2.
    const code = (e as NodeJS.ErrnoException)?.code;
    if (typeof code === "string" && /^(E[A-Z]+|ERR_FS_\w+)$/.test(code)) {
      err(outputMessageFor(e, (e as NodeJS.ErrnoException).path ?? io.cwd));
      return 2;
    }
    const message = e instanceof Error ? e.message : String(e);
    err(PROGRESS.unexpected(message));
    if (io.env.CAPAIAN_DEBUG === "1") {
      if (e instanceof Error && e.stack) err(e.stack);
    } else {
      err(PROGRESS.debugHint);
    }
    return 1;
  }
}

/** Stages one output; a system error becomes one Indonesian sentence (OutputProblem, exit 2). */
async function stageOrExplain(staged: StagedWrites, target: string, data: Uint8Array): Promise<void> {
  try {
    await staged.stage(target, data);
  } catch (e) {
    throw new OutputProblem(outputMessageFor(e, target));
  }
}

async function run(args: RunArgs, io: CliIO, ioIn: Partial<CliIO>): Promise<number> {
  const progress = (s: string) => {
    if (!args.quiet) io.stderr.write(s + "\n");
  };
  const jsonToStdout = args.json === "-";
  // With --json - standard output carries the JSON only: the summary moves to standard error
  // (and is left out with -q).
  const summaryOut: ((s: string) => void) | null = jsonToStdout
    ? args.quiet
      ? null
      : (s) => io.stderr.write(s)
    : (s) => io.stdout.write(s);
  const explainOut = (s: string) => (jsonToStdout ? io.stderr : io.stdout).write(s);

  const sample = args.files.length === 0;
  if (sample) {
    if (!fs.existsSync(SAMPLE_WORKBOOK)) throw new InputProblem(USAGE.sampleMissing(SAMPLE_WORKBOOK));
    io.stderr.write(PROGRESS.sample(SAMPLE_WORKBOOK) + "\n");
  }
  const jobs = planJobs(args, io.cwd, sample);

  const options: Partial<Options> = { ...args.options };
  if (args.mappingFile !== undefined) {
    options.mapping = await loadMapping(path.resolve(io.cwd, args.mappingFile), args.mappingFile);
  }

  // Phase 1: read and compute every input; collect input problems.
  const computed: Computed[] = [];
  const failures: string[] = [];
  for (const job of jobs) {
    progress(PROGRESS.reading(job.display));
    const stage = (s: Stage) => progress(`  ${PROGRESS.stage[s]} …`);
    try {
      // The streaming package reader (src/xlsx/pkg): grids and the trusted previous output, no
      // spreadsheet model of the input.
      const bytes = await readInput(job.input, job.display);
      const read = await readPackage(bytes, { fileName: job.display });
      const previousOutput = read.outputSheets;
      // The grids are handed over, not kept: the engine lets them go once its model is built.
      let grids: Grid[] | null = read.grids;
      read.grids = [];
      const take = () => {
        const g = grids!;
        grids = null;
        return g;
      };
      const result = hitungCapaianTaking(take, { ...options, fileName: path.basename(job.input) }, stage);
      computed.push({ ...job, bytes, previousOutput, result });
    } catch (e) {
      if (!isUserFacingInputError(e)) throw e;
      failures.push(PROGRESS.failedFile(job.display, e.message));
    }
  }
  if (failures.length) {
    for (const f of failures) io.stderr.write(f + "\n");
    if (jobs.length > 1) io.stderr.write(PROGRESS.nothingWritten(failures.length, jobs.length) + "\n");
    return 2;
  }

  // Phase 2: every output to a temporary file next to its target; only when all are on disk are
  // they renamed (all or nothing). SIGINT/SIGTERM meanwhile remove the temporary files.
  const realProcess = ioIn.stdout === undefined;
  const staged = new StagedWrites(
    realProcess
      ? (signal) => {
          io.stderr.write(PATHS.interrupted + "\n");
          process.exit(signal === "SIGINT" ? 130 : 143);
        }
      : undefined,
  );
  const stats: FileStats[] = [];
  const rekapRows: FileStats[] = [];
  const jsonTexts: string[] = [];
  try {
    for (const c of computed) {
      progress(PROGRESS.writing(c.output));
      await stageOrExplain(staged, c.output, await outputBytes(c));
      // The JSON text only when asked; to a file it is staged as bytes and not kept.
      if (jsonToStdout) jsonTexts.push(JSON.stringify(c.result.report, null, 2) + "\n");
      else if (args.json !== undefined) {
        const json = Buffer.from(JSON.stringify(c.result.report, null, 2) + "\n", "utf8");
        await stageOrExplain(staged, path.resolve(io.cwd, args.json), json);
      }
      const st = fileStats(c.display, path.resolve(c.output), c.result);
      stats.push(st);
      // The consolidation has one row per file, or per agency of a file holding several.
      for (const row of c.result.agencies ? agencyStats(st, c.result) : [st]) rekapRows.push(row);
    }
    const rekapPath = path.join(io.cwd, REKAP_FILE_NAME);
    if (computed.length > 1)
      await stageOrExplain(staged, rekapPath, await serializeWorkbook(buildRekapWorkbook(rekapRows)));
    try {
      await staged.commit();
    } catch (e) {
      throw new OutputProblem(outputMessageFor(e, (e as { target?: string }).target ?? io.cwd));
    }
  } catch (e) {
    await staged.rollback();
    if (e instanceof OutputProblem && computed.length > 1)
      throw new OutputProblem(`${e.message} ${PATHS.nothingWritten}`);
    throw e;
  }

  for (const [i, c] of computed.entries()) {
    if (jsonToStdout)
      (ioIn.stdout ?? process.stdout).write(jsonTexts[i]); // JSON escapes controls itself
    else if (args.json !== undefined) progress(PROGRESS.writtenJson(args.json));
    const separator = i > 0 ? "\n" : "";
    if (args.explain) explainOut(separator + explainText(c.display, c.result.layout));
    summaryOut?.((args.explain ? "\n" : separator) + summaryText(stats[i], c.result, args.json));
  }
  if (computed.length > 1)
    summaryOut?.("\n" + SUMMARY.rekap(path.join(io.cwd, REKAP_FILE_NAME), computed.length) + "\n");
  return 0;
}
