/** Indonesian messages of joining a flat SIPD export to the plan table. */
import { formatRupiah } from "./numbers";

export const joinText = {
  joined: (sheets: string[], matched: number, unmatched: number) =>
    `Ekspor anggaran pada lembar ${sheets.map((s) => `"${s}"`).join(", ")} dipakai sebagai sumber pagu dan realisasi keuangan ` +
    `untuk ${matched} sub kegiatan tabel capaian (dicocokkan menurut kode, lalu nama)` +
    (unmatched > 0 ? `; ${unmatched} sub kegiatan dalam ekspor tidak ada di tabel capaian.` : "."),
  budgetDiffers: (own: number, exported: number, sheet: string) =>
    `Pagu sub kegiatan tertulis ${formatRupiah(own)}, tetapi menurut ekspor anggaran di lembar "${sheet}" ${formatRupiah(exported)} ` +
    `(selisih ${formatRupiah(Math.abs(own - exported))}).`,
};
