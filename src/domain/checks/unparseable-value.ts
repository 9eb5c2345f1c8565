/**
 * unparseable-value (error, domain.md §6): malformed text in a numeric cell (§4). The readers record
 * the cell (model/num-cell.ts); nothing to check on the calculated rows.
 */
import type { Check } from "./check";
import type { FactOf } from "../facts";
import type { Finding } from "../types";
import { modelText } from "../../i18n/model";
import { findingAt } from "./finding";

function unparsed(f: FactOf<"unparsed">): Finding[] {
  const message = modelText.unparseable(f.raw, modelText.columnNames[f.column] ?? f.column);
  return [findingAt("unparseable-value", f.at, message, f.raw, null, "error")];
}

export const unparseableValueCheck: Check = { facts: { unparsed } };
