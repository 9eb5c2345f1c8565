import { rowHeight, wrappedLines } from "../../../src/domain/report/row-height";

describe("row heights for wrapped text", () => {
  test("counts wrapped lines at word boundaries", () => {
    // width 10 → 11 characters a line (×1.15): "Sub Kegiatan" (12) does not fit with the next word
    expect(wrappedLines("Sub Kegiatan Penyusunan Dokumen", 10)).toBe(4);
    expect(wrappedLines("Pendek", 10)).toBe(1);
    expect(wrappedLines("baris satu\nbaris dua", 40)).toBe(2);
  });
  test("one-line rows keep the default height; longer text gets 14,5 pt a line", () => {
    const cols = [{ header: "Kode", width: 8 }, { header: "Uraian", width: 20 }];
    expect(rowHeight(["1.1", "Program A"], cols)).toBeUndefined();
    const text = "Sub Kegiatan Penyusunan Dokumen Perencanaan Perangkat Daerah"; // 60 chars, 23 a line → 3 lines
    expect(wrappedLines(text, 20)).toBe(3);
    expect(rowHeight(["1.1.1", text], cols)).toBe(Math.ceil(3 * 14.5 + 1));
    expect(rowHeight([null, 12345678901234567890], cols)).toBeUndefined(); // numbers never wrap
  });
});
