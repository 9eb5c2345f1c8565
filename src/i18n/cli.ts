/**
 * Indonesian texts of the command line (`hitung-capaian`): help, usage errors, progress, summary,
 * the detection report (--jelaskan) and the consolidation workbook (rekap-capaian.xlsx).
 */
import type { ColumnRole, ColumnRoleKind, Quarter, Stage } from "../domain/types";
import { formatNumber } from "./numbers";

export const PROGRAM_NAME = "hitung-capaian";
export const REKAP_FILE_NAME = "rekap-capaian.xlsx";
export const SEE_HELP = `Lihat ${PROGRAM_NAME} --help.`;

export const HELP_TEXT = `Penggunaan: ${PROGRAM_NAME} [opsi] [BERKAS.xlsx ...]

Menghitung capaian kinerja dan keuangan perangkat daerah dari buku kerja Excel (.xlsx).
Untuk setiap berkas ditulis salinan buku kerja beserta lembar Capaian, Predikat, Ringkasan
dan Temuan; berkas masukan tidak pernah diubah.

Opsi:
  -t, --triwulan N      triwulan 1-4 (bawaan: triwulan terakhir yang sudah ada realisasinya)
  -o, --out FILE        buku kerja keluaran: salinan masukan ditambah lembar hasil
                        (bawaan: <masukan>-capaian.xlsx di folder yang sama dengan masukan;
                        hanya untuk satu berkas masukan)
      --json FILE       tulis laporan JSON (gunakan - untuk keluaran standar; hanya untuk
                        satu berkas masukan)
      --skala NAME      skala predikat: sakip (bawaan) | permendagri86
      --rata-rata MODE  rata-rata kegiatan atas sub kegiatan: bertarget (bawaan) | semua
      --mapping FILE    pemetaan kolom (JSON, seperti disimpan add-in) sebagai ganti deteksi
      --jelaskan        tampilkan hasil pengenalan tabel: lembar, baris judul, arti kolom,
                        jumlah baris per tingkat dan asumsi yang dipakai
  -q, --quiet           tanpa keterangan proses
  -h, --help            tampilkan bantuan ini
      --version         tampilkan versi

Tanpa BERKAS, perintah dijalankan pada buku kerja contoh bawaan
(samples/contoh-dinas-2024.xlsx); hasilnya ditulis ke folder kerja saat ini.

Beberapa berkas: semua berkas dibaca dan dihitung lebih dulu. Bila ada berkas yang tidak dapat
dibaca, setiap masalah dilaporkan dan TIDAK ADA berkas yang ditulis (kode keluar 2). Bila semua
berhasil, hasil setiap berkas ditulis, lalu buku kerja rekap "${REKAP_FILE_NAME}" (satu baris per
berkas: pagu, realisasi, % serapan, rata-rata % capaian kinerja program, predikat, jumlah temuan)
ditulis di folder kerja saat ini.

Semua keluaran satu kali jalan (buku kerja hasil, JSON, rekap) diperiksa lebih dulu, ditulis ke
berkas sementara, lalu diganti namanya bersama-sama: semua atau tidak sama sekali. Bila dihentikan
(Ctrl+C), berkas sementara dihapus.

Batas (lebih dari itu: satu kalimat penjelasan, kode keluar 2): berkas masukan paling besar
500 MB; isi buku kerja setelah dibuka paling besar 500 MB; paling banyak 2.000.000 sel terisi.

Keluaran: keterangan proses ke standard error; ringkasan hasil ke standard output (dengan
--json - hanya JSON yang ditulis ke standard output dan ringkasan pindah ke standard error).

Kode keluar:
  0  selesai (temuan tidak mengubah kode ini)
  1  kesalahan tak terduga (rincian dengan variabel lingkungan CAPAIAN_DEBUG=1)
  2  penggunaan salah, berkas masukan tidak dapat dibaca atau terlalu besar, atau keluaran
     tidak dapat ditulis (tidak ada yang ditulis)

Contoh:
  ${PROGRAM_NAME} --triwulan 2 renja-dinkes-2024.xlsx
  ${PROGRAM_NAME} -t 3 --json - dinas.xlsx > laporan.json
  ${PROGRAM_NAME} --skala permendagri86 dinas-a.xlsx dinas-b.xlsx
`;

