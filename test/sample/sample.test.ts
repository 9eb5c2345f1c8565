import { promises as fs, mkdtempSync } from "fs";
import * as os from "os";
import * as path from "path";
import { cellAt, type Grid } from "../../src/domain/grid";
import { buildSample, IKU_SHEET, PLAN_SHEET, SAMPLE_FILE_NAME, typedNumber, round2 } from "../../src/sample/build-sample";
import { sampleBytes, writeSample, DEFAULT_SAMPLE_PATH } from "../../src/sample/write-sample";
import { loadWorkbook } from "../../src/xlsx/load";
import { readGrids } from "../../src/xlsx/read-grids";
import { hitungCapaian } from "../../src/domain/engine";

const REPO = path.resolve(__dirname, "..", "..");
const COMMITTED = path.join(REPO, "samples", SAMPLE_FILE_NAME);

describe("sample workbook", () => {
  const sample = buildSample();
  const { layout, defects } = sample;
  let grids: Grid[];
  let plan: Grid;
  beforeAll(async () => {
    grids = readGrids(await loadWorkbook(COMMITTED));
    plan = grids.find((g) => g.sheet === PLAN_SHEET)!;
  });
  const text = (r: number, c: number) => cellAt(plan, r, c).value;

  test("the committed file is up to date (byte-identical to a fresh build) and reproducible", async () => {
    expect(DEFAULT_SAMPLE_PATH).toBe(COMMITTED);
    const fresh = await sampleBytes();
    expect(fresh.equals(await sampleBytes())).toBe(true);
    const committed = await fs.readFile(COMMITTED);
    // If this fails: npm run build:cli && npm run sample, then commit samples/.
    expect(committed.equals(fresh)).toBe(true);
  });

  test("writeSample writes a loadable file atomically", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "capaian-sample-"));
    try {
      const out = await writeSample(path.join(dir, "contoh.xlsx"));
      expect(await fs.readdir(dir)).toEqual(["contoh.xlsx"]);
      expect((await loadWorkbook(out)).worksheets.map((w) => w.name)).toEqual([PLAN_SHEET, IKU_SHEET]);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  test("sheets, titles, merged header rows and numbering row", () => {
    expect(grids.map((g) => g.sheet)).toEqual([PLAN_SHEET, IKU_SHEET]);
    expect(text(1, 1)).toBe("RENCANA AKSI DAN CAPAIAN KINERJA TRIWULAN II");
    expect(text(2, 1)).toBe("DINAS CONTOH KABUPATEN CONTOH");
    expect(text(3, 1)).toBe("TAHUN ANGGARAN 2024");
    const h5 = Array.from({ length: 23 }, (_, i) => text(5, i + 1));
    expect(h5).toEqual([
      "Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator Kinerja", "Satuan", "Sifat", "Polaritas", "Target 2024",
      "Target", null, null, null, "Realisasi Kinerja", null, null, null, "Pagu Anggaran (Rp)",
      "Realisasi Keuangan (Rp)", null, null, null, "% Capaian Kinerja s.d TW II", "% Capaian Keuangan", "Keterangan",
    ]);
    expect([8, 9, 10, 11].map((c) => text(6, c))).toEqual(["TW I", "TW II", "TW III", "TW IV"]);
    expect(plan.merges).toEqual(expect.arrayContaining([{ top: 5, left: 8, bottom: 5, right: 11 }, { top: 5, left: 1, bottom: 6, right: 1 }]));
    expect(text(7, 1)).toBe("(1)");
    expect(text(7, 23)).toBe("(23)");
  });

  test("3 programs, 10 activities, ≥ 40 sub-activities with outline codes; total row; signature", () => {
    expect(layout.programRows).toHaveLength(3);
    expect(layout.activityRows).toHaveLength(10);
    expect(layout.subactivityRows.length).toBeGreaterThanOrEqual(40);
    for (const r of layout.programRows) {
      expect(String(text(r, 1))).toMatch(/^\d+$/);
      expect(String(text(r, 2))).toMatch(/^Program /);
      expect(cellAt(plan, r, 2).bold).toBe(true);
    }
    for (const r of layout.activityRows) {
      expect(String(text(r, 1))).toMatch(/^\d+\.\d+$/);
      expect(String(text(r, 2))).toMatch(/^Kegiatan /);
      expect([95, 98, 100]).toContain(text(r, 7));
    }
    for (const r of layout.subactivityRows) {
      expect(String(text(r, 1))).toMatch(/^\d+\.\d+\.\d+$/);
      expect(String(text(r, 2))).toMatch(/^Sub Kegiatan /);
      expect(["Kumulatif", "Non Kumulatif"]).toContain(text(r, 5));
      expect(["Positif", "Negatif"]).toContain(text(r, 6));
      expect(text(r, 14)).toBeNull(); // realization TW III empty
      expect(text(r, 19)).toBeNull(); // spending TW III empty
    }
    expect(text(layout.totalRow, 2)).toBe("JUMLAH");
    const sig = Array.from({ length: 9 }, (_, i) => text(layout.signatureRows[0] + i, 20));
    expect(sig).toContain("KEPALA DINAS CONTOH");
    expect(sig).toContain("NIP. 19700101 199503 1 001");
  });

  test("parent budgets are =SUM formulas with cached results that add up (except the defect)", () => {
    const hardcoded = defects.find((d) => d.id === "hardcoded-budget")!.cell;
    let checked = 0;
    for (const r of [...layout.activityRows, ...layout.programRows, layout.totalRow]) {
      const p = cellAt(plan, r, 16);
      if (`P${r}` === hardcoded) {
        expect(p.formula).toBeUndefined();
        continue;
      }
      expect(p.formula).toMatch(/^=SUM\(/);
      const refs = p.formula!.slice(5, -1);
      const rows = refs.includes(":")
        ? (() => {
            const [a, b] = refs.split(":").map((x) => Number(x.slice(1)));
            return Array.from({ length: b - a + 1 }, (_, i) => a + i);
          })()
        : refs.split(",").map((x) => Number(x.slice(1)));
      const sum = rows.reduce((acc, x) => acc + (typeof text(x, 16) === "number" ? (text(x, 16) as number) : 0), 0);
      expect(p.value).toBe(sum);
      checked++;
    }
    expect(checked).toBe(13);
  });

  test("every deliberate defect is where the list says, and README-defects.md documents it", async () => {
    const readme = await fs.readFile(path.join(REPO, "src", "sample", "README-defects.md"), "utf8");
    expect(defects.map((d) => d.id).sort()).toEqual(
      ["hardcoded-budget", "over-budget", "quarter-targets", "realization-without-target", "ref-error", "stated-pct-wrong", "unparseable"].sort(),
    );
    for (const d of defects) {
      expect(readme).toContain(`| \`${d.id}\` | \`${d.sheet}\`!${d.cell} | ${d.rule}`);
    }
    const at = (cell: string) => {
      const m = /^([A-Z]+)(\d+)$/.exec(cell)!;
      return cellAt(plan, Number(m[2]), m[1].charCodeAt(0) - 64);
    };
    const byId = Object.fromEntries(defects.map((d) => [d.id, d]));
    expect(at(byId["unparseable"].cell).value).toBe("35.629.000 0");
    expect(at(byId["ref-error"].cell)).toMatchObject({ value: null, error: "#REF!" });
    expect(at(byId["stated-pct-wrong"].cell)).toMatchObject({ value: 75 });
    expect(at(byId["stated-pct-wrong"].cell).formula).toBeUndefined();
    expect(at(byId["realization-without-target"].cell).value).toBe(3);
    expect(text(25, 7)).toBeNull(); // no annual target
    const over = Number(byId["over-budget"].cell.slice(1));
    expect((text(over, 17) as number) + (text(over, 18) as number)).toBeGreaterThan(text(over, 16) as number);
  });

  test("IKU sheet: header and four key indicators with numerator/denominator", () => {
    const iku = grids.find((g) => g.sheet === IKU_SHEET)!;
    const header = Array.from({ length: 11 }, (_, i) => cellAt(iku, 5, i + 1).value);
    expect(header).toEqual(["No", "Sasaran Strategis", "Indikator Kinerja Utama", "Satuan", "Polaritas", "Target 2024", "Pembilang", "Penyebut", "Realisasi", "Capaian (%)", "Keterangan"]);
    expect(layout.ikuDataRows).toEqual([7, 10]);
    expect(cellAt(iku, 9, 9)).toMatchObject({ value: 68.18, formula: "=ROUND(G9/H9*100,2)" });
    expect(cellAt(iku, 9, 10).value).toBe(81.65);
    expect(cellAt(iku, 7, 9).value).toBeNull();
  });

  test("the engine finds every deliberate defect at its cell", () => {
    const result = hitungCapaian(grids, { quarter: 2 });
    expect(result.totals).toMatchObject({ programs: 3, activities: 10, subactivities: layout.subactivityRows.length });
    for (const d of defects) {
      const hit = result.findings.find((f) => f.rule === d.rule && f.sheet === d.sheet && f.cell === d.cell);
      expect({ defect: d.id, found: !!hit }).toEqual({ defect: d.id, found: true });
    }
  });

  test("no other finding than the defects and the intended ones (README-defects.md)", () => {
    const result = hitungCapaian(grids, { quarter: 2 });
    const got = result.findings.map((f) => `${f.severity} ${f.rule} ${f.sheet}!${f.cell}`).sort();
    expect(got).toEqual(
      [
        ...defects.map((d) => `${d.id === "realization-without-target" ? "warning" : d.rule === "stated-value-mismatch" || d.rule === "quarter-targets-vs-annual" ? "warning" : "error"} ${d.rule} ${d.sheet}!${d.cell}`),
        // intended: the program's measured realization differs from its activities' mean (§5.3)
        `info stated-value-mismatch ${PLAN_SHEET}!L49`,
        `info stated-value-mismatch ${PLAN_SHEET}!M49`,
        `info missing-realization ${IKU_SHEET}!F7`,
        // the conventions the stated activity realizations follow, said once (§6 Precision)
        `info layout ${PLAN_SHEET}!L9`,
      ].sort(),
    );
  });

  test("helpers", () => {
    expect(typedNumber("10 Dok")).toBe(10);
    expect(typedNumber("-")).toBeNull();
    expect(typedNumber("35.629.000 0")).toBeNull();
    expect(round2(79.165)).toBe(79.17);
    expect(round2(63.435)).toBe(63.44);
  });
});
