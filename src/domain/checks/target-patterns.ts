/**
 * Which accumulation patterns a row's quarterly targets fit (domain.md §6):
 * flow (Σ = annual), level (every non-empty one = annual), cumulative (non-decreasing, the last
 * non-empty one = annual). Equal means less than 0,01 apart (as for stated percentages).
 */
import { pctDiffers } from "../values/round";
import type { PlanRow } from "../types";
import { upTo, val } from "../calc/common";

export interface TargetPatterns {
  annual: number;
  targets: (number | null)[];
  sum: number;
  flow: boolean;
  level: boolean;
  cumulative: boolean;
}

/** Null when there is nothing to compare: no annual target > 0 or no quarterly target value. */
export function targetPatterns(row: PlanRow): TargetPatterns | null {
  const annual = val(row.annualTarget);
  if (annual === null || !(annual > 0)) return null;
  const targets = upTo(row.quarterTargets, 4);
  const present = targets.filter((t): t is number => t !== null);
  if (present.length === 0) return null;
  const same = (a: number, b: number) => !pctDiffers(a, b);
  const sum = present.reduce((s, t) => s + t, 0);
  let nonDecreasing = true;
  for (let i = 1; i < present.length; i++)
    if (present[i] < present[i - 1] && !same(present[i], present[i - 1])) nonDecreasing = false;
  return {
    annual,
    targets,
    sum,
    flow: same(sum, annual),
    level: present.every((t) => same(t, annual)),
    cumulative: nonDecreasing && same(present[present.length - 1], annual),
  };
}
