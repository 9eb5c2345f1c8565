/** Indonesian texts about how a workbook was read: reference lists, doubtful readings. */
import { formatPct } from "./numbers";
export const READING_TEXT = {
  referenceListReason: "daftar nomenklatur/referensi (kode dan nama tanpa target, realisasi maupun anggaran)",
  referenceList: (sheets: string[]) =>
    `Lembar ${sheets.map((s) => `"${s}"`).join(", ")} berisi daftar nomenklatur ` +
    `(kode dan nama urusan, program, kegiatan dan sub kegiatan, indikator, satuan) tanpa target, realisasi ` +
    `maupun pagu anggaran, sehingga tidak ada yang dapat dihitung. Buka workbook rencana aksi, evaluasi Renja ` +
    `atau laporan realisasi perangkat daerah yang memuat angka-angka tersebut.`,
  budgetChosen: (chosen: string, detected: string, held: number, equations: number) =>
    `Kolom pagu yang dipakai adalah "${chosen}" (bukan "${detected}"), karena dengan kolom itu ${held} dari ` +
    `${equations} persamaan tabel (jumlah induk = jumlah rinciannya, kode unik, % capaian tertulis) berlaku.`,
  rowsChosen: (held: number, equations: number) =>
    `Baris-baris berkode sub kegiatan yang sama dibaca sebagai baris rencana tersendiri (bukan rincian satu sub ` +
    `kegiatan), karena dengan pembacaan itu ${held} dari ${equations} persamaan tabel berlaku.`,
  doubtful: (d: {
    sheet: string;
    headerFirst: number;
    headerLast: number;
    read: string[];
    rows: number;
    contradicting: number;
    sum: number;
    code: number;
    pct: number;
  }) => {
    const what: string[] = [];
    if (d.sum) what.push(`${d.sum} baris induk yang pagunya tidak sama dengan jumlah rinciannya`);
    if (d.code) what.push(`${d.code} baris berkode ganda`);
    if (d.pct) what.push(`${d.pct} % capaian tertulis yang tidak sesuai target dan realisasinya`);
    const header = d.headerFirst === d.headerLast ? `baris ${d.headerFirst}` : `baris ${d.headerFirst}–${d.headerLast}`;
    return (
      `Pembacaan tabel di lembar "${d.sheet}" (judul kolom ${header}) diragukan: kolom dibaca sebagai ` +
      `${d.read.join("; ")}, tetapi dengan pembacaan itu ${d.contradicting} dari ${d.rows} baris saling ` +
      `bertentangan (${what.join(", ")}). Tabel yang benar jarang begitu, jadi kemungkinan besar arti kolomnya ` +
      `yang keliru dikenali; temuan rinci tabel ini tidak dicantumkan. Tentukan arti setiap kolom lewat panel ` +
      `"Pemetaan kolom" (atau berkas --mapping), lalu hitung ulang.`
    );
  },
  /** CLI: above the printed --mapping example. */
  mappingExample: (file: string) =>
    `Contoh berkas pemetaan kolom (simpan sebagai pemetaan.json, perbaiki arti kolom yang keliru, lalu jalankan ` +
    `hitung-capaian "${file}" --mapping pemetaan.json):`,
  /** --jelaskan: the reading's score. */
  score: (held: number, equations: number, contradicting: number, rows: number, candidates: number) =>
    equations === 0
      ? `Pemeriksaan aritmetika: tidak ada persamaan untuk diperiksa (${rows} baris).`
      : `Pemeriksaan aritmetika: ${held} dari ${equations} persamaan berlaku ` +
        `(${formatPct((held / equations) * 100)}), ${contradicting} dari ${rows} baris bertentangan` +
        (candidates > 1 ? `; dipilih dari ${candidates} kemungkinan pembacaan.` : "."),
  doubtfulTag: "PEMBACAAN DIRAGUKAN",
};
