/** Size limits shared by the hosts (add-in pane, web page): what is too large and what to do. */

/** 1234567 → "1.234.567". */
function n0(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

export const LIMIT_TEXT = {
  /** The used range of a sheet (rows × columns, empty cells included) is over the limit. */
  usedRangeTooLarge: (sheet: string, rows: number, cols: number, limit: number) =>
    `Lembar "${sheet}" terlalu besar untuk dibaca: rentang terpakainya ${n0(rows)} baris × ${n0(cols)} kolom ` +
    `(${n0(rows * cols)} sel, batasnya ${n0(limit)}). Hapus isi atau format di luar tabel (sel-sel lepas jauh di kanan atau di bawah), ` +
    "atau pindahkan tabel ke buku kerja baru, lalu coba lagi.",
  /** The web page's worker ran out of memory or was stopped at its limit. */
  workerStopped:
    "Berkas ini terlalu besar atau terlalu rumit untuk diproses di halaman ini, sehingga pemrosesan dihentikan. " +
    "Hapus lembar yang tidak diperlukan atau bagi buku kerja menjadi beberapa berkas, lalu coba lagi.",
};
