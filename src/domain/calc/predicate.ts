/**
 * Predicates (predikat) for performance percentages (domain.md §5.6). Two scales ship; SAKIP is
 * the default. Bands are listed top first; a value falls in the first band whose lower bound it
 * passes, so values above 100 land in the top band and negative values in the bottom band.
 */
import type { PredicateScaleId } from "../types";
import { PREDICATE_SCALE_NAMES } from "../../i18n/predicate";

export interface PredicateBand {
  /** Lower bound in percent points; null = no lower bound (the bottom band). */
  min: number | null;
  /** true: value ≥ min; false: value > min. */
  minInclusive: boolean;
  label: string;
  code?: string;
}

export interface PredicateScale {
  id: PredicateScaleId;
  /** Indonesian display name, e.g. "Skala SAKIP (PermenPAN-RB 88/2021)". */
  name: string;
  /** Top band first. */
  bands: PredicateBand[];
}

const exclusive = (min: number, label: string, code: string): PredicateBand => ({
  min,
  minInclusive: false,
  label,
  code,
});
const inclusive = (min: number, label: string): PredicateBand => ({ min, minInclusive: true, label });

export const PREDICATE_SCALES: Record<PredicateScaleId, PredicateScale> = {
  /** PermenPAN-RB 88/2021 categories (LKj): lower bounds exclusive, 90,00 is "Memuaskan". */
  sakip: {
    id: "sakip",
    name: PREDICATE_SCALE_NAMES.sakip,
    bands: [
      exclusive(90, "Sangat Memuaskan", "AA"),
      exclusive(80, "Memuaskan", "A"),
      exclusive(70, "Sangat Baik", "BB"),
      exclusive(60, "Baik", "B"),
      exclusive(50, "Cukup", "CC"),
      exclusive(30, "Kurang", "C"),
      { min: null, minInclusive: true, label: "Sangat Kurang", code: "D" },
    ],
  },
  /** Permendagri 86/2017 (Form E.81): lower bounds inclusive, 91 is "Sangat Tinggi". */
  permendagri86: {
    id: "permendagri86",
    name: PREDICATE_SCALE_NAMES.permendagri86,
    bands: [
      inclusive(91, "Sangat Tinggi"),
      inclusive(76, "Tinggi"),
      inclusive(66, "Sedang"),
      inclusive(51, "Rendah"),
      { min: null, minInclusive: true, label: "Sangat Rendah" },
    ],
  },
};

/**
 * The band a percentage falls in. Compared on the unrounded value (90.004 is above 90), after
 * removing float noise at 15 significant digits (3 / (3 / 0.9) * 100 = 90.00000000000001 counts as 90).
 */
export function bandFor(pct: number | null, scale: PredicateScaleId): PredicateBand | null {
  if (pct === null || Number.isNaN(pct)) return null;
  const v = Number.isFinite(pct) ? Number(pct.toPrecision(15)) : pct;
  const bands = PREDICATE_SCALES[scale].bands;
  for (const b of bands) {
    if (b.min === null || (b.minInclusive ? v >= b.min : v > b.min)) return b;
  }
  return bands[bands.length - 1];
}

/** Predicate label for a performance percentage; null for no value. */
export function predicateFor(pct: number | null, scale: PredicateScaleId): string | null {
  return bandFor(pct, scale)?.label ?? null;
}

/** 90 → "90", 90.5 → "90,5". */
const bound = (n: number): string => String(n).replace(".", ",");

/**
 * Legend rows for the Predikat sheet, top band first, with Indonesian ranges:
 * SAKIP "> 90", "> 80 – 90", …, "≤ 30"; Permendagri 86 "≥ 91", "76 – < 91", …, "< 51".
 */
export function legendRows(scale: PredicateScaleId): { range: string; label: string; code: string | null }[] {
  const bands = PREDICATE_SCALES[scale].bands;
  return bands.map((b, i) => {
    const above = i > 0 ? bands[i - 1] : null; // the band whose lower bound is this band's upper bound
    let range: string;
    if (b.min === null) {
      range = above && above.min !== null ? `${above.minInclusive ? "<" : "≤"} ${bound(above.min)}` : "semua nilai";
    } else {
      const from = b.minInclusive ? bound(b.min) : `> ${bound(b.min)}`;
      if (!above || above.min === null) range = b.minInclusive ? `≥ ${bound(b.min)}` : from;
      else range = `${from} – ${above.minInclusive ? "< " : ""}${bound(above.min)}`;
    }
    return { range, label: b.label, code: b.code ?? null };
  });
}
