/**
 * Model building: detected tables → PlanRows (levels, parents, parsed figures) and key indicators,
 * with the findings raised while reading (§3, §4).
 */
import type { Grid } from "../grid";
import type { Finding, KeyIndicatorRow, Options, PlanRow } from "../types";
import type { Detection } from "../layout";
import { readPlanTable, type ReadRow } from "./plan-table";
import { readKeyIndicatorTable } from "./key-indicators";
import { readFlatTable } from "./flat-table";
import { linkTable } from "../hierarchy/parents";
import { checkWords } from "./words";
import { joinFlatTables } from "./join-flat";
import { markLeafActivities } from "./leaf-activities";

export interface Model {
  rows: PlanRow[];
  keyIndicators: KeyIndicatorRow[];
  findings: Finding[];
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
  const findings: Finding[] = [];
  const rows: PlanRow[] = [];
  const keyIndicators: KeyIndicatorRow[] = [];
  let id = 0;
  const nextId = () => ++id;
  const flatRows: PlanRow[] = [];
  const hasPlanTable = detection.tables.some((t) => t.table.kind === "plan" && t.flat === undefined);
  for (const t of detection.tables) {
    if (t.table.kind === "keyIndicators") {
      keyIndicators.push(...readKeyIndicatorTable(t, findings));
      continue;
    }
    const flat = t.flat !== undefined;
    const read = flat
      ? readFlatTable(t, nextId, findings)
      : readPlanTable(t, nextId, findings, detection.report.quarter);
    const plan = flat ? read : linkTable(read, findings);
    if (!flat) markLeafActivities(plan);
    if (flat) {
      const byId = new Map(plan.map((p) => [p.id, p]));
      for (const r of plan) if (r.parentId !== null) byId.get(r.parentId)?.childIds.push(r.id);
    }
    for (const r of plan) {
      if (r.isTotal) t.table.rowCounts.total++;
      else if (!r.continuation) t.table.rowCounts[r.level]++;
    }
    findings.push(...checkWords(t));
    // A flat export beside a plan table feeds the plan's money instead of adding rows of its own.
    if (flat && hasPlanTable) flatRows.push(...plan.map(strip));
    else rows.push(...plan.map(strip));
  }
  if (flatRows.length > 0) joinFlatTables(rows, flatRows, findings);
  return { rows, keyIndicators, findings };
}
