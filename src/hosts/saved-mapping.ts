/**
 * A column mapping read back from where a host saved it (Excel: document settings; web page:
 * localStorage): the one shape check both hosts use. Anything else is taken as "nothing saved"
 * (detection runs), never as an error: the user did not type it. The --mapping file of the command
 * line, which the user writes, is checked with reasons in src/cli/mapping.ts (docs/architecture.md:
 * one parser for all three is planned with the column-role catalog).
 */
import type { Mapping } from "../domain/types";

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** The saved value as a Mapping (version 1, tables with a sheet name and columns), or null. */
export function parseSavedMapping(v: unknown): Mapping | null {
  if (!isRecord(v) || v.version !== 1 || !Array.isArray(v.tables)) return null;
  const ok = v.tables.every((t) => isRecord(t) && typeof t.sheet === "string" && isRecord(t.columns));
  return ok ? (v as unknown as Mapping) : null;
}
