/** Indonesian messages of findings raised while reading rows (domain.md §3, §4). */
import type { NumericRoleKind } from "../domain/types";
import { formatRupiah } from "./numbers";

export const modelText = {
  unparseable: (raw: string, what: string) =>
    `Isi sel "${raw}" pada kolom ${what} bukan angka yang dapat dibaca, sehingga dianggap kosong. ` +
    `Perbaiki penulisannya (contoh: 1.250.000 atau 44,77).`,
  errorValue: (error: string, what: string) =>
    `Sel pada kolom ${what} berisi galat Excel ${error}, sehingga dianggap kosong. Perbaiki rumus di sel ini.`,
  unitMismatch: (targetUnit: string, realUnit: string) =>
    `Satuan target (${targetUnit}) berbeda dengan satuan realisasi (${realUnit}) pada baris yang sama. ` +
    `Samakan satuannya agar capaian dapat dihitung dengan benar.`,
  duplicateCode: (code: string, firstRow: number) =>
    `Kode ${code} sudah dipakai pada baris ${firstRow} tabel yang sama. Setiap program/kegiatan/sub kegiatan harus berkode unik.`,
  noParent: (level: string, parent: string) =>
    `Baris ${level} ini tidak berada di bawah ${parent} mana pun, sehingga induknya tidak dapat ditentukan.`,
  skippedLevel: (level: string, parentLevel: string, missing: string) =>
    `Baris ${level} ini langsung berada di bawah ${parentLevel}; tingkat ${missing} di antaranya tidak ada.`,
  levelsFromLayout: (rows: number, sums: number) =>
    `Tingkat ${rows} baris (program/kegiatan/sub kegiatan) tidak tertulis dalam kode, nama, maupun rumus; tingkatnya dibaca ` +
    `dari indentasi, huruf tebal dan kata pada indikatornya, dan dibenarkan oleh angka workbook sendiri: ${sums} pagu induk ` +
    `sama dengan jumlah pagu baris di bawahnya. Periksa hasilnya bila ada baris yang tingkatnya keliru.`,
  uncertainLevel: (assumed: string) =>
    `Tingkat baris ini (program/kegiatan/sub kegiatan) tidak dapat dipastikan dari kode, nama, maupun rumus; dianggap ${assumed}. ` +
    `Tambahkan kode atau awalan "Program"/"Kegiatan"/"Sub Kegiatan" pada namanya.`,
  accountMismatch: (stated: number, sum: number) =>
    `Pagu sub kegiatan tertulis ${formatRupiah(stated)}, tetapi jumlah rincian rekening belanjanya ${formatRupiah(sum)} ` +
    `(selisih ${formatRupiah(Math.abs(stated - sum))}).`,
  accountSpendMismatch: (stated: number, sum: number) =>
    `Realisasi sub kegiatan tertulis ${formatRupiah(stated)}, tetapi jumlah realisasi rincian rekening belanjanya ${formatRupiah(sum)} ` +
    `(selisih ${formatRupiah(Math.abs(stated - sum))}).`,
  statedTotal: (stated: number, sum: number) =>
    `Jumlah pada sel ini ${formatRupiah(stated)}, tetapi jumlah seluruh baris rincian anggaran ${formatRupiah(sum)} ` +
    `(selisih ${formatRupiah(Math.abs(stated - sum))}).`,
  wordsMismatch: (words: string, wordsValue: number, digits: number) =>
    `Angka terbilang "${words}" bernilai ${formatRupiah(wordsValue)}, tidak sama dengan angka di sebelahnya ${formatRupiah(digits)}.`,
  /** The name given to a row of figures with no name (a helper total: SUBTOTAL, a check sum). */
  unnamedTotal: "(baris jumlah tanpa nama)",
  /** A program / activity the table has no row of its own for, named after its code. */
  derivedName: (level: "program" | "activity", code: string) =>
    `${level === "program" ? "Program" : "Kegiatan"} ${code} (nama tidak ada di tabel)`,
  /** A figure column named in a message: each numeric kind of the role catalog, and "target" (a key indicator's). */
  columnNames: {
    annualTarget: "target tahunan",
    quarterTarget: "target triwulan",
    quarterRealization: "realisasi triwulan",
    realizationToDate: "realisasi s.d. triwulan",
    budget: "pagu anggaran",
    spentQuarter: "realisasi keuangan triwulan",
    spentToDate: "realisasi keuangan s.d. triwulan",
    statedPerformancePct: "% capaian kinerja",
    statedBudgetPct: "% capaian keuangan",
    numerator: "pembilang",
    denominator: "penyebut",
    realization: "realisasi",
    target: "target",
  } satisfies Record<NumericRoleKind | "target", string> as Record<string, string>,
  levelNames: {
    group: "urusan/bidang",
    program: "program",
    activity: "kegiatan",
    subactivity: "sub kegiatan",
  } as Record<string, string>,
};
