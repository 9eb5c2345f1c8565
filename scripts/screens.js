#!/usr/bin/env node
/**
 * Screenshots of what a user sees, for docs/screens/ (run: node scripts/screens.js; ~2 minutes):
 *
 *   pane-320.png, pane-1366.png          the task pane on a fake Excel host (scripts/screens/pane-harness.tsx)
 *                                        after Hitung Capaian on the bundled sample
 *   pane-320-mapping.png                 the same with the column-mapping panel open
 *   web-320.png, web-1366.png            the web page (index.html) after choosing the sample and computing
 *
 * Builds the project's webpack config (production, not minified) plus the harness page into a
 * temporary folder, serves it with scripts/serve.js on 127.0.0.1, and drives Debian's
 * /usr/bin/chromium with playwright-core (no browser download). Nothing leaves the machine.
 */
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const OUT = path.join(ROOT, "docs", "screens");
const SAMPLE = path.join(ROOT, "samples", "contoh-dinas-2024.xlsx");
const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

async function build(outDir) {
  const webpack = require("webpack");
  const HtmlWebpackPlugin = require("html-webpack-plugin");
  const makeConfig = require(path.join(ROOT, "webpack.config.js"));
  const config = await makeConfig({ WEBPACK_BUILD: true }, { mode: "production" });
  config.mode = "production";
  config.context = ROOT;
  config.output.path = outDir;
  config.devtool = false;
  config.optimization = { ...config.optimization, minimize: false };
  config.infrastructureLogging = { level: "error" };
  config.entry = { web: config.entry.web, pane: "./scripts/screens/pane-harness.tsx" };
  config.plugins = config.plugins.filter(
    (p) => !(p instanceof HtmlWebpackPlugin) || p.userOptions.filename === "index.html",
  );
  config.plugins = config.plugins.filter((p) => p.constructor.name !== "KeepOutOfInitialChunks");
  config.plugins.push(
    new HtmlWebpackPlugin({
      filename: "pane.html",
      chunks: ["pane"],
      templateContent:
        '<!doctype html><html lang="id"><head><meta charset="UTF-8" />' +
        '<meta name="viewport" content="width=device-width, initial-scale=1" /><title>Capaian (panel)</title>' +
        '<style>html,body{margin:0;font-family:"Segoe UI",system-ui,sans-serif}</style></head>' +
        '<body><div id="container"></div></body></html>',
    }),
  );
  await new Promise((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    });
  });
  fs.copyFileSync(SAMPLE, path.join(outDir, "contoh-dinas-2024.xlsx"));
}

async function computed(page) {
  await page.getByRole("button", { name: "Hitung Capaian" }).click();
  await page.getByText("Ringkasan hasil").waitFor({ timeout: 60_000 });
  await page.getByRole("button", { name: "Hitung Capaian" }).waitFor({ timeout: 60_000 });
  await page.waitForTimeout(800); // smooth scroll into view
}

async function main() {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} tidak ada (apt-get install chromium)`);
  const { chromium } = require("playwright-core");
  const { startServer } = require(path.join(ROOT, "scripts", "serve.js"));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "capaian-screens-"));
  await build(dir);
  const served = await startServer({ dir, port: 0 });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  fs.mkdirSync(OUT, { recursive: true });
  const written = [];
  const shot = async (page, name) => {
    const file = path.join(OUT, `${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    written.push(path.relative(ROOT, file));
  };
  try {
    for (const width of [320, 1366]) {
      const context = await browser.newContext({ viewport: { width, height: width === 320 ? 640 : 900 } });
      // Nothing may leave the page's origin.
      await context.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());

      const pane = await context.newPage();
      await pane.goto(`${served.url}pane.html`);
      await computed(pane);
      await shot(pane, `pane-${width}`);
      if (width === 320) {
        await pane.getByRole("button", { name: "Pemetaan kolom" }).click();
        await pane.waitForTimeout(300);
        await shot(pane, `pane-${width}-mapping`);
      }

      const web = await context.newPage();
      await web.goto(`${served.url}index.html`);
      await web.locator('input[type="file"]').setInputFiles(SAMPLE);
      await computed(web);
      await shot(web, `web-${width}`);
      await context.close();
    }
  } finally {
    await browser.close();
    await served.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  console.log(written.join("\n"));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
