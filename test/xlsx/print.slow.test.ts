/**
 * Print test (slow tier): every output sheet of the sample, alone in a workbook, printed to PDF by
 * LibreOffice — page counts as the layout intends (Predikat with its legend on one page, the
 * Ringkasan chart whole on a page of its own, the Capaian header on every page), and no clipped
 * text: every text cell of the sheet is found whole in the PDF's text (LibreOffice drops what a
 * cell cannot show: the end of an overflowing text, lines beyond the row height), and no number
 * is shown as "###" (column too narrow).
 * Skipped, with a message, when LibreOffice is not installed.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, promises as fs, readFileSync } from "fs";
import * as os from "os";
import * as path from "path";
import { hitungCapaian } from "../../src/domain/engine";
import type { Result, SheetSpec } from "../../src/domain/types";
import { buildSample } from "../../src/sample/build-sample";
import { readGrids } from "../../src/xlsx/read-grids";
import { saveAtomic } from "../../src/xlsx/save";
import { writeSheets } from "../../src/xlsx/write-sheets";
import { writeFileAtomic } from "../../src/xlsx/save";
import { writeOutputPackage } from "../../src/xlsx/splice/write-package";
import { convertWithLibreOffice, hasLibreOffice, LIBREOFFICE_TIMEOUT_MS } from "../support/libreoffice";
import { pdfText, type PdfText } from "../support/pdf-text";

const haveLibreOffice = hasLibreOffice();
if (!haveLibreOffice) console.warn("test/xlsx/print.slow.test.ts skipped: LibreOffice (soffice) not installed.");
const describeLo = haveLibreOffice ? describe : describe.skip;

jest.setTimeout(LIBREOFFICE_TIMEOUT_MS * 2);

const squash = (s: string) => s.replace(/\s+/g, "");

/** Every text the sheet writes: title lines, headers, string cells of rows and blocks. */
function texts(spec: SheetSpec): string[] {
  const out = [...(spec.title ?? []), ...spec.columns.map((c) => c.header)];
  for (const r of spec.rows) for (const c of r.cells) if (typeof c === "string") out.push(c);
  for (const b of spec.blocks ?? []) {
    out.push(b.title, ...b.columns.map((c) => c.header));
    for (const r of b.rows) for (const c of r.cells) if (typeof c === "string") out.push(c);
  }
  return out.filter((t) => t.trim() !== "");
}

/** One spec alone in a workbook, saved as `file`: by the ExcelJS writer or by the splice writer. */
async function saveAlone(writer: "exceljs" | "splice", spec: SheetSpec, file: string): Promise<void> {
  if (writer === "exceljs") {
    const wb = new ExcelJS.Workbook();
    const written = writeSheets(wb, [spec]);
    await saveAtomic(
      wb,
      file,
      written.flatMap((w) => (w.chart ? [w.chart] : [])),
    );
    return;
  }
  // A one-sheet package whose only sheet is replaced by ours.
  const empty = new ExcelJS.Workbook();
  empty.addWorksheet("kosong");
  const input = new Uint8Array((await empty.xlsx.writeBuffer()) as unknown as ArrayBuffer);
  await writeFileAtomic(file, (await writeOutputPackage(input, [spec], { removeSheets: ["kosong"] })).bytes);
}

describe.each(["exceljs", "splice"] as const)("%s writer", (writer) => {
  describeLo("LibreOffice prints every output sheet without clipped text", () => {
    let dir: string;
    let result: Result;
    const printed = new Map<string, PdfText>();

    beforeAll(async () => {
      dir = mkdtempSync(path.join(os.tmpdir(), "capaian-print-"));
      result = hitungCapaian(readGrids(buildSample().workbook));
      for (const spec of result.sheets) {
        const file = path.join(dir, `${spec.name}.xlsx`);
        await saveAlone(writer, spec, file);
        const pdf = await convertWithLibreOffice(file, "pdf", { outDir: dir });
        printed.set(spec.name, pdfText(pdf, readFileSync(pdf)));
      }
    }, LIBREOFFICE_TIMEOUT_MS * 6);

    afterAll(async () => {
      if (dir) await fs.rm(dir, { recursive: true, force: true });
    });

    test("all five sheets were printed", () => {
      expect([...printed.keys()]).toEqual(["Capaian", "Predikat", "Ringkasan", "Temuan", "Narasi"]);
    });

    test.each(["Capaian", "Predikat", "Ringkasan", "Temuan", "Narasi"])("%s: every text whole, no ###", (name) => {
      const spec = result.sheets.find((s) => s.name === name)!;
      const pdf = printed.get(name)!;
      const all = squash(pdf.text.join("\n"));
      const missing = texts(spec).filter((t) => !all.includes(squash(t)));
      expect(missing).toEqual([]);
      expect(pdf.text.join("\n")).not.toContain("###");
    });

    test("Predikat: the table and the legend on one page", () => {
      const p = printed.get("Predikat")!;
      expect(p.pages).toBe(1);
      expect(p.text[0]).toContain("Sangat Kurang");
    });

    test("Ringkasan: the tables on page 1 (amounts in words whole), the chart alone and whole on page 2", () => {
      const p = printed.get("Ringkasan")!;
      expect(p.pages).toBe(2);
      const chartTitle = "Capaian Kinerja dan Capaian Keuangan per Kegiatan";
      expect(squash(p.text[0])).toContain(squash(result.totals.budgetWords));
      // (LibreOffice also writes the chart's text, clipped away, into page 1's content: not checked there)
      expect(squash(p.text[1])).toContain(squash(chartTitle));
      const activities = result.rows.filter((r) => r.level === "activity" && !r.isTotal);
      // the chart's first and last categories are on its page: the chart is not cut in two
      for (const a of [activities[0], activities[activities.length - 1]])
        expect(squash(p.text[1])).toContain(squash(a.name));
    });

    test("Capaian: the column header on every page; Narasi and Temuan print", () => {
      const p = printed.get("Capaian")!;
      expect(p.pages).toBeGreaterThanOrEqual(2);
      for (const page of p.text) expect(squash(page)).toContain(squash("% Capaian Kinerja"));
      expect(printed.get("Temuan")!.pages).toBeGreaterThanOrEqual(1);
      expect(printed.get("Narasi")!.pages).toBeGreaterThanOrEqual(2);
    });
  });
});
