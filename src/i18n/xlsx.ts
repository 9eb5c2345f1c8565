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
  | "too-many-entries"
  | "too-many-cells"
  | "corrupt-xlsx"
  | "not-regular"
  | "symlink-loop"
  | "name-too-long"
  | "file-too-big";

export interface InputErrorDetail {
  /** File name or path as the user gave it (may be undefined for a Buffer). */
  file?: string;
  /** Extra technical detail (e.g. the underlying library message). */
  detail?: string;
  /** Limits for "too-large". */
  limitMb?: number;
  sizeMb?: number;
  /** Counts for "too-many-entries" / "too-many-cells". */
  count?: number;
  limit?: number;
  /** Sheet for "too-many-cells". */
  sheet?: string;
}

/** 1234567 → "1.234.567" (Indonesian grouping, no locale data needed). */
function n0(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
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
    "Unduh/salin ulang berkas, atau buka di Excel dan simpan ulang sebagai .xlsx, lalu coba lagi.",
  "too-large": (d) =>
    d.detail === "ratio"
      ? `${name(d)} tidak diproses: isinya terlalu besar dibandingkan berkasnya (sekitar ${d.sizeMb ?? "?"} MB setelah dibuka dari berkas yang jauh lebih kecil), pemadatan tidak wajar yang menjadi ciri "bom zip". ` +
        "Jika berkas ini memang buku kerja Anda, buka di Excel, simpan ulang sebagai .xlsx, lalu coba lagi."
      : d.detail === "inflated"
        ? `${name(d)} terlalu besar untuk diproses: isinya setelah dibuka lebih dari ${d.limitMb ?? "?"} MB (batasnya ${d.limitMb ?? "?"} MB), walaupun berkasnya sendiri kecil. ` +
          "Hapus lembar yang tidak diperlukan atau baris/kolom kosong yang berformat, atau bagi buku kerja menjadi beberapa berkas, lalu coba lagi."
        : `${name(d)} terlalu besar untuk diproses: isinya setelah dibuka sekitar ${d.sizeMb ?? "?"} MB, sedangkan batasnya ${d.limitMb ?? "?"} MB. ` +
          "Hapus lembar yang tidak diperlukan atau baris/kolom kosong yang berformat, atau bagi buku kerja menjadi beberapa berkas, lalu coba lagi.",
  "too-many-entries": (d) =>
    `${name(d)} berisi terlalu banyak bagian di dalamnya (${n0(d.count ?? 0)}, batasnya ${n0(d.limit ?? 0)}), jauh lebih banyak daripada buku kerja biasa. ` +
    "Buka berkas di Excel, simpan ulang sebagai .xlsx, lalu coba lagi.",
  "too-many-cells": (d) =>
    `${name(d)} terlalu besar untuk diproses: lembar "${d.sheet ?? "?"}" berisi sekitar ${n0(d.count ?? 0)} sel terisi, sedangkan batasnya ${n0(d.limit ?? 0)}. ` +
    "Hapus isi di luar tabel (sel-sel lepas jauh di kanan atau di bawah) atau bagi buku kerja menjadi beberapa berkas, lalu coba lagi.",
  "not-regular": (d) =>
    `${name(d)} bukan berkas biasa (misalnya pipa, soket atau perangkat seperti /dev/zero), sehingga tidak dibaca. Pilih berkas .xlsx yang tersimpan di disk.`,
  "symlink-loop": (d) =>
    `${name(d)} adalah tautan simbolik yang berputar (menunjuk kembali ke dirinya). Perbaiki tautan itu atau pilih berkas .xlsx yang sebenarnya.`,
  "name-too-long": (d) =>
    `Nama atau jalur berkas ${name(d)} terlalu panjang untuk sistem berkas. Ganti nama berkas atau pindahkan ke folder yang lebih dekat, lalu coba lagi.`,
  "file-too-big": (d) =>
    `${name(d)} terlalu besar untuk diproses (sekitar ${n0(d.sizeMb ?? 0)} MB, batasnya ${n0(d.limitMb ?? 0)} MB). ` +
    "Hapus lembar yang tidak diperlukan atau bagi buku kerja menjadi beberapa berkas, lalu coba lagi.",
  "corrupt-xlsx": (d) =>
    `${name(d)} tidak dapat dibaca sebagai buku kerja Excel: bagian dalamnya tidak seperti yang ditulis Excel (berkas rusak, atau disimpan oleh program lain dengan cara yang tidak biasa). ` +
    `Buka berkas di Excel lalu simpan ulang sebagai Excel Workbook (.xlsx), kemudian coba lagi.`,
};

/** Texts written by writeSheets. */
export const XLSX_TEXT = {
  /** Written above the chart data table: ExcelJS cannot write charts. */
  /** Suffix pattern for a sheet name that is already taken by a user's sheet. */
  renamed: (base: string, n: number) => `${base} (${n})`,
};
