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
import { toBuffer } from "./helpers";

const DATA = path.join(__dirname, "../../../shared/data");
const files = existsSync(DATA) ? readdirSync(DATA).filter((f) => f.endsWith(".xlsx")) : [];

async function outcome(read: () => Promise<Grid[]>): Promise<unknown> {
  try {
    return JSON.parse(JSON.stringify(await read()));
  } catch (e) {
    return { code: (e as { code?: string }).code ?? String(e) };
  }
}

async function compare(bytes: Uint8Array): Promise<void> {
  const want = await outcome(async () => readGrids(await loadWorkbookBytes(bytes)));
  const got = await outcome(async () => (await readPackage(bytes)).grids);
  expect(got).toEqual(want);
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
  test.each(CASES.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
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
  }, 900_000);
});
