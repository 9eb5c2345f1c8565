/**
 * WorkbookHost for Excel (Office.js). The task pane gets this from index.tsx when Office says
 * the host is Excel; the UI knows nothing else of Office.
 *
 * Mapping and settings are saved with the workbook in Office.context.document.settings
 * (persisted when the user saves the file).
 */
import type { Mapping, Result } from "../domain/types";
import type { PaneSettings, WorkbookHost } from "../hosts/workbook-host";
import { parseSavedMapping } from "../hosts/saved-mapping";
import { excelText, format } from "../i18n/excel";
import { isCellRef } from "./address";
import { officeSettings, officeSupports, saveSettings, type DocSettings, type Supports } from "./office-support";
import { readGrids } from "./read-grids";
import { writeSheets } from "./write-sheets";

export const SETTINGS_MAPPING = "capaian.mapping";
export const SETTINGS_PANE = "capaian.settings";

export interface ExcelHostDeps {
  /** Excel.run; injectable for tests. */
  run?: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  settings?: DocSettings | null;
  supports?: Supports;
}

export function createExcelHost(deps: ExcelHostDeps = {}): WorkbookHost {
  const run = deps.run ?? (<T>(batch: (c: Excel.RequestContext) => Promise<T>) => Excel.run(batch));
  const settings = () => (deps.settings === undefined ? officeSettings() : deps.settings);
  const supports = deps.supports ?? officeSupports;

  const save = async (name: string, value: unknown) => {
    const s = settings();
    if (!s) return;
    s.set(name, value);
    if (!(await saveSettings(s))) throw new Error(format(excelText.settingsSaveFailed, name));
  };

  return {
    kind: "excel",
    readGrids: () => run((context) => readGrids(context, { supports, settings: settings() })),
    writeResult: async (result: Result) => {
      await run((context) => writeSheets(context, result.sheets, { supports, settings: settings() }));
    },
    selectCell: (sheet: string, cell: string) =>
      run(async (context) => {
        const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
        await context.sync();
        if (ws.isNullObject) throw new Error(format(excelText.sheetNotFound, sheet));
        if (!isCellRef(cell)) throw new Error(format(excelText.selectFailed, cell, sheet));
        ws.activate();
        ws.getRange(cell.replace(/\$/g, "")).select();
        await context.sync();
      }),
    loadMapping: async () => {
      return parseSavedMapping(readJson(settings(), SETTINGS_MAPPING));
    },
    saveMapping: (mapping: Mapping) => save(SETTINGS_MAPPING, mapping),
    loadSettings: async () => {
      const v = readJson(settings(), SETTINGS_PANE);
      return isPaneSettings(v) ? v : null;
    },
    saveSettings: (s: PaneSettings) =>
      save(SETTINGS_PANE, { predicateScale: s.predicateScale, averageOver: s.averageOver }),
  };
}

function readJson(s: DocSettings | null, name: string): unknown {
  if (!s) return null;
  try {
    const v = s.get(name);
    // Older saves (or other tools) may have stored a JSON string.
    if (typeof v === "string") return JSON.parse(v);
    return v ?? null;
  } catch {
    return null;
  }
}

function isPaneSettings(v: unknown): v is PaneSettings {
  const s = v as PaneSettings;
  return (
    !!s &&
    typeof s === "object" &&
    (s.predicateScale === "sakip" || s.predicateScale === "permendagri86") &&
    (s.averageOver === "targeted" || s.averageOver === "all")
  );
}
