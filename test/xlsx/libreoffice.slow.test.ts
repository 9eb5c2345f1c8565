import { promises as fs, mkdtempSync } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import type { SheetSpec } from "../../src/domain/types";
import { replaceOutputSheets } from "../../src/xlsx/write-sheets";
import { saveAtomic, writeFileAtomic } from "../../src/xlsx/save";
import { writeOutputPackage } from "../../src/xlsx/splice/write-package";
import { convertSheetsToCsv, convertWithLibreOffice, hasLibreOffice, parseCsv } from "../support/libreoffice";

const available = hasLibreOffice();
if (!available) {
  // CI installs LibreOffice; locally the test is skipped with this message.
  console.warn(
    "LibreOffice (soffice) tidak ditemukan: uji konversi LibreOffice dilewati. Pasang paket libreoffice-calc untuk menjalankannya.",
  );
}
const describeLO = available ? describe : describe.skip;

const spec: SheetSpec = {
  name: "Capaian",
  title: ["CAPAIAN KINERJA DAN KEUANGAN S.D. TRIWULAN II"],
  columns: [
    { header: "Kode", width: 10 },
    { header: "Program/Kegiatan/Sub Kegiatan", width: 50 },
    { header: "% Capaian Kinerja", width: 12, numberFormat: "0.00" },
    { header: "Pagu (Rp)", width: 18, numberFormat: "#,##0" },
  ],
  rows: [
    {
      cells: ["1", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 65.23, 5778364728],
      style: "program",
    },
    { cells: ["1.1.1", "=1+1", 30, 85927728], style: "subactivity" },
  ],
  headerRows: 1,
  freezeRows: 1,
  print: { landscape: true, fitToWidth: true, repeatHeader: true },
};

describeLO("LibreOffice reads what we write", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "capaian-lo-"));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  test("output sheets convert to CSV with the expected values; text stays text", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Renaksi 2024").getCell("A1").value = "sumber";
    replaceOutputSheets(wb, [spec]);
    const out = path.join(dir, "hasil.xlsx");
    await saveAtomic(wb, out);
    const csvs = await convertSheetsToCsv(out, { recalc: true, outDir: dir });
    expect(Object.keys(csvs).sort()).toEqual(["Capaian", "Renaksi 2024"]);
    const rows = parseCsv(await fs.readFile(csvs["Capaian"], "utf8"));
    const program = rows.find((r) => r[0] === "1");
    expect(program?.[1]).toBe("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota");
    expect(program?.[3]).toBe("5778364728");
    const sub = rows.find((r) => r[0] === "1.1.1");
    expect(sub?.[1]).toBe("=1+1"); // not 2: written as text, even with recalculation on
  });

  test("PDF export works (print setup is valid)", async () => {
    const wb = new ExcelJS.Workbook();
    replaceOutputSheets(wb, [spec]);
    const out = path.join(dir, "cetak.xlsx");
    await saveAtomic(wb, out);
    const pdf = await convertWithLibreOffice(out, "pdf", { outDir: dir });
    const head = (await fs.readFile(pdf)).subarray(0, 5).toString("latin1");
    expect(head).toBe("%PDF-");
  });

  test("the splice writer's output (no ExcelJS round trip) converts too: user's sheet and ours, text stays text", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Renaksi 2024").getCell("A1").value = "sumber";
    const input = new Uint8Array((await wb.xlsx.writeBuffer()) as unknown as ArrayBuffer);
    const { bytes } = await writeOutputPackage(input, [spec], { removeSheets: [] });
    const out = path.join(dir, "sambung.xlsx");
    await writeFileAtomic(out, bytes);
    const csvs = await convertSheetsToCsv(out, { recalc: true, outDir: dir });
    expect(Object.keys(csvs).sort()).toEqual(["Capaian", "Renaksi 2024"]);
    expect(parseCsv(await fs.readFile(csvs["Renaksi 2024"], "utf8"))[0][0]).toBe("sumber");
    const rows = parseCsv(await fs.readFile(csvs["Capaian"], "utf8"));
    expect(rows[0][0]).toBe("CAPAIAN KINERJA DAN KEUANGAN S.D. TRIWULAN II");
    expect(rows[1]).toEqual(["Kode", "Program/Kegiatan/Sub Kegiatan", "% Capaian Kinerja", "Pagu (Rp)"]);
    const program = rows.find((r) => r[0] === "1");
    expect(program?.[1]).toBe("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota");
    expect(program?.[2]).toBe("65.23");
    expect(program?.[3]).toBe("5778364728");
    const sub = rows.find((r) => r[0] === "1.1.1");
    expect(sub?.[1]).toBe("=1+1");
    const pdf = await convertWithLibreOffice(out, "pdf", { outDir: dir });
    expect((await fs.readFile(pdf)).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });
});
