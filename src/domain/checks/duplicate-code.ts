/**
 * duplicate-code (domain.md §6): the same code twice in one table (error). An account line written
 * twice is a warning: the repeated block is named once and counted once (hierarchy/accounts.ts).
 */
import type { Check } from "./check";
import type { FactOf } from "../facts";
import type { Finding } from "../types";
import { modelText } from "../../i18n/model";
import { exportText } from "../../i18n/export-structures";
import { findingAt } from "./finding";

function duplicateCode(f: FactOf<"duplicateCode">): Finding[] {
  return [
    f.account
      ? findingAt("duplicate-code", f.at, exportText.repeatedAccount(f.code, f.firstRow), null, null, "warning")
      : findingAt("duplicate-code", f.at, modelText.duplicateCode(f.code, f.firstRow), null, null, "error"),
  ];
}

export const duplicateCodeCheck: Check = { facts: { duplicateCode } };
