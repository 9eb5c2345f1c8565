/**
 * unparseable-value (domain.md §6): malformed text in a numeric cell (§4). Seen while reading, not on the calculated rows.
 */
import type { Check } from "./check";

export const unparseableValueCheck: Check = {};
