/** @jest-environment jsdom */
import "../taskpane/setup-dom";
import { render } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { Cell, Grid } from "../../src/domain/grid";
import { CellContext, cellText, parseCellRange } from "../../src/web/CellContext";

function grid(): Grid {
  // Rows 1..6, columns A..F; value = "r,c" text, numbers in column D, an error at D4.
  const cells: Cell[][] = Array.from({ length: 6 }, (_, r) =>
    Array.from({ length: 6 }, (_, c): Cell =>
      c === 3 ? { value: (r + 1) * 1000 + 0.5 } : { value: `${r + 1},${c + 1}` },
    ),
  );
  cells[3][3] = { value: null, error: "#REF!" };
  return { sheet: "Data", top: 1, left: 1, cells, merges: [] };
}

function show(cell: string, grids: Grid[] | null = [grid()]) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <CellContext finding={{ sheet: "Data", cell }} grids={grids} />
    </FluentProvider>,
  );
}

test("parseCellRange", () => {
  expect(parseCellRange("R40")).toEqual({ top: 40, left: 18, bottom: 40, right: 18 });
  expect(parseCellRange("$K$12:K14")).toEqual({ top: 12, left: 11, bottom: 14, right: 11 });
  expect(parseCellRange("Data!A1")).toBeNull();
});

test("cellText formats numbers the Indonesian way and keeps formulas for the tooltip", () => {
  expect(cellText({ value: 8779864728 }).text).toBe("8.779.864.728");
  expect(cellText({ value: 47.494 }).text).toBe("47,49");
  expect(cellText({ value: null, error: "#REF!" }).text).toBe("#REF!");
  expect(cellText({ value: 5, formula: "=SUM(A1:A2)" }).full).toBe("5  (=SUM(A1:A2))");
  expect(cellText({ value: "x".repeat(40) }).text).toHaveLength(28);
});

test("two rows and columns around the cell, the cell highlighted", () => {
  const { container } = show("D4");
  const heads = Array.from(container.querySelectorAll("thead th")).map((th) => th.textContent);
  expect(heads).toEqual(["", "B", "C", "D", "E", "F"]);
  const rows = Array.from(container.querySelectorAll("tbody th")).map((th) => th.textContent);
  expect(rows).toEqual(["2", "3", "4", "5", "6"]);
  const flagged = container.querySelectorAll('td[data-flagged="true"]');
  expect(flagged).toHaveLength(1);
  expect(flagged[0].textContent).toContain("#REF!");
  expect(container.querySelector("caption")?.textContent).toBe("Sel di sekitar Data!D4");
});

test("clamped at the sheet's first row and column; cells past the data are empty", () => {
  const { container } = show("A1");
  expect(Array.from(container.querySelectorAll("thead th")).map((th) => th.textContent)).toEqual(["", "A", "B", "C"]);
  const { container: c2 } = show("F6");
  const last = Array.from(c2.querySelectorAll("tbody tr")).pop()!;
  expect(last.querySelector("th")?.textContent).toBe("8");
  expect(Array.from(last.querySelectorAll("td")).every((td) => td.textContent === "")).toBe(true);
});

test("an unknown sheet says so; no grids shows nothing", () => {
  const { container } = render(
    <FluentProvider theme={webLightTheme}>
      <CellContext finding={{ sheet: "Lain", cell: "A1" }} grids={[grid()]} />
    </FluentProvider>,
  );
  expect(container.textContent).toContain("Lembar atau sel ini tidak ada");
  expect(show("A1", null).container.querySelector("table")).toBeNull();
});
