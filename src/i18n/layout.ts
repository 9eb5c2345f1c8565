/** Indonesian texts of table detection (layouts.md). */
export const layoutText = {
  noTable: (sheets: string[]) =>
    `Tidak ditemukan tabel capaian yang dikenali pada lembar ${sheets.map((s) => `"${s}"`).join(", ")}. ` +
    `Yang dicari: baris judul kolom berisi antara lain "Kode"/"No", "Program/Kegiatan/Sub Kegiatan" atau "Uraian", ` +
    `"Indikator", "Satuan", "Target", "Realisasi TW I–IV", "Pagu Anggaran", "Realisasi Keuangan". ` +
    `Periksa judul kolom, atau tentukan pemetaan kolom (panel "Pemetaan kolom" atau berkas --mapping).`,
  noSheets: "Workbook ini tidak berisi lembar kerja.",
  headersOnly: (sheet: string, first: number, last: number) =>
    `Tabel di lembar "${sheet}" (judul kolom pada baris ${first}–${last}) belum berisi baris data. ` +
    `Isi program, kegiatan dan sub kegiatan beserta target dan realisasinya di bawah judul kolom, lalu coba lagi.`,
  assumed: (what: string) =>
    `Asumsi pengenalan tabel: ${what} Jika keliru, ubah lewat "Pemetaan kolom" (atau --mapping).`,
  sheetSkipped: (sheet: string) =>
    `Lembar "${sheet}" dilewati: tidak ada tabel target/realisasi yang dikenali di dalamnya.`,
  sheetSkippedReason: "tidak ada tabel target/realisasi yang dikenali",
  outputSheetSkipped: "lembar hasil Capaian dari perhitungan sebelumnya",
  quarterSheets: (used: string, others: string[]) =>
    `Tabel yang sama ada di lembar per triwulan (${others.map((s) => `"${s}"`).join(", ")}); yang dihitung adalah lembar "${used}".`,
  copyOf: (copies: string[], original: string) =>
    `Lembar ${copies.map((s) => `"${s}"`).join(", ")} berisi salinan tabel di lembar "${original}" ` +
    `(kode dan angka yang sama). Tabel itu dihitung satu kali saja; salinannya tidak dijumlahkan.`,
  quarterAssumed: (header: string, q: number, why: string) =>
    `Kolom "${header}" tidak menyebut triwulan; dianggap s.d. triwulan ${q} (${why}).`,
  whyTitle: "menurut judul lembar",
  whyColumns: "triwulan terakhir pada kolom lain",
  quarterCurrent: (header: string) =>
    `Kolom "${header}" tidak menyebut triwulan; nilainya dianggap realisasi s.d. triwulan yang dihitung.`,
  noNameColumn: "Tidak ada kolom nama program/kegiatan; nama diambil dari kolom indikator atau kode.",
  headerYear: (header: string, year: number, reportYear: number) =>
    `Judul kolom "${header}" menyebut tahun ${year}, padahal laporan untuk tahun ${reportYear}. ` +
    `Periksa apakah target yang dipakai adalah target tahun berjalan.`,
  mappingInvalid: (items: string[]) =>
    `Pemetaan kolom tidak dapat dipakai: ${items.join("; ")}. Periksa huruf kolom dan nama perannya.`,
};
