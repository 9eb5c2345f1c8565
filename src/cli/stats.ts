/**
 * The figures of one processed file that the summary and the consolidation workbook show.
 * Everything comes from the engine's Result; only the average over programs is computed here.
 */
import { PREDICATE_SCALES, predicateFor } from "../domain/calc/predicate";
import type { PredicateScaleId, Quarter, Result, Severity } from "../domain/types";

export interface FileStats {
  /** Input file as the user gave it. */
  file: string;
  /** Absolute path of the output workbook. */
  output: string;
  agency: string | null;
  year: number | null;
  quarter: Quarter;
  programs: number;
  activities: number;
  subactivities: number;
  budget: number;
  spentToDate: number;
  budgetPct: number | null;
  remaining: number;
  /** Mean of the programs' % capaian kinerja (non-null ones); null when no program has one. */
  averageProgramPerformance: number | null;
  averagePredicate: string | null;
  scale: PredicateScaleId;
  scaleName: string;
  findings: Record<Severity, number>;
}

export function countFindings(result: Pick<Result, "findings">): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of result.findings) counts[f.severity]++;
  return counts;
}

export function programRows(result: Pick<Result, "rows">) {
  return result.rows.filter((r) => r.level === "program" && !r.isTotal);
}

/** Mean of the programs' % capaian kinerja (finite ones); null when no program has one. */
function averageProgramPerformance(result: Pick<Result, "rows">): number | null {
  const perf = programRows(result)
    .map((r) => r.figures.performancePct)
    .filter((v): v is number => typeof v === "number" && Number.isFinite(v));
  return perf.length ? perf.reduce((a, b) => a + b, 0) / perf.length : null;
}

/** The figures of one set of rows: its totals, the programs' average and predicate, the finding counts. */
function figuresOf(
  of: Pick<Result, "rows" | "totals" | "findings">,
  scale: PredicateScaleId,
): Pick<
  FileStats,
  | "programs"
  | "activities"
  | "subactivities"
  | "budget"
  | "spentToDate"
  | "budgetPct"
  | "remaining"
  | "averageProgramPerformance"
  | "averagePredicate"
  | "findings"
> {
  const t = of.totals;
  const average = averageProgramPerformance(of);
  return {
    programs: t.programs,
    activities: t.activities,
    subactivities: t.subactivities,
    budget: t.budget,
    spentToDate: t.spentToDate,
    budgetPct: t.budgetPct,
    remaining: t.remaining,
    averageProgramPerformance: average,
    averagePredicate: predicateFor(average, scale),
    findings: countFindings(of),
  };
}

export function fileStats(file: string, output: string, result: Result): FileStats {
  const scale = result.options.predicateScale;
  return {
    file,
    output,
    agency: result.report.agency ?? result.layout.agency,
    year: result.report.year ?? result.layout.year,
    quarter: result.quarter,
    ...figuresOf(result, scale),
    scale,
    scaleName: PREDICATE_SCALES[scale].name,
  };
}

/**
 * A file holding several agencies: one consolidation row per agency (contract.md "one row per
 * file/agency"), each from that agency's own totals, programs and findings.
 */
export function agencyStats(whole: FileStats, result: Result): FileStats[] {
  return (result.agencies ?? []).map((a) => ({ ...whole, agency: a.agency, ...figuresOf(a, whole.scale) }));
}
