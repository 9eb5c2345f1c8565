/** The installed command: `node bin/hitung-capaian.js …` runs the compiled CLI in lib/. */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { HELP_TEXT } from "../../src/i18n/cli";

const ROOT = path.join(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "hitung-capaian.js");
const LIB_MAIN = path.join(ROOT, "lib", "cli", "main.js");
// lib/ is built by `npm run build:cli` (also run by `npm ci` through "prepare").
const built = fs.existsSync(LIB_MAIN);
const testIfBuilt = built ? test : test.skip;

describe("bin/hitung-capaian.js", () => {
  test("is an executable node script", () => {
    const text = fs.readFileSync(BIN, "utf8");
    expect(text.startsWith("#!/usr/bin/env node\n")).toBe(true);
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
    expect(pkg.bin["hitung-capaian"]).toBe("bin/hitung-capaian.js");
  });

  testIfBuilt("--help: exit 0 and the help text on stdout", () => {
    const r = spawnSync(process.execPath, [BIN, "--help"], { encoding: "utf8", cwd: ROOT });
    expect(r.status).toBe(0);
    // lib/ may lag behind src/ between builds: compare the first line and the option list.
    expect(r.stdout.split("\n")[0]).toBe(HELP_TEXT.split("\n")[0]);
    for (const opt of ["--triwulan", "--out", "--json", "--skala", "--rata-rata", "--mapping", "--quiet", "--help", "--version"]) {
      expect(r.stdout).toContain(opt);
    }
    expect(r.stderr).toBe("");
  });

  test("without lib/: an Indonesian hint to run npm run build:cli, exit 1", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "capaian-bin-"));
    try {
      fs.mkdirSync(path.join(dir, "bin"));
      fs.copyFileSync(BIN, path.join(dir, "bin", "hitung-capaian.js"));
      const r = spawnSync(process.execPath, [path.join(dir, "bin", "hitung-capaian.js"), "--help"], { encoding: "utf8" });
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/npm run build:cli/);
      expect(r.stdout).toBe("");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  testIfBuilt("bad usage: exit 2 through process.exitCode", () => {
    const r = spawnSync(process.execPath, [BIN, "--triwulan", "7"], { encoding: "utf8", cwd: ROOT });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/Lihat hitung-capaian --help\./);
  });
});
