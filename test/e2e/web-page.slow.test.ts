/**
 * End to end: the stand-alone web page (dist/index.html) in a real Chromium (Debian's
 * /usr/bin/chromium driven by playwright-core; no browser is downloaded).
 *
 * The page is built with the project's webpack config (production mode, into a temporary folder;
 * not minified unless CAPAIAN_E2E_DIST points at a finished build, because terser needs ~40 s per
 * bundle on a small machine), served by scripts/serve.js on 127.0.0.1 (random port), then:
 * choose the sample workbook, compute (offline, once the page is loaded), check the summary and
 * the findings with their cell excerpts, download the result and compare it with what the node
 * adapter writes for the same input; a corrupt file gets its Indonesian message; taskpane.html
 * outside Office links to the web page; no request leaves the page's origin, and the CSP blocks
 * one that tries. Screenshots of each state go to test-artifacts/ (gitignored) for review.
 *
 * Skipped, with a message, when /usr/bin/chromium is missing (`apt-get install chromium`).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Browser, BrowserContext, ConsoleMessage, Page } from "playwright-core";
import { hitungCapaian } from "../../src/domain/engine";
import type { Result } from "../../src/domain/types";
import { INPUT_ERROR_MESSAGES } from "../../src/i18n/xlsx";
import { loadWorkbook, outputSheetNames, readGrids, writeOutputPackage } from "../../src/xlsx";
import { buildPage } from "../support/build-page";

const CHROMIUM = "/usr/bin/chromium";
const ROOT = path.resolve(__dirname, "../..");
const SAMPLE = path.join(ROOT, "samples/contoh-dinas-2024.xlsx");
const ARTIFACTS = path.join(ROOT, "test-artifacts");
const OUTPUT_SHEETS = ["Capaian", "Predikat", "Ringkasan", "Temuan", "Narasi"];

const haveChromium = fs.existsSync(CHROMIUM);
if (!haveChromium) {
  console.warn(`test/e2e skipped: ${CHROMIUM} not found (Debian: apt-get install chromium; .ci/run installs it).`);
}
const describeBrowser = haveChromium ? describe : describe.skip;

interface Served {
  url: string;
  close(): Promise<void>;
}

function shot(page: Page, name: string, fullPage = true): Promise<Buffer> {
  return page.screenshot({ path: path.join(ARTIFACTS, `web-${name}.png`), fullPage });
}

/** Cell values of a sheet, as plain JSON (formulas as their result). */
function sheetValues(ws: import("exceljs").Worksheet): unknown[][] {
  const out: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    const cells: unknown[] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const v = cell.value as unknown;
      cells[c - 1] = v && typeof v === "object" && "result" in (v as object) ? (v as { result: unknown }).result : v;
    });
    out[r - 1] = cells;
  });
  return JSON.parse(JSON.stringify(out));
}

