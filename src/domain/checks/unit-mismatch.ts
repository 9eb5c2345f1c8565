/**
 * unit-mismatch (domain.md §6): units of target and realization differ in one row. Seen while reading, not on the calculated rows.
 */
import type { Check } from "./check";

export const unitMismatchCheck: Check = {};
