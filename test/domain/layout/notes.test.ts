/** Notes and signatures under a table are never values (layouts.md "More structures"). */
import { isNoteText, isSignatureText } from "../../../src/domain/layout/notes";
import { hitungCapaian } from "../../../src/domain/engine";
import { gridFrom } from "../../support/grid";

describe("isNoteText / isSignatureText", () => {
  test.each([
    "Lubuk Pakam, Desember 2025",
    "Jember, 31 Desember 2025",
    "Kepala Dinas Kesehatan",
    "Mengetahui,",
    "NIP. 19700101 199503 1 001",
    "Plt. Kepala Bidang",
  ])("%p is a signature line", (t) => {
    expect(isSignatureText(t)).toBe(true);
    expect(isNoteText(t)).toBe(true);
  });
  test.each(["dr. Budi Santoso, M.Kes", "Kabupaten Contoh"])("%p is prose (a note in a numeric column)", (t) => {
    expect(isNoteText(t)).toBe(true);
  });
  test.each(["35.629.000 0", "37.962.87 0", "12a", "10 Dok", "Rp 5.800.000", "#REF!", "1,5 juta"])(
    "%p is a (mistyped) value, not a note",
    (t) => expect(isNoteText(t)).toBe(false),
  );
  test("plan names are not signatures", () => {
    expect(isSignatureText("Program Penunjang Urusan Pemerintahan Daerah")).toBe(false);
    expect(isSignatureText("Sub Kegiatan Penyusunan Dokumen")).toBe(false);
  });
});

test("a signature under a key-indicator table is not an indicator", () => {
  const grid = gridFrom("IKU", [
    ["No", "Sasaran Strategis", "Indikator Kinerja Utama", "Satuan", "Polaritas", "Target 2024", "Pembilang", "Penyebut", "Realisasi", "Capaian (%)", "Keterangan"],
    [1, "Meningkatnya layanan", "Indeks Kepuasan Masyarakat", "%", "Positif", 83.5, 30, 44, 68.18, 81.65, null],
    [null, null, "Lubuk Pakam, Desember 2025", null, null, null, null, null, null, null, null],
    [null, null, "Kepala Dinas Contoh", null, null, null, null, null, null, null, null],
    [null, null, "NIP. 19700101 199503 1 001", null, null, null, null, null, null, null, null],
  ]);
  const planSheet = gridFrom("Renaksi", [
    ["Kode", "Program/Kegiatan/Sub Kegiatan", "Target", "Target TW I", "Realisasi TW I"],
    ["1", "Program A", 100, 100, null],
    ["1.1", "Kegiatan A", 100, 100, null],
    ["1.1.1", "Sub Kegiatan A", 2, 2, 1],
  ]);
  const r = hitungCapaian([planSheet, grid], { quarter: 1 });
  expect(r.keyIndicators.map((k) => k.name)).toEqual(["Indeks Kepuasan Masyarakat"]);
  expect(r.findings.filter((f) => f.rule === "missing-realization" || f.rule === "unparseable-value")).toEqual([]);
});
