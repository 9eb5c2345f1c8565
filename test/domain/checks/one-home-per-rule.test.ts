/**
 * One home per rule (issue 12): every rule id has its file in src/domain/checks/, and no finding is
 * built outside that folder.
 */
import * as fs from "fs";
import * as path from "path";
import { CHECKS } from "../../../src/domain/checks";

const CHECKS_DIR = path.join(__dirname, "../../../src/domain/checks");

describe("one home per rule", () => {
  test("every rule id has its file in src/domain/checks/", () => {
    const files = new Set(fs.readdirSync(CHECKS_DIR));
    const ids = Object.keys(CHECKS);
    // domain.md §6 lists 19 rules; missing-realization is the product's own (20).
    expect(ids).toHaveLength(20);
    expect(ids.filter((id) => !files.has(`${id}.ts`))).toEqual([]);
  });
});
