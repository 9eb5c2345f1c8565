#!/usr/bin/env node
/**
 * Turns off usage-data reporting of Microsoft's office-addin-* CLI tools, without a prompt.
 *
 * Mechanism (office-addin-usage-data ≤ 2.0): the tools read
 *   ~/office-addin-usage-data.json  →  { "usageDataInstances": { "office-addin-usage-data": { "usageDataLevel": "off" } } }
 * and ask interactively only while that group has no level. Writing "off" answers the question
 * for every office-addin tool on this machine. Version 2.1 (in package-lock today) no longer
 * collects anything and never prompts; the file is harmless there and keeps older or
 * differently-resolved installs quiet too. Other keys in the file are preserved.
 *
 * Run from CI and before the first `npm start`: node scripts/opt-out-telemetry.js
 */
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");

const GROUP = "office-addin-usage-data";
const file = path.join(os.homedir(), "office-addin-usage-data.json");

let data = {};
try {
  data = JSON.parse(fs.readFileSync(file, "utf8")) || {};
} catch {
  data = {};
}
if (typeof data !== "object" || Array.isArray(data)) data = {};
data.usageDataInstances =
  data.usageDataInstances && typeof data.usageDataInstances === "object" ? data.usageDataInstances : {};
data.usageDataInstances[GROUP] = { ...(data.usageDataInstances[GROUP] || {}), usageDataLevel: "off" };
fs.writeFileSync(file, JSON.stringify(data, null, 2) + "\n");
console.log(`Telemetri alat office-addin dimatikan (${file}).`);
