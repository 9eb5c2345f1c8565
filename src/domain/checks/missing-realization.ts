/**
 * missing-realization (domain.md §6): a key indicator with a target but no realization yet. Seen while reading, not on the calculated rows.
 */
import type { Check } from "./check";

export const missingRealizationCheck: Check = {};
