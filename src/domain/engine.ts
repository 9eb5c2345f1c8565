/**
 * The whole engine as one synchronous, deterministic call:
 * grids → layout → model → calc → checks → report (sheet specs + JSON).
 */
import type { Grid } from "./grid";
import { DEFAULT_OPTIONS, type Options, type Result, type Stage } from "./types";
import { detectLayout } from "./layout";
import { buildModel } from "./model";
import { calculate, lastQuarterWithData, latestQuarter } from "./calc";
import { runChecks } from "./checks";
import { detectConventions } from "./checks/conventions";
import { conventionFindings, lastQuarterFinding } from "./checks/layout";
import { buildJsonReport, buildSheets, sortFindings } from "./report";

export function hitungCapaian(grids: Grid[], options: Partial<Options> = {}, onStage?: (s: Stage) => void): Result {
  const opts: Options = { ...DEFAULT_OPTIONS, ...options };
  onStage?.("mengenali");
  const detection = detectLayout(grids, opts);
  const model = buildModel(grids, detection, opts);
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
  const calc = calculate(model.rows, model.keyIndicators, quarter, calcOpts);
  onStage?.("memeriksa");
  const findings = sortFindings(
    [
      ...detection.findings,
      ...model.findings,
      ...conventionFindings(model.rows, quarter, conventions),
      ...(noData ? lastQuarterFinding(model.rows, dataQuarter!, opts.quarter!) : []),
      ...calc.findings,
      ...runChecks(calc.rows, quarter, calcOpts, calc.perQuarter),
    ],
    grids.map((g) => g.sheet),
  );
  const input = {
    quarter,
    options: opts,
    layout,
    rows: calc.rows,
    keyIndicators: calc.keyIndicators,
    totals: calc.totals,
    findings,
  };
  return {
    ...input,
    sheets: buildSheets(input),
    report: buildJsonReport(input),
  };
}
