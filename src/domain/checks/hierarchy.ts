/**
 * hierarchy (warning, domain.md §6): a row whose parent cannot be determined, a skipped level, or a
 * level guessed from the layout (indent, wording, bold). The hierarchy records them
 * (hierarchy/parents.ts); a row whose level was guessed has that one finding, not a second one for
 * its missing parent (one defect, one finding).
 */
import type { Check } from "./check";
import type { FactOf } from "../facts";
import type { Finding } from "../types";
import { modelText } from "../../i18n/model";
import { findingAt } from "./finding";

function levelGuessed(f: FactOf<"levelGuessed">): Finding[] {
  const message = modelText.uncertainLevel(modelText.levelNames[f.level]);
  return [findingAt("hierarchy", f.at, message, null, null, "warning")];
}

function parentMissing(f: FactOf<"parentMissing">): Finding[] {
  if (f.levelGuessed) return [];
  const names = modelText.levelNames;
  const message = f.higher
    ? modelText.skippedLevel(names[f.level], names[f.higher], names[f.want])
    : modelText.noParent(names[f.level], names[f.want]);
  return [findingAt("hierarchy", f.at, message, null, null, "warning")];
}

export const hierarchyCheck: Check = { facts: { levelGuessed, parentMissing } };
