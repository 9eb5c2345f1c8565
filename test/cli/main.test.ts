/**
 * End to end: main() in-process with captured streams on workbooks built by the test.
 * Usage and input errors need no engine; the "happy path" tests need src/domain/engine.ts.
 */
import ExcelJS from "exceljs";
import * as fs from "node:fs";
import * as path from "node:path";
import { main, SAMPLE_WORKBOOK } from "../../src/cli/main";
import { HELP_TEXT } from "../../src/i18n/cli";
import { buildLayoutAWorkbook, capture, HEADER, listDir, sha256, tmpDir } from "./helpers";

let dir: string;
beforeEach(() => {
  dir = tmpDir();
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("help, version, usage errors", () => {
  test("--help prints the Indonesian help listing every option; exit 0", async () => {
    const c = capture(dir);
    expect(await main(["--help"], c.io)).toBe(0);
    expect(c.out()).toBe(HELP_TEXT);
    for (const opt of ["-t, --triwulan N", "-o, --out FILE", "--json FILE", "--skala NAME", "--rata-rata MODE", "--mapping FILE", "--jelaskan", "-q, --quiet", "-h, --help", "--version"]) {
      expect(c.out()).toContain(opt);
    }
    expect(c.out()).toContain("rekap-capaian.xlsx");
    expect(c.err()).toBe("");
  });

  test("--version prints package.json's version", async () => {
    const c = capture(dir);
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8"));
    expect(await main(["--version"], c.io)).toBe(0);
    expect(c.out()).toBe(`${pkg.version}\n`);
  });

  test("unknown option → exit 2, Indonesian message, hint, nothing written", async () => {
    const c = capture(dir);
    expect(await main(["--bogus", "a.xlsx"], c.io)).toBe(2);
    expect(c.err()).toBe("Opsi tidak dikenal: --bogus. Lihat hitung-capaian --help.\n");
    expect(c.out()).toBe("");
    expect(listDir(dir)).toEqual([]);
  });

  test("bad value → exit 2", async () => {
    const c = capture(dir);
    expect(await main(["--triwulan", "5", "a.xlsx"], c.io)).toBe(2);
    expect(c.err()).toMatch(/1, 2, 3 atau 4.*Lihat hitung-capaian --help\./);
  });

  test("-o with two files → exit 2", async () => {
    const c = capture(dir);
    expect(await main(["-o", "x.xlsx", "a.xlsx", "b.xlsx"], c.io)).toBe(2);
    expect(c.err()).toMatch(/Lihat hitung-capaian --help\./);
  });

  test("-o naming the input itself → exit 2, input untouched", async () => {
    const input = path.join(dir, "dinas.xlsx");
    await buildLayoutAWorkbook(input);
    const before = sha256(input);
    const c = capture(dir);
    expect(await main(["-o", "dinas.xlsx", "dinas.xlsx"], c.io)).toBe(2);
    expect(c.err()).toMatch(/sama dengan sebuah berkas masukan/);
    expect(sha256(input)).toBe(before);
    expect(listDir(dir)).toEqual(["dinas.xlsx"]);
  });

  test("the same file twice → exit 2", async () => {
    const c = capture(dir);
    fs.writeFileSync(path.join(dir, "a.xlsx"), "x");
    expect(await main(["a.xlsx", "./a.xlsx"], c.io)).toBe(2);
    expect(c.err()).toMatch(/lebih dari sekali/);
  });

  test("-o into a folder that does not exist → exit 2", async () => {
    const input = path.join(dir, "dinas.xlsx");
    await buildLayoutAWorkbook(input);
    const c = capture(dir);
    expect(await main(["-o", "tidak-ada/hasil.xlsx", "dinas.xlsx"], c.io)).toBe(2);
    expect(c.err()).toMatch(/Folder keluaran .* tidak ada/);
  });
});

describe("readable input with nothing to compute → exit 0, an empty report that says why", () => {
  test("a template with its column headers and no rows yet", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Renja");
    ws.addRow(["EVALUASI RENJA TAHUN 2025"]);
    ws.addRow(HEADER);
    await wb.xlsx.writeFile(path.join(dir, "kosong.xlsx"));
    const c = capture(dir);
    expect(await main(["-q", "--json", "hasil.json", "kosong.xlsx"], c.io)).toBe(0);
    const report = JSON.parse(fs.readFileSync(path.join(dir, "hasil.json"), "utf8"));
    expect(report.totals).toMatchObject({ programs: 0, activities: 0, subactivities: 0, budget: 0 });
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({ rule: "layout", severity: "warning", sheet: "Renja", cell: "A2" });
    expect(report.findings[0].message).toMatch(/lembar "Renja" \(judul kolom pada baris 2–2\) belum berisi baris data/);
    expect(c.out()).toMatch(/0 program, 0 kegiatan, 0 sub kegiatan/);
    expect(listDir(dir)).toEqual(["hasil.json", "kosong-capaian.xlsx", "kosong.xlsx"]);
  });
});

describe("unreadable input → exit 2, nothing written", () => {
  test("missing file", async () => {
    const c = capture(dir);
    expect(await main(["tidak-ada.xlsx"], c.io)).toBe(2);
    expect(c.err()).toMatch(/tidak-ada\.xlsx.*tidak ditemukan/);
    expect(c.out()).toBe("");
    expect(listDir(dir)).toEqual([]);
  });

  test("a .txt renamed to .xlsx", async () => {
    fs.writeFileSync(path.join(dir, "catatan.xlsx"), "Kode;Program;Pagu\n1.01;Program A;1000\n");
    const c = capture(dir);
    expect(await main(["-q", "catatan.xlsx"], c.io)).toBe(2);
    expect(c.err()).toMatch(/catatan\.xlsx.*bukan buku kerja Excel/);
    expect(c.err().trim().split("\n")).toHaveLength(1);
    expect(listDir(dir)).toEqual(["catatan.xlsx"]);
  });

  test("a workbook without a recognisable table (NoTableError)", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Catatan").addRow(["Hanya catatan rapat", "tanpa tabel"]);
    await wb.xlsx.writeFile(path.join(dir, "kosong.xlsx"));
    const c = capture(dir);
    expect(await main(["-q", "kosong.xlsx"], c.io)).toBe(2);
    expect(c.err()).toMatch(/^kosong\.xlsx: /);
    expect(c.err()).not.toMatch(/Kesalahan tak terduga/);
    expect(listDir(dir)).toEqual(["kosong.xlsx"]);
  });

  test("bad mapping file (not JSON, wrong shape, missing)", async () => {
    const input = path.join(dir, "dinas.xlsx");
    await buildLayoutAWorkbook(input);
    fs.writeFileSync(path.join(dir, "rusak.json"), "{ bukan json");
    fs.writeFileSync(path.join(dir, "salah.json"), JSON.stringify({ version: 2, tables: [] }));
    fs.writeFileSync(path.join(dir, "kolom.json"), JSON.stringify({ version: 1, tables: [{ sheet: "S", columns: { F: "targetTW1" } }] }));
    for (const [file, re] of [
      ["rusak.json", /bukan JSON yang sah/],
      ["salah.json", /"version" harus bernilai 1/],
      ["kolom.json", /kolom "F"/],
      ["hilang.json", /tidak ditemukan/],
    ] as const) {
      const c = capture(dir);
      expect(await main(["--mapping", file, "dinas.xlsx"], c.io)).toBe(2);
      expect(c.err()).toMatch(re);
      expect(c.err()).toContain(file);
    }
    expect(listDir(dir)).toEqual(["dinas.xlsx", "kolom.json", "rusak.json", "salah.json"]);
  });

  test("several files, one unreadable: every problem reported, nothing written", async () => {
    await buildLayoutAWorkbook(path.join(dir, "a.xlsx"));
    const c = capture(dir);
    expect(await main(["-q", "a.xlsx", "hilang.xlsx"], c.io)).toBe(2);
    expect(c.err()).toMatch(/hilang\.xlsx.*tidak ditemukan/);
    expect(c.err()).toMatch(/1 dari 2 berkas tidak dapat dibaca; tidak ada berkas yang ditulis/);
    expect(listDir(dir)).toEqual(["a.xlsx"]);
  });
});

