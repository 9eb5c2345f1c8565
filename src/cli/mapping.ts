/**
 * Reading a --mapping file: JSON in the shape of `Mapping` (src/domain/types.ts), as saved by the
 * add-in, checked by the domain's one mapping parser (`parseMapping`, domain/layout/mapping.ts).
 * Anything else is a usage problem (exit code 2), reported in one Indonesian sentence.
 */
import { readFile } from "node:fs/promises";
import { parseMapping } from "../domain/layout/mapping";
import { MappingError } from "../domain/errors";
import type { Mapping } from "../domain/types";
import { MAPPING_ERRORS } from "../i18n/cli";
import { mappingProblemText } from "../i18n/mapping";

/** The engine's own error for a mapping it cannot use (one error type for the CLI, the pane and the web page). */
export { MappingError };

/** Read and validate a mapping file. Throws MappingError (exit code 2). */
export async function loadMapping(path: string, shownAs: string = path): Promise<Mapping> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const W = MAPPING_ERRORS.unreadableWhy;
    const why =
      code === "ENOENT"
        ? W.missing
        : code === "EISDIR"
          ? W.folder
          : code === "EACCES" || code === "EPERM"
            ? W.denied
            : code === "ELOOP"
              ? W.loop
              : W.system(code); // no English system text
    throw new MappingError(MAPPING_ERRORS.unreadable(shownAs, why));
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    // The parser's own (English) text is not shown; the position is what helps.
    const pos = /position (\d+)/.exec((e as Error).message ?? "")?.[1];
    throw new MappingError(
      MAPPING_ERRORS.notJson(
        shownAs,
        pos ? MAPPING_ERRORS.notJsonWhy.at(Number(pos) + 1) : MAPPING_ERRORS.notJsonWhy.other,
      ),
    );
  }
  const parsed = parseMapping(data);
  if ("problem" in parsed) throw new MappingError(MAPPING_ERRORS.badShape(shownAs, mappingProblemText(parsed.problem)));
  return parsed.mapping;
}
