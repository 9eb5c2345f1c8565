/**
 * The web page stays responsive while a large file is processed (issue 14.3): the workbook is
 * opened, read and written in a worker and computed in another, so the page's main thread keeps
 * running its event loop. Measured in Chromium: the longest gap between timer ticks on the main
 * thread from the click on "Hitung Capaian" until the download, for the sample, a 20 000
 * sub-activity workbook and a zip bomb (refused with its Indonesian message).
 *
 * Skipped when /usr/bin/chromium is missing. Uses CAPAIAN_E2E_DIST when set (a finished build),
 * otherwise builds the page (not minified) into a temporary folder.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { BrowserContext, Page } from "playwright-core";
import { writeLayoutAFile } from "../../src/sample/generate-layout-a";
import { makeZip } from "../bad-input/zip";
import { buildPage } from "../support/build-page";

const CHROMIUM = "/usr/bin/chromium";
const ROOT = path.resolve(__dirname, "../..");
const SAMPLE = path.join(ROOT, "samples/contoh-dinas-2024.xlsx");
const haveChromium = fs.existsSync(CHROMIUM);
if (!haveChromium) console.warn(`test/e2e/responsive skipped: ${CHROMIUM} not found.`);
const describeBrowser = haveChromium ? describe : describe.skip;
jest.setTimeout(300_000);

/**
 * A frozen tab is the failure guarded here: the same work on the main thread freezes it for
 * 8 s or more (20 000 sub-activities). The goal is a gap under 1 s, and the measured gap is
 * printed (about 0,66–0,86 s on this two-core machine); the bound leaves room for a busy CI
 * machine, so the test does not depend on how loaded the machine is.
 */
const MAX_GAP_MS = 5000;

/** Starts recording the longest gap between 50 ms timer ticks on the page's main thread. */
async function startGapProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __gap: number; __last: number; __probe: number };
    w.__gap = 0;
    w.__last = performance.now();
    w.__probe = window.setInterval(() => {
      const now = performance.now();
      w.__gap = Math.max(w.__gap, now - w.__last);
      w.__last = now;
    }, 50);
  });
}

async function stopGapProbe(page: Page): Promise<number> {
  return page.evaluate(() => {
    const w = window as unknown as { __gap: number; __last: number; __probe: number };
    window.clearInterval(w.__probe);
    return Math.max(w.__gap, performance.now() - w.__last);
  });
}

describeBrowser("web page responsiveness in Chromium", () => {
  let tmp: string;
  let served: { url: string; close(): Promise<void> };
  let context: BrowserContext;
  let big: string;
  let bomb: string;

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "capaian-resp-"));
    const distDir = process.env.CAPAIAN_E2E_DIST
      ? path.resolve(ROOT, process.env.CAPAIAN_E2E_DIST)
      : path.join(tmp, "dist");
    if (!process.env.CAPAIAN_E2E_DIST) await buildPage(distDir);
    const { startServer } = require(path.join(ROOT, "scripts/serve.js"));
    served = await startServer({ dir: distDir, port: 0 });
    big = path.join(tmp, "besar-20000.xlsx");
    await writeLayoutAFile(big, { subactivities: 20_000, codes: "nomenclature" });
    bomb = path.join(tmp, "bom.xlsx");
    fs.writeFileSync(
      bomb,
      makeZip([
        { name: "xl/workbook.xml", data: Buffer.from("<workbook/>") },
        {
          name: "xl/worksheets/sheet1.xml",
          data: Buffer.alloc(520 * 1024 * 1024, 0x20),
          deflate: true,
          declaredSize: 10,
        },
      ]),
    );
    const { chromium } = require("playwright-core");
    context = await chromium.launchPersistentContext(path.join(tmp, "profile"), {
      executablePath: CHROMIUM,
      headless: true,
      acceptDownloads: true,
      args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
    });
  }, 300_000);

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await served?.close().catch(() => undefined);
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  async function run(file: string): Promise<{ gap: number; page: Page; downloaded: boolean }> {
    const page = await context.newPage();
    await page.goto(served.url + "index.html");
    await page.getByRole("button", { name: "Pilih berkas .xlsx" }).waitFor();
    await page.locator('input[type="file"]').setInputFiles(file);
    await startGapProbe(page);
    const button = page.getByRole("button", { name: "Hitung Capaian" });
    const refused = page.getByText(/terlalu besar/).first();
    // Wait until the page has answered the file choice (the button, or a refusal), then decide.
    await button.or(refused).first().waitFor({ timeout: 60_000 });
    let downloaded = false;
    if (!(await refused.isVisible())) {
      const download = page.waitForEvent("download", { timeout: 240_000 }).then(() => (downloaded = true));
      await button.click();
      await Promise.race([
        download,
        page
          .getByText(/terlalu besar/)
          .first()
          .waitFor({ timeout: 240_000 }),
      ]).catch(() => undefined);
    } else {
      await page
        .getByText(/terlalu besar/)
        .first()
        .waitFor({ timeout: 60_000 });
    }
    const gap = await stopGapProbe(page);
    return { gap, page, downloaded };
  }

  test("the sample: result downloaded, the page never freezes", async () => {
    const r = await run(SAMPLE);
    expect(r.downloaded).toBe(true);
    expect(r.gap).toBeLessThan(MAX_GAP_MS);
    await r.page.close();
  });

  test("20 000 sub-activities: the page keeps answering while the file is processed", async () => {
    const r = await run(big);
    console.log(`longest main-thread gap with 20 000 sub-activities: ${Math.round(r.gap)} ms`);
    expect(r.downloaded).toBe(true);
    expect(r.gap).toBeLessThan(MAX_GAP_MS);
    await r.page.close();
  });

  test("a zip bomb with a lying header: refused with the Indonesian message, no freeze", async () => {
    const r = await run(bomb);
    const text = await r.page
      .getByText(/terlalu besar/)
      .first()
      .textContent();
    expect(text).toContain("lebih dari 500 MB");
    expect(r.downloaded).toBe(false);
    expect(r.gap).toBeLessThan(MAX_GAP_MS);
    await r.page.close();
  });
});
