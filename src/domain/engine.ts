/**
 * The whole engine as one synchronous, deterministic call:
 * grids → layout → model → calc → checks → report (sheet specs + JSON).
 */
import type { Grid } from "./grid";
import { DEFAULT_OPTIONS, type Options, type Result, type Stage } from "./types";
import { detectLayout, type Detection } from "./layout";
import { buildModel, type Model } from "./model";
import { calculate, lastQuarterWithData, latestQuarter } from "./calc";
import { judgeFacts, runChecks } from "./checks";
import { detectConventions } from "./checks/conventions";
import { collapseDoubtful, conventionFindings, lastQuarterFinding } from "./checks/layout";
import { buildJsonReport, buildSheets, sortFindings } from "./report";
import { splitByAgency } from "./calc/agencies";
import { chooseReadings, recordReadingScores } from "./model/readings";
import { noteDoubtful } from "./layout/doubtful-reading";
import { agencyInput, withAgencyBlocks, withAgencyReports } from "./report/agency-blocks";

export function hitungCapaian(grids: Grid[], options: Partial<Options> = {}, onStage?: (s: Stage) => void): Result {
  return hitungCapaianTaking(() => grids, options, onStage);
}

/** What the engine keeps of the grids and the detection once the model is built. */
interface Read {
  sheetNames: string[];
  detection: Pick<Detection, "report" | "facts">;
  readings: { facts: Detection["facts"] };
  model: Model;
}

/**
 * Detection and model building in a frame of their own: when it returns, nothing keeps the grids
 * (nor the sheet views over them) alive — with `hitungCapaianTaking` they can be collected while
 * the calculation and the report run (a 100 000-row input's grids are ~100 MB).
 */
function readStage(take: () => Grid[], opts: Options, onStage?: (s: Stage) => void): Read {
  const grids = take();
  onStage?.("mengenali");
  const detection = detectLayout(grids, opts);
  // A reading checked by arithmetic: the budget column is the one under which the table adds up.
  const readings = opts.mapping ? { candidates: new Map(), facts: [] } : chooseReadings(detection);
  const model = buildModel(grids, detection, opts);
  recordReadingScores(detection, model.rows, readings.candidates);
  if (!opts.mapping) noteDoubtful(detection.report.tables);
  return {
    sheetNames: grids.map((g) => g.sheet),
    detection: { report: detection.report, facts: detection.facts },
    readings: { facts: readings.facts },
    model,
  };
}

/**
 * `hitungCapaian` for a caller that lets go of the grids: `take` is called once, at the start, and
 * the engine drops them once the model is built (the CLI hands over the grids it read and keeps no
 * reference). Same result as `hitungCapaian(take(), …)`.
 */
export function hitungCapaianTaking(
  take: () => Grid[],
  options: Partial<Options> = {},
  onStage?: (s: Stage) => void,
): Result {
  const opts: Options = { ...DEFAULT_OPTIONS, ...options };
  const { sheetNames, detection, readings, model } = readStage(take, opts, onStage);
  onStage?.("menghitung");
  // contract.md: default quarter = the latest quarter with realizations (a title's "TRIWULAN II" may be stale).
  // A quarter asked with no data at all (nothing filled after TW II, TW III asked): computed up to
  // the last quarter with data, said in every output (layout member, titles, summaries) and warned.
  const dataQuarter = lastQuarterWithData(model.rows);
  const noData = opts.quarter !== undefined && dataQuarter !== null && opts.quarter > dataQuarter;
  const quarter = noData ? dataQuarter! : (opts.quarter ?? latestQuarter(model.rows));
  const layout = noData
    ? { ...detection.report, lastQuarterWithData: dataQuarter!, requestedQuarter: opts.quarter! }
    : detection.report;
  // Conventions the workbook's own numbers follow (domain.md §6 Precision) are used in the calculation.
  const conventions = detectConventions(model.rows, quarter, opts);
  const calcOpts: Options = {
    ...opts,
    averageOver: conventions.averageOver,
    parentQuarterValues: conventions.parentQuarterValues,
  };
  // The model's rows are not needed as plain plan rows after this: they become the calculated rows.
  const calc = calculate(model.rows, model.keyIndicators, quarter, calcOpts, "same rows");
  onStage?.("memeriksa");
  const all = [
    ...judgeFacts(detection.facts),
    ...judgeFacts(readings.facts),
    ...judgeFacts(model.facts),
    ...conventionFindings(model.rows, quarter, conventions),
    ...(noData ? lastQuarterFinding(model.rows, dataQuarter!, opts.quarter!) : []),
    ...judgeFacts(calc.facts),
    ...runChecks(calc.rows, quarter, calcOpts, calc.perQuarter),
  ];
  // Every quarter's figures served the checks; the rows keep the computed quarter's. Let the
  // others go before the sheets and the report are built.
  calc.perQuarter = [];
  // A doubtful reading (more than a fifth of its rows contradicting): one message, not hundreds.
  // A mapping the user gave is no guess: its findings are all shown.
  const findings = sortFindings(opts.mapping ? all : collapseDoubtful(all, detection.report.tables), sheetNames);
  const input = {
    quarter,
    options: opts,
    layout,
    rows: calc.rows,
    keyIndicators: calc.keyIndicators,
    totals: calc.totals,
    findings,
  };
  // Several agencies in one table: one result per agency, beside the whole workbook's.
  const agencies = splitByAgency(calc.rows, findings);
  if (!agencies) return { ...input, sheets: buildSheets(input), report: buildJsonReport(input) };
  return {
    ...input,
    sheets: withAgencyBlocks(buildSheets(input), agencies, (a) => buildSheets(agencyInput(input, a))),
    report: withAgencyReports(buildJsonReport(input), agencies, (a) => buildJsonReport(agencyInput(input, a))),
    agencies,
  };
}
