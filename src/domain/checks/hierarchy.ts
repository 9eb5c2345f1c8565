/**
 * hierarchy (domain.md §6): a row whose parent cannot be determined, or a skipped level. Seen while reading, not on the calculated rows.
 */
import type { Check } from "./check";

export const hierarchyCheck: Check = {};
