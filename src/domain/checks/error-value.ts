/**
 * error-value (domain.md §6): an Excel error value in a cell the calculation needs. Seen while reading, not on the calculated rows.
 */
import type { Check } from "./check";

export const errorValueCheck: Check = {};
