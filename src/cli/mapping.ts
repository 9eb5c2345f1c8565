/**
 * Reading a --mapping file: JSON in the shape of `Mapping` (src/domain/types.ts), as saved by the
 * add-in. Anything else is a usage problem (exit code 2), reported in one Indonesian sentence.
 */
import { readFile } from "node:fs/promises";
import { roleFromString } from "../domain/layout/mapping";
import type { Mapping } from "../domain/types";
import { MAPPING_ERRORS } from "../i18n/cli";

export class MappingError extends Error {
  override readonly name = "MappingError";
}

/** A role string as the engine reads it ("quarterTarget:1", "name", or ""/"ignore"/"abaikan" to drop a column). */
function isRole(value: string): boolean {
  return value === "" || value === "ignore" || value === "abaikan" || roleFromString(value) !== null;
}

function isPositiveInt(v: unknown): boolean {
  return typeof v === "number" && Number.isInteger(v) && v >= 1;
}

function isRowRange(v: unknown, lastOptional: boolean): boolean {
  if (v === undefined) return true;
  if (typeof v !== "object" || v === null) return false;
  const r = v as { first?: unknown; last?: unknown };
  return isPositiveInt(r.first) && ((lastOptional && r.last === undefined) || isPositiveInt(r.last));
}

/** Validate parsed JSON as a Mapping; returns a reason (Indonesian) or null when valid. */
export function mappingProblem(data: unknown): string | null {
  const W = MAPPING_ERRORS.why;
  if (typeof data !== "object" || data === null || Array.isArray(data)) return W.notObject;
  const m = data as { version?: unknown; tables?: unknown };
  if (m.version !== 1) return W.version;
  if (!Array.isArray(m.tables) || m.tables.length === 0) return W.tables;
  for (let i = 0; i < m.tables.length; i++) {
    const t = m.tables[i] as Record<string, unknown> | null;
    if (typeof t !== "object" || t === null || typeof t.sheet !== "string" || !t.sheet) return W.table(i);
    const cols = t.columns;
    if (typeof cols !== "object" || cols === null || Array.isArray(cols)) return W.table(i);
    for (const [key, role] of Object.entries(cols as Record<string, unknown>)) {
      if (!/^[A-Za-z]{1,3}$/.test(key) || typeof role !== "string" || !isRole(role)) return W.column(i, key);
    }
    if (!isRowRange(t.headerRows, false) || !isRowRange(t.dataRows, true)) return W.rows(i);
    if (t.kind !== undefined && t.kind !== "plan" && t.kind !== "keyIndicators") return W.kind(i);
  }
  return null;
}

/** Read and validate a mapping file. Throws MappingError (exit code 2). */
export async function loadMapping(path: string, shownAs: string = path): Promise<Mapping> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT"
        ? "berkas tidak ditemukan"
        : code === "EISDIR"
          ? "itu sebuah folder"
          : code === "EACCES" || code === "EPERM"
            ? "tidak ada izin membaca"
            : code === "ELOOP"
              ? "tautan simbolik yang berputar"
              : `kesalahan sistem ${code ?? "tidak diketahui"}`; // no English system text
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
        pos ? `kesalahan tulis di sekitar karakter ke-${Number(pos) + 1}` : "isinya bukan JSON",
      ),
    );
  }
  const problem = mappingProblem(data);
  if (problem) throw new MappingError(MAPPING_ERRORS.badShape(shownAs, problem));
  const m = data as Mapping;
  // Column letters are case-insensitive in the file; the engine gets them upper-cased.
  return {
    version: 1,
    tables: m.tables.map((t) => ({
      ...t,
      columns: Object.fromEntries(Object.entries(t.columns).map(([k, v]) => [k.toUpperCase(), v])),
    })),
  };
}
