/**
 * duplicate-code (domain.md §6): the same code twice in one table. Seen while reading, not on the calculated rows.
 */
import type { Check } from "./check";

export const duplicateCodeCheck: Check = {};