/** Usage errors (exit code 2). Each is one sentence; the caller appends SEE_HELP. */
export const USAGE = {
  unknownOption: (raw: string) => `Opsi tidak dikenal: ${raw}.`,
  missingValue: (raw: string, what: string) => `Opsi ${raw} memerlukan ${what}.`,
  noValueAllowed: (raw: string) => `Opsi ${raw} tidak menerima nilai.`,
  badQuarter: (raw: string, value: string) => `Nilai ${raw} harus 1, 2, 3 atau 4, bukan "${value}".`,
  badScale: (value: string) => `Skala predikat "${value}" tidak dikenal; pilih sakip atau permendagri86.`,
  badAverage: (value: string) => `Mode rata-rata "${value}" tidak dikenal; pilih bertarget atau semua.`,
  outWithSeveral: (n: number) =>
    `Opsi -o/--out hanya dapat dipakai dengan satu berkas masukan (diberikan ${n} berkas).`,
  jsonWithSeveral: (n: number) => `Opsi --json hanya dapat dipakai dengan satu berkas masukan (diberikan ${n} berkas).`,
  emptyValue: (raw: string) => `Nilai opsi ${raw} tidak boleh kosong.`,
  duplicateInput: (file: string) => `Berkas "${file}" disebut lebih dari sekali.`,
  outputIsInput: (out: string) =>
    `Berkas keluaran "${out}" sama dengan sebuah berkas masukan; berkas masukan tidak pernah ditimpa.`,
  outputClash: (out: string) => `Dua berkas masukan akan menghasilkan berkas keluaran yang sama ("${out}").`,
  outDirMissing: (dir: string) => `Folder keluaran "${dir}" tidak ada; buat foldernya dulu atau pilih letak lain.`,
  outNotXlsx: (out: string) => `Berkas keluaran "${out}" harus berakhiran .xlsx.`,
  sampleMissing: (p: string) =>
    `Buku kerja contoh bawaan tidak ditemukan (${p}). Sebutkan berkas .xlsx yang akan dihitung.`,
} as const;

/** What a missing value is, per option (for USAGE.missingValue). */
export const VALUE_NAMES = {
  quarter: "nomor triwulan (1-4)",
  file: "nama berkas",
  scale: "nama skala (sakip atau permendagri86)",
  average: "mode (bertarget atau semua)",
} as const;

/** The --mapping file (the reason of a refused mapping: i18n/mapping.ts). */
export const MAPPING_ERRORS = {
  unreadable: (file: string, why: string) => `Berkas pemetaan "${file}" tidak dapat dibaca (${why}).`,
  unreadableWhy: {
    missing: "berkas tidak ditemukan",
    folder: "itu sebuah folder",
    denied: "tidak ada izin membaca",
    loop: "tautan simbolik yang berputar",
    system: (code: string | undefined) => `kesalahan sistem ${code ?? "tidak diketahui"}`,
  },
  notJson: (file: string, why: string) => `Berkas pemetaan "${file}" bukan JSON yang sah (${why}).`,
  notJsonWhy: {
    /** 1-based character position of the JSON parser's complaint. */
    at: (n: number) => `kesalahan tulis di sekitar karakter ke-${n}`,
    other: "isinya bukan JSON",
  },
  badShape: (file: string, why: string) =>
    `Berkas pemetaan "${file}" tidak sesuai format pemetaan kolom (${why}); simpan ulang pemetaan dari add-in.`,
} as const;

export const PROGRESS = {
  sample: (p: string) => `Tanpa berkas masukan: menjalankan pada buku kerja contoh bawaan ${p}.`,
  reading: (file: string) => `Membaca ${file} …`,
  stage: {
    membaca: "membaca buku kerja",
    mengenali: "mengenali tabel",
    menghitung: "menghitung capaian",
    memeriksa: "memeriksa konsistensi",
    menulis: "menulis hasil",
  } satisfies Record<Stage, string>,
  writing: (file: string) => `Menulis ${file} …`,
  writtenJson: (file: string) => `Laporan JSON ditulis ke ${file}.`,
  /** The message already names the file in quotes (input errors do): not a second time. */
  failedFile: (file: string, message: string) => (message.includes(`"${file}"`) ? message : `${file}: ${message}`),
  nothingWritten: (failed: number, total: number) =>
    `${failed} dari ${total} berkas tidak dapat dibaca; tidak ada berkas yang ditulis.`,
  unexpected: (message: string) => `Kesalahan tak terduga: ${message}`,
  debugHint: "Jalankan lagi dengan CAPAIAN_DEBUG=1 untuk melihat rincian teknis.",
} as const;

export const ROMAN: Record<Quarter, string> = { 1: "I", 2: "II", 3: "III", 4: "IV" };

