/**
 * Every text of the task pane (Excel add-in and web page), in Bahasa Indonesia.
 * One object of type `UiText`, so that another language is one more file of the same type.
 * Sheet names and texts written into the workbook live in ./report.ts, not here.
 */
import type { AverageOver, ColumnRoleKind, PredicateScaleId, Quarter, Severity, Stage } from "../domain/types";

const ROMAN: Record<Quarter, string> = { 1: "I", 2: "II", 3: "III", 4: "IV" };
const ROMAN_NAME: Record<Quarter, string> = { 1: "Triwulan I", 2: "Triwulan II", 3: "Triwulan III", 4: "Triwulan IV" };

export const UI_ID = {
  appTitle: "Capaian Kinerja dan Keuangan",
  appIntro:
    "Menghitung capaian kinerja dan keuangan dari workbook ini, memeriksa konsistensinya, lalu menulis lembar Capaian, Predikat, Ringkasan, Temuan dan Narasi.",
  loadingSettings: "Memuat pengaturan yang tersimpan…",

  noHost: {
    title: "Panel ini belum terhubung ke workbook",
    body: "Buka panel ini dari Excel (tab Beranda → Hitung Capaian) dengan workbook laporan Anda terbuka.",
    webAlternative:
      "Tanpa Excel desktop atau Excel untuk web? Gunakan halaman web Capaian: pilih berkas .xlsx dari komputer Anda; berkas diolah di peramban ini saja dan hasilnya diunduh sebagai berkas baru.",
    webLink: "Buka halaman web Capaian",
  },

  /** The stand-alone web page (src/web/): file choice, download, cell excerpts. */
  web: {
    pageTitle: "Capaian — halaman web",
    intro:
      "Pilih workbook rencana aksi / evaluasi Renja (.xlsx). Berkas diolah di peramban ini saja dan tidak dikirim ke mana pun; hasilnya diunduh sebagai berkas baru berisi lembar Capaian, Predikat, Ringkasan, Temuan dan Narasi.",
    chooseButton: "Pilih berkas .xlsx",
    chooseAnother: "Pilih berkas lain",
    inputLabel: "Berkas workbook (.xlsx)",
    dropHint: "atau seret berkas .xlsx ke sini",
    dropActive: "Lepaskan berkas untuk memilihnya",
    fileLabel: "Berkas:",
    checking: "Memeriksa berkas…",
    onlyFirst: (n: number) => `${n} berkas dilepas; hanya yang pertama dipakai.`,
    rejectedTitle: "Berkas tidak dapat dipakai",
    downloadTitle: "Berkas hasil",
    downloaded: (name: string) => `${name} sudah dibuat dan diunduh.`,
    downloadAgain: (name: string) => `Unduh ${name} lagi`,
    unreadable: (name: string) =>
      `Berkas "${name}" tidak dapat dibaca lagi (mungkin sudah diubah, dipindahkan atau dihapus sejak dipilih). Pilih berkasnya sekali lagi.`,
    privacy: "Tidak ada data yang keluar dari komputer ini.",
    settingsNote: "Pengaturan disimpan di peramban ini; pemetaan kolom disimpan per nama berkas.",
    contextLabel: (address: string) => `Sel di sekitar ${address}`,
    contextMissing: "Lembar atau sel ini tidak ada pada data yang dibaca.",
    contextFlagged: "sel yang dimaksud",
  },

  quarter: {
    label: "Triwulan",
    hint: "Capaian dihitung sampai dengan (s.d.) triwulan ini.",
    auto: "Otomatis (triwulan terakhir yang terisi)",
    autoWithLast: (q: Quarter) => `Otomatis (terakhir: Triwulan ${ROMAN[q]})`,
    name: (q: Quarter) => `Triwulan ${ROMAN[q]}`,
    roman: (q: Quarter) => ROMAN[q],
    used: (q: Quarter, auto: boolean) =>
      `Dihitung s.d. Triwulan ${ROMAN[q]}${auto ? " (dipilih otomatis: triwulan terakhir yang terisi)" : ""}`,
  },

  run: {
    button: "Hitung Capaian",
    running: "Sedang menghitung…",
    mappingButton: "Pemetaan kolom",
    hideMappingButton: "Tutup pemetaan kolom",
    usingMapping: "Memakai pemetaan kolom yang tersimpan.",
  },

  settings: {
    title: "Pengaturan",
    scaleLabel: "Skala predikat",
    scales: {
      sakip: "SAKIP (PermenPAN-RB 88/2021) — Sangat Memuaskan … Sangat Kurang",
      permendagri86: "Permendagri 86/2017 (evaluasi Renja, Form E.81) — Sangat Tinggi … Sangat Rendah",
    } as Record<PredicateScaleId, string>,
    averageLabel: "Rata-rata capaian kegiatan dihitung dari",
    averages: {
      targeted: "Sub kegiatan yang sudah bertarget s.d. triwulan ini (bawaan)",
      all: "Semua sub kegiatan yang punya target tahunan",
    } as Record<AverageOver, string>,
    saved: "Pengaturan disimpan bersama workbook.",
  },

  scaleShort: {
    sakip: "SAKIP",
    permendagri86: "Permendagri 86/2017",
  } as Record<PredicateScaleId, string>,

  stages: {
    membaca: "Membaca workbook",
    mengenali: "Mengenali tabel",
    menghitung: "Menghitung",
    memeriksa: "Memeriksa",
    menulis: "Menulis hasil",
  } as Record<Stage, string>,
  progress: {
    label: "Kemajuan",
    stageOf: (n: number, total: number, name: string) => `Tahap ${n} dari ${total}: ${name}…`,
    done: "Selesai",
    current: "sedang berjalan",
    pending: "menunggu",
    finished: "selesai",
    failed: "gagal",
    failedAt: (stage: string) => `Gagal pada tahap ${stage}.`,
    announceDone: (q: Quarter, findings: number) =>
      `Selesai. Capaian s.d. Triwulan ${ROMAN[q]} sudah dihitung; ${findings} temuan.`,
    announceFailed: "Perhitungan gagal. Lihat pesan kesalahan.",
  },

  summary: {
    title: "Ringkasan hasil",
    agency: "Perangkat daerah",
    year: "Tahun",
    budget: "Pagu",
    spent: "Realisasi",
    budgetPct: "% Serapan",
    remaining: "Sisa",
    programsTitle: "Capaian per program",
    program: "Program",
    performancePct: "% Capaian kinerja",
    budgetPctShort: "% Serapan",
    predicate: "Predikat",
    scaleUsed: (scale: string) => `Skala predikat: ${scale}`,
    noPrograms: "Tidak ada baris program yang dikenali.",
    counts: (p: number, a: number, s: number) => `${p} program · ${a} kegiatan · ${s} sub kegiatan`,
    findingsTitle: "Temuan",
    noFindings: "Tidak ada temuan. Angka-angka konsisten.",
    empty: "–",
    writtenExcel: "Hasil ditulis ke lembar Capaian, Predikat, Ringkasan, Temuan dan Narasi.",
    writtenWeb: "Berkas hasil sudah dibuat untuk diunduh.",
    notWritten: "Ringkasan ini belum tersimpan di workbook.",
    previousKept: "Hasil perhitungan sebelumnya tetap ditampilkan di bawah.",
  },

  copy: {
    title: "Salin ke laporan (Word)",
    intro: "Salin tabel capaian atau narasi satu program, lalu tempel di dokumen laporan.",
    table: "Salin tabel",
    narrative: "Salin narasi",
    tableLabel: (title: string) => `Salin tabel: ${title}`,
    narrativeLabel: (title: string) => `Salin narasi: ${title}`,
    copiedTable: (title: string) => `Tabel disalin: ${title}. Tempel di Word dengan Ctrl+V.`,
    copiedNarrative: (title: string) => `Narasi disalin: ${title}. Tempel di Word dengan Ctrl+V.`,
    failed: "Tidak dapat menyalin ke papan klip di sini. Salin dari lembar Capaian atau Narasi.",
  },

  severity: {
    error: "Galat",
    warning: "Peringatan",
    info: "Info",
  } as Record<Severity, string>,
  severityPlural: {
    error: "Galat",
    warning: "Peringatan",
    info: "Info",
  } as Record<Severity, string>,

  findings: {
    title: "Daftar temuan",
    filterLabel: "Tampilkan",
    all: (n: number) => `Semua (${n})`,
    only: (label: string, n: number) => `${label} (${n})`,
    none: "Tidak ada temuan untuk pilihan ini.",
    goTo: (sheet: string, cell: string) => `Buka sel ${sheet}!${cell}`,
    itemLabel: (severity: string, address: string, message: string) => `${severity}, ${address}: ${message}`,
    webHint: "Buka workbook asli di Excel untuk melihat sel yang dimaksud.",
    excelHint: "Pilih temuan (klik atau Enter) untuk membuka selnya di workbook.",
    showMore: (n: number) => `Tampilkan ${n} temuan lagi`,
    stated: "tertulis",
    computed: "hasil hitung",
  },

  mapping: {
    title: "Pemetaan kolom",
    intro:
      "Tentukan arti setiap kolom jika deteksi otomatis keliru atau ragu. Pemetaan disimpan (di workbook bila dari Excel, di peramban ini bila dari halaman web) dan dipakai pada perhitungan berikutnya.",
    unsureTitle: "Deteksi tabel belum yakin",
    unsureBody: "Periksa asumsi di bawah dan perbaiki pemetaan kolom bila perlu.",
    noTableBody:
      "Tabel belum ditemukan. Pilih lembar tabelnya, isi baris judul dan baris data, lalu tentukan arti kolom-kolomnya.",
    table: (sheet: string) => `Lembar ${sheet}`,
    kind: "Jenis tabel",
    kinds: { plan: "Program/kegiatan/sub kegiatan", keyIndicators: "Indikator Kinerja Utama (IKU)" },
    sheet: "Lembar",
    headerFirst: "Baris judul pertama",
    headerLast: "Baris judul terakhir",
    dataFirst: "Baris data pertama",
    dataLast: "Baris data terakhir (kosongkan = sampai akhir)",
    assumptions: "Asumsi deteksi",
    colLetter: "Kolom",
    colHeader: "Judul kolom",
    colRole: "Arti",
    colQuarter: "Triwulan",
    roleFor: (letter: string) => `Arti kolom ${letter}`,
    quarterFor: (letter: string) => `Triwulan kolom ${letter}`,
    quarterAny: "Tidak tertentu",
    /** An open quarter, with the one the last result used for it. */
    quarterAnyWas: (q: Quarter) => `Triwulan lembar (hasil terakhir: ${ROMAN_NAME[q]})`,
    addTable: "Tambah tabel",
    addTableSheet: "Lembar untuk tabel baru",
    removeTable: "Hapus tabel ini",
    save: "Simpan pemetaan",
    clear: "Hapus pemetaan (kembali ke deteksi otomatis)",
    saved: "Pemetaan disimpan. Tekan Hitung Capaian untuk memakainya.",
    cleared: "Pemetaan dihapus. Perhitungan berikutnya memakai deteksi otomatis.",
    noTables: "Belum ada tabel. Jalankan Hitung Capaian sekali, atau tambah tabel secara manual.",
    needName: (sheet: string) => `Tabel di lembar ${sheet} belum punya kolom nama (Program/Kegiatan/Sub Kegiatan).`,
    duplicateRole: (sheet: string, role: string, letters: string) =>
      `Di lembar ${sheet}, arti “${role}” dipakai lebih dari satu kolom (${letters}).`,
    badRows: (sheet: string) => `Di lembar ${sheet}, nomor baris judul dan baris data belum benar.`,
  },

  roles: {
    none: "(tidak dipakai)",
    code: "Kode",
    name: "Nama program/kegiatan/sub kegiatan",
    level: "Tingkat (program/kegiatan/sub kegiatan)",
    indicator: "Indikator kinerja",
    unit: "Satuan",
    annualTarget: "Target tahunan",
    quarterTarget: "Target triwulan",
    quarterRealization: "Realisasi kinerja triwulan",
    realizationToDate: "Realisasi kinerja s.d. triwulan",
    budget: "Pagu anggaran",
    spentQuarter: "Realisasi keuangan triwulan",
    spentToDate: "Realisasi keuangan s.d. triwulan",
    statedPerformancePct: "% Capaian kinerja (tertulis)",
    statedBudgetPct: "% Capaian keuangan / serapan (tertulis)",
    accumulation: "Sifat (kumulatif / non kumulatif)",
    polarity: "Polaritas (positif / negatif)",
    numerator: "Pembilang (IKU)",
    denominator: "Penyebut (IKU)",
    realization: "Realisasi (IKU)",
    objective: "Sasaran strategis",
    notes: "Keterangan",
    agency: "Perangkat daerah (SKPD/OPD)",
    extra: "Kolom tambahan (dibawa apa adanya)",
  } satisfies Record<ColumnRoleKind | "none", string>,

  errors: {
    title: "Perhitungan tidak dapat diselesaikan",
    hostTitle: "Terjadi kesalahan",
    during: {
      membaca: "membaca workbook",
      mengenali: "mengenali tabel",
      menghitung: "menghitung",
      memeriksa: "memeriksa",
      menulis: "menulis hasil ke workbook",
      memuat: "memuat pengaturan yang tersimpan",
      menyimpanPengaturan: "menyimpan pengaturan",
      menyimpanPemetaan: "menyimpan pemetaan kolom",
      membukaSel: "membuka sel",
    },
    host: (during: string) =>
      `Terjadi kesalahan saat ${during}. Coba lagi; jika berulang, simpan workbook, tutup lalu buka kembali panel ini, atau jalankan perhitungan dari halaman web Capaian dengan salinan workbook.`,
    engine: (during: string) =>
      `Terjadi kesalahan saat ${during}. Periksa tabel dan pemetaan kolomnya, lalu coba lagi; jika berulang, laporkan dengan menyertakan salinan workbook.`,
    suggestMapping: "Tentukan tabel dan arti kolomnya lewat Pemetaan kolom, lalu tekan Hitung Capaian lagi.",
    openMapping: "Buka pemetaan kolom",
    details: "Rincian teknis",
    dismiss: "Tutup pesan",
  },
};

export type UiText = typeof UI_ID;

/** The pane's texts. Swap for another `UiText` to translate. */
export const ui: UiText = UI_ID;
