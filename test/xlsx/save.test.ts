import { promises as fs, mkdtempSync } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { saveAtomic, writeFileAtomic } from "../../src/xlsx/save";
import { loadWorkbook } from "../../src/xlsx/load";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "capaian-save-"));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

function workbook(text: string): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Capaian").getCell("A1").value = text;
  return wb;
}

describe("saveAtomic", () => {
  test("writes the workbook and leaves no temporary file; overwrites an existing file", async () => {
    const out = path.join(dir, "hasil-capaian.xlsx");
    expect(await saveAtomic(workbook("pertama"), out)).toBe(out);
    await saveAtomic(workbook("kedua"), out);
    expect(await fs.readdir(dir)).toEqual(["hasil-capaian.xlsx"]);
    const back = await loadWorkbook(out);
    expect(back.getWorksheet("Capaian")!.getCell("A1").value).toBe("kedua");
  });

  test("a failing serialisation leaves neither a file nor a temporary file", async () => {
    const out = path.join(dir, "gagal.xlsx");
    const broken = {
      xlsx: {
        writeBuffer: async () => {
          throw new Error("boom");
        },
      },
    } as unknown as ExcelJS.Workbook;
    await expect(saveAtomic(broken, out)).rejects.toThrow("boom");
    expect(await fs.readdir(dir)).toEqual([]);
  });

  test("a failing write keeps the old file intact and removes the temporary file", async () => {
    const out = path.join(dir, "lama.xlsx");
    await fs.writeFile(out, "isi lama");
    // The target is a directory path that cannot be renamed over: make rename fail.
    const asDir = path.join(dir, "folder.xlsx");
    await fs.mkdir(asDir);
    await fs.writeFile(path.join(asDir, "x"), "x");
    await expect(writeFileAtomic(asDir, Buffer.from("baru"))).rejects.toThrow();
    expect((await fs.readdir(dir)).sort()).toEqual(["folder.xlsx", "lama.xlsx"]);
    expect(await fs.readFile(out, "utf8")).toBe("isi lama");
  });

  test("a missing destination folder rejects without leftovers", async () => {
    await expect(saveAtomic(workbook("x"), path.join(dir, "tidak", "ada.xlsx"))).rejects.toThrow();
    expect(await fs.readdir(dir)).toEqual([]);
  });
});