export const SUMMARY = {
  heading: (agency: string | null, year: number | null, quarter: Quarter) =>
    [
      agency ?? "Perangkat daerah tidak diketahui",
      year != null ? `Tahun ${year}` : null,
      `s.d. Triwulan ${ROMAN[quarter]}`,
    ]
      .filter((s): s is string => s != null)
      .join(" — "),
  file: "Berkas",
  budget: "Pagu",
  spent: "Realisasi",
  absorption: "Serapan",
  remaining: "Sisa",
  counts: (p: number, a: number, s: number) => `${p} program, ${a} kegiatan, ${s} sub kegiatan`,
  programs: (scaleName: string) => `Capaian kinerja program — predikat menurut ${scaleName}:`,
  noPrograms: "Tidak ada baris program.",
  morePrograms: (n: number) => `  … dan ${n} program lainnya (lihat lembar Predikat pada berkas hasil).`,
  findings: (e: number, w: number, i: number) => `Temuan: ${e} galat, ${w} peringatan, ${i} info.`,
  findingsNone: "Temuan: tidak ada.",
  output: (p: string) => `Hasil ditulis ke: ${p}`,
  json: (p: string) => `Laporan JSON: ${p}`,
  rekap: (p: string, n: number) => `Rekap ${n} berkas ditulis ke: ${p}`,
} as const;

export const EXPLAIN = {
  heading: (file: string) => `Pengenalan tabel — ${file}`,
  identity: (agency: string | null, year: number | null, quarter: Quarter | null) =>
    `Perangkat daerah: ${agency ?? "(tidak ditemukan)"}; tahun: ${year ?? "(tidak ditemukan)"}; ` +
    `triwulan tertulis: ${quarter != null ? ROMAN[quarter] : "(tidak ditemukan)"}.`,
  noTables: "Tidak ada tabel yang dikenali.",
  table: (sheet: string, kind: "plan" | "keyIndicators", layout: string) =>
    `Lembar "${sheet}": ${kind === "plan" ? "tabel rencana aksi/kinerja" : "tabel indikator kinerja utama (IKU)"}, tata letak ${layout}`,
  headerRows: (first: number, last: number) =>
    first === last ? `baris judul: ${first}` : `baris judul: ${first}–${last}`,
  dataRows: (first: number, last: number) => `baris data: ${first}–${last}`,
  columns: "Arti kolom:",
  rowCounts: (c: { group: number; program: number; activity: number; subactivity: number; total: number }) =>
    `Jumlah baris: ${c.program} program, ${c.activity} kegiatan, ${c.subactivity} sub kegiatan` +
    (c.group ? `, ${c.group} kelompok` : "") +
    (c.total ? `, ${c.total} baris jumlah` : "") +
    ".",
  thousands: (scale: number) =>
    `Angka rupiah ditulis dalam ribuan: semua nilai dikalikan ${formatNumber(scale)} (dilaporkan dalam rupiah penuh).`,
  period: (month: string, source: string) =>
    `Realisasi pada tabel ini adalah realisasi bulan ${month} saja (menurut ${source}), bukan s.d. bulan itu.`,
  copies: (sheets: string[]) => `Salinan tabel ini (dihitung sekali): ${sheets.map((s) => `"${s}"`).join(", ")}.`,
  assumptions: "Asumsi:",
  skipped: "Lembar yang dilewati:",
} as const;

/** A cumulative column that names no quarter: to date for whichever quarter is computed. */
const UNDATED_TO_DATE = " triwulan yang dihitung (kolom tidak menyebut triwulan)";

/** " TW II" for a quarter; nothing for none, or for quarter 0 (a cumulative column that names no quarter, "Realisasi s.d."). */
const quarterSuffix = (n: Quarter | null) => (n == null || ROMAN[n] === undefined ? "" : ` TW ${ROMAN[n]}`);

/**
 * Indonesian label of each column meaning (--jelaskan), one per kind of the catalog
 * (domain/layout/roles.ts): a kind without its label does not compile.
 */
const ROLE_LABELS: { [K in ColumnRoleKind]: (role: Extract<ColumnRole, { kind: K }>) => string } = {
  code: () => "Kode",
  agency: () => "Perangkat daerah (SKPD/OPD)",
  name: () => "Uraian (program/kegiatan/sub kegiatan)",
  level: () => "Tingkat",
  indicator: () => "Indikator",
  unit: () => "Satuan",
  annualTarget: () => "Target tahunan",
  quarterTarget: (role) => `Target${quarterSuffix(role.quarter)}`,
  quarterRealization: (role) => `Realisasi kinerja${quarterSuffix(role.quarter)}`,
  realizationToDate: (role) => `Realisasi kinerja s.d.${quarterSuffix(role.quarter) || UNDATED_TO_DATE}`,
  budget: () => "Pagu anggaran",
  spentQuarter: (role) => `Realisasi keuangan${quarterSuffix(role.quarter)}`,
  spentToDate: (role) => `Realisasi keuangan s.d.${quarterSuffix(role.quarter) || UNDATED_TO_DATE}`,
  statedPerformancePct: (role) => `% capaian kinerja tertulis${quarterSuffix(role.quarter)}`,
  statedBudgetPct: (role) => `% capaian keuangan tertulis${quarterSuffix(role.quarter)}`,
  accumulation: () => "Sifat (kumulatif / non kumulatif)",
  polarity: () => "Polaritas",
  numerator: () => "Pembilang",
  denominator: () => "Penyebut",
  realization: () => "Realisasi",
  objective: () => "Sasaran",
  notes: () => "Keterangan",
  extra: (role) => `Kolom tambahan (${role.label})`,
};

