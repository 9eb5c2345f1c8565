/**
 * Content of the bundled sample workbook: a fictional agency, "Dinas Contoh Kabupaten Contoh",
 * year 2024, reporting quarter II. Names follow the Kepmendagri nomenclature; every figure is made
 * up. Cells marked `defect` in build-sample.ts are deliberate inconsistencies (README-defects.md).
 */

/** A cell as typed by the agency: a number, text ("3 Dok", "-"), or empty. */
export type Typed = number | string | null;

export type Sifat = "Kumulatif" | "Non Kumulatif";
export type Polaritas = "Positif" | "Negatif";

export interface SubActivity {
  name: string;
  indicator: string;
  unit: string;
  sifat: Sifat;
  polaritas: Polaritas;
  target: Typed;
  /** Target TW I..IV. */
  tq: [Typed, Typed, Typed, Typed];
  /** Realisasi TW I, TW II (III, IV are not reported yet). */
  real: [Typed, Typed];
  pagu: number;
  /** Realisasi keuangan TW I, TW II. */
  spend: [Typed, Typed];
  note?: string;
  /** Deliberate defects (see build-sample.ts). */
  statedPerfOverride?: number;
  budgetPctRefError?: boolean;
}

export interface Activity {
  name: string;
  indicator: string;
  target: number;
  tq: [number, number, number, number];
  /** Adds this amount to the activity's budget and writes it as a number instead of =SUM (defect). */
  hardcodedBudgetDelta?: number;
  subs: SubActivity[];
}

export interface Program {
  name: string;
  indicator: string;
  target: number;
  tq: [number, number, number, number];
  /** The program indicator measured directly (stated realization TW I, TW II); else the mean of activities. */
  measured?: [number, number];
  activities: Activity[];
}

export const AGENCY = "DINAS CONTOH KABUPATEN CONTOH";
export const YEAR = 2024;

const flow4 = (a: number, b: number, c: number, d: number): [Typed, Typed, Typed, Typed] => [a, b, c, d];
const cum: [number, number, number, number] = [25, 50, 75, 100];

