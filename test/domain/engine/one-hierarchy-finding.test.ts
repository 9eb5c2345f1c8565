/** A row whose level is only guessed gets one hierarchy finding, not a second one for its parent. */
import { hitungCapaian } from "../../../src/domain/engine";
import { gridFrom } from "../../support/grid";

test("level guessed → one hierarchy finding per row (no extra 'no parent')", () => {
  const grid = gridFrom("Data", [
    ["Uraian", "Target", "Realisasi TW I", "Pagu Anggaran"],
    ["Penyusunan Dokumen Perencanaan", 2, 1, 1000000],
    ["Pelaksanaan Rapat Koordinasi", 4, 1, 2000000],
  ]);
  const r = hitungCapaian([grid], { quarter: 1 });
  const h = r.findings.filter((f) => f.rule === "hierarchy");
  expect(h.map((f) => f.cell)).toEqual(["A2", "A3"]);
  expect(h.every((f) => /tidak dapat dipastikan/.test(f.message))).toBe(true);
});
