import { hitungCapaian, hitungCapaianTaking } from "../../../src/domain/engine";
import { generateLayoutA, layoutAGrid } from "../../../src/sample/generate-layout-a";

describe("hitungCapaianTaking (the CLI hands its grids over)", () => {
  const g = generateLayoutA({ subactivities: 30, codes: "nomenclature" });

  test("the same result as hitungCapaian, the grids taken once", () => {
    let calls = 0;
    const taken = hitungCapaianTaking(
      () => {
        calls++;
        return [layoutAGrid(g)];
      },
      { quarter: 2 },
    );
    const direct = hitungCapaian([layoutAGrid(g)], { quarter: 2 });
    expect(calls).toBe(1);
    expect(taken.totals.subactivities).toBe(30);
    expect(taken.report).toEqual(direct.report);
    expect(taken.sheets).toEqual(direct.sheets);
    expect(taken.rows).toEqual(direct.rows);
  });

  test("the stages in order, the grids taken before the first", () => {
    const seen: string[] = [];
    hitungCapaianTaking(
      () => {
        seen.push("take");
        return [layoutAGrid(g)];
      },
      {},
      (s) => seen.push(s),
    );
    expect(seen).toEqual(["take", "mengenali", "menghitung", "memeriksa"]);
  });
});
