/**
 * Indonesian texts of the ExcelJS adapter (src/xlsx): input errors and notes written into output
 * sheets. Every input error says what happened and what the user can do about it.
 */

export type InputErrorCode =
  | "file-not-found"
  | "not-a-file"
  | "no-access"
  | "empty-file"
  | "xls-legacy"
  | "encrypted"
  | "ods"
  | "csv-or-text"
  | "not-xlsx"
  | "corrupt-zip"
  | "too-large"
  | "corrupt-xlsx";

export interface InputErrorDetail {
  /** File name or path as the user gave it (may be undefined for a Buffer). */
  file?: string;
  /** Extra technical detail (e.g. the underlying library message). */
  detail?: string;
  /** Limits for "too-large". */
  limitMb?: number;
  sizeMb?: number;
}

const SAVE_AS_XLSX = "Buka berkas di Excel, pilih File › Simpan Sebagai › Excel Workbook (.xlsx), lalu coba lagi.";

function name(d: InputErrorDetail): string {
  return d.file ? `"${d.file}"` : "Berkas";
}

export const INPUT_ERROR_MESSAGES: Record<InputErrorCode, (d: InputErrorDetail) => string> = {
  "file-not-found": (d) =>
    `Berkas ${d.file ? `"${d.file}" ` : ""}tidak ditemukan. Periksa nama dan letak berkas (folder), lalu coba lagi.`,
  "not-a-file": (d) => `${name(d)} adalah sebuah folder, bukan berkas Excel. Pilih berkas .xlsx di dalamnya.`,
  "no-access": (d) =>
    `${name(d)} tidak dapat dibuka (tidak ada izin membaca, atau berkas sedang dikunci program lain). ` +
    "Tutup berkas di Excel atau salin ke folder Anda sendiri, lalu coba lagi.",
  "empty-file": (d) => `${name(d)} kosong (0 byte). Simpan ulang berkas dari Excel lalu coba lagi.`,
  "xls-legacy": (d) =>
    `${name(d)} adalah berkas .xls lama (Excel 97–2003) yang tidak dapat dibaca. ` +
    `Simpan ulang berkas sebagai Excel Workbook (.xlsx) lalu coba lagi. (${SAVE_AS_XLSX})`,
  encrypted: (d) =>
    `${name(d)} dilindungi kata sandi (terenkripsi) sehingga isinya tidak dapat dibaca. ` +
    "Buka berkas di Excel, hapus kata sandinya (File › Info › Proteksi Buku Kerja › Enkripsi dengan Kata Sandi, kosongkan), simpan, lalu coba lagi.",
  ods: (d) =>
    `${name(d)} adalah berkas OpenDocument (.ods), bukan Excel. ` +
    "Simpan ulang berkas sebagai Excel 2007-365 (.xlsx) dari LibreOffice/Excel lalu coba lagi.",
  "csv-or-text": (d) =>
    `${name(d)} berisi teks biasa (misalnya CSV atau HTML), bukan buku kerja Excel. ` +
    `Buka berkas di Excel lalu simpan ulang sebagai Excel Workbook (.xlsx), kemudian coba lagi.`,
  "not-xlsx": (d) => `${name(d)} bukan buku kerja Excel (.xlsx). Pastikan berkas yang dipilih benar. ${SAVE_AS_XLSX}`,
  "corrupt-zip": (d) =>
    `${name(d)} rusak atau tidak lengkap (misalnya terpotong saat diunduh atau disalin). ` +
    "Unduh/salin ulang berkas, atau buka di Excel dan simpan ulang sebagai .xlsx, lalu coba lagi." +
    (d.detail ? ` (Rincian: ${d.detail})` : ""),
  "too-large": (d) =>
    `${name(d)} terlalu besar untuk diproses: isinya setelah dibuka sekitar ${d.sizeMb ?? "?"} MB, ` +
    `sedangkan batasnya ${d.limitMb ?? "?"} MB (atau rasio pemadatannya tidak wajar). ` +
    "Hapus lembar yang tidak diperlukan atau baris/kolom kosong yang berformat, simpan, lalu coba lagi.",
  "corrupt-xlsx": (d) =>
    `${name(d)} tidak dapat dibaca sebagai buku kerja Excel; kemungkinan berkas rusak. ` +
    `Buka berkas di Excel lalu simpan ulang sebagai Excel Workbook (.xlsx), kemudian coba lagi.` +
    (d.detail ? ` (Rincian: ${d.detail})` : ""),
};

/** Texts written by writeSheets. */
export const XLSX_TEXT = {
  /** Written above the chart data table: ExcelJS cannot write charts. */
  /** Suffix pattern for a sheet name that is already taken by a user's sheet. */
  renamed: (base: string, n: number) => `${base} (${n})`,
};
