import { bandFor, legendRows, predicateFor, PREDICATE_SCALES } from "../../../src/domain/calc/predicate";
import { PREDICATE_SCALE_NAMES } from "../../../src/i18n/predicate";

describe("SAKIP scale (lower bounds exclusive)", () => {
  it.each<[number, string]>([
    [150, "Sangat Memuaskan"],
    [133.1, "Sangat Memuaskan"],
    [100, "Sangat Memuaskan"],
    [90.0001, "Sangat Memuaskan"],
    [90.004, "Sangat Memuaskan"], // unrounded: would be 90,00 when rounded
    [90, "Memuaskan"],
    [80.0001, "Memuaskan"],
    [80, "Sangat Baik"],
    [70.0001, "Sangat Baik"],
    [70, "Baik"],
    [60.0001, "Baik"],
    [60, "Cukup"],
    [50.0001, "Cukup"],
    [50, "Kurang"],
    [30.0001, "Kurang"],
    [30, "Sangat Kurang"],
    [0, "Sangat Kurang"],
    [-10, "Sangat Kurang"],
  ])("%d → %s", (pct, label) => {
    expect(predicateFor(pct, "sakip")).toBe(label);
  });

  it("gives the codes AA … D", () => {
    expect([95, 85, 75, 65, 55, 40, 10].map((p) => bandFor(p, "sakip")?.code)).toEqual([
      "AA", "A", "BB", "B", "CC", "C", "D",
    ]);
  });

  it("ignores float noise at a boundary: 3 / (3 / 0.9) * 100 is 90, Memuaskan", () => {
    const computed = (3 / (3 / 0.9)) * 100;
    expect(computed).toBeGreaterThan(90); // 90.00000000000001 in floats
    expect(predicateFor(computed, "sakip")).toBe("Memuaskan");
  });
});

describe("Permendagri 86/2017 scale (lower bounds inclusive)", () => {
  it.each<[number, string]>([
    [128.57, "Sangat Tinggi"],
    [91, "Sangat Tinggi"],
    [90.9999, "Tinggi"],
    [90.5, "Tinggi"],
    [76, "Tinggi"],
    [75.9999, "Sedang"],
    [66, "Sedang"],
    [65.9999, "Rendah"],
    [51, "Rendah"],
    [50.9999, "Sangat Rendah"],
    [0, "Sangat Rendah"],
    [-5, "Sangat Rendah"],
  ])("%d → %s", (pct, label) => {
    expect(predicateFor(pct, "permendagri86")).toBe(label);
  });

  it("has no codes", () => {
    expect(bandFor(95, "permendagri86")?.code).toBeUndefined();
  });
});

describe("predicateFor: no value", () => {
  it("returns null for null and NaN", () => {
    expect(predicateFor(null, "sakip")).toBeNull();
    expect(predicateFor(null, "permendagri86")).toBeNull();
    expect(predicateFor(NaN, "sakip")).toBeNull();
  });
  it("puts infinities in the top / bottom band", () => {
    expect(predicateFor(Infinity, "sakip")).toBe("Sangat Memuaskan");
    expect(predicateFor(-Infinity, "permendagri86")).toBe("Sangat Rendah");
  });
});

describe("PREDICATE_SCALES", () => {
  it("names the scales in Indonesian", () => {
    expect(PREDICATE_SCALES.sakip.name).toBe("Skala SAKIP (PermenPAN-RB 88/2021)");
    expect(PREDICATE_SCALES.permendagri86.name).toBe(PREDICATE_SCALE_NAMES.permendagri86);
    expect(PREDICATE_SCALES.permendagri86.name).toContain("Permendagri 86/2017");
  });
  it("lists bands top first, ending with an open bottom band", () => {
    for (const scale of Object.values(PREDICATE_SCALES)) {
      const mins = scale.bands.map((b) => b.min);
      expect(mins[mins.length - 1]).toBeNull();
      const bounded = mins.slice(0, -1) as number[];
      expect([...bounded].sort((a, b) => b - a)).toEqual(bounded);
    }
  });
});

describe("legendRows", () => {
  it("SAKIP", () => {
    expect(legendRows("sakip")).toEqual([
      { range: "> 90", label: "Sangat Memuaskan", code: "AA" },
      { range: "> 80 – 90", label: "Memuaskan", code: "A" },
      { range: "> 70 – 80", label: "Sangat Baik", code: "BB" },
      { range: "> 60 – 70", label: "Baik", code: "B" },
      { range: "> 50 – 60", label: "Cukup", code: "CC" },
      { range: "> 30 – 50", label: "Kurang", code: "C" },
      { range: "≤ 30", label: "Sangat Kurang", code: "D" },
    ]);
  });
  it("Permendagri 86", () => {
    expect(legendRows("permendagri86")).toEqual([
      { range: "≥ 91", label: "Sangat Tinggi", code: null },
      { range: "76 – < 91", label: "Tinggi", code: null },
      { range: "66 – < 76", label: "Sedang", code: null },
      { range: "51 – < 66", label: "Rendah", code: null },
      { range: "< 51", label: "Sangat Rendah", code: null },
    ]);
  });
});
