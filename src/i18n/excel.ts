/**
 * Indonesian strings of the Excel host (src/excel, src/commands, src/taskpane/index.tsx).
 * Everything a user can see comes from here; no UI text is written inline elsewhere.
 */
export const excelText = {
  /** Shown when Office.js reports a host that is not Excel. */
  notExcel: "Capaian hanya berjalan di Microsoft Excel. Buka add-in ini dari Excel.",
  /** Shown when the Excel version lacks the minimum API set (should not happen: the manifest requires it). */
  unsupportedExcel:
    "Versi Excel ini terlalu lama untuk Capaian. Gunakan Excel 2019, Excel 2021, Excel LTSC atau Microsoft 365.",
  loading: "Memuat Capaian…",
  /** Office.js did not load (e.g. opened as a plain page without web mode). */
  officeMissing: "Office.js tidak termuat. Buka halaman ini dari dalam Excel.",
  readFailed: "Gagal membaca workbook: {0}",
  writeFailed: "Gagal menulis lembar hasil: {0}",
  selectFailed: "Sel {0} di lembar “{1}” tidak dapat dipilih.",
  sheetNotFound: "Lembar “{0}” tidak ditemukan.",
  settingsSaveFailed: "Pengaturan tidak dapat disimpan di workbook: {0}",
  /** Too large for one request even after splitting (Excel on the web: 5 MB per request). */
  payloadTooLarge: "Data terlalu besar untuk dikirim ke Excel sekaligus. Coba bagi workbook menjadi beberapa berkas.",
  /** Temuan: text shown in the link cell when the address is used as the link text. */
  linkScreenTip: "Buka sel {0} di lembar “{1}”",
} as const;

/** "{0} dan {1}" → fills placeholders in order. */
export function format(template: string, ...args: (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (m, i: string) => {
    const v = args[Number(i)];
    return v === undefined ? m : String(v);
  });
}
