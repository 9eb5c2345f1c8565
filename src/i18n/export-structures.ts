/** Indonesian texts for budget / realisation export structures (layouts.md "More structures"). */
import { formatRupiah } from "./numbers";

const list = (xs: string[]) => xs.join(" + ");

export const exportText = {
  groupsSummed: (what: string, names: string[]) =>
    `${what} dibaca sebagai jumlah kelompok belanja ${list(names)} (tabel tidak memiliki kolom Total).`,
  groupsTotal: (what: string, header: string, names: string[], agreeing: number, checked: number) =>
    `${what} dibaca dari kolom "${header}"; kolom itu sama dengan jumlah kelompok belanja ${list(names)} ` +
    `pada ${agreeing} dari ${checked} baris.`,
  groupsInsteadOfTotal: (what: string, header: string, names: string[], agreeing: number, checked: number) =>
    `${what} dibaca sebagai jumlah kelompok belanja ${list(names)}: kolom "${header}" hanya sama dengan jumlah itu ` +
    `pada ${agreeing} dari ${checked} baris, sehingga tidak dianggap kolom total.`,
  groupTotalDiffers: (total: number, sum: number, names: string[]) =>
    `Kolom total pada baris ini ${formatRupiah(total)}, tetapi jumlah kelompok belanja ${list(names)} ` +
    `${formatRupiah(sum)} (selisih ${formatRupiah(Math.abs(total - sum))}).`,
  budgetWord: "Pagu",
  spentWord: "Realisasi",
  thousands: (where: string) =>
    `Angka rupiah ditulis dalam ribuan (${where}); semua nilai dikalikan 1.000 dan dilaporkan dalam rupiah penuh.`,
  monthly: (month: string, source: string) =>
    `Realisasi pada tabel ini adalah realisasi bulan ${month} saja (menurut ${source}), bukan realisasi s.d. bulan itu. ` +
    `Gabungkan berkas atau lembar bulan-bulan sebelumnya untuk realisasi s.d. bulan ${month}.`,
  sameMoneySpending: (sheet: string, main: string) =>
    `Tabel di lembar "${main}" tidak memuat realisasi keuangan; realisasinya diambil dari lembar "${sheet}" ` +
    `(uang yang sama), dihitung satu kali saja.`,
  monthSeriesOwn: (sheets: string[]) =>
    `Lembar ${sheets.map((s) => `"${s}"`).join(", ")} berisi tabel yang sama, satu lembar per bulan, masing-masing ` +
    `dengan realisasi bulan itu saja: realisasi tiap triwulan adalah jumlah bulan-bulannya, dan realisasi s.d. ` +
    `triwulan yang dihitung adalah jumlah semua bulan sampai akhir triwulan itu. Pagu dihitung satu kali saja.`,
  monthSeriesToDate: (sheets: string[], latest: string) =>
    `Lembar ${sheets.map((s) => `"${s}"`).join(", ")} berisi tabel yang sama, satu lembar per bulan, masing-masing ` +
    `dengan realisasi s.d. bulan itu: realisasi s.d. triwulan diambil dari bulan terakhir triwulan itu yang berisi ` +
    `realisasi (terakhir: lembar "${latest}"), tidak dijumlahkan. Pagu dihitung satu kali saja.`,
  monthlySheets: (used: string, others: string[]) =>
    `Tabel yang sama ada di lembar per bulan (${others.map((s) => `"${s}"`).join(", ")}); ` +
    `yang dihitung adalah lembar "${used}".`,
  sourceSheet: (sheet: string) => `nama lembar "${sheet}"`,
  sourceFile: (file: string) => `nama berkas "${file}"`,
  sourceTitle: "judul tabel",
  sameMoney: (sheets: string[], main: string, amount: number) =>
    `Lembar ${sheets.map((s) => `"${s}"`).join(", ")} memuat uang yang sama dengan lembar "${main}" ` +
    `(jumlah ${formatRupiah(amount)}): diperiksa, tetapi dihitung satu kali saja.`,
  sameMoneyDiffers: (sheet: string, amount: number, main: string, mainAmount: number) =>
    `Jumlah pada lembar "${sheet}" ${formatRupiah(amount)}, tetapi lembar "${main}" untuk uang yang sama ` +
    `${formatRupiah(mainAmount)} (selisih ${formatRupiah(Math.abs(amount - mainAmount))}).`,
  titlePlan: (sheet: string, rows: string[]) =>
    `Lembar "${sheet}": ${rows.map((r) => `"${r}"`).join(" dan ")} dibaca dari blok judul di atas tabel; baris rekening di bawahnya ` +
    `adalah rinciannya.`,
  repeatedAccount: (code: string, firstRow: number) =>
    `Baris rekening ${code} tertulis lagi (sudah ada pada baris ${firstRow}); baris ini tidak dijumlahkan dua kali.`,
  accountLinesDiffer: (code: string, stated: number, sum: number) =>
    `Jumlah rekening ${code} tertulis ${formatRupiah(stated)}, tetapi jumlah rincian rekening di bawahnya ` +
    `${formatRupiah(sum)} (selisih ${formatRupiah(Math.abs(stated - sum))}).`,
  accountTotalDiffers: (stated: number, sum: number) =>
    `Jumlah pada sel ini ${formatRupiah(stated)}, tetapi jumlah baris rekening di atasnya ${formatRupiah(sum)} ` +
    `(selisih ${formatRupiah(Math.abs(stated - sum))}).`,
  levelTotalDiffers: (code: string, stated: number, sum: number) =>
    `Jumlah ${code} tertulis ${formatRupiah(stated)}, tetapi jumlah sub kegiatan di bawahnya ` +
    `${formatRupiah(sum)} (selisih ${formatRupiah(Math.abs(stated - sum))}).`,
  subTotalDiffers: (code: string, stated: number, sum: number) =>
    `Jumlah sub kegiatan ${code} tertulis ${formatRupiah(stated)}, tetapi jumlah baris rekening di bawahnya ` +
    `${formatRupiah(sum)} (selisih ${formatRupiah(Math.abs(stated - sum))}).`,
  sameMoneyUnmatched: (sheet: string, amount: number) =>
    `Lembar "${sheet}" hanya berisi baris rekening (jumlah ${formatRupiah(amount)}) tanpa program/kegiatan yang ` +
    `dapat dicocokkan; lembar itu diperiksa tetapi tidak dijumlahkan.`,
  organisationCopy: (code: string, firstRow: number) =>
    `Baris organisasi ${code} diulang (sama dengan baris ${firstRow}); diperlakukan sebagai salinan, bukan anak.`,
};
