import { MAX_SHEET_NAME, placeOutputSheets, sanitizeSheetName, uniqueSheetName } from "../../src/hosts/placement";
import { argb, OUTPUT_COLOURS } from "../../src/hosts/palette";

const OUTPUTS = ["Capaian", "Predikat", "Ringkasan", "Temuan", "Narasi"];

describe("placeOutputSheets", () => {
  test("first run: every output sheet after the user's sheets, under its own name (five sheets)", () => {
    const plan = placeOutputSheets(
      [
        { name: "Renaksi 2024", ours: false },
        { name: "IKU", ours: false },
      ],
      OUTPUTS,
    );
    expect(plan).toEqual({ remove: [], keep: ["Renaksi 2024", "IKU"], names: OUTPUTS });
  });

  test("re-run: our previous sheets go, even renamed ones; a user's sheet with our name stays and ours is renamed", () => {
    const plan = placeOutputSheets(
      [
        { name: "Renaksi 2024", ours: false },
        { name: "capaian", ours: false }, // the user's own sheet, other case
        { name: "Capaian (2)", ours: true },
        { name: "Predikat lama", ours: true }, // ours, renamed by the user
        { name: "Temuan", ours: true },
      ],
      ["Capaian", "Predikat", "Temuan", "Narasi"],
    );
    expect(plan.remove).toEqual(["Capaian (2)", "Predikat lama", "Temuan"]);
    expect(plan.keep).toEqual(["Renaksi 2024", "capaian"]);
    // "Capaian (2)" is free again once our old sheet is removed.
    expect(plan.names).toEqual(["Capaian (2)", "Predikat", "Temuan", "Narasi"]);
  });

  test("two outputs wanting the same name get (2), (3) among each other", () => {
    const plan = placeOutputSheets([{ name: "Capaian", ours: false }], ["Capaian", "Capaian"]);
    expect(plan.names).toEqual(["Capaian (2)", "Capaian (3)"]);
  });

  test("a list of no sheets removes our old ones and adds nothing", () => {
    expect(placeOutputSheets([{ name: "Temuan", ours: true }], [])).toEqual({
      remove: ["Temuan"],
      keep: [],
      names: [],
    });
  });
});

describe("sheet names", () => {
  test("Excel's rules: forbidden characters become spaces, apostrophes at the ends go, 31 characters at most", () => {
    expect(sanitizeSheetName("Capaian: TW [II]/2024?")).toBe("Capaian TW II 2024");
    expect(sanitizeSheetName("'Ringkasan'")).toBe("Ringkasan");
    expect(sanitizeSheetName(" :*? ")).toBe("Capaian");
    expect(sanitizeSheetName("x".repeat(40))).toHaveLength(MAX_SHEET_NAME);
    // cut at 31 then trimmed: no trailing space
    expect(sanitizeSheetName("a".repeat(30) + " b")).toBe("a".repeat(30));
  });

  test("a taken name gets a suffix, shortened so that the whole name fits in 31 characters", () => {
    const long = "Ringkasan Capaian Kinerja dan Keuangan"; // 38 characters
    expect(uniqueSheetName(long, [])).toBe("Ringkasan Capaian Kinerja dan K");
    expect(uniqueSheetName(long, ["ringkasan capaian kinerja dan k"])).toBe("Ringkasan Capaian Kinerja d (2)");
    expect(uniqueSheetName("Temuan", ["Temuan", "TEMUAN (2)"])).toBe("Temuan (3)");
  });
});

describe("the one colour set", () => {
  test("ExcelJS colours are the Office.js ones with an opaque alpha", () => {
    expect(argb(OUTPUT_COLOURS.headerFill)).toBe("FF1F6F43");
    expect(argb("#e2efda")).toBe("FFE2EFDA");
  });
});

describe("both writers use it", () => {
  test("ExcelJS: header, program and total rows in the shared colours; re-run places by the plan", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- keeps the adapters out of the pure tests above
    const ExcelJS = require("exceljs") as typeof import("exceljs");
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { replaceOutputSheets } =
      require("../../src/xlsx/write-sheets") as typeof import("../../src/xlsx/write-sheets");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Renaksi 2024");
    const spec = (name: string) => ({
      name,
      columns: [{ header: "Kode", width: 10 }],
      rows: [
        { cells: ["1"], style: "program" as const },
        { cells: ["Jumlah"], style: "total" as const },
      ],
      headerRows: 1,
      freezeRows: 1,
      print: { landscape: true, fitToWidth: true, repeatHeader: true },
    });
    replaceOutputSheets(wb, OUTPUTS.map(spec));
    wb.addWorksheet("Narasi (2)"); // the user's, added between runs
    const second = replaceOutputSheets(wb, OUTPUTS.map(spec));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Renaksi 2024", "Narasi (2)", ...OUTPUTS]);
    expect(second.map((w) => w.sheetName)).toEqual(OUTPUTS);
    const ws = wb.getWorksheet("Capaian")!;
    const fill = (a: string) => (ws.getCell(a).fill as { fgColor?: { argb?: string } }).fgColor?.argb;
    expect([fill("A1"), fill("A2"), fill("A3")]).toEqual(
      [OUTPUT_COLOURS.headerFill, OUTPUT_COLOURS.programFill, OUTPUT_COLOURS.totalFill].map(argb),
    );
    expect(ws.getCell("A1").font?.color?.argb).toBe(argb(OUTPUT_COLOURS.headerText));
  });
});
