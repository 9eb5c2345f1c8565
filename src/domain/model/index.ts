/**
 * Model building: detected tables → PlanRows (levels, parents, parsed figures) and key indicators,
 * with the facts recorded while reading (§3, §4), which checks/ turns into findings.
 */
import type { Grid } from "../grid";
import type { KeyIndicatorRow, Options, PlanRow } from "../types";
import type { ReadFact } from "../facts";
import type { Detection } from "../layout";
import { readPlanTable, type ReadRow } from "./plan-table";
import { readKeyIndicatorTable } from "./key-indicators";
import { readFlatTable } from "./flat-table";
import { linkTable } from "../hierarchy/parents";
import { amountsInWords } from "./words";
import { joinFlatTables } from "./join-flat";
import {
  accountTable,
  compareSameMoney,
  isAccountOnly,
  isUncodedSummary,
  markAccountNames,
  summaryTable,
  type AccountTable,
} from "./same-money";
import { markLeafActivities } from "./leaf-activities";
import { mergeMonths } from "./month-series";
import { columnLetter } from "../grid";

export interface Model {
  rows: PlanRow[];
  keyIndicators: KeyIndicatorRow[];
  /** What the readers saw, in reading order (judged by checks/judgeFacts). */
  facts: ReadFact[];
}

function strip(r: ReadRow): PlanRow {
  const {
    codeInfo: _c,
    isAccountLine: _a,
    levelUncertain: _u,
    continuation: _k,
    scope: _s,
    textOnly: _t,
    bold: _b,
    indent: _i,
    ...row
  } = r;
  return row;
}

export function buildModel(_grids: Grid[], detection: Detection, _options: Options): Model {
  const facts: ReadFact[] = [];
  const rows: PlanRow[] = [];
  const keyIndicators: KeyIndicatorRow[] = [];
  let id = 0;
  const nextId = () => ++id;
  const flatRows: PlanRow[] = [];
  const hasPlanTable = detection.tables.some((t) => t.table.kind === "plan" && t.flat === undefined);
  const accountTables: AccountTable[] = [];
  const summaries: { t: Detection["tables"][number]; read: ReadRow[] }[] = [];
  const add = (t: Detection["tables"][number], read: ReadRow[], flat: boolean) => {
    const plan = flat ? read : linkTable(read, facts);
    if (!flat) markLeafActivities(plan);
    if (flat) {
      const byId = new Map(plan.map((p) => [p.id, p]));
      for (const r of plan) if (r.parentId !== null) byId.get(r.parentId)?.childIds.push(r.id);
    }
    for (const r of plan) {
      if (r.isTotal) t.table.rowCounts.total++;
      else if (!r.continuation) t.table.rowCounts[r.level]++;
    }
    for (const f of amountsInWords(t)) facts.push(f);
    // A flat export beside a plan table feeds the plan's money instead of adding rows of its own.
    // No spread (push(...rows)): its argument count is bounded by the call stack (~120 000 rows).
    const into = flat && hasPlanTable ? flatRows : rows;
    for (const p of plan) into.push(strip(p));
  };
  const reads = detection.tables.map((t) =>
    t.table.kind === "keyIndicators"
      ? null
      : t.flat !== undefined
        ? readFlatTable(t, nextId, facts)
        : readPlanTable(t, nextId, facts, detection.report.quarter),
  );
  // One sheet per month: each month's sheet read too (its findings are the processed sheet's again).
  for (const [i, t] of detection.tables.entries()) {
    if (!t.series || !reads[i]) continue;
    const monthReads = t.series.months.map((m) =>
      m.t === t
        ? reads[i]!
        : m.t.flat !== undefined
          ? readFlatTable(m.t, nextId, [])
          : readPlanTable(m.t, nextId, [], detection.report.quarter),
    );
    const cumulative = mergeMonths(reads[i]!, t.series, monthReads);
    const names = t.series.months.map((m) => m.t.view.sheet);
    const row = t.table.headerRows.first;
    facts.push({
      kind: "layoutNote",
      at: { sheet: t.view.sheet, row, cell: `${columnLetter(t.view.firstCol)}${row}`, code: null, name: null },
      says: { text: "monthSeries", sheets: names, latest: cumulative ? t.view.sheet : null },
    });
  }
  markAccountNames(reads.filter((r): r is ReadRow[] => r !== null));
  for (const [i, t] of detection.tables.entries()) {
    if (t.table.kind === "keyIndicators") {
      for (const k of readKeyIndicatorTable(t, facts)) keyIndicators.push(k);
      continue;
    }
    const flat = t.flat !== undefined;
    const read = reads[i]!;
    // A table of account lines only, beside a plan: the same money again, compared but not added.
    if (!flat && hasPlanTable && isAccountOnly(read) && detection.tables.length > 1) {
      const at = accountTable(read, facts, t.table.period !== undefined);
      if (at) accountTables.push(at);
      for (const f of amountsInWords(t)) facts.push(f);
      continue;
    }
    // Rows with no code and no level (a per-unit summary): decided once the coded plan is known.
    if (!flat && detection.tables.length > 1 && isUncodedSummary(read)) {
      summaries.push({ t, read });
      continue;
    }
    add(t, read, flat);
  }
  const codedPlan = rows.filter((r) => r.code && !r.isTotal && r.level !== "group").length >= 3;
  for (const { t, read } of summaries) {
    const st = codedPlan ? summaryTable(read) : null;
    if (st) accountTables.push(st);
    else add(t, read, false);
  }
  if (flatRows.length > 0) joinFlatTables(rows, flatRows, facts);
  if (accountTables.length > 0) compareSameMoney(rows, accountTables, facts);
  return { rows, keyIndicators, facts };
}
