/**
 * SIGINT/SIGTERM while outputs are staged: the temporary files are removed and the process ends
 * with 130 / 143 (src/cli/staged-writes.ts). Runs the compiled lib/ in a child process (a signal
 * cannot be sent to the test runner); skipped when lib/ is not built (`npm run build:cli`).
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const LIB = path.resolve(__dirname, "../../lib/cli/staged-writes.js");
const run = fs.existsSync(LIB) ? test : test.skip;
if (!fs.existsSync(LIB)) console.warn("test/cli/signals skipped: lib/ not built (npm run build:cli).");

const script = (lib: string, dir: string, signal: string) => `
const { StagedWrites } = require(${JSON.stringify(lib)});
const fs = require("fs"), path = require("path");
const s = new StagedWrites((sig) => process.exit(sig === "SIGINT" ? 130 : 143));
s.stage(path.join(${JSON.stringify(dir)}, "hasil.xlsx"), Buffer.alloc(100000)).then(() => {
  process.stdout.write(String(fs.readdirSync(${JSON.stringify(dir)}).length));
  process.kill(process.pid, ${JSON.stringify(signal)});
  setTimeout(() => {}, 10000);
});`;

describe.each([
  ["SIGTERM", 143],
  ["SIGINT", 130],
])("%s while writing", (signal, code) => {
  run("temporary file removed, nothing written, exit code " + code, () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "capaian-sig-"));
    try {
      const r = spawnSync(process.execPath, ["-e", script(LIB, dir, signal)], { encoding: "utf8", timeout: 20_000 });
      expect(r.stdout).toBe("1"); // the staged temporary file existed
      expect(r.status).toBe(code);
      expect(fs.readdirSync(dir)).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
