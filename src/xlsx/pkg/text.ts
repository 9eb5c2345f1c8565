/**
 * Value conversions exactly as ExcelJS 4.4 does them on load (lib/utils/utils.js,
 * lib/xlsx/xform/strings/text-xform.js), so the new reader gives the grid the old path gave.
 */

/** ExcelJS's utils.xmlDecode: a second decoding of the five named entities (sheet names, `t="str"`). */
export function xmlDecode(text: string): string {
  if (text.indexOf("&") < 0) return text;
  return text.replace(/&([a-z]*);/g, (c) => {
    switch (c) {
      case "&lt;":
        return "<";
      case "&gt;":
        return ">";
      case "&amp;":
        return "&";
      case "&apos;":
        return "'";
      case "&quot;":
        return '"';
      default:
        return c;
    }
  });
}

/** `_xHHHH_` escapes of shared-string and rich-text runs (upper-case hex only, as ExcelJS). */
export function decodeEscapes(text: string): string {
  if (text.indexOf("_x") < 0) return text;
  return text.replace(/_x([0-9A-F]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** ExcelJS's utils.isDateFmt: a format is a date when, outside [..] and "..", it has y m d h s b. */
export function isDateFmt(fmt: string | undefined): boolean {
  if (!fmt) return false;
  const f = fmt.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]+/.test(f);
}

/** ExcelJS's utils.excelToDate. */
export function excelToDate(v: number, date1904: boolean): Date {
  const ms = Math.round((v - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000);
  return new Date(ms);
}

/** Date → "YYYY-MM-DD" (midnight) or "YYYY-MM-DDTHH:MM:SS" (same rule as read-grids.ts isoDate). */
export function isoDate(d: Date): string {
  if (Number.isNaN(d.getTime())) return "";
  const iso = d.toISOString();
  if (d.getUTCHours() === 0 && d.getUTCMinutes() === 0 && d.getUTCSeconds() === 0 && d.getUTCMilliseconds() === 0) {
    return iso.slice(0, 10);
  }
  return iso.slice(0, 19);
}

/** ExcelJS's built-in number formats (lib/xlsx/defaultnumformats.js, the `f` entries). */
export const DEFAULT_NUM_FORMATS: Readonly<Record<number, string>> = Object.freeze({
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
});
