/**
 * unit-mismatch (warning, domain.md §6): the unit of a realization differs from the row's target
 * unit ("Dok" and "Dokumen" are one unit). The plan reader records the clash (model/plan-table.ts).
 */
import type { Check } from "./check";
import type { FactOf } from "../facts";
import type { Finding } from "../types";
import { modelText } from "../../i18n/model";
import { findingAt } from "./finding";

function unitClash(f: FactOf<"unitClash">): Finding[] {
  return [
    findingAt("unit-mismatch", f.at, modelText.unitMismatch(f.expected, f.found), f.found, f.expected, "warning"),
  ];
}

export const unitMismatchCheck: Check = { facts: { unitClash } };
