import { promises as fs, mkdtempSync } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { loadWorkbook, vetXlsxBytes, ZIP_LIMITS } from "../../src/xlsx/load";
import { InputError } from "../../src/xlsx/errors";
import { readCentralDirectory, checkZipLimits, normaliseZipTimestamps } from "../../src/xlsx/zip";
import { toBuffer } from "./helpers";

const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
let dir: string;
let xlsx: Buffer;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "capaian-load-"));
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Renaksi").getCell("A1").value = "Kode";
  xlsx = await toBuffer(wb);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function write(name: string, data: Buffer | string): Promise<string> {
  const p = path.join(dir, name);
  await fs.writeFile(p, data);
  return p;
}

async function errorOf(p: Promise<unknown>): Promise<InputError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error("expected an InputError");
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    const err = e as InputError;
    expect(err.message.length).toBeGreaterThan(20);
    return err.code;
  }
  return "ok";
}

describe("loadWorkbook", () => {
  test("a valid .xlsx from a path and from a Buffer", async () => {
    const p = await write("ok.xlsx", xlsx);
    expect((await loadWorkbook(p)).getWorksheet("Renaksi")?.getCell("A1").value).toBe("Kode");
    expect((await loadWorkbook(xlsx)).worksheets).toHaveLength(1);
    expect((await loadWorkbook(new Uint8Array(xlsx))).worksheets).toHaveLength(1);
  });

  test("missing file", async () => {
    const p = path.join(dir, "tidak-ada.xlsx");
    const err = await errorOf(loadWorkbook(p));
    expect(err).toBeInstanceOf(InputError);
    expect(err.code).toBe("file-not-found");
    expect(err.message).toContain("tidak ditemukan");
    expect(err.message).toContain("tidak-ada.xlsx");
  });

  test("a folder, an empty file", async () => {
    expect(await codeOf(loadWorkbook(dir))).toBe("not-a-file");
    expect(await codeOf(loadWorkbook(await write("kosong.xlsx", Buffer.alloc(0))))).toBe("empty-file");
  });

  test("old .xls (OLE2 signature) says so and tells what to do", async () => {
    const stub = Buffer.concat([OLE2, Buffer.alloc(4096, 0), Buffer.from("Workbook", "utf16le")]);
    const err = await errorOf(loadWorkbook(await write("lama.xls", stub)));
    expect(err.code).toBe("xls-legacy");
    expect(err.message).toContain(".xls lama");
    expect(err.message).toContain("Simpan ulang berkas sebagai Excel Workbook (.xlsx) lalu coba lagi.");
  });

  test("password-protected workbook (OLE2 with an EncryptedPackage stream)", async () => {
    const stub = Buffer.concat([
      OLE2,
      Buffer.alloc(1024, 0),
      Buffer.from("EncryptionInfo", "utf16le"),
      Buffer.alloc(64, 0),
      Buffer.from("EncryptedPackage", "utf16le"),
      Buffer.alloc(1024, 0),
    ]);
    const err = await errorOf(loadWorkbook(await write("sandi.xlsx", stub)));
    expect(err.code).toBe("encrypted");
    expect(err.message).toContain("kata sandi");
  });

  test("CSV / text file", async () => {
    const csv = "Kode;Uraian;Pagu\n1;Program Penunjang;85.927.728\n";
    expect(await codeOf(loadWorkbook(await write("data.csv", csv)))).toBe("csv-or-text");
    expect(await codeOf(loadWorkbook(await write("halaman.xls", "<html><table><tr><td>1</td></tr></table></html>")))).toBe("csv-or-text");
  });

  test("random binary", async () => {
    const bin = Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 37) % 256));
    expect(await codeOf(loadWorkbook(bin))).toBe("not-xlsx");
  });

  test("truncated zip", async () => {
    const cut = xlsx.subarray(0, Math.floor(xlsx.length / 2));
    const err = await errorOf(loadWorkbook(await write("potong.xlsx", cut)));
    expect(err.code).toBe("corrupt-zip");
    expect(err.message).toContain("rusak");
  });

  test("a zip without xl/workbook.xml", async () => {
    const renamed = Buffer.from(xlsx);
    // Rename the entry in the central directory (same length).
    const at = renamed.lastIndexOf(Buffer.from("xl/workbook.xml"));
    renamed.write("xl/workbooq.xml", at);
    expect(await codeOf(loadWorkbook(renamed))).toBe("not-xlsx");
  });

  test("damaged content inside a valid zip → corrupt-xlsx", async () => {
    // Flip the first bytes of the deflated xl/workbook.xml.
    const bad = Buffer.from(xlsx);
    const first = readCentralDirectory(bad).find((x) => x.name === "xl/workbook.xml")!;
    const nameLen = bad.readUInt16LE(first.localOffset + 26);
    const start = first.localOffset + 30 + nameLen + bad.readUInt16LE(first.localOffset + 28);
    for (let i = start; i < start + Math.min(first.compressedSize, 64); i++) bad[i] = 0xff ^ bad[i];
    expect(await codeOf(loadWorkbook(bad))).toBe("corrupt-xlsx");
  });

  test("zip bomb: declared sizes over the limit are refused before inflating", async () => {
    const bomb = Buffer.from(xlsx);
    const entries = readCentralDirectory(bomb);
    // Claim 400 MB for each of two entries (uncompressed size field at +24).
    bomb.writeUInt32LE(400 * 1024 * 1024, entries[0].centralOffset + 24);
    bomb.writeUInt32LE(400 * 1024 * 1024, entries[1].centralOffset + 24);
    const err = await errorOf(loadWorkbook(bomb));
    expect(err.code).toBe("too-large");
    expect(err.message).toContain("500 MB");
  });

  test("zip limits: ratio and entry count", () => {
    const e = (u: number, c: number) => ({ name: "x", method: 8, uncompressedSize: u, compressedSize: c, centralOffset: 0, localOffset: 0 });
    const MB = 1024 * 1024;
    expect(checkZipLimits([e(150 * MB, 100 * 1024)], ZIP_LIMITS)).toMatchObject({ ok: false, reason: "ratio" });
    expect(checkZipLimits([e(150 * MB, 10 * MB)], ZIP_LIMITS)).toMatchObject({ ok: true });
    expect(checkZipLimits([e(50 * MB, 1024)], ZIP_LIMITS)).toMatchObject({ ok: true }); // small: ratio not applied
    expect(checkZipLimits(Array.from({ length: 20_001 }, () => e(1, 1)), ZIP_LIMITS)).toMatchObject({ ok: false, reason: "entries" });
  });

  test("vetXlsxBytes accepts a real workbook; timestamps can be normalised", () => {
    expect(() => vetXlsxBytes(xlsx)).not.toThrow();
    const a = normaliseZipTimestamps(xlsx, { year: 2024, month: 7, day: 15 });
    expect(() => vetXlsxBytes(a)).not.toThrow();
    expect(readCentralDirectory(a).map((x) => x.name)).toEqual(readCentralDirectory(xlsx).map((x) => x.name));
  });
});
