/**
 * Form E.81 with nested group rows, `%` sub-columns and a signature block (e81-nested.fixture.ts).
 *
 * Worked by hand (TW II):
 * - row 13: 1 + 1 of 4 = 50 %; row 14: 0 + 5 of 20 = 25 %, but its `%` sub-column says 25 % at TW I
 *   (25 % × 20 = 5, K14 = 0) and 50 % at TW II ((50 − 25) % × 20 = 5 = N14 ✓): one defect, at K14.
 * - activity 12 states 25 % (TW I), 50 % (s.d. TW II); computed (50 + 25) ÷ 2 = 37,5 % — the
 *   difference comes from K14 alone (with K14 = 5: (50 + 50) ÷ 2 = 50 %), so it is not flagged again.
 * - money: subs 400 + 200 + 150 + 250 = 1.000; urusan (=J10) = bidang (=J11) = program = JUMLAH = 1.000.
 */
import { hitungCapaian } from "../../../src/domain/engine";
import { e81NestedGrid } from "./e81-nested.fixture";

describe("Form E.81 with nested groups, % sub-columns and a signature block", () => {
  const r = hitungCapaian([e81NestedGrid()], { quarter: 2 });
  const byRow = (n: number) => r.rows.find((x) => x.row === n)!;
  const rules = (rule: string) => r.findings.filter((f) => f.rule === rule);

  test("groups nest from their formulas: urusan → bidang → program", () => {
    expect([9, 10].map((n) => byRow(n).level)).toEqual(["group", "group"]);
    expect(byRow(10).parentId).toBe(byRow(9).id);
    expect(byRow(11).parentId).toBe(byRow(10).id);
  });

  test("the total row is compared with the leaves: no double count of urusan + bidang", () => {
    expect(rules("sum-mismatch")).toEqual([]);
    expect(r.totals.budget).toBe(1000);
  });

  test("the K that disagrees with its % × target is the one finding (not the activity rows)", () => {
    const s = rules("stated-value-mismatch");
    expect(s.map((f) => [f.cell, f.stated, f.computed])).toEqual([["K14", 0, 5]]);
    expect(s[0].message).toContain("kolom % di sebelahnya (25,00%) × target 20 berarti 5");
    expect(byRow(12).figures.realizationPct).toBe(37.5); // computed from the K values as written
  });

  test("place, date, office, name and NIP under the table are not values", () => {
    expect(rules("unparseable-value")).toEqual([]);
    expect(r.rows.some((x) => x.row >= 20)).toBe(false);
  });

  test("the undated s.d. column raises one finding per cell at most", () => {
    const cells = r.findings.filter((f) => f.rule !== "layout").map((f) => `${f.rule}|${f.cell}`);
    expect(new Set(cells).size).toBe(cells.length);
  });
});
