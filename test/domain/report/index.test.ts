import { OUTPUT_SHEET_NAMES, buildSheets } from "../../../src/domain/report";
import { FORMULA_NAME, makeInput } from "./fixture";

describe("buildSheets", () => {
  const sheets = buildSheets(makeInput());

  it("returns Capaian, Predikat, Ringkasan, Temuan, Narasi in that order", () => {
    expect(OUTPUT_SHEET_NAMES).toEqual(["Capaian", "Predikat", "Ringkasan", "Temuan", "Narasi"]);
    expect(sheets.map((s) => s.name)).toEqual([...OUTPUT_SHEET_NAMES]);
  });

  it("writes only strings, finite numbers and nulls, and keeps workbook text as is", () => {
    let seen = 0;
    for (const s of sheets) {
      const all = [...s.rows, ...(s.blocks ?? []).flatMap((b) => b.rows)];
      for (const r of all) {
        for (const c of r.cells) {
          expect(c === null || typeof c === "string" || (typeof c === "number" && Number.isFinite(c))).toBe(true);
          if (c === FORMULA_NAME) seen++;
        }
        if (r.numberFormats) expect(r.numberFormats.length).toBeLessThanOrEqual(s.columns.length);
      }
      expect(s.headerRows).toBeGreaterThanOrEqual(1);
    }
    // Capaian, Predikat, Ringkasan activity table, Temuan (2 findings on that row)
    expect(seen).toBe(5);
  });

  it("is deterministic and does not modify its input", () => {
    const input = makeInput();
    const before = JSON.stringify(input);
    expect(JSON.stringify(buildSheets(input))).toBe(JSON.stringify(buildSheets(input)));
    expect(JSON.stringify(input)).toBe(before);
  });
});
