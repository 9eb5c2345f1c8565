import { sortFindings } from "../../../src/domain/report";
import type { Finding } from "../../../src/domain/types";
import { IKU, PLAN, makeFindings } from "./fixture";

function f(severity: Finding["severity"], sheet: string, row: number, cell: string, message = ""): Finding {
  return { rule: "layout", severity, sheet, cell, row, code: null, rowName: null, message, stated: null, computed: null };
}

describe("sortFindings", () => {
  it("orders by severity, then sheet order, then row", () => {
    const sorted = sortFindings(makeFindings(), [PLAN, IKU]);
    expect(sorted.map((x) => [x.severity, x.sheet, x.cell])).toEqual([
      ["error", PLAN, "K12"],
      ["error", IKU, "E5"],
      ["warning", PLAN, "M12"],
      ["info", PLAN, "K13"],
    ]);
  });

  it("follows the given sheet order", () => {
    const sorted = sortFindings(makeFindings(), [IKU, PLAN]);
    expect(sorted.slice(0, 2).map((x) => x.sheet)).toEqual([IKU, PLAN]);
  });

  it("puts sheets not in the list last, then orders by row and by column (AA after Z)", () => {
    const input = [
      f("warning", "Lain", 1, "A1"),
      f("warning", "S1", 7, "AA3"),
      f("warning", "S1", 7, "Z3"),
      f("warning", "S1", 2, "B2"),
      f("warning", "S2", 1, "A1"),
    ];
    const sorted = sortFindings(input, ["S2", "S1"]);
    expect(sorted.map((x) => `${x.sheet}!${x.cell}`)).toEqual(["S2!A1", "S1!B2", "S1!Z3", "S1!AA3", "Lain!A1"]);
  });

  it("is stable and does not modify its input", () => {
    const input = [f("info", "S", 3, "C3", "a"), f("info", "S", 3, "C3", "b"), f("info", "S", 3, "C3", "c")];
    const copy = [...input];
    expect(sortFindings(input, ["S"]).map((x) => x.message)).toEqual(["a", "b", "c"]);
    expect(input).toEqual(copy);
    expect(sortFindings([], [])).toEqual([]);
  });
});
