/**
 * Settings and column mappings of the web page, kept in the browser's localStorage (there is no
 * workbook to save them in): settings once for the page, mappings per file name (the same report
 * is usually saved under the same name every quarter).
 */
import type { Mapping } from "../domain/types";
import { parseSavedMapping } from "../hosts/saved-mapping";
import type { PaneSettings } from "../taskpane/host";

/** The part of the Storage interface used here (localStorage in the page, a Map in tests). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const SETTINGS_KEY = "capaian.web.pengaturan";
export const MAPPING_KEY_PREFIX = "capaian.web.pemetaan:";

export function mappingKey(fileName: string): string {
  return MAPPING_KEY_PREFIX + fileName;
}

/** localStorage, or null when the browser refuses it (storage disabled, sandboxed frame). */
export function browserStore(): KeyValueStore | null {
  try {
    const s = globalThis.localStorage;
    return s ?? null;
  } catch {
    return null;
  }
}

function readJson(store: KeyValueStore | null, key: string): unknown {
  if (!store) return null;
  let text: string | null;
  try {
    text = store.getItem(key);
  } catch {
    return null;
  }
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null; // damaged entry: behave as if nothing was saved
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export function parseSettings(v: unknown): PaneSettings | null {
  if (!isRecord(v)) return null;
  const out: Partial<PaneSettings> = {};
  if (v.predicateScale === "sakip" || v.predicateScale === "permendagri86") out.predicateScale = v.predicateScale;
  if (v.averageOver === "targeted" || v.averageOver === "all") out.averageOver = v.averageOver;
  return Object.keys(out).length > 0 ? (out as PaneSettings) : null;
}

export function loadSettings(store: KeyValueStore | null): PaneSettings | null {
  return parseSettings(readJson(store, SETTINGS_KEY));
}

export function saveSettings(store: KeyValueStore | null, settings: PaneSettings): void {
  if (!store) return; // nothing to keep them in: they last for this visit
  store.setItem(SETTINGS_KEY, JSON.stringify(settings));
}

export function loadMapping(store: KeyValueStore | null, fileName: string): Mapping | null {
  // Checked like the add-in's, by the domain's one mapping parser (src/hosts/saved-mapping.ts).
  return parseSavedMapping(readJson(store, mappingKey(fileName)));
}

/** An empty mapping removes the saved one (back to detection). */
export function saveMapping(store: KeyValueStore | null, fileName: string, mapping: Mapping): void {
  if (!store) return;
  if (mapping.tables.length === 0) store.removeItem(mappingKey(fileName));
  else store.setItem(mappingKey(fileName), JSON.stringify(mapping));
}
