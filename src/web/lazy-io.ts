/**
 * Loads ./workbook-io (ExcelJS) once, as a separate chunk. The page starts loading it right after
 * its first paint (preloadWorkbookIo), so that once the page is open everything it needs is in
 * memory and it keeps working offline.
 */
export type WorkbookIo = typeof import("./workbook-io");

let pending: Promise<WorkbookIo> | null = null;

export function loadWorkbookIo(): Promise<WorkbookIo> {
  if (!pending) {
    pending = import(/* webpackChunkName: "exceljs" */ "./workbook-io");
    // A failed load (e.g. the server went away before the chunk arrived) may be retried later.
    pending.catch(() => {
      pending = null;
    });
  }
  return pending;
}

/** Starts loading in the background; errors surface later, when a run needs the module. */
export function preloadWorkbookIo(): void {
  loadWorkbookIo().catch(() => undefined);
}
