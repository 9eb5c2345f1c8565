/**
 * Agency totals — domain.md §5.4.
 *
 * Decisions: Σ over program rows (not total rows); when the plan has no program row, Σ over
 * sub-activities. Budget / spending with no value count as 0. `budgetPct` is null when the total
 * budget is 0. A negative remaining budget (overspending) is written "Minus …" by terbilang.
 */
import { sumMoney, subtractMoney } from "../values/rupiah";
import { terbilang } from "../values/terbilang";
import { TOO_LARGE_FOR_WORDS } from "../../i18n/findings";
import type { CalculatedRow, Totals } from "../types";

/** Terbilang, or a plain note for an amount beyond the words (≥ 10^18: surely a typing error). */
function words(amount: number): string {
  try {
    return terbilang(amount);
  } catch {
    return TOO_LARGE_FOR_WORDS;
  }
}

export function computeTotals(rows: CalculatedRow[]): Totals {
  // Further indicator lines of a row (continuationOf) are the same program / activity: counted once.
  const plan = rows.filter((r) => !r.isTotal && r.continuationOf === undefined);
  const programs = plan.filter((r) => r.level === "program");
  const activities = plan.filter((r) => r.level === "activity");
  const subactivities = plan.filter((r) => r.level === "subactivity");
  const basis = programs.length > 0 ? programs : subactivities;
  const budget = sumMoney(basis.map((r) => r.figures.budget));
  const spentToDate = sumMoney(basis.map((r) => r.figures.spentToDate));
  const remaining = subtractMoney(budget, spentToDate);
  return {
    budget,
    spentToDate,
    budgetPct: budget > 0 ? (spentToDate / budget) * 100 : null,
    remaining,
    budgetWords: words(budget),
    spentWords: words(spentToDate),
    remainingWords: words(remaining),
    programs: programs.length,
    activities: activities.length,
    subactivities: subactivities.length,
  };
}
