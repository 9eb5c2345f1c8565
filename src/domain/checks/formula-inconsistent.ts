/**
 * formula-inconsistent (domain.md §6): formulas that should have one shape do not. Seen while reading, not on the calculated rows.
 */
import type { Check } from "./check";

export const formulaInconsistentCheck: Check = {};
