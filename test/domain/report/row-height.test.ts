import { rowHeight, wrappedLines } from "../../../src/domain/report/row-height";

describe("row heights for wrapped text", () => {
  test("counts wrapped lines at word boundaries", () => {
    // width 10 → 10 characters a line: "Sub Kegiatan" (12) does not fit on one line
    expect(wrappedLines("Sub Kegiatan Penyusunan Dokumen", 10)).toBe(4);
    expect(wrappedLines("Pendek", 10)).toBe(1);
    expect(wrappedLines("baris satu\nbaris dua", 40)).toBe(2);
  });
  test("one-line rows keep the default height; longer text gets 14,5 pt a line", () => {
    const cols = [{ header: "Kode", width: 8 }, { header: "Uraian", width: 20 }];
    expect(rowHeight(["1.1", "Program A"], cols)).toBeUndefined();
    // 60 chars, 20 a line: "Sub Kegiatan" | "Penyusunan Dokumen" | "Perencanaan" | "Perangkat Daerah" → 4 lines
    const text = "Sub Kegiatan Penyusunan Dokumen Perencanaan Perangkat Daerah";
    expect(wrappedLines(text, 20)).toBe(4);
    expect(rowHeight(["1.1.1", text], cols)).toBe(Math.ceil(4 * 14.5 + 1));
    // bold: 18 a line
    expect(wrappedLines("Jumlah Dokumen RKA-SKPD dan Laporan", 20, true)).toBe(3);
    expect(rowHeight([null, 12345678901234567890], cols)).toBeUndefined(); // numbers never wrap
  });
});
