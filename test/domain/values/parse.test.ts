import { parseCell, parseNumberText, percentFormatKind } from "../../../src/domain/values/parse";

const num = (value: number, extra: { unit?: string; percent?: boolean } = {}) => ({ kind: "number", value, ...extra });

describe("parseNumberText: empty marks", () => {
  it.each(["", "   ", "-", "–", "—", " - ", "\u00a0", "Rp -", "Rp. -"])("%j is empty", (t) => {
    expect(parseNumberText(t)).toEqual({ kind: "empty" });
  });
});

describe("parseNumberText: Excel errors", () => {
  it.each(["#REF!", "#DIV/0!", "#N/A", "#VALUE!", "#NAME?", "#NUM!", "#NULL!", " #ref! "])("%j is an error", (t) => {
    expect(parseNumberText(t)).toEqual({ kind: "error", error: t.trim().toUpperCase() });
  });
});

describe("parseNumberText: Indonesian format", () => {
  it.each<[string, number]>([
    ["1.758.365.560", 1758365560],
    ["44,77", 44.77],
    ["1.758.365.560,25", 1758365560.25],
    ["Rp1.812.889.000,-", 1812889000],
    ["Rp 5.800.000", 5800000],
    ["Rp. 5.800.000,00", 5800000],
    ["rp5.800.000,50", 5800000.5],
    ["1.500", 1500],
    ["100.000", 100000],
    ["1.000,-", 1000],
    ["0,5", 0.5],
    ["12", 12],
    ["007", 7],
    ["1.234,5678", 1234.5678],
  ])("%j → %d", (t, v) => {
    expect(parseNumberText(t)).toEqual(num(v));
  });

  it("keeps 10-digit Rupiah with sen exact (same double as JS parses the canonical text)", () => {
    const p = parseNumberText("9.876.543.210,99");
    expect(p).toEqual(num(9876543210.99));
    expect(p.kind === "number" && p.value === Number("9876543210.99")).toBe(true);
  });
});

describe("parseNumberText: English format and single marks", () => {
  it.each<[string, number]>([
    ["1,758,365,560.00", 1758365560],
    ["1,758,365,560", 1758365560],
    ["1,500.5", 1500.5],
    ["1.5", 1.5],
    ["44.77", 44.77],
    ["0.500", 0.5], // a first group of "0" cannot be followed by a thousands mark
    ["1234.567", 1234.567], // "1234" is not a valid first thousands group
    ["1.50", 1.5],
  ])("%j → %d", (t, v) => {
    expect(parseNumberText(t)).toEqual(num(v));
  });

  it("a single comma before exactly 3 digits is the Indonesian decimal mark: 1,500 = 1.5", () => {
    // Indonesian is the default format (domain.md §4); English grouping is accepted only when
    // unambiguous, and a lone comma is not.
    expect(parseNumberText("1,500")).toEqual(num(1.5));
    expect(parseNumberText("12,345")).toEqual(num(12.345));
  });

  it("a single dot before exactly 3 digits is a thousands mark: 1.500 = 1500", () => {
    expect(parseNumberText("1.500")).toEqual(num(1500));
    expect(parseNumberText("999.999")).toEqual(num(999999));
  });
});

describe("parseNumberText: signs", () => {
  it.each<[string, number]>([
    ["-5", -5],
    ["-1.000", -1000],
    ["- 44,77", -44.77],
    ["+12", 12],
    ["(1.000)", -1000],
    ["(Rp 1.000.000)", -1000000],
    ["-Rp 5.000", -5000],
    ["Rp -5.000", -5000],
    ["\u22123", -3],
    ["-0", 0],
  ])("%j → %d", (t, v) => {
    expect(parseNumberText(t)).toEqual(num(v));
  });

  it("-0 gives +0, not -0", () => {
    const p = parseNumberText("-0");
    expect(p.kind === "number" && Object.is(p.value, 0)).toBe(true);
  });

  it.each(["(-5)", "--5", "-Rp -5", "(5"])("%j is malformed", (t) => {
    expect(parseNumberText(t)).toEqual({ kind: "malformed", raw: t });
  });
});

