import { createExcelHost, SETTINGS_MAPPING, SETTINGS_PANE } from "../../src/excel/excel-host";
import { FakeBook } from "./fake-excel";
import { allSpecs, mockSettings } from "./specs";
import type { Result } from "../../src/domain/types";

function host(book: FakeBook, settings = mockSettings()) {
  return {
    settings,
    host: createExcelHost({ run: (batch) => batch(book.context), settings, supports: book.supports }),
  };
}

describe("createExcelHost", () => {
  it("reads grids, writes result.sheets and reads them back without its own output", async () => {
    const book = new FakeBook();
    book.addSheet("Renaksi", { A1: "Kode", A2: "1.1" });
    const { host: h } = host(book);
    expect(h.kind).toBe("excel");
    await h.writeResult({ sheets: allSpecs(5) } as unknown as Result);
    expect(book.sheets.map((s) => s.name)).toEqual(["Renaksi", "Capaian", "Ringkasan", "Temuan"]);
    const grids = await h.readGrids();
    expect(grids.map((g) => g.sheet)).toEqual(["Renaksi"]);
  });

  it("selects a cell on its sheet and rejects unknown sheets or bad addresses", async () => {
    const book = new FakeBook();
    book.addSheet("Renaksi", { A1: 1 });
    book.addSheet("Lain", { A1: 1 });
    const { host: h } = host(book);
    await h.selectCell!("Renaksi", "$K$12");
    expect(book.activeSheet).toBe("Renaksi");
    await expect(h.selectCell!("Tidak Ada", "A1")).rejects.toThrow(/tidak ditemukan/);
    await expect(h.selectCell!("Lain", "A1:B2; x")).rejects.toThrow(/tidak dapat dipilih/);
  });

  it("saves mapping and settings in the document settings", async () => {
    const book = new FakeBook();
    const { host: h, settings } = host(book);
    expect(await h.loadMapping()).toBeNull();
    expect(await h.loadSettings()).toBeNull();
    const mapping = { version: 1 as const, tables: [{ sheet: "Renaksi", columns: { F: "quarterTarget:1" } }] };
    await h.saveMapping(mapping);
    await h.saveSettings({ predicateScale: "permendagri86", averageOver: "all" });
    expect(settings.saves).toBe(2);
    expect(settings.store[SETTINGS_MAPPING]).toEqual(mapping);
    expect(await h.loadMapping()).toEqual(mapping);
    expect(await h.loadSettings()).toEqual({ predicateScale: "permendagri86", averageOver: "all" });
    settings.set(SETTINGS_PANE, { predicateScale: "x" });
    expect(await h.loadSettings()).toBeNull();
  });
});
