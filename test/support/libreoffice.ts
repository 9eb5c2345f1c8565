/**
 * LibreOffice (headless) as an independent reader of the workbooks we write.
 *
 *   convertWithLibreOffice(xlsx, "csv" | "pdf")  → path of the converted file (first sheet for csv)
 *   convertSheetsToCsv(xlsx)                      → { sheet name → csv path } for every sheet
 *
 * Each call runs `soffice --headless --convert-to … --outdir <fresh temp dir>` with its own user
 * profile (-env:UserInstallation=file:///tmp/lo-<random>) so parallel runs never share a profile,
 * and a 10 min timeout (hang protection only; a busy machine must not overrun it). With `recalc: true` the profile tells LibreOffice to recalculate every
 * formula on load (OOXMLRecalcMode = 0), so the output shows what a spreadsheet computes rather
 * than the cached results stored in the file.
 */
import { execFile, execFileSync } from "child_process";
import { promises as fs, mkdtempSync } from "fs";
import * as os from "os";
import * as path from "path";
import { randomBytes } from "crypto";

export const LIBREOFFICE_TIMEOUT_MS = 600_000;

let cachedBinary: string | null | undefined;

/** The soffice binary, or null when LibreOffice is not installed. */
export function libreOfficeBinary(): string | null {
  if (cachedBinary !== undefined) return cachedBinary;
  cachedBinary = null;
  for (const name of [process.env.SOFFICE, "soffice", "libreoffice"]) {
    if (!name) continue;
    try {
      execFileSync(name, ["--version"], { stdio: "ignore", timeout: LIBREOFFICE_TIMEOUT_MS });
      cachedBinary = name;
      break;
    } catch {
      // try the next name
    }
  }
  return cachedBinary;
}

export function hasLibreOffice(): boolean {
  return libreOfficeBinary() !== null;
}

export interface ConvertOptions {
  /** Recalculate all formulas on load instead of showing cached results. */
  recalc?: boolean;
  /** Output folder (default: a fresh temp folder). */
  outDir?: string;
}

const RECALC_XCU = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

async function run(xlsxPath: string, convertTo: string, opts: ConvertOptions): Promise<string> {
  const bin = libreOfficeBinary();
  if (!bin) throw new Error("LibreOffice (soffice) tidak terpasang");
  const outDir = opts.outDir ?? mkdtempSync(path.join(os.tmpdir(), "lo-out-"));
  const profile = path.join(os.tmpdir(), `lo-${randomBytes(6).toString("hex")}`);
  if (opts.recalc) {
    await fs.mkdir(path.join(profile, "user"), { recursive: true });
    await fs.writeFile(path.join(profile, "user", "registrymodifications.xcu"), RECALC_XCU);
  }
  const args = [
    `-env:UserInstallation=file://${profile}`,
    "--headless",
    "--norestore",
    "--nologo",
    "--convert-to",
    convertTo,
    "--outdir",
    outDir,
    path.resolve(xlsxPath),
  ];
  try {
    await new Promise<void>((resolve, reject) => {
      execFile(bin, args, { timeout: LIBREOFFICE_TIMEOUT_MS, killSignal: "SIGKILL" }, (err, stdout, stderr) => {
        if (err) reject(new Error(`soffice gagal: ${err.message}\n${stdout}\n${stderr}`));
        else resolve();
      });
    });
  } finally {
    await fs.rm(profile, { recursive: true, force: true }).catch(() => undefined);
  }
  return outDir;
}

/** Converts with LibreOffice; returns the path of the converted file (csv: the first sheet). */
export async function convertWithLibreOffice(
  xlsxPath: string,
  format: "csv" | "pdf" | "ods",
  opts: ConvertOptions = {},
): Promise<string> {
  // CSV: comma, double quote, UTF-8 (76), from line 1, raw cell values (not "as shown").
  const convertTo = format === "csv" ? "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false" : format;
  const outDir = await run(xlsxPath, convertTo, opts);
  const out = path.join(outDir, `${path.parse(xlsxPath).name}.${format}`);
  await fs.access(out).catch(() => {
    throw new Error(`LibreOffice tidak menghasilkan ${out}`);
  });
  return out;
}

/** Every sheet to its own CSV (LibreOffice ≥ 7.2: sheet = -1). Returns sheet name → csv path. */
export async function convertSheetsToCsv(xlsxPath: string, opts: ConvertOptions = {}): Promise<Record<string, string>> {
  const convertTo = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";
  const outDir = await run(xlsxPath, convertTo, opts);
  const base = path.parse(xlsxPath).name;
  const result: Record<string, string> = {};
  for (const f of await fs.readdir(outDir)) {
    if (f.startsWith(`${base}-`) && f.endsWith(".csv")) result[f.slice(base.length + 1, -4)] = path.join(outDir, f);
  }
  return result;
}

/** Minimal CSV parser (RFC 4180: quotes, doubled quotes, newlines in quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') (field += '"'), i++;
        else quoted = false;
      } else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") row.push(field), (field = "");
    else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length) row.push(field), rows.push(row);
  return rows;
}
