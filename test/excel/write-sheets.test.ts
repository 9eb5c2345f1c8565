import { writeSheets, planBatches, VALUE_SYNCS } from "../../src/excel/write-sheets";
import { MARKER_KEY, MARKER_VALUE, SETTINGS_OUTPUT_SHEETS } from "../../src/excel/marker";
import { FakeBook, type FakeSheet } from "./fake-excel";
import { allSpecs, capaianSpec, mockSettings, temuanSpec } from "./specs";

function sourceBook(): { book: FakeBook; sources: FakeSheet[] } {
  const book = new FakeBook();
  const sources = [
    book.addSheet("Renaksi 2024", { A1: "Kode", B1: "Nama", A2: "1.1", B2: "Kegiatan", C2: 100 }),
    book.addSheet("IKU", { A1: "Indikator", B1: 83.5 }),
  ];
  return { book, sources };
}

function snapshot(s: FakeSheet): string {
  return JSON.stringify({ name: s.name, cells: [...s.cells.entries()], props: [...s.props.entries()] });
}

async function run(book: FakeBook, n: number, settings = mockSettings()) {
  return writeSheets(book.context, allSpecs(n), { supports: book.supports, settings });
}

describe("writeSheets", () => {
  it("uses the same small number of syncs for 10 and 10 000 rows", async () => {
    const small = sourceBook().book;
    const r10 = await run(small, 10);
    const big = sourceBook().book;
    const r10k = await run(big, 10_000);
    expect(small.syncs).toBe(r10.syncs);
    expect(big.syncs).toBe(r10k.syncs);
    expect(big.syncs).toBe(small.syncs);
    expect(big.syncs).toBeLessThanOrEqual(8);
    // 10 000 rows really were written
    const cap = big.sheet("Capaian")!;
    expect(cap.cell("B10003")?.value).toMatch(/nomor 10000$/);
  });

  it("keeps every request of a 10 000-row run under 4 MB", async () => {
    const { book } = sourceBook();
    const r = await run(book, 10_000);
    const measured = Math.max(...book.batchBytes);
    expect(measured).toBeLessThan(4_000_000);
    expect(r.largestBatchBytes).toBeLessThan(4_000_000);
    // the writer's own estimate errs on the safe side of what the double measured
    expect(r.largestBatchBytes).toBeGreaterThanOrEqual(measured * 0.9);
  });

  it("never writes to the source sheets", async () => {
    const { book, sources } = sourceBook();
    const before = sources.map(snapshot);
    await run(book, 50);
    await run(book, 50);
    expect(sources.map((s) => s.writes)).toEqual([0, 0]);
    expect(sources.map(snapshot)).toEqual(before);
    expect(book.sheets.filter((s) => s.writes > 0).every((s) => s.createdByRun)).toBe(true);
  });

  it("marks its sheets, and a re-run replaces only them", async () => {
    const { book } = sourceBook();
    const settings = mockSettings();
    const first = await run(book, 10, settings);
    expect(first.sheetNames).toEqual(["Capaian", "Ringkasan", "Temuan"]);
    for (const n of first.sheetNames) expect(book.sheet(n)!.props.get(MARKER_KEY)).toBe(MARKER_VALUE);
    const firstIds = first.sheetNames.map((n) => book.sheet(n)!.id);

    const second = await run(book, 10, settings);
    expect(second.removed.sort()).toEqual(["Capaian", "Ringkasan", "Temuan"]);
    expect(second.sheetNames).toEqual(["Capaian", "Ringkasan", "Temuan"]);
    expect(book.sheets.map((s) => s.name)).toEqual(["Renaksi 2024", "IKU", "Capaian", "Ringkasan", "Temuan"]);
    expect(second.sheetNames.map((n) => book.sheet(n)!.id)).not.toEqual(firstIds);
    // one record per sheet: id, name and the signature read back after writing (used range, header row)
    expect(settings.store[SETTINGS_OUTPUT_SHEETS]).toEqual(
      second.sheetNames.map((n) => ({
        id: book.sheet(n)!.id,
        name: n,
        address: { Capaian: "A1:K13", Ringkasan: "A1:C9", Temuan: "A1:G11" }[n],
        headerRow: { Capaian: 3, Ringkasan: 2, Temuan: 1 }[n],
        headerHash: expect.stringMatching(/^\d+:[0-9a-f]{8}$/),
        marked: true,
      })),
    );
    expect(settings.saves).toBe(2);
  });

  it("without ExcelApi 1.12 recognises its sheets from the settings record (id and name)", async () => {
    const { book } = sourceBook();
    book.apiMinor = 7;
    const settings = mockSettings();
    await run(book, 10, settings);
    // the user renames our Temuan and creates their own sheet named Temuan
    book.sheet("Temuan")!.name = "Temuan lama";
    const userTemuan = book.addSheet("Temuan", { A1: "catatan saya" });
    const r = await run(book, 10, settings);
    expect(r.removed.sort()).toEqual(["Capaian", "Ringkasan"]);
    expect(book.sheet("Temuan")).toBe(userTemuan);
    expect(userTemuan.writes).toBe(0);
    expect(r.sheetNames).toEqual(["Capaian", "Ringkasan", "Temuan (2)"]);
    expect(book.sheet("Temuan lama")).toBeDefined(); // no longer matches its record: left alone
  });

  it("keeps a user's sheet named Capaian and writes ours as Capaian (2)", async () => {
    const { book } = sourceBook();
    const user = book.addSheet("capaian", { A1: "milik pengguna" });
    const settings = mockSettings();
    const r = await run(book, 10, settings);
    expect(r.sheetNames[0]).toBe("Capaian (2)");
    expect(user.writes).toBe(0);
    expect(user.cell("A1")?.value).toBe("milik pengguna");
    const again = await run(book, 10, settings);
    expect(again.removed).toContain("Capaian (2)");
    expect(again.sheetNames[0]).toBe("Capaian (2)");
    expect(book.sheet("capaian")).toBe(user);
  });

  it("writes text that looks like a formula or a number literally, as Text", async () => {
    const { book } = sourceBook();
    await run(book, 10);
    const t = book.sheet("Temuan")!;
    // row 1 header, findings from row 2; column F = row name
    expect(t.cell("F2")).toMatchObject({ value: "=SUM(A1)", numberFormat: "@" });
    expect(t.cell("F2")?.formula).toBeUndefined();
    expect(t.cell("F3")).toMatchObject({ value: "-", numberFormat: "@" });
    // codes such as "1.1" stay text; numbers keep their column format
    expect(t.cell("E2")).toMatchObject({ value: "1.1", numberFormat: "@" });
    const cap = book.sheet("Capaian")!;
    expect(cap.cell("G4")).toMatchObject({ value: 85927728, numberFormat: "#,##0" });
    expect(cap.cell("F4")?.numberFormat).toBe("0.00");
  });

  it("lays out titles, header, styles, widths, freeze panes, printing, links and the chart", async () => {
    const { book } = sourceBook();
    await run(book, 10);
    const cap = book.sheet("Capaian")!;
    expect(cap.cell("A1")?.value).toBe("CAPAIAN KINERJA DAN KEUANGAN");
    expect(cap.cell("A2")?.value).toBe("s.d. Triwulan II Tahun 2024");
    expect(cap.cell("A3")?.value).toBe("Kode"); // titles, then the header (no blank row)
    expect(cap.frozenRows).toBe(3);
    expect(cap.pageLayout.orientation).toBe("Landscape");
    expect(cap.pageLayout.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    expect(cap.pageLayout.printTitleRows).toBe("$3:$3");
    expect(cap.columnWidths.get(2)).toBeCloseTo((48 * 7 + 5) * 0.75);
    const header = cap.styles.find((s) => s.address.endsWith("!A3:K3"));
    expect(header?.props).toMatchObject({ "font.bold": true, "fill.color": "#1F6F43" });
    // program (row 4) and activity (row 5) bold, as one contiguous range each run
    expect(cap.styles.some((s) => s.address.endsWith("!A4:K4") && s.props["font.bold"] === true)).toBe(true);
    expect(cap.styles.some((s) => s.address.endsWith("!A5:K5") && s.props["font.bold"] === true)).toBe(true);
    // sub-activities (rows 6–8) plain: no style range touches them
    expect(cap.styles.some((s) => /!A[678]:/.test(s.address) && s.props["font.bold"] === true)).toBe(false);

    const t = book.sheet("Temuan")!;
    expect(t.links.get("D2")).toEqual({ documentReference: "'Renaksi 2024'!K12", textToDisplay: "K12" });

    const ring = book.sheet("Ringkasan")!;
    expect(ring.charts.list).toHaveLength(1);
    const chart = ring.charts.list[0];
    expect(chart.type).toBe("BarClustered");
    expect(chart.seriesList).toEqual([
      { name: "% Capaian Kinerja", values: "'Ringkasan'!B3:B5", xValues: "'Ringkasan'!A3:A5" },
      { name: "% Capaian Keuangan", values: "'Ringkasan'!C3:C5", xValues: "'Ringkasan'!A3:A5" },
    ]);
    expect(ring.cell("A6")?.value).toBeUndefined(); // blank row before the block
    expect(ring.cell("A7")?.value).toBe("Jumlah temuan");
    expect(ring.cell("B9")?.value).toBe(2);
    expect(book.activeSheet).toBe("Capaian");
  });

  it("skips page layout below ExcelApi 1.9 and still writes everything else", async () => {
    const { book } = sourceBook();
    book.apiMinor = 7;
    const r = await writeSheets(book.context, [capaianSpec(5), temuanSpec(2)], {
      supports: book.supports,
      settings: null,
    });
    const cap = book.sheet("Capaian")!;
    expect(cap.pageLayout.orientation).toBeUndefined();
    expect(cap.frozenRows).toBe(3);
    expect(r.syncs).toBe(1 + VALUE_SYNCS); // no marker sync below 1.12; structure rides with the first data batch
  });
});

describe("planBatches", () => {
  const op = (bytes: number) => ({ bytes, run: () => undefined });
  it("always makes VALUE_SYNCS batches when everything fits", () => {
    expect(planBatches([op(10)], [], 1000)).toHaveLength(VALUE_SYNCS);
    expect(
      planBatches(
        Array.from({ length: 100 }, () => op(10)),
        [op(5)],
        1000,
      ),
    ).toHaveLength(VALUE_SYNCS);
  });
  it("adds batches rather than exceed the budget", () => {
    const b = planBatches(
      Array.from({ length: 10 }, () => op(400)),
      [],
      1000,
    );
    expect(b.length).toBeGreaterThan(VALUE_SYNCS);
    for (const x of b) expect(x.reduce((s, o) => s + o.bytes, 0)).toBeLessThanOrEqual(1000);
  });
});

describe("block captions and indentation", () => {
  it("writes a caption row bold in column A only and indents the name column by level", async () => {
    const { book } = sourceBook();
    const spec = capaianSpec(5);
    spec.columns[1].indent = true;
    spec.rows.forEach((r, i) => (r.indent = [0, 1, 2, 2, 2][i]));
    spec.rows.push({ cells: ["Tabel 3.2 Capaian Program Dua", null, null], style: "caption" });
    await writeSheets(book.context, [spec], { supports: book.supports, settings: null });
    const cap = book.sheet("Capaian")!;
    // rows[5] is sheet row 3 + 1 + 5 = 9
    expect(cap.cell("A9")?.value).toBe("Tabel 3.2 Capaian Program Dua");
    expect(cap.styles.some((s) => s.address.endsWith("!A9:A9") && s.props["font.bold"] === true)).toBe(true);
    expect(cap.styles.some((s) => /!A9:K9$/.test(s.address))).toBe(false);
    // activity (row 5) one level, sub-activities (rows 6–8) two levels, only in column B
    expect(cap.styles.find((s) => s.address.endsWith("!B5:B5"))?.props.indentLevel).toBe(1);
    expect(cap.styles.find((s) => s.address.endsWith("!B6:B8"))?.props.indentLevel).toBe(2);
    expect(cap.styles.some((s) => s.props.indentLevel !== undefined && !/!B\d+:B\d+$/.test(s.address))).toBe(false);
    // table rows wrap, top-aligned (autofit gives the heights); the caption and the titles do not
    expect(cap.styles.find((s) => s.address.endsWith("!A4:K8"))?.props).toMatchObject({
      wrapText: true,
      verticalAlignment: "Top",
    });
    expect(cap.styles.some((s) => /!A(1|2|9):/.test(s.address) && s.props.wrapText === true)).toBe(false);
    // borders around the header and the rows (A3:K8), none on the titles or the caption
    const bordered = cap.styles.filter((s) => s.props["borders.InsideHorizontal.style"] === "Continuous");
    expect(bordered.map((s) => s.address.split("!")[1])).toEqual(["A3:K8"]);
    expect(bordered[0].props["borders.EdgeLeft.color"]).toBe("#808080");
  });
});

describe("per-cell number formats", () => {
  it("applies a row's numberFormats over the column format, and header-styled rows", async () => {
    const { book } = sourceBook();
    const spec = capaianSpec(2);
    spec.rows[0].numberFormats = [null, null, null, "0%"];
    spec.rows[1].style = "header";
    await writeSheets(book.context, [spec], { supports: book.supports, settings: null });
    const cap = book.sheet("Capaian")!;
    expect(cap.cell("D4")?.numberFormat).toBe("0%");
    expect(cap.cell("E4")?.numberFormat).toBe("#,##0.00");
    expect(cap.styles.some((s) => s.address.endsWith("!A5:K5") && s.props["fill.color"] === "#1F6F43")).toBe(true);
  });
});