export const PROGRAMS: Program[] = [
  {
    name: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
    indicator: "Persentase Capaian Kinerja Penunjang Urusan Pemerintahan Daerah",
    target: 100,
    tq: cum,
    activities: [
      {
        name: "Kegiatan Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
        indicator: "Persentase Dokumen Perencanaan, Penganggaran dan Evaluasi yang Tersusun Tepat Waktu",
        target: 100,
        tq: cum,
        subs: [
          { name: "Sub Kegiatan Penyusunan Dokumen Perencanaan Perangkat Daerah", indicator: "Jumlah Dokumen Perencanaan Perangkat Daerah", unit: "Dokumen", sifat: "Kumulatif", polaritas: "Positif", target: 10, tq: flow4(2, 2, 3, 3), real: [1, 2], pagu: 85_927_728, spend: [15_000_000, 22_962_870] },
          { name: "Sub Kegiatan Koordinasi dan Penyusunan Dokumen RKA-SKPD", indicator: "Jumlah Dokumen RKA-SKPD dan Laporan Hasil Koordinasi Penyusunan Dokumen RKA-SKPD", unit: "Dokumen", sifat: "Kumulatif", polaritas: "Positif", target: "3 Dok", tq: ["1 Dok", "1 Dok", "-", "1 Dok"], real: ["1 Dok", "1 Dok"], pagu: 24_650_000, spend: [6_120_000, 7_385_500], note: "Satuan ditulis di dalam sel" },
          { name: "Sub Kegiatan Koordinasi dan Penyusunan DPA-SKPD", indicator: "Jumlah Dokumen DPA-SKPD dan Laporan Hasil Koordinasi Penyusunan Dokumen DPA-SKPD", unit: "Dokumen", sifat: "Kumulatif", polaritas: "Positif", target: 2, tq: flow4(1, 0, 0, 1), real: [1, null], pagu: 18_400_000, spend: [9_150_000, 1_250_000] },
          { name: "Sub Kegiatan Evaluasi Kinerja Perangkat Daerah", indicator: "Jumlah Laporan Evaluasi Kinerja Perangkat Daerah", unit: "Laporan", sifat: "Kumulatif", polaritas: "Positif", target: 5, tq: flow4(2, 1, 1, 1), real: [2, 1], pagu: 32_275_000, spend: [11_420_000, 8_760_000] },
        ],
      },
      {
        name: "Kegiatan Administrasi Keuangan Perangkat Daerah",
        indicator: "Persentase Laporan Keuangan yang Disusun Tepat Waktu",
        target: 100,
        tq: [100, 100, 100, 100],
        subs: [
          { name: "Sub Kegiatan Penyediaan Gaji dan Tunjangan ASN", indicator: "Jumlah Orang yang Menerima Gaji dan Tunjangan ASN", unit: "Orang", sifat: "Non Kumulatif", polaritas: "Positif", target: 48, tq: flow4(48, 48, 48, 48), real: [48, 47], pagu: 4_318_662_000, spend: [1_027_417_350, 1_046_322_900], note: "1 ASN pensiun pada bulan Mei" },
          { name: "Sub Kegiatan Penyediaan Administrasi Pelaksanaan Tugas ASN", indicator: "Jumlah Dokumen Hasil Penyediaan Administrasi Pelaksanaan Tugas ASN", unit: "Dokumen", sifat: "Kumulatif", polaritas: "Positif", target: 12, tq: flow4(3, 3, 3, 3), real: [3, 3], pagu: 96_000_000, spend: [22_800_000, 24_000_000] },
          { name: "Sub Kegiatan Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD", indicator: "Jumlah Laporan Keuangan Akhir Tahun SKPD dan Laporan Hasil Koordinasi", unit: "Laporan", sifat: "Kumulatif", polaritas: "Positif", target: 1, tq: flow4(1, 0, 0, 0), real: [1, null], pagu: 15_300_000, spend: [12_450_000, 0] },
          { name: "Sub Kegiatan Koordinasi dan Penyusunan Laporan Keuangan Bulanan/Triwulanan/Semesteran SKPD", indicator: "Jumlah Laporan Keuangan Bulanan/Triwulanan/Semesteran SKPD", unit: "Laporan", sifat: "Kumulatif", polaritas: "Positif", target: 12, tq: flow4(3, 3, 3, 3), real: [3, 3], pagu: 21_600_000, spend: [5_100_000, 5_400_000] },
        ],
      },
      {
        name: "Kegiatan Administrasi Umum Perangkat Daerah",
        indicator: "Persentase Terpenuhinya Kebutuhan Administrasi Umum Perangkat Daerah",
        target: 95,
        tq: [25, 50, 75, 95],
        hardcodedBudgetDelta: 2_500_000,
        subs: [
          { name: "Sub Kegiatan Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor", indicator: "Jumlah Paket Komponen Instalasi Listrik/Penerangan Bangunan Kantor yang Disediakan", unit: "Paket", sifat: "Kumulatif", polaritas: "Positif", target: 2, tq: flow4(1, 0, 1, 0), real: [1, null], pagu: 12_500_000, spend: [6_180_000, 0] },
          { name: "Sub Kegiatan Penyediaan Peralatan dan Perlengkapan Kantor", indicator: "Jumlah Paket Peralatan dan Perlengkapan Kantor yang Disediakan", unit: "Paket", sifat: "Kumulatif", polaritas: "Positif", target: 4, tq: flow4(1, 1, 1, 1), real: [1, 1], pagu: 64_750_000, spend: [14_875_000, 16_210_000] },
          { name: "Sub Kegiatan Penyediaan Bahan Logistik Kantor", indicator: "Jumlah Paket Bahan Logistik Kantor yang Disediakan", unit: "Paket", sifat: "Kumulatif", polaritas: "Positif", target: 4, tq: flow4(1, 1, 1, 1), real: [1, 1], pagu: 48_000_000, spend: [11_640_000, 12_115_000], statedPerfOverride: 75 },
          { name: "Sub Kegiatan Penyediaan Barang Cetakan dan Penggandaan", indicator: "Jumlah Paket Barang Cetakan dan Penggandaan yang Disediakan", unit: "Paket", sifat: "Kumulatif", polaritas: "Positif", target: 12, tq: flow4(2, 5, 3, 1), real: [2, 4], pagu: 36_500_000, spend: [7_300_000, 10_950_000] },
          { name: "Sub Kegiatan Penyediaan Bahan Bacaan dan Peraturan Perundang-undangan", indicator: "Jumlah Dokumen Bahan Bacaan dan Peraturan Perundang-Undangan yang Disediakan", unit: "Dokumen", sifat: "Kumulatif", polaritas: "Positif", target: 12, tq: flow4(3, 3, 3, 3), real: [3, 3], pagu: 9_600_000, spend: [2_400_000, 2_400_000] },
          { name: "Sub Kegiatan Fasilitasi Kunjungan Tamu", indicator: "Jumlah Laporan Fasilitasi Kunjungan Tamu", unit: "Laporan", sifat: "Kumulatif", polaritas: "Positif", target: null, tq: [null, null, null, null], real: [2, 3], pagu: 30_000_000, spend: [6_750_000, 9_300_000], note: "Target belum ditetapkan" },
          { name: "Sub Kegiatan Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD", indicator: "Jumlah Laporan Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD", unit: "Laporan", sifat: "Kumulatif", polaritas: "Positif", target: 12, tq: flow4(3, 3, 3, 3), real: [3, 3], pagu: 145_000_000, spend: [31_250_000, 38_925_000] },
        ],
      },
      {
        name: "Kegiatan Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
        indicator: "Persentase Terpenuhinya Jasa Penunjang Urusan Pemerintahan Daerah",
        target: 100,
        tq: cum,
        subs: [
          { name: "Sub Kegiatan Penyediaan Jasa Surat Menyurat", indicator: "Jumlah Laporan Penyediaan Jasa Surat Menyurat", unit: "Laporan", sifat: "Kumulatif", polaritas: "Positif", target: 12, tq: flow4(3, 3, 3, 3), real: [3, 3], pagu: 6_000_000, spend: [1_350_000, 1_575_000] },
          { name: "Sub Kegiatan Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik", indicator: "Jumlah Laporan Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik yang Disediakan", unit: "Laporan", sifat: "Kumulatif", polaritas: "Positif", target: 12, tq: flow4(3, 3, 3, 3), real: [3, 3], pagu: 186_000_000, spend: [44_612_430, 47_108_915] },
          { name: "Sub Kegiatan Penyediaan Jasa Pelayanan Umum Kantor", indicator: "Jumlah Laporan Penyediaan Jasa Pelayanan Umum Kantor yang Disediakan", unit: "Laporan", sifat: "Kumulatif", polaritas: "Positif", target: 12, tq: flow4(3, 3, 3, 3), real: [3, 3], pagu: 354_000_000, spend: [87_000_000, 88_500_000] },
        ],
      },
      {
        name: "Kegiatan Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah",
        indicator: "Persentase Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah dalam Kondisi Baik",
        target: 100,
        tq: [100, 100, 100, 100],
        subs: [
          { name: "Sub Kegiatan Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, dan Pajak Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan", indicator: "Jumlah Kendaraan Perorangan Dinas yang Dipelihara dan Dibayarkan Pajaknya", unit: "Unit", sifat: "Non Kumulatif", polaritas: "Positif", target: 2, tq: flow4(2, 2, 2, 2), real: [2, 2], pagu: 28_400_000, spend: [5_960_000, 7_215_000] },
          { name: "Sub Kegiatan Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak dan Perizinan Kendaraan Dinas Operasional atau Lapangan", indicator: "Jumlah Kendaraan Dinas Operasional yang Dipelihara dan Dibayarkan Pajaknya", unit: "Unit", sifat: "Non Kumulatif", polaritas: "Positif", target: 9, tq: flow4(9, 9, 9, 9), real: [9, 9], pagu: 25_000_000, spend: [14_500_000, 12_750_000], note: "Termasuk perbaikan mesin kendaraan" },
          { name: "Sub Kegiatan Pemeliharaan Peralatan dan Mesin Lainnya", indicator: "Jumlah Peralatan dan Mesin Lainnya yang Dipelihara", unit: "Unit", sifat: "Non Kumulatif", polaritas: "Positif", target: 35, tq: flow4(35, 35, 35, 35), real: [35, 35], pagu: 42_300_000, spend: [9_870_000, 10_640_000] },
          { name: "Sub Kegiatan Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya", indicator: "Jumlah Gedung Kantor dan Bangunan Lainnya yang Dipelihara/Direhabilitasi", unit: "Unit", sifat: "Kumulatif", polaritas: "Positif", target: 1, tq: flow4(0, 0, 1, 0), real: [null, null], pagu: 175_000_000, spend: [0, 17_500_000], note: "Uang muka pekerjaan 10%" },
        ],
      },
    ],
  },
  {
    name: "Program Informasi dan Komunikasi Publik",
    indicator: "Persentase Informasi Publik yang Tersampaikan kepada Masyarakat",
    target: 95,
    tq: [25, 50, 75, 95],
    activities: [
      {
        name: "Kegiatan Pengelolaan Informasi dan Komunikasi Publik Pemerintah Daerah Kabupaten/Kota",
        indicator: "Persentase Layanan Informasi dan Komunikasi Publik yang Terlaksana",
        target: 95,
        tq: [25, 50, 75, 95],
        subs: [
          { name: "Sub Kegiatan Monitoring Opini dan Aspirasi Publik di Lingkup Pemerintah Daerah Kabupaten/Kota", indicator: "Jumlah Laporan Hasil Monitoring Opini dan Aspirasi Publik", unit: "Laporan", sifat: "Kumulatif", polaritas: "Positif", target: 12, tq: flow4(3, 3, 3, 3), real: [3, 3], pagu: 48_250_000, spend: [11_062_500, 12_187_500] },
          { name: "Sub Kegiatan Monitoring Informasi dan Penetapan Agenda Prioritas Komunikasi Pemerintah Daerah", indicator: "Jumlah Dokumen Agenda Prioritas Komunikasi Pemerintah Daerah", unit: "Dokumen", sifat: "Kumulatif", polaritas: "Positif", target: 4, tq: flow4(1, 1, 1, 1), real: [1, 1], pagu: 22_800_000, spend: [5_130_000, 5_700_000] },
          { name: "Sub Kegiatan Pengelolaan Konten dan Perencanaan Media Komunikasi Publik", indicator: "Jumlah Konten Informasi Publik yang Diproduksi", unit: "Paket", sifat: "Kumulatif", polaritas: "Positif", target: 240, tq: flow4(60, 60, 60, 60), real: [64, 58], pagu: 133_500_000, spend: [30_460_000, "35.629.000 0"], note: "Realisasi TW II diketik ulang dari SP2D" },
          { name: "Sub Kegiatan Pengelolaan Media Komunikasi Publik", indicator: "Jumlah Media Komunikasi Publik yang Dikelola", unit: "Unit", sifat: "Non Kumulatif", polaritas: "Positif", target: 6, tq: flow4(6, 6, 6, 6), real: [6, 6], pagu: 91_200_000, spend: [21_560_000, 23_180_000] },
          { name: "Sub Kegiatan Layanan Hubungan Media", indicator: "Jumlah Laporan Layanan Hubungan Media", unit: "Laporan", sifat: "Kumulatif", polaritas: "Positif", target: "12 Lap", tq: ["3 Lap", "3 Lap", "3 Lap", "3 Lap"], real: ["3 Lap", "3 Lap"], pagu: 75_000_000, spend: [17_850_000, 19_125_000] },
          { name: "Sub Kegiatan Penguatan Kapasitas Sumber Daya Komunikasi Publik", indicator: "Jumlah Sumber Daya Komunikasi Publik yang Ditingkatkan Kapasitasnya", unit: "Orang", sifat: "Kumulatif", polaritas: "Positif", target: 40, tq: flow4(0, 20, 20, 0), real: [null, 18], pagu: 58_600_000, spend: [2_150_000, 24_380_000] },
          { name: "Sub Kegiatan Pengelolaan Pengaduan Masyarakat melalui Kanal Aduan Daring", indicator: "Persentase Aduan Masyarakat yang Tidak Tertindaklanjuti", unit: "%", sifat: "Non Kumulatif", polaritas: "Negatif", target: 10, tq: flow4(10, 10, 10, 10), real: [12, 10.5], pagu: 27_500_000, spend: [6_240_000, 7_010_000], note: "Semakin rendah semakin baik" },
        ],
      },
      {
        name: "Kegiatan Pengelolaan Layanan Keterbukaan Informasi Publik",
        indicator: "Persentase Permohonan Informasi Publik yang Dilayani",
        target: 98,
        tq: [98, 98, 98, 98],
        subs: [
          { name: "Sub Kegiatan Pelayanan Informasi Publik", indicator: "Jumlah Laporan Pelayanan Informasi Publik", unit: "Laporan", sifat: "Kumulatif", polaritas: "Positif", target: 4, tq: flow4(1, 1, 1, 1), real: [1, 1], pagu: 19_800_000, spend: [4_620_000, 4_950_000] },
          { name: "Sub Kegiatan Pengelolaan Dokumentasi dan Informasi Publik", indicator: "Jumlah Dokumen Informasi Publik yang Dikelola", unit: "Dokumen", sifat: "Kumulatif", polaritas: "Positif", target: 150, tq: flow4(30, 40, 40, 40), real: [32, 41], pagu: 23_400_000, spend: [5_265_000, 6_084_000] },
          { name: "Sub Kegiatan Sosialisasi Keterbukaan Informasi Publik", indicator: "Jumlah Peserta Sosialisasi Keterbukaan Informasi Publik", unit: "Orang", sifat: "Kumulatif", polaritas: "Positif", target: 200, tq: flow4(0, 100, 100, 0), real: [null, 96], pagu: 34_750_000, spend: [1_200_000, 15_870_000] },
        ],
      },
    ],
  },
  {
    name: "Program Aplikasi Informatika",
    indicator: "Persentase Layanan Pemerintahan Berbasis Elektronik yang Terintegrasi",
    target: 100,
    tq: cum,
    measured: [25, 50],
    activities: [
      {
        name: "Kegiatan Pengelolaan Nama Domain yang telah Ditetapkan oleh Pemerintah Pusat dan Sub Domain di Lingkup Pemerintah Daerah Kabupaten/Kota",
        indicator: "Persentase Sub Domain Perangkat Daerah yang Aktif",
        target: 100,
        tq: [100, 100, 100, 100],
        subs: [
          { name: "Sub Kegiatan Pengelolaan Nama Domain yang telah Ditetapkan oleh Pemerintah Pusat dan Sub Domain di Lingkup Pemerintah Daerah Kabupaten/Kota", indicator: "Jumlah Nama Domain dan Sub Domain yang Dikelola", unit: "Unit", sifat: "Non Kumulatif", polaritas: "Positif", target: 44, tq: flow4(44, 44, 44, 44), real: [42, 44], pagu: 16_500_000, spend: [3_712_500, 4_125_000] },
          { name: "Sub Kegiatan Pendaftaran Sub Domain Perangkat Daerah dan Desa", indicator: "Jumlah Sub Domain Baru yang Didaftarkan", unit: "Unit", sifat: "Kumulatif", polaritas: "Positif", target: 20, tq: flow4(5, 5, 5, 5), real: [4, 6], pagu: 8_000_000, spend: [1_600_000, 2_400_000] },
        ],
      },
      {
        name: "Kegiatan Pengelolaan e-Government di Lingkup Pemerintah Daerah Kabupaten/Kota",
        indicator: "Persentase Layanan e-Government yang Berfungsi",
        target: 95,
        tq: [25, 50, 75, 95],
        subs: [
          { name: "Sub Kegiatan Penatalaksanaan dan Pengawasan e-Government", indicator: "Jumlah Dokumen Penatalaksanaan dan Pengawasan e-Government", unit: "Dokumen", sifat: "Kumulatif", polaritas: "Positif", target: 3, tq: flow4(0, 1, 1, 1), real: [null, 1], pagu: 42_000_000, spend: [4_200_000, 11_340_000] },
          { name: "Sub Kegiatan Pengembangan Aplikasi dan Proses Bisnis Pemerintahan Berbasis Elektronik", indicator: "Jumlah Aplikasi yang Dikembangkan", unit: "Unit", sifat: "Kumulatif", polaritas: "Positif", target: 6, tq: flow4(1, 2, 2, 1), real: [1, 2], pagu: 412_650_000, spend: [61_897_500, 103_162_500] },
          { name: "Sub Kegiatan Penyelenggaraan Sistem Jaringan Intra Pemerintah Daerah", indicator: "Jumlah Titik Jaringan Intra Pemerintah Daerah yang Terhubung", unit: "Unit", sifat: "Kumulatif", polaritas: "Positif", target: 44, tq: flow4(10, 12, 12, 10), real: [10, 11], pagu: 786_400_000, spend: [186_230_000, 201_475_000], budgetPctRefError: true },
          { name: "Sub Kegiatan Pengelolaan Pusat Data Pemerintah Daerah", indicator: "Persentase Ketersediaan Layanan Pusat Data (Uptime)", unit: "%", sifat: "Non Kumulatif", polaritas: "Positif", target: 99, tq: flow4(99, 99, 99, 99), real: [98.7, 98.9], pagu: 265_300_000, spend: [63_672_000, 66_325_000] },
          { name: "Sub Kegiatan Penyelenggaraan Keamanan Informasi", indicator: "Rata-rata Waktu Pemulihan Gangguan Keamanan Informasi", unit: "Jam", sifat: "Non Kumulatif", polaritas: "Negatif", target: 4, tq: flow4(4, 4, 4, 4), real: [5, 4.2], pagu: 118_250_000, spend: [27_197_500, 29_562_500], note: "Semakin rendah semakin baik" },
          { name: "Sub Kegiatan Pengembangan Sumber Daya TIK Pemerintah Daerah", indicator: "Jumlah SDM TIK yang Mengikuti Pelatihan", unit: "Orang", sifat: "Kumulatif", polaritas: "Positif", target: 30, tq: flow4(0, 15, 15, 0), real: [null, 15], pagu: 67_500_000, spend: [3_375_000, 30_375_000] },
          { name: "Sub Kegiatan Penyediaan Layanan Internet Perangkat Daerah", indicator: "Jumlah Paket Layanan Internet Perangkat Daerah", unit: "Paket", sifat: "Kumulatif", polaritas: "Positif", target: 12, tq: flow4(3, 3, 3, 3), real: [3, 3], pagu: 528_000_000, spend: [132_000_000, 132_000_000] },
        ],
      },
      {
        name: "Kegiatan Pengembangan dan Pengelolaan Ekosistem Kabupaten/Kota Cerdas",
        indicator: "Persentase Dimensi Kabupaten Cerdas yang Terlaksana",
        target: 100,
        tq: cum,
        subs: [
          { name: "Sub Kegiatan Penyusunan Rencana Induk Kabupaten Cerdas", indicator: "Jumlah Dokumen Rencana Induk Kabupaten Cerdas", unit: "Dokumen", sifat: "Kumulatif", polaritas: "Positif", target: 1, tq: flow4(0, 0, 0, 1), real: [null, null], pagu: 95_000_000, spend: [9_500_000, 19_000_000], note: "Penyusunan sedang berjalan" },
          { name: "Sub Kegiatan Literasi Digital Masyarakat", indicator: "Jumlah Masyarakat yang Mengikuti Literasi Digital", unit: "Orang", sifat: "Kumulatif", polaritas: "Positif", target: 600, tq: flow4(150, 150, 150, 150), real: [160, 142], pagu: 56_000_000, spend: [13_440_000, 12_880_000] },
          { name: "Sub Kegiatan Pengelolaan Layanan Aplikasi Kabupaten Cerdas", indicator: "Jumlah Layanan Aplikasi Kabupaten Cerdas yang Dikelola", unit: "Unit", sifat: "Non Kumulatif", polaritas: "Positif", target: 8, tq: flow4(8, 8, 8, 8), real: [7, 8], pagu: 73_600_000, spend: [17_480_000, 18_032_000] },
        ],
      },
    ],
  },
];

