/**
 * Notes and signatures under a table (layouts.md "More structures": "signatures and places/dates
 * under it (`Lubuk Pakam, Desember 2025`) — none are values"): a place and date, a title or office
 * ("Kepala Dinas …", "Mengetahui,"), an employee number ("NIP. 19700101 199503 1 001"), a person's
 * name with degrees. Such text sitting in a numeric column is never read as an amount.
 */
import { norm } from "./text";

const MONTH =
  "(januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober|nopember|november|desember)";
/** "Lubuk Pakam, Desember 2025", "Jember, 31 Desember 2025", "Desember 2025". */
const PLACE_DATE = new RegExp(`(^|,\\s*)(\\d{1,2}\\s+)?${MONTH}\\s+\\d{4}\\s*$`, "i");
const NUMBERED_ID = /^(nip|nrp|nik|nipppk|nip\.)[\s.:]/i;
const OFFICE =
  /^(kepala|sekretaris|plt|plh|pj|pembina|penata|pengatur|mengetahui|menyetujui|disetujui|dibuat|diperiksa|disusun|a\.?\s?n\.?|ttd|kabid|kasubag|kasubbag|kepala bidang|bendahara|pptk|pejabat|bupati|walikota|wali kota|gubernur|camat)\b/i;

/** Letters outnumber digits and there are at least two words: prose, not a mistyped amount. */
function isProse(text: string): boolean {
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  const digits = (text.match(/\d/g) ?? []).length;
  return letters >= 4 && letters > digits * 2 && /\p{L}{2,}\s+\p{L}/u.test(text);
}

/** A place and date, an office or an employee number: a signature line wherever it stands. */
export function isSignatureText(text: string): boolean {
  const t = text.trim();
  return t !== "" && (PLACE_DATE.test(t) || NUMBERED_ID.test(t) || OFFICE.test(norm(t)));
}

/** Text in a numeric column that is a note or signature rather than a (mistyped) value. */
export function isNoteText(text: string): boolean {
  return isSignatureText(text) || isProse(text.trim());
}
