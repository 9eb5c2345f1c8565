/**
 * Month columns numbered 1 … 12 in a header row (an Anggaran Kas / RAK export: "Kode | Uraian |
 * Anggaran | 1 | 2 | … | 12 | TW 1 …"). A header row otherwise holds at most one number; a run of
 * six or more consecutive whole numbers from 1, each at most 12, left to right, is month headers.
 */
export function isMonthNumberRun(numbers: number[]): boolean {
  if (numbers.length < 6 || numbers.length > 12) return false;
  return numbers.every((n, i) => n === i + 1);
}
