/**
 * A reading checked by the workbook's own arithmetic (layouts.md "What the product must do when
 * unsure"). Real tables are mostly consistent, so the equations a reading implies should mostly
 * hold:
 * - sum: a parent row's stated budget = Σ its children's budgets (to the Rupiah);
 * - code: a code is used once per level within its agency and unit (group rows not counted);
 * - pct: a sub-activity's stated % capaian = realization ÷ annual target × 100 (to 0,5 points —
 *   the stated figure may be rounded);
 * A row is contradicting when an equation it takes part in fails (for sums: the parent row).
 * The score is the share of equations that hold; a reading is doubtful when more than a fifth of
 * the rows contradict each other (and there are enough rows to tell).
 */
import type { PlanRow, Quarter, ReadingScore } from "../types";
import { isMoneyDifferent, sumMoney } from "../values/rupiah";

export type { ReadingScore };

/** A reading needs this many rows before it can be called doubtful. */
export const MIN_ROWS_TO_DOUBT = 10;
/** More than this share of contradicting rows makes the reading doubtful. */
export const DOUBT_SHARE = 1 / 5;
/** A stated percentage may be rounded: within half a point it agrees. */
const PCT_TOLERANCE = 0.5;

const value = (c: { value: number | null } | null | undefined): number | null =>
  typeof c?.value === "number" && Number.isFinite(c.value) ? c.value : null;

/** The equations implied by one reading of the plan rows (see the file comment). */
export function scoreReading(rows: PlanRow[]): ReadingScore {
  const plan = rows.filter((r) => !r.isTotal && r.continuationOf === undefined);
  const byId = new Map(plan.map((r) => [r.id, r]));
  const bad = new Set<number>();
  const failed = { sum: 0, code: 0, pct: 0 };
  let equations = 0;

  // parent = Σ children, where the parent states its own budget and children state theirs.
  for (const r of plan) {
    const own = value(r.budget);
    if (own === null || r.childIds.length === 0) continue;
    const kids = r.childIds.map((id) => byId.get(id)).filter((c): c is PlanRow => c !== undefined);
    const amounts = kids.map((c) => value(c.budget)).filter((v): v is number => v !== null);
    if (amounts.length === 0) continue;
    equations++;
    if (isMoneyDifferent(own, sumMoney(amounts))) {
      failed.sum++;
      bad.add(r.id);
    }
  }

  // One code per level within its agency and unit (the nearest group row above it: a SIPD report
  // repeats the same sub-activity under each sub-unit). Group rows may repeat (a unit row twice).
  const unitOf = (r: PlanRow): number => {
    let p = r.parentId !== null ? byId.get(r.parentId) : undefined;
    for (let guard = 0; p && guard < 50; guard++) {
      if (p.level === "group") return p.id;
      p = p.parentId !== null ? byId.get(p.parentId) : undefined;
    }
    return 0;
  };
  const byCode = new Map<string, PlanRow[]>();
  for (const r of plan) {
    if (!r.code || r.level === "group") continue;
    const key = `${r.agency ?? ""}|${unitOf(r)}|${r.level}|${r.code}`;
    byCode.set(key, [...(byCode.get(key) ?? []), r]);
  }
  for (const list of byCode.values()) {
    equations += list.length;
    if (list.length < 2) continue;
    failed.code += list.length;
    for (const r of list) bad.add(r.id);
  }

  // Stated % = realization ÷ target × 100 (sub-activities, each quarter that states both).
  for (const r of plan) {
    if (r.level !== "subactivity") continue;
    const target = value(r.annualTarget);
    if (target === null || target === 0) continue;
    for (const q of [1, 2, 3, 4] as Quarter[]) {
      const stated = value(r.statedPerformancePct[q - 1]);
      const real = value(r.realizationToDateStated[q - 1]);
      if (stated === null || real === null) continue;
      equations++;
      // Against the annual target, or against the quarter's own target (tables that state both).
      const quarterTarget = value(r.quarterTargets[q - 1]);
      const agrees = (t: number | null) =>
        t !== null && t !== 0 && Math.abs(stated - (real / t) * 100) <= PCT_TOLERANCE;
      if (!agrees(target) && !agrees(quarterTarget)) {
        failed.pct++;
        bad.add(r.id);
      }
    }
  }

  const held = equations - failed.sum - failed.code - failed.pct;
  return {
    rows: plan.length,
    equations,
    held,
    failed,
    contradicting: bad.size,
    score: equations === 0 ? null : held / equations,
    doubtful: plan.length >= MIN_ROWS_TO_DOUBT && bad.size > plan.length * DOUBT_SHARE,
  };
}

/** Better of two readings: more equations holding as a share, then more equations checked. */
export function betterReading(a: ReadingScore, b: ReadingScore): boolean {
  const sa = a.score ?? -1;
  const sb = b.score ?? -1;
  if (sa !== sb) return sa > sb;
  return a.held > b.held;
}
