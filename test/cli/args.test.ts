import { parseCliArgs, UsageError, type RunArgs } from "../../src/cli/args";

function run(argv: string[]): RunArgs {
  const r = parseCliArgs(argv);
  if (r.kind !== "run") throw new Error(`expected run, got ${r.kind}`);
  return r;
}

function usageError(argv: string[]): string {
  try {
    parseCliArgs(argv);
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return (e as Error).message;
  }
  throw new Error(`expected a usage error for ${JSON.stringify(argv)}`);
}

describe("parseCliArgs", () => {
  test("no arguments: run on the sample with defaults", () => {
    expect(parseCliArgs([])).toEqual({ kind: "run", files: [], options: {}, quiet: false, explain: false });
  });

  test("files are positionals, in order", () => {
    expect(run(["a.xlsx", "b.xlsx"]).files).toEqual(["a.xlsx", "b.xlsx"]);
  });

  test.each([
    [["-t", "2"]],
    [["-t2"]],
    [["-t=2"]],
    [["--triwulan", "2"]],
    [["--triwulan=2"]],
    [["--triwulan", " 2 "]],
  ])("quarter %j", (argv) => {
    expect(run(argv).options.quarter).toBe(2);
  });

  test.each(["0", "5", "II", "2.0", "dua", "-1"])("bad quarter %s", (v) => {
    expect(usageError([`--triwulan=${v}`])).toMatch(/--triwulan.*1, 2, 3 atau 4/);
  });

  test("-o / --out", () => {
    expect(run(["-o", "hasil.xlsx", "a.xlsx"]).out).toBe("hasil.xlsx");
    expect(run(["--out=hasil.xlsx", "a.xlsx"]).out).toBe("hasil.xlsx");
    expect(run(["--out", "x/hasil.XLSX"]).out).toBe("x/hasil.XLSX");
  });

  test("-o with several files is a usage error", () => {
    expect(usageError(["-o", "hasil.xlsx", "a.xlsx", "b.xlsx"])).toMatch(/satu berkas masukan.*2 berkas/);
  });

  test("-o must name an .xlsx file", () => {
    expect(usageError(["-o", "hasil.csv", "a.xlsx"])).toMatch(/\.xlsx/);
  });

  test("--json FILE and --json - (both forms)", () => {
    expect(run(["--json", "lap.json", "a.xlsx"]).json).toBe("lap.json");
    expect(run(["--json", "-", "a.xlsx"]).json).toBe("-");
    expect(run(["--json=-"]).json).toBe("-");
  });

  test("--json with several files is a usage error", () => {
    expect(usageError(["--json", "-", "a.xlsx", "b.xlsx"])).toMatch(/--json/);
  });

  test("--skala", () => {
    expect(run(["--skala", "sakip"]).options.predicateScale).toBe("sakip");
    expect(run(["--skala=permendagri86"]).options.predicateScale).toBe("permendagri86");
    expect(run(["--skala", "SAKIP"]).options.predicateScale).toBe("sakip");
    expect(usageError(["--skala", "lkj"])).toMatch(/Skala predikat "lkj" tidak dikenal/);
  });

  test("--rata-rata maps to averageOver", () => {
    expect(run(["--rata-rata", "bertarget"]).options.averageOver).toBe("targeted");
    expect(run(["--rata-rata=semua"]).options.averageOver).toBe("all");
    expect(usageError(["--rata-rata", "sebagian"])).toMatch(/bertarget atau semua/);
  });

  test("--mapping", () => {
    expect(run(["--mapping", "peta.json", "a.xlsx"]).mappingFile).toBe("peta.json");
    expect(run(["--mapping=peta.json"]).mappingFile).toBe("peta.json");
  });

  test("-q / --quiet and --jelaskan", () => {
    expect(run(["-q"]).quiet).toBe(true);
    expect(run(["--quiet"]).quiet).toBe(true);
    expect(run(["--jelaskan"]).explain).toBe(true);
    expect(run(["-qt3"])).toMatchObject({ quiet: true, options: { quarter: 3 } });
  });

  test("-h / --help and --version", () => {
    expect(parseCliArgs(["-h"])).toEqual({ kind: "help" });
    expect(parseCliArgs(["--help"])).toEqual({ kind: "help" });
    expect(parseCliArgs(["a.xlsx", "--triwulan", "9", "--help"])).toEqual({ kind: "help" });
    expect(parseCliArgs(["--version"])).toEqual({ kind: "version" });
  });

  test("all options together", () => {
    expect(
      run(["-t", "4", "-o", "o.xlsx", "--json", "r.json", "--skala", "permendagri86", "--rata-rata", "semua", "--mapping", "m.json", "-q", "--jelaskan", "in.xlsx"]),
    ).toEqual({
      kind: "run",
      files: ["in.xlsx"],
      out: "o.xlsx",
      json: "r.json",
      options: { quarter: 4, predicateScale: "permendagri86", averageOver: "all" },
      mappingFile: "m.json",
      quiet: true,
      explain: true,
    });
  });

  test("unknown options", () => {
    expect(usageError(["--bogus"])).toBe("Opsi tidak dikenal: --bogus.");
    expect(usageError(["-x", "a.xlsx"])).toBe("Opsi tidak dikenal: -x.");
    expect(usageError(["--triwulan2"])).toMatch(/tidak dikenal: --triwulan2/);
  });

  test("missing values", () => {
    expect(usageError(["-t"])).toMatch(/Opsi -t memerlukan nomor triwulan/);
    expect(usageError(["--out"])).toMatch(/Opsi --out memerlukan nama berkas/);
    expect(usageError(["-o", "--quiet", "a.xlsx"])).toMatch(/Opsi -o memerlukan/);
    expect(usageError(["--json"])).toMatch(/--json memerlukan/);
    expect(usageError(["--skala"])).toMatch(/--skala memerlukan/);
    expect(usageError(["--out="])).toMatch(/tidak boleh kosong/);
  });

  test("boolean options take no value", () => {
    expect(usageError(["--quiet=ya"])).toBe("Opsi --quiet tidak menerima nilai.");
    expect(usageError(["--jelaskan=1"])).toMatch(/--jelaskan tidak menerima nilai/);
  });

  test("-- ends the options", () => {
    expect(run(["--", "-aneh.xlsx"]).files).toEqual(["-aneh.xlsx"]);
  });

  test("the last repeated value wins", () => {
    expect(run(["-t", "1", "-t", "3"]).options.quarter).toBe(3);
  });
});

describe("default output name", () => {
  const { defaultOutputName } = require("../../src/cli/main");
  test.each([
    ["laporan.xlsx", "laporan-capaian.xlsx"],
    ["Renaksi TW II.XLSX", "Renaksi TW II-capaian.xlsx"],
    ["makro.xlsm", "makro-capaian.xlsx"],
    ["/data/dinas.kesehatan.xlsx", "dinas.kesehatan-capaian.xlsx"],
  ])("%s → %s", (input, expected) => {
    expect(defaultOutputName(input)).toBe(expected);
  });
});
