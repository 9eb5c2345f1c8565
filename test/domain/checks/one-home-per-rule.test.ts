/**
 * One home per rule (issue 12): every rule id has its file in src/domain/checks/, every kind of fact
 * the readers record has its judge there, and no finding is built outside that folder.
 */
import * as fs from "fs";
import * as path from "path";
import { CHECKS, FACT_RULE, judgeOf } from "../../../src/domain/checks";
import type { ReadFactKind } from "../../../src/domain/facts";

const SRC = path.join(__dirname, "../../../src");
const CHECKS_DIR = path.join(SRC, "domain/checks");

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(p) : /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

describe("one home per rule", () => {
  test("every rule id has its file in src/domain/checks/", () => {
    const files = new Set(fs.readdirSync(CHECKS_DIR));
    const ids = Object.keys(CHECKS);
    // domain.md §6 lists 19 rules; missing-realization is the product's own (20).
    expect(ids).toHaveLength(20);
    expect(ids.filter((id) => !files.has(`${id}.ts`))).toEqual([]);
  });

  test("every kind of fact is judged by the rule FACT_RULE names", () => {
    const kinds = Object.keys(FACT_RULE) as ReadFactKind[];
    expect(kinds.length).toBeGreaterThanOrEqual(17);
    expect(kinds.filter((k) => judgeOf(k) === undefined)).toEqual([]);
  });

  // src/sample lists the defects it plants with their rule ids: a list of expectations, not findings.
  test('no file of src/domain outside checks/ builds a finding (`rule: "…"`)', () => {
    const outside = filesUnder(path.join(SRC, "domain")).filter((f) => !f.startsWith(CHECKS_DIR + path.sep));
    expect(outside.length).toBeGreaterThan(50);
    const offenders = outside.filter((f) => /\brule: "/.test(fs.readFileSync(f, "utf8")));
    expect(offenders.map((f) => path.relative(SRC, f))).toEqual([]);
  });
});
