#!/usr/bin/env node
/* hitung-capaian: thin launcher for the compiled CLI in lib/ (built by `npm run build:cli`,
 * which `npm ci` / `npm install` run through the "prepare" script). */
"use strict";

const fs = require("fs");
const path = require("path");

const entry = path.join(__dirname, "..", "lib", "cli", "main.js");
if (!fs.existsSync(entry)) {
  process.stderr.write(
    "hitung-capaian belum dibangun (lib/cli/main.js tidak ada). " +
      "Jalankan `npm run build:cli` (atau `npm ci`) di folder paket, lalu coba lagi.\n",
  );
  process.exitCode = 1;
} else {
  // A closed pipe (e.g. `hitung-capaian … | head`) is not an error of ours: the rest of the
  // output is dropped and the files are still written.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (e) => {
      if (!e || e.code !== "EPIPE") throw e;
    });
  }
  require(entry)
    .main(process.argv.slice(2))
    .then(
      (code) => {
        process.exitCode = code;
      },
      (err) => {
        process.stderr.write("Kesalahan tak terduga: " + (err && err.message ? err.message : String(err)) + "\n");
        if (process.env.CAPAIAN_DEBUG === "1" && err && err.stack) process.stderr.write(err.stack + "\n");
        process.exitCode = 1;
      },
    );
}