export interface KeyIndicator {
  objective: string;
  name: string;
  unit: string;
  polaritas: Polaritas;
  target: number;
  numerator: number | null;
  denominator: number | null;
  note?: string;
}

export const KEY_INDICATORS: KeyIndicator[] = [
  { objective: "Meningkatnya kualitas tata kelola pemerintahan berbasis elektronik", name: "Indeks Sistem Pemerintahan Berbasis Elektronik (SPBE)", unit: "Nilai", polaritas: "Positif", target: 3.5, numerator: null, denominator: null, note: "Diukur setahun sekali oleh Kementerian PANRB" },
  { objective: "Meningkatnya keterbukaan informasi publik", name: "Persentase Permohonan Informasi Publik yang Diselesaikan", unit: "%", polaritas: "Positif", target: 95, numerator: 118, denominator: 125 },
  { objective: "Meningkatnya keterhubungan layanan pemerintahan", name: "Persentase Perangkat Daerah yang Terhubung Jaringan Intra Pemerintah", unit: "%", polaritas: "Positif", target: 83.5, numerator: 30, denominator: 44 },
  { objective: "Meningkatnya kualitas layanan pengaduan masyarakat", name: "Persentase Aduan Masyarakat yang Tidak Tertindaklanjuti", unit: "%", polaritas: "Negatif", target: 10, numerator: 9, denominator: 80, note: "Semakin rendah semakin baik" },
];
