/**
 * formula-inconsistent (warning, domain.md §6): formulas that should have one shape do not — one
 * row sums different child rows in different columns, a range counts a branch and its own children,
 * or a parent's formula skips one of its children. The hierarchy records the shapes
 * (hierarchy/formula-tree.ts).
 */
import type { Check } from "./check";
import type { FactOf } from "../facts";
import type { Finding } from "../types";
import { formulaText } from "../../i18n/formulas";
import { findingAt } from "./finding";

function formulaShape(f: FactOf<"formulaShape">): Finding[] {
  const s = f.shape;
  const message =
    s.text === "differentChildren"
      ? formulaText.differentChildren(f.at.cell, s.other, s.rows, s.otherRows)
      : s.text === "doubleCounted"
        ? formulaText.doubleCounted(s.nested)
        : formulaText.skippedChild(s.row, s.name);
  return [findingAt("formula-inconsistent", f.at, message, null, null, "warning")];
}

export const formulaInconsistentCheck: Check = { facts: { formulaShape } };
