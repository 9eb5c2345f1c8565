/**
 * words-mismatch (domain.md §6): an amount in words that does not match the amount in digits next to it. Seen while reading, not on the calculated rows.
 */
import type { Check } from "./check";

export const wordsMismatchCheck: Check = {};