describe("happy path (needs the engine)", () => {
  test("one file: output next to input, summary on stdout, progress on stderr, input unchanged", async () => {
    const input = path.join(dir, "renaksi.xlsx");
    await buildLayoutAWorkbook(input);
    const before = sha256(input);
    const c = capture(dir);
    expect(await main(["renaksi.xlsx"], c.io)).toBe(0);
    expect(sha256(input)).toBe(before);
    const out = path.join(dir, "renaksi-capaian.xlsx");
    expect(listDir(dir)).toEqual(["renaksi-capaian.xlsx", "renaksi.xlsx"]);

    expect(c.err()).toMatch(/Membaca renaksi\.xlsx/);
    expect(c.err()).toMatch(/mengenali tabel/);
    expect(c.out()).toMatch(/Tahun 2024/);
    expect(c.out()).toMatch(/s\.d\. Triwulan II/);
    expect(c.out()).toMatch(/Pagu\s+Rp80\.000\.000/);
    expect(c.out()).toMatch(/Realisasi\s+Rp33\.000\.000/);
    expect(c.out()).toMatch(/Serapan\s+41,25%/);
    expect(c.out()).toMatch(/Sisa\s+Rp47\.000\.000/);
    expect(c.out()).toMatch(/Skala SAKIP/);
    expect(c.out()).toMatch(/1\.01\.01\s+PROGRAM PENUNJANG/);
    expect(c.out()).toMatch(/Temuan: /);
    expect(c.out()).toContain(`Hasil ditulis ke: ${out}`);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(["Renaksi 2024", "Capaian", "Predikat", "Ringkasan", "Temuan"]));
  });

  test("-q silences progress but not the summary", async () => {
    await buildLayoutAWorkbook(path.join(dir, "a.xlsx"));
    const c = capture(dir);
    expect(await main(["-q", "-t", "2", "a.xlsx"], c.io)).toBe(0);
    expect(c.err()).toBe("");
    expect(c.out()).toMatch(/Hasil ditulis ke/);
  });

  test("--json - gives only parseable JSON (schemaVersion 1) on stdout", async () => {
    await buildLayoutAWorkbook(path.join(dir, "a.xlsx"));
    const c = capture(dir);
    expect(await main(["--json", "-", "a.xlsx"], c.io)).toBe(0);
    const report = JSON.parse(c.out());
    expect(report.schemaVersion).toBe(1);
    expect(report.quarter).toBe(2);
    expect(report.year).toBe(2024);
    expect(report.predicateScale).toBe("sakip");
    expect(report.rows.map((r: { level: string }) => r.level)).toEqual(["program", "activity", "subactivity", "subactivity"]);
    expect(report.totals).toMatchObject({ budget: 80000000, spentToDate: 33000000, programs: 1, activities: 1, subactivities: 2 });
    expect(report.rows[2].performancePct).toBeCloseTo(50, 10);
    // the human summary went to stderr
    expect(c.err()).toMatch(/Hasil ditulis ke/);
    expect(fs.existsSync(path.join(dir, "a-capaian.xlsx"))).toBe(true);
  });

  test("--json - -q: stdout JSON, stderr silent", async () => {
    await buildLayoutAWorkbook(path.join(dir, "a.xlsx"));
    const c = capture(dir);
    expect(await main(["--json=-", "-q", "a.xlsx"], c.io)).toBe(0);
    expect(JSON.parse(c.out()).schemaVersion).toBe(1);
    expect(c.err()).toBe("");
  });

  test("--json FILE writes the report; -o names the workbook; --skala / --rata-rata reach the engine", async () => {
    await buildLayoutAWorkbook(path.join(dir, "a.xlsx"));
    const c = capture(dir);
    expect(
      await main(["-q", "-o", "hasil.xlsx", "--json", "laporan.json", "--skala", "permendagri86", "--rata-rata", "semua", "-t", "1", "a.xlsx"], c.io),
    ).toBe(0);
    expect(listDir(dir)).toEqual(["a.xlsx", "hasil.xlsx", "laporan.json"]);
    const report = JSON.parse(fs.readFileSync(path.join(dir, "laporan.json"), "utf8"));
    expect(report).toMatchObject({ schemaVersion: 1, quarter: 1, predicateScale: "permendagri86" });
    expect(c.out()).toMatch(/Permendagri 86\/2017/);
    expect(c.out()).toMatch(/Laporan JSON: laporan\.json/);
  });

  test("--jelaskan prints the detection report", async () => {
    await buildLayoutAWorkbook(path.join(dir, "a.xlsx"));
    const c = capture(dir);
    expect(await main(["-q", "--jelaskan", "a.xlsx"], c.io)).toBe(0);
    expect(c.out()).toMatch(/Pengenalan tabel — a\.xlsx/);
    expect(c.out()).toMatch(/Lembar "Renaksi 2024"/);
    expect(c.out()).toMatch(/baris judul: 3/);
    expect(c.out()).toMatch(/Target TW I\b/);
    expect(c.out()).toMatch(/1 program, 1 kegiatan, 2 sub kegiatan/);
  });

  test("--mapping FILE overrides detection (a column mapped to ignore disappears)", async () => {
    await buildLayoutAWorkbook(path.join(dir, "a.xlsx"));
    const columns: Record<string, string> = { a: "code", B: "name", E: "annualTarget", N: "budget", R: "ignore" };
    for (let q = 1; q <= 4; q++) {
      columns["EFGHI"[q]] = `quarterTarget:${q}`;
      columns["IJKLM"[q]] = `quarterRealization:${q}`;
      if (q < 4) columns["NOPQR"[q]] = `spentQuarter:${q}`;
    }
    fs.writeFileSync(path.join(dir, "peta.json"), JSON.stringify({ version: 1, tables: [{ sheet: "Renaksi 2024", headerRows: { first: 3, last: 3 }, columns }] }));
    const c = capture(dir);
    expect(await main(["-q", "--jelaskan", "--mapping", "peta.json", "a.xlsx"], c.io)).toBe(0);
    expect(c.out()).toMatch(/Q\s+"Realisasi Keuangan TW III"/);
    expect(c.out()).not.toMatch(/R\s+"Realisasi Keuangan TW IV"/);
    expect(c.out()).toMatch(/Pagu\s+Rp80\.000\.000/);
  });

  test("two files → both outputs and rekap-capaian.xlsx in the cwd with 2 data rows", async () => {
    const sub = path.join(dir, "masukan");
    fs.mkdirSync(sub);
    await buildLayoutAWorkbook(path.join(sub, "dinas-a.xlsx"), { agency: "DINAS PENDIDIKAN" });
    await buildLayoutAWorkbook(path.join(sub, "dinas-b.xlsx"), { agency: "DINAS KESEHATAN" });
    const hashes = [sha256(path.join(sub, "dinas-a.xlsx")), sha256(path.join(sub, "dinas-b.xlsx"))];
    const c = capture(dir);
    expect(await main(["-q", "masukan/dinas-a.xlsx", "masukan/dinas-b.xlsx"], c.io)).toBe(0);
    expect(listDir(sub)).toEqual(["dinas-a-capaian.xlsx", "dinas-a.xlsx", "dinas-b-capaian.xlsx", "dinas-b.xlsx"]);
    expect([sha256(path.join(sub, "dinas-a.xlsx")), sha256(path.join(sub, "dinas-b.xlsx"))]).toEqual(hashes);
    expect(listDir(dir)).toEqual(["masukan", "rekap-capaian.xlsx"]);
    expect(c.out()).toMatch(/Rekap 2 berkas ditulis ke: .*rekap-capaian\.xlsx/);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, "rekap-capaian.xlsx"));
    const ws = wb.worksheets[0];
    expect(ws.getRow(1).getCell(1).value).toBe("Berkas");
    expect(ws.getRow(2).getCell(1).value).toBe("masukan/dinas-a.xlsx");
    expect(ws.getRow(3).getCell(1).value).toBe("masukan/dinas-b.xlsx");
    expect(String(ws.getRow(2).getCell(2).value)).toMatch(/Dinas Pendidikan/i);
    expect(String(ws.getRow(3).getCell(2).value)).toMatch(/Dinas Kesehatan/i);
    expect(ws.getRow(2).getCell(8).value).toBe(80000000);
    expect(ws.getRow(4).getCell(1).value).toBe("Jumlah");
    expect(ws.getRow(4).getCell(8).value).toBe(160000000);
    expect(ws.rowCount).toBe(4); // header + 2 data rows + Jumlah
  });

  test("no FILE: runs on the bundled sample and says so (skipped until the sample exists)", async () => {
    if (!fs.existsSync(SAMPLE_WORKBOOK)) {
      console.warn(`skipped: ${SAMPLE_WORKBOOK} not generated yet`);
      return;
    }
    const before = sha256(SAMPLE_WORKBOOK);
    const c = capture(dir);
    expect(await main(["-q"], c.io)).toBe(0);
    expect(c.err()).toMatch(/buku kerja contoh bawaan/);
    expect(listDir(dir)).toEqual(["contoh-dinas-2024-capaian.xlsx"]);
    expect(sha256(SAMPLE_WORKBOOK)).toBe(before);
  });
});

describe("unexpected failure → exit 1", () => {
  test("message, and the stack only with CAPAIAN_DEBUG=1", async () => {
    const engine = require("../../src/domain/engine");
    await buildLayoutAWorkbook(path.join(dir, "a.xlsx"));
    const spy = jest.spyOn(engine, "hitungCapaianTaking").mockImplementation(() => {
      throw new TypeError("boom");
    });
    try {
      const c = capture(dir);
      expect(await main(["-q", "a.xlsx"], c.io)).toBe(1);
      expect(c.err()).toMatch(/^Kesalahan tak terduga: boom\n/);
      expect(c.err()).not.toMatch(/\n\s+at /);
      expect(c.err()).toMatch(/CAPAIAN_DEBUG=1/);

      const d = capture(dir, { CAPAIAN_DEBUG: "1" });
      expect(await main(["-q", "a.xlsx"], d.io)).toBe(1);
      expect(d.err()).toMatch(/Kesalahan tak terduga: boom/);
      expect(d.err()).toMatch(/TypeError: boom\n\s+at /);
      expect(listDir(dir)).toEqual(["a.xlsx"]);
    } finally {
      spy.mockRestore();
    }
  });
});