describe("parseNumberText: percent and units", () => {
  it.each<[string, number]>([
    ["98%", 98],
    ["98,5 %", 98.5],
    ["99,99%", 99.99],
    ["100 %", 100],
    ["128,57%", 128.57],
    ["-5%", -5],
    ["(5%)", -5],
    ["98 persen", 98],
    ["75 Persen", 75],
  ])("%j → %d percent", (t, v) => {
    expect(parseNumberText(t)).toEqual(num(v, { percent: true }));
  });

  it.each<[string, number, string]>([
    ["10 Dok", 10, "Dok"],
    ["3 Dokumen", 3, "Dokumen"],
    ["32 Orang", 32, "Orang"],
    ["1 Lap", 1, "Lap"],
    ["1.250 Orang/Hari", 1250, "Orang/Hari"],
    ["2,5 Km", 2.5, "Km"],
    ["12 Unit Kendaraan ", 12, "Unit Kendaraan"],
    ["150 m2", 150, "m2"],
    ["5\u00a0Dok", 5, "Dok"],
  ])("%j → %d %s", (t, v, unit) => {
    expect(parseNumberText(t)).toEqual(num(v, { unit }));
  });

  it("a unit is returned without percent, a percent without unit", () => {
    const p = parseNumberText("10 Dok");
    expect(p.kind === "number" && p.percent).toBeFalsy();
    const q = parseNumberText("100 %");
    expect(q.kind === "number" && q.unit).toBeFalsy();
  });
});

describe("parseNumberText: malformed", () => {
  it.each([
    "35.629.000 0",
    "37.962.87 0",
    "37.962.87",
    "12a",
    "10Dok",
    "1,2,3.4.5",
    "1.234,5.6",
    "1,23.5",
    "12,34,567",
    "0.500.000",
    "5.000.",
    "5,",
    ",5",
    ".5",
    "Sudah",
    "Ada",
    "Rp",
    "Rp.",
    "1 000 000",
    "10 - 20",
    "10 Dok 5",
    "98% Dok",
    "10 Dok%",
    "5.000/bulan",
    "> 90",
    "±10",
    "1e5",
    "#REF",
  ])("%j is malformed", (t) => {
    expect(parseNumberText(t)).toEqual({ kind: "malformed", raw: t });
  });
});

it("a number too large for a double is malformed, not Infinity", () => {
  const t = "1" + "0".repeat(400);
  expect(parseNumberText(t)).toEqual({ kind: "malformed", raw: t });
});

describe("percentFormatKind", () => {
  it.each<[string | undefined, string]>([
    [undefined, "none"],
    ["General", "none"],
    ["#,##0", "none"],
    ["0%", "scaled"],
    ["0.00%", "scaled"],
    ["0.00%;[Red]-0.00%", "scaled"],
    ['0.00"%"', "literal"],
    ["0.00\\%", "literal"],
  ])("%j → %s", (f, kind) => {
    expect(percentFormatKind(f)).toBe(kind);
  });
});

describe("parseCell", () => {
  it("error cell → error", () => {
    expect(parseCell({ value: null, error: "#DIV/0!" })).toEqual({ kind: "error", error: "#DIV/0!" });
  });
  it("null → empty", () => {
    expect(parseCell({ value: null })).toEqual({ kind: "empty" });
  });
  it("booleans are malformed", () => {
    expect(parseCell({ value: true })).toEqual({ kind: "malformed", raw: "TRUE" });
    expect(parseCell({ value: false })).toEqual({ kind: "malformed", raw: "FALSE" });
  });
  it("plain numbers pass through exactly", () => {
    expect(parseCell({ value: 1758365560.25, numberFormat: "#,##0.00" })).toEqual(num(1758365560.25));
    expect(parseCell({ value: 98 })).toEqual(num(98));
  });
  it("percent-formatted numbers are scaled to percent points without float drift", () => {
    expect(parseCell({ value: 0.98, numberFormat: "0%" })).toEqual(num(98, { percent: true }));
    expect(parseCell({ value: 0.9815, numberFormat: "0.00%" })).toEqual(num(98.15, { percent: true }));
    expect(parseCell({ value: 1.2857, numberFormat: "0.00%" })).toEqual(num(128.57, { percent: true }));
    expect(parseCell({ value: 0.07, numberFormat: "0.00%" })).toEqual(num(7, { percent: true }));
    expect(0.07 * 100).not.toBe(7); // the float drift this guards against
  });
  it("a quoted % in the format marks percent without scaling", () => {
    expect(parseCell({ value: 98.5, numberFormat: '0.00"%"' })).toEqual(num(98.5, { percent: true }));
  });
  it("text cells are parsed as text; a percent format does not scale text", () => {
    expect(parseCell({ value: "1.758.365.560" })).toEqual(num(1758365560));
    expect(parseCell({ value: "98", numberFormat: "0%" })).toEqual(num(98));
    expect(parseCell({ value: "-" })).toEqual({ kind: "empty" });
    expect(parseCell({ value: "#N/A" })).toEqual({ kind: "error", error: "#N/A" });
    expect(parseCell({ value: "37.962.87 0" })).toEqual({ kind: "malformed", raw: "37.962.87 0" });
  });
  it("formula cells use the computed value", () => {
    expect(parseCell({ value: 125000, formula: "=SUM(K15:K21)" })).toEqual(num(125000));
  });
});

