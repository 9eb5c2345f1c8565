/**
 * error-value (error, domain.md §6): an Excel error value (#REF!, #DIV/0!, …) in a cell the
 * calculation needs. The readers record the cell (model/num-cell.ts).
 */
import type { Check } from "./check";
import type { FactOf } from "../facts";
import type { Finding } from "../types";
import { modelText } from "../../i18n/model";
import { findingAt } from "./finding";

function cellError(f: FactOf<"cellError">): Finding[] {
  const message = modelText.errorValue(f.error, modelText.columnNames[f.column] ?? f.column);
  return [findingAt("error-value", f.at, message, f.error, null, "error")];
}

export const errorValueCheck: Check = { facts: { cellError } };
