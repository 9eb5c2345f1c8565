/** Pure helpers of the pane: mapping model ↔ Mapping, header composition, error wording. */
import {
  composeHeader,
  decodeRole,
  encodeRole,
  initialTables,
  tableFromDetected,
  toMapping,
  validateTables,
} from "../../src/taskpane/state/mapping";
import { describeError, isDomainError } from "../../src/taskpane/state/errors";
import type { Mapping } from "../../src/domain/types";
import { detectedTable, sampleGrid } from "./fixtures";

describe("role encoding", () => {
  test.each([
    ["name", null, "name"],
    ["quarterTarget", 3, "quarterTarget:3"],
    ["quarterTarget", null, "quarterTarget:1"],
    ["statedPerformancePct", null, "statedPerformancePct"],
    ["statedPerformancePct", 2, "statedPerformancePct:2"],
    ["budget", 4, "budget"],
    ["none", null, null],
  ] as const)("%s / %s → %s", (kind, quarter, text) => {
    expect(encodeRole(kind, quarter)).toBe(text);
  });

  test("decodes what it encodes and tolerates junk", () => {
    expect(decodeRole("spentToDate:2")).toEqual({ kind: "spentToDate", quarter: 2 });
    expect(decodeRole("statedBudgetPct")).toEqual({ kind: "statedBudgetPct", quarter: null });
    // a quarterly role without its quarter is refused by the engine too (MappingError): shown as "none"
    expect(decodeRole("quarterRealization")).toEqual({ kind: "none", quarter: null });
    expect(decodeRole("budget:9")).toEqual({ kind: "budget", quarter: null });
    expect(decodeRole("bogus")).toEqual({ kind: "none", quarter: null });
  });
});

describe("mapping model", () => {
  test("a detected table round-trips to a Mapping with every mapped column", () => {
    const m = toMapping([tableFromDetected(detectedTable())]);
    expect(m).toEqual({
      version: 1,
      tables: [
        {
          sheet: "Renaksi 2024",
          kind: "plan",
          headerRows: { first: 5, last: 6 },
          dataRows: { first: 7, last: 40 },
          columns: {
            A: "code",
            B: "name",
            C: "annualTarget",
            D: "quarterTarget:1",
            E: "quarterRealization:1",
            F: "budget",
          },
        },
      ],
    });
  });

  test("a saved mapping overrides detection for its sheet and adds tables of other sheets", () => {
    const saved: Mapping = {
      version: 1,
      tables: [
        { sheet: "Renaksi 2024", dataRows: { first: 8 }, columns: { b: "name", G: "spentToDate:2" } },
        {
          sheet: "IKU",
          kind: "keyIndicators",
          headerRows: { first: 3, last: 3 },
          columns: { B: "name", C: "numerator" },
        },
      ],
    };
    const tables = initialTables([detectedTable()], saved, null);
    expect(tables).toHaveLength(2);
    expect(tables[0].dataFirst).toBe(8);
    expect(tables[0].dataLast).toBeNull();
    expect(tables[0].columns.map((c) => [c.letter, c.kind, c.quarter])).toEqual([
      ["A", "none", null],
      ["B", "name", null],
      ["C", "none", null],
      ["D", "none", null],
      ["E", "none", null],
      ["F", "none", null],
      ["G", "spentToDate", 2],
    ]);
    expect(tables[0].columns[1].header).toBe("Program/Kegiatan/Sub Kegiatan");
    expect(tables[1]).toMatchObject({
      sheet: "IKU",
      kind: "keyIndicators",
      headerFirst: 3,
      headerLast: 3,
      dataFirst: 4,
    });
    expect(toMapping(tables).tables[1].columns).toEqual({ B: "name", C: "numerator" });
  });

  test("columns detection did not list are added from the grid, unmapped", () => {
    const det = { ...detectedTable(), headerRows: { first: 1, last: 2 }, columns: detectedTable().columns.slice(0, 2) };
    const [t] = initialTables([det], null, [sampleGrid("Renaksi 2024")]);
    expect(t.columns.map((c) => [c.letter, c.kind, c.header])).toEqual([
      ["A", "code", "Kode"],
      ["B", "name", "Program/Kegiatan/Sub Kegiatan"],
      ["C", "none", "Target Kinerja / TW I"],
      ["D", "none", "Target Kinerja / TW II"],
      ["E", "none", "Pagu / (Rp)"],
    ]);
  });

  test("header text joins the header rows and spreads merged cells", () => {
    const g = sampleGrid();
    expect(composeHeader(g, 3, 1, 2)).toBe("Target Kinerja / TW I");
    expect(composeHeader(g, 4, 1, 2)).toBe("Target Kinerja / TW II");
    expect(composeHeader(g, 5, 1, 2)).toBe("Pagu / (Rp)");
    expect(composeHeader(g, 1, 1, 2)).toBe("No");
  });

  test("validation: name column, row numbers, duplicate roles", () => {
    const t = tableFromDetected(detectedTable());
    expect(validateTables([t])).toEqual([]);
    const bad = {
      ...t,
      dataFirst: 6,
      columns: t.columns.map((c) =>
        c.letter === "B"
          ? { ...c, kind: "none" as const }
          : c.letter === "E"
            ? { ...c, kind: "quarterTarget" as const }
            : c,
      ),
    };
    expect(validateTables([bad])).toEqual([
      { kind: "badRows", sheet: "Renaksi 2024" },
      { kind: "needName", sheet: "Renaksi 2024" },
      { kind: "duplicateRole", sheet: "Renaksi 2024", role: "quarterTarget", quarter: 1, letters: ["D", "E"] },
    ]);
  });

  test("several code columns and several name columns are legal (as detection pre-fills them)", () => {
    const t = tableFromDetected(detectedTable());
    const split = {
      ...t,
      columns: t.columns.map((c, i) => (i < 2 ? { ...c, kind: "code" as const } : c)),
    };
    split.columns.push({ letter: "Y", header: "Kegiatan", kind: "name", quarter: null });
    split.columns.push({ letter: "Z", header: "Sub Kegiatan", kind: "name", quarter: null });
    expect(validateTables([split])).toEqual([]);
  });
});

describe("error wording", () => {
  test("a named engine error keeps its Indonesian message and suggests the mapping", () => {
    const e = Object.assign(new Error("Tidak ada tabel yang dikenali."), { name: "NoTableError" });
    expect(isDomainError(e)).toBe(true);
    expect(describeError(e, "mengenali", "engine")).toEqual({
      source: "engine",
      step: "mengenali",
      message: "Tidak ada tabel yang dikenali.",
      detail: null,
      suggestMapping: true,
      noTable: true,
    });
  });

  test("an Office API error becomes a generic sentence with the code as detail", () => {
    const e = Object.assign(new Error("There was an internal error."), {
      name: "RichApi.Error",
      code: "GeneralException",
    });
    const d = describeError(e, "menulis", "host");
    expect(isDomainError(e)).toBe(false);
    expect(d.message).toMatch(/^Terjadi kesalahan saat menulis hasil ke workbook\. Coba lagi; jika berulang, /);
    expect(d.detail).toBe("GeneralException: There was an internal error.");
    expect(d.suggestMapping).toBe(false);
  });

  test("non-Error throws are handled", () => {
    expect(describeError("oops", "membaca", "host").detail).toBe("oops");
    expect(describeError(undefined, "membaca", "host").detail).toBeNull();
  });
});
