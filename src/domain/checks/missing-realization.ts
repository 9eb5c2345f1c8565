/**
 * missing-realization (info, product-specific, domain.md §5.5): a key indicator with a target but
 * no realization yet. Noted by the calculation (calc/key-indicators.ts); nothing on plan rows.
 */
import type { Check } from "./check";
import type { FactOf } from "../facts";
import type { Finding } from "../types";
import { FINDING_TEXT } from "../../i18n/findings";
import { findingAt } from "./finding";

function keyIndicatorNoRealization(f: FactOf<"keyIndicatorNoRealization">): Finding[] {
  return [findingAt("missing-realization", f.at, FINDING_TEXT.keyIndicatorNoRealization(), null, null)];
}

export const missingRealizationCheck: Check = { facts: { keyIndicatorNoRealization } };
