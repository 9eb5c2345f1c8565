/**
 * Marker trust in the add-in (issue 14.2): a user's sheet is never dropped or replaced because it
 * carries a copied or forged marker; ours is then written under a new name.
 */
import { readGrids } from "../../src/excel/read-grids";
import { writeSheets } from "../../src/excel/write-sheets";
import {
  headerHash,
  MARKER_KEY,
  MARKER_VALUE,
  SETTINGS_OUTPUT_SHEETS,
  type OutputSheetRecord,
} from "../../src/excel/marker";
import { FakeBook, type FakeSheet } from "./fake-excel";
import { allSpecs, mockSettings } from "./specs";

function book(minor: number): FakeBook {
  const b = new FakeBook();
  b.apiMinor = minor;
  b.addSheet("Renaksi 2024", { A1: "Kode", B1: "Nama", A2: "1.1", B2: "Kegiatan", C2: 100 });
  b.addSheet("IKU", { A1: "Indikator", B1: 83.5 });
  return b;
}

/** What Excel's "Move or Copy… / Create a copy" gives: same cells and custom properties, a new id. */
function copySheet(b: FakeBook, from: FakeSheet, name: string): FakeSheet {
  const copy = b.addSheet(name);
  for (const [k, c] of from.cells) copy.cells.set(k, { ...c });
  for (const [k, v] of from.props) copy.props.set(k, v);
  return copy;
}

const run = (b: FakeBook, settings: ReturnType<typeof mockSettings>) =>
  writeSheets(b.context, allSpecs(5), { supports: b.supports, settings });

describe.each([13, 7])("marker trust on ExcelApi 1.%i", (minor) => {
  it("a copy of our Temuan with the user's notes is kept and read as theirs", async () => {
    const b = book(minor);
    const settings = mockSettings();
    await run(b, settings);
    const copy = copySheet(b, b.sheet("Temuan")!, "Temuan catatan");
    copy.cells.set("1,9", { value: "catatan saya" }); // I1
    const before = JSON.stringify([...copy.cells]);
    const r = await run(b, settings);
    expect(r.removed.sort()).toEqual(["Capaian", "Ringkasan", "Temuan"]);
    expect(b.sheet("Temuan catatan")).toBe(copy);
    expect(copy.writes).toBe(0);
    expect(JSON.stringify([...copy.cells])).toBe(before);
    const grids = await readGrids(b.context, { supports: b.supports, settings });
    expect(grids.map((g) => g.sheet)).toEqual(["Renaksi 2024", "IKU", "Temuan catatan"]);
  });

  it("a copy renamed to Temuan after ours was deleted is kept, ours becomes Temuan (2)", async () => {
    const b = book(minor);
    const settings = mockSettings();
    await run(b, settings);
    const ours = b.sheet("Temuan")!;
    const copy = copySheet(b, ours, "Salinan");
    ours.delete();
    copy.name = "Temuan"; // same name and the same content as recorded, but another id
    const r = await run(b, settings);
    expect(r.removed.sort()).toEqual(["Capaian", "Ringkasan"]);
    expect(b.sheet("Temuan")).toBe(copy);
    expect(copy.writes).toBe(1); // only the rename above
    expect(r.sheetNames).toEqual(["Capaian", "Ringkasan", "Temuan (2)"]);
  });

  it("a settings record naming a user's sheet does not make it ours", async () => {
    const b = book(minor);
    const iku = b.sheet("IKU")!;
    const settings = mockSettings();
    const forged: OutputSheetRecord[] = [
      { id: iku.id, name: "IKU" }, // an old record without signature
      { id: iku.id, name: "IKU", address: "A1:K13", headerRow: 1, headerHash: headerHash(["Indikator"]), marked: true },
    ];
    settings.set(SETTINGS_OUTPUT_SHEETS, forged);
    const r = await run(b, settings);
    expect(r.removed).toEqual([]);
    expect(b.sheet("IKU")).toBe(iku);
    expect(iku.writes).toBe(0);
    const grids = await readGrids(b.context, { supports: b.supports, settings });
    expect(grids.map((g) => g.sheet)).toContain("IKU");
  });

  it("a marked sheet the user typed into (below the table, or in the header) is kept", async () => {
    const b = book(minor);
    const settings = mockSettings();
    await run(b, settings);
    const cap = b.sheet("Capaian")!;
    cap.cells.set("40,2", { value: "catatan: angka triwulan III menyusul" }); // B40, below the table
    const ring = b.sheet("Ringkasan")!;
    ring.cells.set("2,1", { value: "Sasaran (diubah)" }); // header cell A2 rewritten
    const writesBefore = [cap.writes, ring.writes];
    const r = await run(b, settings);
    expect(r.removed).toEqual(["Temuan"]);
    expect([cap.writes, ring.writes]).toEqual(writesBefore); // not written to by this run
    expect(b.sheet("Capaian")).toBe(cap);
    expect(b.sheet("Ringkasan")).toBe(ring);
    expect(r.sheetNames).toEqual(["Capaian (2)", "Ringkasan (2)", "Temuan"]);
    // and the next run replaces only the sheets it wrote this time
    const again = await run(b, settings);
    expect(again.removed.sort()).toEqual(["Capaian (2)", "Ringkasan (2)", "Temuan"]);
    expect(again.sheetNames).toEqual(["Capaian (2)", "Ringkasan (2)", "Temuan"]);
    expect(b.sheet("Capaian")).toBe(cap);
  });

  it("an untouched output sheet is still recognised and replaced, with the same number of syncs", async () => {
    const b = book(minor);
    const settings = mockSettings();
    const first = await run(b, settings);
    const second = await run(b, settings);
    expect(second.removed.sort()).toEqual(["Capaian", "Ringkasan", "Temuan"]);
    expect(second.sheetNames).toEqual(first.sheetNames);
    // sheet list, markers/signatures, VALUE_SYNCS data batches (the first with the structure)
    expect(second.syncs).toBe(5);
    expect(first.syncs).toBe(minor >= 12 ? 5 : 4); // nothing to ask on the first run below 1.12
  });
});

describe("marker trust, ExcelApi 1.12 property", () => {
  it("a record whose sheet lost our custom property is not trusted", async () => {
    const b = book(13);
    const settings = mockSettings();
    await run(b, settings);
    const t = b.sheet("Temuan")!;
    t.props.delete(MARKER_KEY.toLowerCase());
    const r = await run(b, settings);
    expect(r.removed.sort()).toEqual(["Capaian", "Ringkasan"]);
    expect(b.sheet("Temuan")).toBe(t);
    expect(r.sheetNames[2]).toBe("Temuan (2)");
  });

  it("a property with another value is not ours", async () => {
    const b = book(13);
    const settings = mockSettings();
    await run(b, settings);
    b.sheet("Capaian")!.props.set(MARKER_KEY.toLowerCase(), "capaian/99");
    const r = await run(b, settings);
    expect(r.removed.sort()).toEqual(["Ringkasan", "Temuan"]);
    expect(MARKER_VALUE).toBe("capaian/1");
  });
});
