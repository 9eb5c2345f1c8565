/** --jelaskan: a cumulative column that names no quarter is labelled without "TW undefined". */
import { roleLabel } from "../../src/i18n/cli";
import type { Quarter } from "../../src/domain/types";

test("an undated s.d. column has a readable label", () => {
  const undated = 0 as unknown as Quarter; // what classify gives "Realisasi Keuangan s.d."
  expect(roleLabel({ kind: "spentToDate", quarter: undated })).toBe(
    "Realisasi keuangan s.d. triwulan yang dihitung (kolom tidak menyebut triwulan)",
  );
  expect(roleLabel({ kind: "realizationToDate", quarter: undated })).not.toMatch(/undefined/);
  expect(roleLabel({ kind: "spentToDate", quarter: 2 })).toBe("Realisasi keuangan s.d. TW II");
});
