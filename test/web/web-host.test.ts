import * as fs from "fs";
import * as path from "path";
import { hitungCapaian } from "../../src/domain/engine";
import type { Mapping } from "../../src/domain/types";
import { resultFileName } from "../../src/web/download";
import * as storage from "../../src/web/storage";
import { createWebHost, WebFileError, type ResultFile } from "../../src/web/web-host";
import * as io from "../../src/web/package-io";
import { InputError, loadWorkbook } from "../../src/xlsx";

const SAMPLE = path.resolve(__dirname, "../../samples/contoh-dinas-2024.xlsx");

class MemoryStore implements storage.KeyValueStore {
  readonly map = new Map<string, string>();
  getItem(k: string) {
    return this.map.has(k) ? this.map.get(k)! : null;
  }
  setItem(k: string, v: string) {
    this.map.set(k, v);
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
}

function fileOf(name: string, bytes: Uint8Array) {
  return { name, size: bytes.length, arrayBuffer: async () => bytes.slice().buffer as ArrayBuffer };
}

function setup(name: string, bytes: Uint8Array, store = new MemoryStore()) {
  const downloads: { url: string; name: string }[] = [];
  const results: ResultFile[] = [];
  const revoked: string[] = [];
  const blobs: Blob[] = [];
  const host = createWebHost(fileOf(name, bytes), {
    store,
    loadIo: async () => io,
    createObjectUrl: (b) => {
      blobs.push(b);
      return `blob:test/${blobs.length}`;
    },
    revokeObjectUrl: (u) => revoked.push(u),
    download: (url, n) => downloads.push({ url, name: n }),
    onResult: (r) => results.push(r),
  });
  return { host, downloads, results, revoked, blobs, store };
}

describe("resultFileName", () => {
  test.each([
    ["contoh-dinas-2024.xlsx", "contoh-dinas-2024-capaian.xlsx"],
    ["Laporan TW2.XLSX", "Laporan TW2-capaian.xlsx"],
    ["tanpa-ekstensi", "tanpa-ekstensi-capaian.xlsx"],
    [".xlsx", "workbook-capaian.xlsx"],
  ])("%s → %s", (input, out) => expect(resultFileName(input)).toBe(out));
});

describe("createWebHost", () => {
  const sample = new Uint8Array(fs.readFileSync(SAMPLE));

  test("reads the file, writes the input plus the output sheets and offers it as <name>-capaian.xlsx", async () => {
    const { host, downloads, results, revoked, blobs } = setup("contoh-dinas-2024.xlsx", sample);
    expect(host.kind).toBe("web");
    expect(host.selectCell).toBeUndefined();
    const grids = await host.readGrids();
    expect(grids.map((g) => g.sheet)).toContain("Renaksi 2024");
    const result = hitungCapaian(grids, {});
    await host.writeResult(result);
    expect(downloads).toEqual([{ url: "blob:test/1", name: "contoh-dinas-2024-capaian.xlsx" }]);
    expect(results[0]).toMatchObject({ url: "blob:test/1", fileName: "contoh-dinas-2024-capaian.xlsx" });
    expect(blobs[0].type).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const wb = await loadWorkbook(new Uint8Array(await blobs[0].arrayBuffer()));
    expect(wb.worksheets.map((w) => w.name).slice(-5)).toEqual(["Capaian", "Predikat", "Ringkasan", "Temuan", "Narasi"]);

    // A re-run replaces its own sheets (no "Capaian (2)") and revokes the previous URL.
    await host.writeResult(hitungCapaian(await host.readGrids(), {}));
    expect(revoked).toEqual(["blob:test/1"]);
    const wb2 = await loadWorkbook(new Uint8Array(await blobs[1].arrayBuffer()));
    expect(wb2.worksheets.map((w) => w.name)).toEqual(wb.worksheets.map((w) => w.name));
    host.dispose();
    expect(revoked).toEqual(["blob:test/1", "blob:test/2"]);
  });

  test("an unusable file is an InputError with the Indonesian message", async () => {
    const { host } = setup("rusak.xlsx", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    await expect(host.readGrids()).rejects.toThrow(InputError);
    await expect(host.readGrids()).rejects.toThrow(/"rusak\.xlsx" rusak atau tidak lengkap/);
  });

  test("a file that can no longer be read says to choose it again", async () => {
    const host = createWebHost(
      { name: "hilang.xlsx", size: 1, arrayBuffer: () => Promise.reject(new Error("NotReadableError")) },
      { store: null, loadIo: async () => io },
    );
    const e = await host.readGrids().catch((x: unknown) => x);
    expect(e).toBeInstanceOf(WebFileError);
    expect((e as Error).message).toMatch(/hilang\.xlsx.*Pilih berkasnya sekali lagi/);
  });

  test("settings and the mapping (per file name) live in the store", async () => {
    const store = new MemoryStore();
    const a = setup("a.xlsx", sample, store).host;
    const b = setup("b.xlsx", sample, store).host;
    expect(await a.loadSettings()).toBeNull();
    await a.saveSettings({ predicateScale: "permendagri86", averageOver: "all" });
    expect(await b.loadSettings()).toEqual({ predicateScale: "permendagri86", averageOver: "all" });

    const mapping: Mapping = { version: 1, tables: [{ sheet: "Renaksi 2024", columns: { A: "code", B: "name" } }] };
    await a.saveMapping(mapping);
    expect(await a.loadMapping()).toEqual(mapping);
    expect(await b.loadMapping()).toBeNull();
    await a.saveMapping({ version: 1, tables: [] });
    expect(await a.loadMapping()).toBeNull();
    expect(store.map.has(storage.mappingKey("a.xlsx"))).toBe(false);
  });

  test("damaged or foreign entries in the store are ignored; no store at all is fine", async () => {
    const store = new MemoryStore();
    store.setItem(storage.SETTINGS_KEY, "{not json");
    store.setItem(storage.mappingKey("x.xlsx"), JSON.stringify({ version: 2, tables: [] }));
    const { host } = setup("x.xlsx", sample, store);
    expect(await host.loadSettings()).toBeNull();
    expect(await host.loadMapping()).toBeNull();
    expect(storage.parseSettings({ predicateScale: "nope", averageOver: "all" })).toEqual({ averageOver: "all" });

    const none = createWebHost(fileOf("x.xlsx", sample), { store: null, loadIo: async () => io });
    await none.saveSettings({ predicateScale: "sakip", averageOver: "targeted" });
    expect(await none.loadSettings()).toBeNull();
  });
});
