/**
 * Indonesian display of numbers ("1.234.567,89", "Rp1.000.000", "98,50%"): it is text, so it lives
 * in src/i18n/numbers.ts; re-exported here for the hosts that format numbers.
 */
export { formatNumber, formatPct, formatRupiah } from "../../i18n/numbers";
