import * as fs from "fs";
import * as http from "http";
import * as os from "os";
import * as path from "path";

const { startServer, parseArgs } = require("../../scripts/serve.js");

function get(url: string, rawPath?: string): Promise<{ status: number; type?: string; body: string }> {
  return new Promise((resolve, reject) => {
    const u = new URL(url);
    const req = http.request({ host: u.hostname, port: u.port, path: rawPath ?? u.pathname, method: "GET" }, (res) => {
      let body = "";
      res.on("data", (d) => (body += d));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, type: res.headers["content-type"], body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("scripts/serve.js", () => {
  let dir: string;
  let server: { url: string; close(): Promise<void> };

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "capaian-serve-"));
    fs.mkdirSync(path.join(dir, "site"));
    fs.writeFileSync(path.join(dir, "site/index.html"), "<!doctype html>halo");
    fs.writeFileSync(path.join(dir, "site/web.12345678.js"), "1");
    fs.writeFileSync(path.join(dir, "secret.txt"), "rahasia");
    server = await startServer({ dir: path.join(dir, "site"), port: 0 });
  });
  afterAll(async () => {
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test("serves files with their type on 127.0.0.1, index.html for /", async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const index = await get(server.url);
    expect(index).toMatchObject({ status: 200, type: "text/html; charset=utf-8", body: "<!doctype html>halo" });
    expect((await get(server.url + "web.12345678.js")).type).toBe("text/javascript; charset=utf-8");
    expect((await get(server.url + "nope.js")).status).toBe(404);
  });

  test("never serves anything outside its folder", async () => {
    for (const p of ["/../secret.txt", "/%2e%2e/secret.txt", "/..%2fsecret.txt", "/%00"]) {
      const r = await get(server.url, p);
      expect(r.body).not.toContain("rahasia");
      expect([400, 404]).toContain(r.status);
    }
  });

  test("options", () => {
    expect(parseArgs(["--port", "0", "--dir", "x"])).toMatchObject({ port: 0, dir: "x", host: "127.0.0.1" });
    expect(parseArgs(["--port=9000"]).port).toBe(9000);
    expect(() => parseArgs(["--port", "abc"])).toThrow(/port/);
    expect(() => parseArgs(["--bogus"])).toThrow(/unknown option/);
  });
});
