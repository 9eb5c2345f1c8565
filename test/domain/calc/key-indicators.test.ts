import { calculate } from "../../../src/domain/calc";
import { judgeFacts } from "../../../src/domain/checks";
import { DEFAULT_OPTIONS } from "../../../src/domain/types";
import { keyIndicator, type KeyIndicatorSpec } from "../../support/plan-rows";

function ki(spec: KeyIndicatorSpec) {
  const out = calculate([], [keyIndicator(spec)], 2, DEFAULT_OPTIONS);
  return { k: out.keyIndicators[0], findings: judgeFacts(out.facts) };
}

describe("key indicators (§5.5)", () => {
  test("numerator ÷ denominator × 100, ÷ target × 100, predicate", () => {
    const { k, findings } = ki({ target: 83.5, numerator: 5018, denominator: 5327 });
    expect(k.figures.realizationPct).toBeCloseTo((5018 / 5327) * 100, 10);
    expect(k.figures.performancePct).toBeCloseTo((5018 / 5327) * 100 / 83.5 * 100, 10);
    expect(k.figures.predicate).toBe("Sangat Memuaskan");
    // 112.8 % > 100 → over-target info
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([["over-target", "info"]]);
  });

  test("a stated realization is used when there is no numerator/denominator", () => {
    const { k, findings } = ki({ target: 83.5, realization: 68.18 });
    expect(k.figures.realizationPct).toBe(68.18);
    expect(k.figures.performancePct).toBeCloseTo(81.65, 2);
    expect(k.figures.predicate).toBe("Memuaskan");
    expect(findings).toEqual([]);
  });

  test("stated realization vs numerator/denominator: 0,009 apart → fine, 0,01 → stated-value-mismatch", () => {
    expect(ki({ target: 100, numerator: 1, denominator: 4, realization: 25.009 }).findings).toEqual([]);
    const { findings } = ki({ target: 100, numerator: 1, denominator: 4, realization: 25.01 });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "stated-value-mismatch", severity: "warning", cell: "F5", stated: 25.01, computed: 25 });
    expect(findings[0].message).toContain("25,01%");
    expect(findings[0].message).toContain("25,00%");
  });

  test("stated % capaian checked", () => {
    const { findings } = ki({ target: 80, realization: 60, statedPct: 70 });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "stated-value-mismatch", cell: "G5", stated: 70, computed: 75 });
    expect(ki({ target: 80, realization: 60, statedPct: 75.009 }).findings).toEqual([]);
  });

  test("negative polarity as in §5.1", () => {
    expect(ki({ target: 5, realization: 4, polarity: "negative" }).k.figures.performancePct).toBeCloseTo(120, 10);
    expect(ki({ target: 5, realization: 12, polarity: "negative" }).k.figures.performancePct).toBe(0);
  });

  test("no realization yet → null figures and an info finding only", () => {
    const { k, findings } = ki({ target: 70 });
    expect(k.figures).toEqual({ realizationPct: null, performancePct: null, predicate: null });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "missing-realization", severity: "info", sheet: "IKU", row: 5 });
  });

  test("realization without target → missing-target, performance null", () => {
    const { k, findings } = ki({ realization: 50 });
    expect(k.figures.performancePct).toBeNull();
    expect(findings.map((f) => f.rule)).toEqual(["missing-target"]);
  });

  test("denominator 0 → falls back to the stated realization", () => {
    expect(ki({ target: 100, numerator: 5, denominator: 0, realization: 40 }).k.figures.realizationPct).toBe(40);
  });

  test("over-target above 150 is a warning", () => {
    expect(ki({ target: 100, realization: 150.01 }).findings[0].severity).toBe("warning");
    expect(ki({ target: 100, realization: 150 }).findings[0].severity).toBe("info");
  });
});
