#!/usr/bin/env node
/**
 * A tiny static file server for the built web page (dist/), for local use and the browser tests.
 * Plain http on 127.0.0.1 only; GET and HEAD; no directory listings; nothing outside the folder.
 *
 *   npm run serve                         http://127.0.0.1:8080/  (dist/, after npm run build)
 *   node scripts/serve.js --port 9000 --dir some/folder
 *   node scripts/serve.js --port 0        a free port, printed on start
 *
 * As a module: `const { startServer } = require("./scripts/serve.js")`;
 * `await startServer({ dir, port: 0 })` → { server, url, port, close() }.
 */
"use strict";
const fs = require("fs");
const http = require("http");
const path = require("path");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

function send(res, status, body, headers = {}) {
  res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", ...headers });
  res.end(body);
}

/** Resolves a URL path inside `root`, or null when it would leave it. */
function resolveInside(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes("\0")) return null;
  const file = path.resolve(root, "." + path.posix.normalize("/" + decoded));
  return file === root || file.startsWith(root + path.sep) ? file : null;
}

function handler(root, index) {
  return (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      return send(res, 405, "Method Not Allowed\n", { Allow: "GET, HEAD" });
    }
    const urlPath = new URL(req.url || "/", "http://localhost").pathname;
    let file = resolveInside(root, urlPath);
    if (!file) return send(res, 400, "Bad Request\n");
    fs.stat(file, (err, st) => {
      if (!err && st.isDirectory()) {
        if (!urlPath.endsWith("/")) return send(res, 301, "", { Location: urlPath + "/" });
        file = path.join(file, index);
        return fs.stat(file, (err2, st2) => serveFile(req, res, file, err2, st2));
      }
      serveFile(req, res, file, err, st);
    });
  };
}

function serveFile(req, res, file, err, st) {
  if (err || !st.isFile()) return send(res, 404, "Not Found\n");
  const headers = {
    "Content-Type": TYPES[path.extname(file).toLowerCase()] || "application/octet-stream",
    "Content-Length": st.size,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    // Hashed bundles never change; pages are revalidated.
    "Cache-Control": /\.[0-9a-f]{8}\.(chunk\.)?js$/.test(file) ? "public, max-age=31536000, immutable" : "no-cache",
  };
  res.writeHead(200, headers);
  if (req.method === "HEAD") return res.end();
  fs.createReadStream(file)
    .on("error", () => res.destroy())
    .pipe(res);
}

/** Starts serving `dir` on http://host:port/ (port 0 = any free port). */
function startServer({ dir = "dist", port = 8080, host = "127.0.0.1", index = "index.html" } = {}) {
  const root = path.resolve(dir);
  const server = http.createServer(handler(root, index));
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const actual = server.address().port;
      resolve({
        server,
        port: actual,
        url: `http://${host}:${actual}/`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

function parseArgs(argv) {
  const out = { dir: "dist", port: 8080, host: "127.0.0.1" };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.includes("=") ? a.split(/=(.*)/s) : [a, undefined];
    const value = () => (inline !== undefined ? inline : argv[++i]);
    if (flag === "--port" || flag === "-p") out.port = Number(value());
    else if (flag === "--dir" || flag === "-d") out.dir = value();
    else if (flag === "--host") out.host = value();
    else if (flag === "--help" || flag === "-h") out.help = true;
    else throw new Error(`unknown option: ${a}`);
  }
  if (!Number.isInteger(out.port) || out.port < 0 || out.port > 65535) throw new Error("--port must be 0-65535");
  return out;
}

if (require.main === module) {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`serve: ${e.message}\nusage: node scripts/serve.js [--port N] [--dir DIR] [--host 127.0.0.1]`);
    process.exit(2);
  }
  if (args.help) {
    console.log("usage: node scripts/serve.js [--port N (8080; 0 = free port)] [--dir DIR (dist)] [--host 127.0.0.1]");
    process.exit(0);
  }
  if (!fs.existsSync(path.join(args.dir, "index.html"))) {
    console.error(`serve: ${path.join(args.dir, "index.html")} not found; build first (npm run build).`);
    process.exit(2);
  }
  startServer(args).then(
    ({ url }) => console.log(`Capaian web page: ${url}  (taskpane: ${url}taskpane.html)  Ctrl+C to stop`),
    (e) => {
      console.error(`serve: ${e.message}`);
      process.exit(1);
    },
  );
}

module.exports = { startServer, parseArgs, resolveInside };
