/**
 * Requirement-set checks and the small slice of Office.context the Excel host uses, behind
 * interfaces so tests can run without Office.js.
 *
 * The manifest requires ExcelApi 1.7 (Excel 2019 and Microsoft 365). Anything newer is used only
 * when `supports(version)` says so:
 *   1.9  visible-cell areas (hidden rows/columns), cell properties (bold/indent), page layout
 *   1.12 worksheet custom properties (marker of our output sheets)
 *   1.13 merged areas
 */

export type Supports = (excelApiVersion: string) => boolean;

/** ExcelApi requirement check against the running Office; false outside Office. */
export const officeSupports: Supports = (version) => {
  try {
    return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", version) === true;
  } catch {
    return false;
  }
};

/** Document settings (Office.context.document.settings): saved inside the workbook file. */
export interface DocSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove?(name: string): void;
  saveAsync(
    callback?: (result: { status: string | Office.AsyncResultStatus; error?: { message: string } }) => void,
  ): void;
}

export function officeSettings(): DocSettings | null {
  try {
    if (typeof Office === "undefined") return null;
    return (Office.context?.document?.settings as unknown as DocSettings) ?? null;
  } catch {
    return null;
  }
}

/** settings.saveAsync as a promise; resolves false (never throws) when saving fails. */
export function saveSettings(settings: DocSettings): Promise<boolean> {
  return new Promise((resolve) => {
    try {
      settings.saveAsync((r) => resolve(String(r?.status).toLowerCase() === "succeeded"));
    } catch {
      resolve(false);
    }
  });
}
