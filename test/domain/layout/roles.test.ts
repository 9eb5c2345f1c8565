import { ROLES, ROLE_KINDS, kindsWhere, roleByName, roleEntry } from "../../../src/domain/layout/roles";
import { roleFromString, roleToString } from "../../../src/domain/layout/mapping";
import { roleLabel } from "../../../src/i18n/cli";
import { ui } from "../../../src/i18n/ui";
import type { ColumnRole } from "../../../src/domain/types";
import {
  MULTI_COLUMN_KINDS,
  QUARTER_OPTIONAL,
  QUARTER_REQUIRED,
  ROLE_KINDS as PANEL_KINDS,
} from "../../../src/taskpane/state/mapping";

/** One role of each kind: quarter 2 where the kind has one, label "Renstra" for extra. */
function sample(kind: (typeof ROLE_KINDS)[number]): ColumnRole {
  if (kind === "extra") return { kind, label: "Renstra" };
  const e = roleEntry(kind);
  return (e.perQuarter === "none" ? { kind } : { kind, quarter: 2 }) as ColumnRole;
}

describe("column-role catalog", () => {
  test("kinds and mapping-file names are unique", () => {
    expect(new Set(ROLE_KINDS).size).toBe(ROLES.length);
    expect(new Set(ROLES.map((e) => e.name)).size).toBe(ROLES.length);
    expect(ROLES.length).toBe(23);
  });

  test("every kind goes through the mapping file's text and back", () => {
    for (const kind of ROLE_KINDS) {
      const role = sample(kind);
      const text = roleToString(role);
      expect(roleByName(text.split(":")[0])?.kind).toBe(kind);
      expect(roleFromString(text)).toEqual(role);
    }
    expect(roleToString({ kind: "quarterTarget", quarter: 3 })).toBe("quarterTarget:3");
    expect(roleToString({ kind: "statedPerformancePct", quarter: null })).toBe("statedPerformancePct");
    expect(roleToString({ kind: "extra", label: "Renstra" })).toBe("extra:Renstra");
  });

  test("the quarter rules: required, optional, none", () => {
    expect(roleFromString("quarterTarget")).toBeNull();
    expect(roleFromString("quarterTarget:5")).toBeNull();
    expect(roleFromString("quarterTarget:x")).toBeNull();
    expect(roleFromString("statedBudgetPct")).toEqual({ kind: "statedBudgetPct", quarter: null });
    expect(roleFromString("statedBudgetPct:4")).toEqual({ kind: "statedBudgetPct", quarter: 4 });
    // a kind without quarter ignores what follows the colon, as before the catalog
    expect(roleFromString("budget:3")).toEqual({ kind: "budget" });
    expect(roleFromString("extra")).toEqual({ kind: "extra", label: "" });
    expect(roleFromString("bogus")).toBeNull();
    expect(roleFromString("toString")).toBeNull();
  });

  test("plan slots: the nine figure columns of a plan row, money = the three Rupiah amounts", () => {
    expect(ROLES.filter((e) => e.slot !== null).map((e) => e.kind)).toEqual([
      "annualTarget",
      "quarterTarget",
      "quarterRealization",
      "realizationToDate",
      "budget",
      "spentQuarter",
      "spentToDate",
      "statedPerformancePct",
      "statedBudgetPct",
    ]);
    expect([...kindsWhere((e) => e.money)]).toEqual(["budget", "spentQuarter", "spentToDate"]);
    expect([...kindsWhere((e) => e.aspect === "finance")]).toEqual([
      "budget",
      "spentQuarter",
      "spentToDate",
      "statedBudgetPct",
    ]);
    expect(roleEntry("quarterRealization").slot).toBe("quarterRealizations");
  });

  test("every kind has its labels (--jelaskan and the mapping panel)", () => {
    for (const kind of ROLE_KINDS) {
      expect(roleLabel(sample(kind))).not.toBe("");
      expect(ui.roles[kind]).toEqual(expect.any(String));
    }
    expect(roleLabel({ kind: "spentToDate", quarter: 2 })).toBe("Realisasi keuangan s.d. TW II");
  });

  test("the mapping panel's list and rules come from the catalog (the lists it had by hand before)", () => {
    expect(PANEL_KINDS).toEqual([
      "none",
      "code",
      "name",
      "level",
      "indicator",
      "unit",
      "annualTarget",
      "quarterTarget",
      "quarterRealization",
      "realizationToDate",
      "budget",
      "spentQuarter",
      "spentToDate",
      "statedPerformancePct",
      "statedBudgetPct",
      "accumulation",
      "polarity",
      "objective",
      "numerator",
      "denominator",
      "realization",
      "notes",
      "agency",
      "extra",
    ]);
    expect([...QUARTER_REQUIRED].sort()).toEqual([
      "quarterRealization",
      "quarterTarget",
      "realizationToDate",
      "spentQuarter",
      "spentToDate",
    ]);
    expect([...QUARTER_OPTIONAL].sort()).toEqual(["statedBudgetPct", "statedPerformancePct"]);
    expect([...MULTI_COLUMN_KINDS].sort()).toEqual(["code", "extra", "name", "none", "notes"]);
  });
});
