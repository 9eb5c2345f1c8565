/**
 * The streaming package reader against the old path on the real public workbooks
 * (../shared/data/*.xlsx, skipped when absent) and a generated 2 000-sub-activity workbook.
 */
import { existsSync, promises as fs, readdirSync } from "fs";
import * as path from "path";
import type { Grid } from "../../src/domain/grid";
import { loadWorkbookBytes } from "../../src/xlsx/load-bytes";
import { readGrids } from "../../src/xlsx/read-grids";
import { readPackage } from "../../src/xlsx/pkg/read-package";
import { layoutAWorkbook } from "../../src/sample/generate-layout-a";
import { toBuffer, zipEntryText } from "./helpers";
import { libreOfficeBinary } from "../support/libreoffice";
import { execFile } from "child_process";
import * as os from "os";

const DATA = path.join(__dirname, "../../../shared/data");
const files = existsSync(DATA) ? readdirSync(DATA).filter((f) => f.endsWith(".xlsx")) : [];

async function outcome(read: () => Promise<Grid[]>): Promise<unknown> {
  try {
    return JSON.parse(JSON.stringify(await read()));
  } catch (e) {
    return { code: (e as { code?: string }).code ?? String(e) };
  }
}

/** Drops `bold` from every cell (JSON form of Grid[]). */
function withoutBold(grids: unknown): unknown {
  return JSON.parse(JSON.stringify(grids), (k, v: unknown) => (k === "bold" ? undefined : v));
}

async function compare(bytes: Uint8Array): Promise<unknown> {
  const want = await outcome(async () => readGrids(await loadWorkbookBytes(bytes)));
  const got = await outcome(async () => (await readPackage(bytes)).grids);
  // The one deliberate difference: a font written `<b val="0"/>` (not bold, as Excel shows it)
  // is bold for ExcelJS 4.4. Such workbooks are compared without bold.
  let styles = "";
  try {
    styles = zipEntryText(Buffer.from(bytes), "xl/styles.xml");
  } catch {
    // no styles part (or not a zip): nothing to relax
  }
  if (/<(?:\w+:)?b\s+val="(?:0|false)"/.test(styles)) expect(withoutBold(got)).toEqual(withoutBold(want));
  else expect(got).toEqual(want);
  return got;
}

(files.length ? describe : describe.skip)("real workbooks: the new reader gives the old path's grids", () => {
  test.each(files)("%s", async (f) => compare(await fs.readFile(path.join(DATA, f))), 600_000);
});

test("a generated 2 000-sub-activity workbook", async () => {
  await compare(await toBuffer(layoutAWorkbook({ subactivities: 2000, seed: 3, codes: "nomenclature" })));
}, 600_000);

describe("the bad-input corpus: the same grids or the same error code", () => {
  // Loaded lazily: the corpus builds its files with ExcelJS and JSZip.
  const { CASES } = jest.requireActual<typeof import("../bad-input/corpus")>("../bad-input/corpus");
  test.each(CASES.map((c) => [c.name, c] as const))(
    "%s",
    async (_name, c) => {
      const os = await import("os");
      const dir = await fs.mkdtemp(path.join(os.tmpdir(), "capaian-rd-"));
      try {
        const args = await c.build(dir);
        for (const a of args) {
          const file = path.isAbsolute(a) ? a : path.join(dir, a);
          if (a.startsWith("-") || !existsSync(file) || !(await fs.stat(file)).isFile()) continue;
          const bytes = await fs.readFile(file);
          if (bytes.length === 0) continue;
          await compare(bytes);
        }
      } finally {
        await fs.rm(dir, { recursive: true, force: true });
      }
    },
    900_000,
  );
});

/** Re-saves an .xlsx with LibreOffice (its own writer: other styles, shared strings, cell forms). */
async function resaveWithLibreOffice(bin: string, bytes: Uint8Array): Promise<Buffer> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "capaian-rd-lo-"));
  try {
    const input = path.join(dir, "in", "buku.xlsx");
    await fs.mkdir(path.dirname(input));
    await fs.writeFile(input, bytes);
    const outDir = path.join(dir, "out");
    const profile = path.join(dir, "profile");
    await new Promise<void>((resolve, reject) =>
      execFile(
        bin,
        [
          `-env:UserInstallation=file://${profile}`,
          "--headless",
          "--norestore",
          "--convert-to",
          "xlsx",
          "--outdir",
          outDir,
          input,
        ],
        { timeout: 600_000, killSignal: "SIGKILL" },
        (err) => (err ? reject(err) : resolve()),
      ),
    );
    return await fs.readFile(path.join(outDir, "buku.xlsx"));
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

const LO = libreOfficeBinary();
(LO ? test : test.skip)(
  "workbooks re-saved by LibreOffice: the same grids",
  async () => {
    const sample = await fs.readFile(path.join(__dirname, "../../samples/contoh-dinas-2024.xlsx"));
    expect(Array.isArray(await compare(await resaveWithLibreOffice(LO as string, sample)))).toBe(true);
    const generated = await toBuffer(layoutAWorkbook({ subactivities: 50, seed: 5, codes: "outline" }));
    expect(Array.isArray(await compare(await resaveWithLibreOffice(LO as string, generated)))).toBe(true);
  },
  900_000,
);