describeBrowser("web page in Chromium", () => {
  let tmp: string;
  let served: Served;
  let context: BrowserContext;
  let browser: Browser | null = null;
  let origin: string;
  const requests: string[] = [];
  const problems: { page: string; text: string }[] = [];
  let expected: Result;

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "capaian-e2e-"));
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const distDir = process.env.CAPAIAN_E2E_DIST
      ? path.resolve(ROOT, process.env.CAPAIAN_E2E_DIST)
      : path.join(tmp, "dist");
    if (!process.env.CAPAIAN_E2E_DIST) await buildPage(distDir);

    const { startServer } = require(path.join(ROOT, "scripts/serve.js"));
    served = await startServer({ dir: distDir, port: 0 });
    origin = new URL(served.url).origin;

    const { chromium } = require("playwright-core");
    context = await chromium.launchPersistentContext(path.join(tmp, "profile"), {
      executablePath: CHROMIUM,
      headless: true,
      acceptDownloads: true,
      viewport: { width: 1024, height: 800 },
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    // Waits are hang protection only: generous, so a busy machine cannot overrun them.
    context.setDefaultTimeout(120_000);
    browser = context.browser();
    context.on("request", (req) => requests.push(req.url()));
    context.on("page", (page) => {
      page.on("pageerror", (e) => problems.push({ page: page.url(), text: `pageerror: ${e.message}` }));
      page.on("console", (m: ConsoleMessage) => {
        if (m.type() === "error") problems.push({ page: page.url(), text: `console: ${m.text()}` });
      });
    });

    // What the node adapter computes for the same workbook (the CLI's path).
    expected = hitungCapaian(readGrids(await loadWorkbook(SAMPLE)), {});
  });

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await browser?.close().catch(() => undefined);
    await served?.close().catch(() => undefined);
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  async function openPage(file = "index.html"): Promise<Page> {
    const page = await context.newPage();
    await page.goto(served.url + file);
    return page;
  }

  test("index.html: the file picker, no office.js, a same-origin-only CSP", async () => {
    const page = await openPage();
    await page.getByRole("heading", { name: "Capaian Kinerja dan Keuangan" }).waitFor();
    await page.getByRole("button", { name: "Pilih berkas .xlsx" }).waitFor();
    expect(await page.locator('script[src*="office"]').count()).toBe(0);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toMatch(/https?:|unsafe-eval/);
    await shot(page, "01-start");
    await page.close();
  });

  test("computes the sample offline and downloads <name>-capaian.xlsx with the output sheets", async () => {
    const page = await openPage();
    // The workbook I/O comes in its own chunk, loaded after the first paint, and the workbook worker
    // starts with the page; from then on no network is needed. ExcelJS (the fallback writer only)
    // is never fetched.
    await page.waitForFunction(
      () => performance.getEntriesByType("resource").some((e) => /workbook-io\.[^/]*\.js$/.test(e.name)),
      undefined,
      { timeout: 120_000 },
    );
    await page.waitForFunction(() => performance.getEntriesByType("resource").some((e) => /capaian-io/.test(e.name)));
    expect(requests.some((u) => /\/web\.[^/]*\.js$/.test(u))).toBe(true);
    await context.setOffline(true);
    try {
      await page.locator('input[type="file"]').setInputFiles(SAMPLE);
      await page.getByTestId("chosen-file").getByText("contoh-dinas-2024.xlsx").waitFor();
      const run = page.getByRole("button", { name: "Hitung Capaian" });
      await expect(run.isEnabled()).resolves.toBe(true);
      const downloadPromise = page.waitForEvent("download");
      await run.click();
      const download = await downloadPromise;
      expect(download.suggestedFilename()).toBe("contoh-dinas-2024-capaian.xlsx");
      // The engine ran in its Web Worker (started with the page), not on the UI thread.
      expect(page.workers().some((w) => /capaian-engine/.test(w.url()))).toBe(true);
      const saved = path.join(tmp, download.suggestedFilename());
      await download.saveAs(saved);

      // Summary
      const summary = page.locator('section[aria-labelledby="capaian-summary-title"]');
      await summary.waitFor();
      await expect(summary.textContent()).resolves.toContain("3 program · 10 kegiatan · 44 sub kegiatan");
      await expect(summary.locator("dl").textContent()).resolves.toContain("Rp8.779.864.728");
      await expect(page.getByTestId("quarter-used").textContent()).resolves.toContain("Triwulan II");
      // After the run the summary has the focus and is in view.
      await page.waitForFunction(
        () => {
          const a = document.querySelector('[data-testid="summary-anchor"]');
          if (!a || document.activeElement !== a) return false;
          const r = a.getBoundingClientRect();
          return r.top >= 0 && r.top < window.innerHeight;
        },
        undefined,
        { timeout: 10_000 },
      );
      // "Salin tabel" puts an HTML table (and plain text) on the clipboard.
      await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin });
      await page.getByRole("button", { name: /^Salin tabel: Tabel 3\.1 / }).click();
      await page
        .getByTestId("copy-status")
        .getByText(/^Tabel disalin: Tabel 3\.1 /)
        .waitFor();
      const clip = await page.evaluate(async () => {
        const items = await navigator.clipboard.read();
        const item = items.find((i) => i.types.includes("text/html"));
        return {
          html: item ? await (await item.getType("text/html")).text() : "",
          text: item && item.types.includes("text/plain") ? await (await item.getType("text/plain")).text() : "",
        };
      });
      expect(clip.html).toMatch(/<table[^>]*border="1"/);
      expect(clip.html).toContain("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota");
      expect(clip.text).toMatch(/^Tabel 3\.1 Capaian Kinerja dan Keuangan Program Penunjang/);
      await page
        .getByTestId("download-ready")
        .getByRole("link", { name: /Unduh contoh-dinas-2024-capaian\.xlsx lagi/ })
        .waitFor();
      await page.evaluate(() => window.scrollTo(0, 0));
      await shot(page, "02-result", false);
      await shot(page, "02-result-full");
      await summary.screenshot({ path: path.join(ARTIFACTS, "web-03-summary.png") });

      // Findings: the unparseable value at R40 and the sum mismatch at P19, each with its neighbourhood.
      const findings = page.locator('section[aria-labelledby="capaian-findings-title"] li');
      await expect(findings.count()).resolves.toBe(expected.findings.length);
      const r40 = findings.filter({ hasText: "Renaksi 2024!R40" });
      await expect(r40.textContent()).resolves.toContain("35.629.000 0");
      const r40Flagged = r40.locator('[data-testid="cell-context"] td[data-flagged="true"]');
      await expect(r40Flagged.textContent()).resolves.toContain("35.629.000 0");
      await expect(r40.locator('[data-testid="cell-context"] thead th').allTextContents()).resolves.toEqual([
        "",
        "P",
        "Q",
        "R",
        "S",
        "T",
      ]);
      await expect(r40.locator('[data-testid="cell-context"] tbody th').allTextContents()).resolves.toEqual([
        "38",
        "39",
        "40",
        "41",
        "42",
      ]);
      const p19 = findings.filter({ hasText: "Renaksi 2024!P19" });
      await expect(p19.textContent()).resolves.toMatch(/Galat.*Pagu kegiatan tertulis Rp348\.850\.000/);
      await expect(p19.locator('td[data-flagged="true"]').textContent()).resolves.toContain("348.850.000");
      await page.evaluate(() =>
        document.querySelector('section[aria-labelledby="capaian-findings-title"]')?.scrollIntoView(),
      );
      await shot(page, "04-findings", false);

      // Read and written without ExcelJS, on the page and in its worker.
      expect(requests.filter((u) => /exceljs/.test(u))).toEqual([]);
      expect(
        await page.evaluate(() =>
          performance
            .getEntriesByType("resource")
            .map((e) => e.name)
            .filter((n) => /exceljs/.test(n)),
        ),
      ).toEqual([]);
      expect(page.workers().some((w) => /capaian-io/.test(w.url()))).toBe(true);
      for (const w of page.workers()) {
        const fetched = await w.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name));
        expect(fetched.filter((n) => /exceljs/.test(n))).toEqual([]);
      }

      // The downloaded workbook: the input's sheets plus the four output sheets, with the same
      // figures as the node adapter (the CLI: the splice writer) writes for this input.
      const got = await loadWorkbook(saved);
      const names = got.worksheets.map((ws) => ws.name);
      const input = await loadWorkbook(SAMPLE);
      expect(names).toEqual([...input.worksheets.map((ws) => ws.name), ...OUTPUT_SHEETS]);
      const spliced = await writeOutputPackage(new Uint8Array(fs.readFileSync(SAMPLE)), expected.sheets, {
        removeSheets: outputSheetNames(input),
      });
      const mine = await loadWorkbook(spliced.bytes);
      // Byte for byte the CLI's output (the same reader, the same splice writer, no timestamps).
      expect(Buffer.from(fs.readFileSync(saved)).equals(Buffer.from(spliced.bytes))).toBe(true);
      for (const name of OUTPUT_SHEETS) {
        expect(sheetValues(got.getWorksheet(name)!)).toEqual(sheetValues(mine.getWorksheet(name)!));
      }
      const ringkasan = JSON.stringify(sheetValues(got.getWorksheet("Ringkasan")!));
      expect(ringkasan).toContain("8779864728");
      const temuan = JSON.stringify(sheetValues(got.getWorksheet("Temuan")!));
      expect(temuan).toContain("R40");
      expect(temuan).toContain("P19");
      // Reading the result back finds the same figures (the output sheets are marked, not data).
      const again = hitungCapaian(readGrids(got), {});
      expect(again.totals.budget).toBe(8779864728);
      expect(again.findings.length).toBe(expected.findings.length);
    } finally {
      await context.setOffline(false);
    }
    await page.close();
  });

  test("a corrupt or non-xlsx file gets the Indonesian message, and the pane is not offered", async () => {
    const page = await openPage();
    await page.locator('input[type="file"]').setInputFiles({
      name: "rusak.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(600, 7)]),
    });
    const alert = page.getByTestId("file-rejected");
    await alert.waitFor();
    const text = (await alert.textContent()) ?? "";
    const expectedStart = INPUT_ERROR_MESSAGES["corrupt-zip"]({ file: "rusak.xlsx" }).split(" (Rincian")[0];
    expect(text).toContain(expectedStart);
    expect(text).toContain("rusak atau tidak lengkap");
    expect(await page.getByRole("button", { name: "Hitung Capaian" }).count()).toBe(0);
    await shot(page, "05-corrupt-file");

    await page.locator('input[type="file"]').setInputFiles({
      name: "data.xlsx",
      mimeType: "text/csv",
      buffer: Buffer.from("Kode;Program;Pagu\n1;Program A;1000\n"),
    });
    await page
      .getByTestId("file-rejected")
      .getByText(/berisi teks biasa/)
      .waitFor();
    await page.close();
  });

  test("taskpane.html opened outside Office explains and links to the web page", async () => {
    const page = await openPage("taskpane.html");
    const link = page.getByTestId("web-page-link");
    await link.waitFor({ timeout: 120_000 });
    await expect(page.getByText("Panel ini belum terhubung ke workbook").count()).resolves.toBe(1);
    await shot(page, "06-taskpane-outside-office");
    await link.click();
    await page.waitForURL(/\/index\.html$/);
    await page.getByRole("button", { name: "Pilih berkas .xlsx" }).waitFor();
    await page.close();
  });

  test("no request left the page's origin; no script or CSP errors", () => {
    expect(requests.length).toBeGreaterThan(0);
    const foreign = requests.filter(
      (u) => !u.startsWith(origin + "/") && !u.startsWith("blob:") && !u.startsWith("data:"),
    );
    expect(foreign).toEqual([]);
    // Outside Office, office.js (taskpane.html only) tries to frame Microsoft's telemetry page; the
    // CSP blocks it before any request is made. Nothing else may log an error.
    const officeTelemetry = (p: { page: string; text: string }) =>
      /\/taskpane\.html$/.test(p.page) &&
      /Framing 'https:\/\/[^']*' violates the following Content Security Policy/.test(p.text);
    expect(problems.filter((p) => !officeTelemetry(p))).toEqual([]);
  });

  test("the CSP blocks a request to another origin", async () => {
    const page = await openPage();
    const verdict = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener("securitypolicyviolation", (e) => violations.push(e.effectiveDirective));
      let failed = false;
      try {
        // eslint-disable-next-line no-restricted-globals -- the probe: the page's CSP must block it
        await fetch("http://192.0.2.1/capaian-probe");
      } catch {
        failed = true;
      }
      await new Promise((r) => setTimeout(r, 50));
      return { failed, violations };
    });
    expect(verdict.failed).toBe(true);
    expect(verdict.violations).toContain("connect-src");
    await page.close();
  });
});
