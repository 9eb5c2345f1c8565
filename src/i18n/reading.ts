/** Indonesian texts about how a workbook was read: reference lists, doubtful readings. */
export const READING_TEXT = {
  referenceListReason: "daftar nomenklatur/referensi (kode dan nama tanpa target, realisasi maupun anggaran)",
  referenceList: (sheets: string[]) =>
    `Lembar ${sheets.map((s) => `"${s}"`).join(", ")} berisi daftar nomenklatur ` +
    `(kode dan nama urusan, program, kegiatan dan sub kegiatan, indikator, satuan) tanpa target, realisasi ` +
    `maupun pagu anggaran, sehingga tidak ada yang dapat dihitung. Buka workbook rencana aksi, evaluasi Renja ` +
    `atau laporan realisasi perangkat daerah yang memuat angka-angka tersebut.`,
};
