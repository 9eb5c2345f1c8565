/**
 * Key indicators (IKU) — domain.md §5.5.
 *
 * Decisions:
 * - realizationPct = numerator ÷ denominator × 100 when both have a value and the denominator is
 *   not 0; otherwise the stated realization. When both are present and differ by 0,01 points or
 *   more: `stated-value-mismatch` (warning) on the realization cell; the computed value is used.
 * - The findings are judged in checks/ (stated-value-mismatch, missing-realization, missing-target,
 *   over-target) from the facts recorded here, in this order per indicator.
 * - performancePct = realization ÷ target × 100 (negative polarity as §5.1); null without a target
 *   (> 0). A realization without a target: `missing-target`. No realization: null figures and an
 *   `info` finding `missing-realization` (a product-specific rule id; §5.5 asks for "no finding
 *   but info").
 * - A stated "% capaian" is compared with performancePct (`stated-value-mismatch`), and
 *   performancePct > 100 raises `over-target` as for plan rows (runChecks only sees plan rows: the
 *   figures travel as facts).
 * - The predicate is attached to performancePct.
 */
import { predicateFor } from "./predicate";
import type { CalculatedKeyIndicator, KeyIndicatorRow, NumCell, Options, Quarter } from "../types";
import { achievement, val } from "./common";
import { placeOf, type ReadFact } from "../facts";

export const OVER_TARGET_WARNING_ABOVE = 150;

function subjectOf(k: KeyIndicatorRow) {
  return { sheet: k.sheet, row: k.row, code: null, name: k.name };
}

function latestUpTo(cells: (NumCell | null)[] | undefined, q: Quarter): NumCell | null {
  if (!cells) return null;
  for (let i = q - 1; i >= 0; i--) if (cells[i] && cells[i]!.value !== null) return cells[i];
  return null;
}

export function calculateKeyIndicators(
  keyIndicators: KeyIndicatorRow[],
  quarter: Quarter,
  options: Pick<Options, "predicateScale">,
): { keyIndicators: CalculatedKeyIndicator[]; facts: ReadFact[] } {
  const facts: ReadFact[] = [];
  const out = keyIndicators.map((k): CalculatedKeyIndicator => {
    const subject = subjectOf(k);
    const num = val(k.numerator);
    const den = val(k.denominator);
    // One realization column, else the latest quarterly one up to the quarter computed (an IKU is
    // measured at a point in time: percentages and indices do not add up over quarters).
    const realizationCell = k.realization ?? latestUpTo(k.quarterRealizations, quarter);
    const stated = val(realizationCell);
    const fromRatio = num !== null && den !== null && den !== 0 ? (num / den) * 100 : null;
    const realizationPct = fromRatio ?? stated;

    if (fromRatio !== null && stated !== null && num !== null && den !== null)
      facts.push({
        kind: "keyIndicatorRatio",
        at: placeOf(subject, realizationCell),
        stated,
        computed: fromRatio,
        numerator: num,
        denominator: den,
      });

    const target = val(k.target);
    const negative = k.polarity === "negative";
    const performancePct = realizationPct === null ? null : achievement(realizationPct, target, negative);
    const shownCell = fromRatio !== null ? (k.numerator ?? k.denominator) : realizationCell;

    if (realizationPct === null)
      facts.push({
        kind: "keyIndicatorNoRealization",
        at: placeOf(subject, realizationCell ?? k.numerator ?? k.target),
      });
    else if (target === null || !(target > 0))
      facts.push({
        kind: "keyIndicatorNoTarget",
        at: placeOf(subject, k.target ?? shownCell),
        realization: realizationPct,
        unit: k.unit,
      });

    const statedPerf = val(k.statedPerformancePct);
    if (statedPerf !== null && performancePct !== null && target !== null && realizationPct !== null)
      facts.push({
        kind: "keyIndicatorPerformance",
        at: placeOf(subject, k.statedPerformancePct),
        stated: statedPerf,
        computed: performancePct,
        realization: realizationPct,
        target,
        negative,
      });

    if (performancePct !== null)
      facts.push({ kind: "keyIndicatorAchievement", at: placeOf(subject, shownCell), quarter, performancePct });

    return {
      ...k,
      figures: { realizationPct, performancePct, predicate: predicateFor(performancePct, options.predicateScale) },
    };
  });
  return { keyIndicators: out, facts };
}
