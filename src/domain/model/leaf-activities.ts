/**
 * The older Renja evaluation form (Permendagri 54/2010) has no sub kegiatan: its kegiatan are the
 * leaves, each with its own indicator, target and realization. In a table with no sub-activity
 * row at all, the activities that carry a target are marked as leaves, so that they are computed
 * from their own figures (calc/figures.ts) rather than averaged over children they do not have.
 */
import type { PlanRow } from "../types";

export function markLeafActivities(rows: PlanRow[]): void {
  if (rows.some((r) => r.level === "subactivity" && !r.isTotal)) return;
  for (const r of rows) {
    if (r.level !== "activity" || r.isTotal || r.childIds.length > 0) continue;
    const hasTarget = r.annualTarget?.value != null || r.quarterTargets.some((t) => t?.value != null);
    if (hasTarget) r.leaf = true;
  }
}
