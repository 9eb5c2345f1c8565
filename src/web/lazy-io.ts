/**
 * Loads ./package-io (the streaming reader and the splice writer, no ExcelJS) once, as a separate
 * chunk ("workbook-io"). The page starts loading it right after its first paint
 * (preloadWorkbookIo), so that once the page is open everything a run needs is in memory and it
 * keeps working offline. ExcelJS (the fallback writer, ./workbook-io) is fetched only when needed.
 */
export type WorkbookIo = typeof import("./package-io");

let pending: Promise<WorkbookIo> | null = null;

export function loadWorkbookIo(): Promise<WorkbookIo> {
  if (!pending) {
    pending = import(/* webpackChunkName: "workbook-io" */ "./package-io");
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
