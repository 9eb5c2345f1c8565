/**
 * A column mapping read back from where a host saved it (Excel: document settings; web page:
 * localStorage), checked by the domain's one mapping parser (`parseMapping`,
 * domain/layout/mapping.ts), the same the --mapping file of the command line goes through.
 * A saved mapping that fails is taken as "nothing saved" (detection runs), never as an error:
 * the user did not type it.
 */
import { parseMapping } from "../domain/layout/mapping";
import type { Mapping } from "../domain/types";

/** The saved value as a Mapping, or null when parseMapping refuses it. */
export function parseSavedMapping(v: unknown): Mapping | null {
  const parsed = parseMapping(v);
  return "mapping" in parsed ? parsed.mapping : null;
}
