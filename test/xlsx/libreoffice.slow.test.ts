import { promises as fs, mkdtempSync } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import type { SheetSpec } from "../../src/domain/types";
import { replaceOutputSheets } from "../../src/xlsx/write-sheets";
import { saveAtomic } from "../../src/xlsx/save";
import { convertSheetsToCsv, convertWithLibreOffice, hasLibreOffice, parseCsv } from "../support/libreoffice";

const available = hasLibreOffice();
if (!available) {
  // CI installs LibreOffice; locally the test is skipped with this message.
  console.warn("LibreOffice (soffice) tidak ditemukan: uji konversi LibreOffice dilewati. Pasang paket libreoffice-calc untuk menjalankannya.");
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
    { cells: ["1", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 65.23, 5778364728], style: "program" },
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
});