describe("parseNumberText: magnitude words (exact, integer arithmetic)", () => {
  it.each<[string, number]>([
    ["Rp 1,5 M", 1_500_000_000],
    ["1,5 miliar", 1_500_000_000],
    ["1,5 milyar", 1_500_000_000],
    ["Rp 1,5 Miliar", 1_500_000_000],
    ["Rp 250 jt", 250_000_000],
    ["250 juta", 250_000_000],
    ["Rp 250 Jt.", 250_000_000],
    ["Rp 3 T", 3_000_000_000_000],
    ["2,75 triliun", 2_750_000_000_000],
    ["Rp 750 rb", 750_000],
    ["12,5 ribu", 12_500],
    ["1,234 rb", 1_234],
    ["Rp 1,5 juta rupiah", 1_500_000],
    ["-Rp 2 jt", -2_000_000],
    ["(Rp 2 jt)", -2_000_000],
    // 0.1 + 0.2-style float noise never appears: 1,15 × 10⁹ in floats is 1149999999.9999998.
    ["1,15 M", 1_150_000_000],
    ["Rp 1.250.000 rb", 1_250_000_000],
  ])("%j = %d", (t, v) => {
    expect(parseNumberText(t)).toEqual({ kind: "number", value: v });
  });

  it.each([
    "1.500 M", // decimal or thousands mark before the magnitude: ambiguous
    "1,2345 rb", // 1 234,5 Rupiah: not a whole Rupiah
    "Rp 2 jt/bulan",
    "Rp 2 jt per bulan",
    "Rp 200 T", // beyond 90 triliun
  ])("%j is malformed (never a silently small number)", (t) => {
    expect(parseNumberText(t)).toEqual({ kind: "malformed", raw: t });
  });

  test("lower-case m and t stay units (metre, ton)", () => {
    expect(parseNumberText("5 m")).toEqual({ kind: "number", value: 5, unit: "m" });
    expect(parseNumberText("5 t")).toEqual({ kind: "number", value: 5, unit: "t" });
  });
});

describe("numbers out of range", () => {
  it.each([1e308, -1e308, 1e16, Infinity, -Infinity, NaN])("cell value %d is malformed", (v) => {
    expect(parseCell({ value: v }).kind).toBe("malformed");
  });
  it.each(["1e308", "100.000.000.000.000.000"])("text %j is malformed", (t) => {
    expect(parseNumberText(t).kind).toBe("malformed");
  });
  test("90 triliun is still a number", () => {
    expect(parseCell({ value: 90_000_000_000_000 })).toEqual({ kind: "number", value: 90_000_000_000_000 });
  });
});

test("a magnitude written without a space (Rp1,5M, 250jt)", () => {
  expect(parseNumberText("Rp1,5M")).toEqual({ kind: "number", value: 1_500_000_000 });
  expect(parseNumberText("250jt")).toEqual({ kind: "number", value: 250_000_000 });
  expect(parseNumberText("12a").kind).toBe("malformed");
});
