/**
 * Indonesian names of the predicate scales (domain.md §5.6), shown in every output that shows a
 * predicate (Capaian, Predikat legend, Ringkasan, add-in settings, CLI).
 */
import type { PredicateScaleId } from "../domain/types";

export const PREDICATE_SCALE_NAMES: Record<PredicateScaleId, string> = {
  sakip: "Skala SAKIP (PermenPAN-RB 88/2021)",
  permendagri86: "Skala Permendagri 86/2017 (Form E.81)",
};