/** Indonesian label of a detected column meaning. */
export function roleLabel(role: ColumnRole): string {
  return (ROLE_LABELS[role.kind] as (r: ColumnRole) => string)(role);
}

export const REKAP = {
  sheetName: "Rekap Capaian",
  title: "Rekap Capaian Kinerja dan Keuangan",
  columns: {
    file: "Berkas",
    agency: "Perangkat Daerah",
    year: "Tahun",
    quarter: "Triwulan",
    programs: "Program",
    activities: "Kegiatan",
    subactivities: "Sub Kegiatan",
    budget: "Pagu (Rp)",
    spent: "Realisasi (Rp)",
    absorption: "% Serapan",
    performance: "Rata-rata % Capaian Kinerja Program",
    predicate: (scaleName: string) => `Predikat — ${scaleName}`,
    errors: "Galat",
    warnings: "Peringatan",
    infos: "Info",
  },
  total: "Jumlah",
} as const;

/**
 * Paths and system errors (src/cli/paths.ts): one sentence naming the real cause and the action.
 * No library or system text is appended (the code, e.g. ENOSPC, only when nothing better is known).
 */
export const PATHS = {
  outIsFolder: (p: string) =>
    `"${p}" adalah sebuah folder, sehingga berkas keluaran tidak dapat ditulis dengan nama itu; pilih nama berkas lain (opsi -o atau --json).`,
  outDirNotWritable: (dir: string) =>
    `Folder "${dir}" tidak boleh ditulisi (tidak ada izin menulis atau hanya-baca); pilih folder lain dengan opsi -o, atau minta izin menulis.`,
  outFileReadOnly: (p: string) =>
    `Berkas "${p}" sudah ada dan tidak boleh ditimpa (hanya-baca atau tidak ada izin); tutup berkas itu di Excel atau pilih nama lain dengan opsi -o.`,
  outNotRegular: (p: string) =>
    `"${p}" bukan berkas biasa (misalnya perangkat atau pipa), sehingga keluaran tidak ditulis ke sana; pilih nama berkas .xlsx biasa.`,
  /** -o and --json name the same file. */
  jsonIsOutput: (p: string) =>
    `Opsi -o dan --json menunjuk ke berkas yang sama ("${p}"); beri nama yang berbeda untuk buku kerja hasil dan laporan JSON.`,
  nameTooLong: (p: string) =>
    `Nama atau jalur berkas "${p}" terlalu panjang untuk sistem berkas; pakai nama berkas yang lebih pendek atau folder yang lebih dekat.`,
  noSpace: (p: string) =>
    `Ruang disk tidak cukup untuk menulis "${p}"; kosongkan sebagian ruang disk atau pilih folder lain, lalu coba lagi. Tidak ada berkas yang ditulis.`,
  symlinkLoop: (p: string) =>
    `Jalur "${p}" berisi tautan simbolik yang berputar (menunjuk kembali ke dirinya); perbaiki tautan itu atau pakai jalur berkas yang sebenarnya.`,
  notDir: (p: string) => `Sebagian dari jalur "${p}" bukan folder; periksa penulisan jalurnya.`,
  readOnlyFs: (p: string) => `"${p}" berada pada media yang hanya dapat dibaca; pilih folder lain dengan opsi -o.`,
  tooManyOpen: (p: string) =>
    `Terlalu banyak berkas terbuka saat menulis "${p}"; tutup beberapa program lalu coba lagi.`,
  io: (p: string) =>
    `Terjadi kesalahan baca/tulis pada disk saat menangani "${p}"; periksa disk atau media penyimpanan, lalu coba lagi.`,
  other: (p: string, code: string) =>
    `Berkas "${p}" tidak dapat ditulis karena kesalahan sistem (kode ${code}); periksa folder, izin dan ruang disk, lalu coba lagi.`,
  /** After a write failure in a run with several outputs. */
  nothingWritten: "Tidak ada berkas keluaran yang ditulis (semua atau tidak sama sekali).",
  interrupted: "Dihentikan; berkas sementara sudah dihapus dan tidak ada berkas keluaran yang setengah jadi.",
};
