/**
 * readPlanTable's first steps, once per table: which columns hold what (`planColumns`), and the
 * table's code scheme (`tableCodes`).
 */
import type { ColumnRole, Quarter } from "../../types";
import type { TableLayout } from "../../layout/tables";
import { roleEntry } from "../../layout/roles";
import { progressPctQuarter } from "../../layout/classify";
import { codePrefix, parseCode, splitCode, tableScheme } from "../../hierarchy/codes";

/** The columns of a plan table, by what the reader does with them. */
export interface PlanColumns {
  code: number[];
  agency: number[];
  name: number[];
  indicator?: number;
  unit?: number;
  level?: number;
  accumulation?: number;
  polarity?: number;
  /** The table has quarterly target columns … */
  hasQuarterTargets: boolean;
  /** … for some quarters only. */
  partialQuarterTargets: boolean;
  /** Figure columns (those with a plan-row slot in the role catalog), in column order. */
  numeric: [number, ColumnRole][];
  /** Form E.81 realisation `%` sub-columns (extras named "… / %"): column and quarter. */
  progress: (readonly [number, Quarter])[];
}

export function planColumns(t: TableLayout): PlanColumns {
  const roles = [...t.roles.entries()].sort((a, b) => a[0] - b[0]);
  const all = (kind: ColumnRole["kind"]) => roles.filter(([, r]) => r.kind === kind).map(([c]) => c);
  const first = (kind: ColumnRole["kind"]) => roles.find(([, r]) => r.kind === kind)?.[0];
  const hasQuarterTargets = roles.some(([, r]) => r.kind === "quarterTarget");
  const targetQuarters = new Set(roles.flatMap(([, r]) => (r.kind === "quarterTarget" ? [r.quarter] : [])));
  return {
    code: all("code"),
    agency: all("agency"),
    name: all("name"),
    indicator: first("indicator"),
    unit: first("unit"),
    level: first("level"),
    accumulation: first("accumulation"),
    polarity: first("polarity"),
    hasQuarterTargets,
    partialQuarterTargets: hasQuarterTargets && targetQuarters.size < 4,
    numeric: roles.filter(([, r]) => roleEntry(r.kind).slot !== null),
    progress: roles
      .map(([c, r]) => [c, r.kind === "extra" ? progressPctQuarter(r.label) : null] as const)
      .filter((x): x is readonly [number, Quarter] => x[1] !== null),
  };
}

/** What the codes of the whole table say. */
export interface TableCodes {
  /** Outline (1, 1.1, 1.1.1) or nomenclature (1.02.01 …), decided once per table. */
  scheme: "outline" | "nomenclature";
  /** The code column only counts rows ("No": 1, 2, 3 … and no dotted code anywhere): it names no level. */
  rowCounterOnly: boolean;
  /** "5" and "5.1" head the account codes of the table (5 BELANJA DAERAH, 5.1 BELANJA OPERASI). */
  accountHeads: Set<string>;
}

export function tableCodes(t: TableLayout, cols: PlanColumns): TableCodes {
  const v = t.view;
  const codeTexts: string[] = [];
  for (let r = t.table.dataRows.first; r <= t.table.dataRows.last; r++) {
    for (const c of cols.code) codeTexts.push(v.text(r, c));
    for (const c of cols.name) {
      const p = codePrefix(v.text(r, c));
      if (p) codeTexts.push(p.code);
    }
  }
  const scheme = tableScheme(codeTexts);
  const codeLike = codeTexts.filter((t) => splitCode(t) !== null);
  const rowCounterOnly =
    cols.code.length > 0 && codeLike.length > 0 && codeLike.every((t) => splitCode(t)!.length === 1);
  const accountHeads = new Set<string>();
  for (const text of codeTexts) {
    const segs = splitCode(text);
    if (segs && segs.length >= 3 && parseCode(text, scheme)?.kind === "account")
      for (let n = 1; n < 3; n++) accountHeads.add(segs.slice(0, n).join("."));
  }
  return { scheme, rowCounterOnly, accountHeads };
}
