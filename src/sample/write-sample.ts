/**
 * Writes the bundled sample workbook: `npm run sample` (after `npm run build:cli`), or
 * `node lib/sample/write-sample.js [OUT.xlsx]`. Default output: samples/contoh-dinas-2024.xlsx.
 * The bytes are reproducible: fixed workbook dates and zip entry timestamps.
 */
import * as path from "path";
import { buildSample, SAMPLE_DATE, SAMPLE_FILE_NAME } from "./build-sample";
import { normaliseZipTimestamps } from "../xlsx/zip";
import { writeFileAtomic } from "../xlsx/save";

export const DEFAULT_SAMPLE_PATH = path.resolve(__dirname, "..", "..", "samples", SAMPLE_FILE_NAME);

/** Serialises the sample workbook to reproducible bytes. */
export async function sampleBytes(): Promise<Buffer> {
  const { workbook } = buildSample();
  const raw = (await workbook.xlsx.writeBuffer()) as unknown as Buffer;
  return normaliseZipTimestamps(Buffer.from(raw), SAMPLE_DATE);
}

export async function writeSample(outPath: string = DEFAULT_SAMPLE_PATH): Promise<string> {
  const abs = path.resolve(outPath);
  await writeFileAtomic(abs, await sampleBytes());
  return abs;
}

if (require.main === module) {
  writeSample(process.argv[2])
    .then((p) => {
      process.stdout.write(`Contoh buku kerja ditulis: ${p}\n`);
    })
    .catch((e: unknown) => {
      process.stderr.write(`Gagal menulis contoh: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    });
}
