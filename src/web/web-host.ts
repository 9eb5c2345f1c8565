/**
 * WorkbookHost of the web page: the workbook is a file the user chose (or dropped).
 *
 * - readGrids: reads the file's bytes (again on every run) into grids with the streaming package
 *   reader (./package-io.ts, loaded lazily; in the page's worker, ./start-io.ts) and keeps what
 *   writing needs (the bytes, our previous output sheets: no spreadsheet model) for writeResult;
 * - writeResult: copies the input's parts and adds the output sheets (replacing Capaian's own
 *   sheets from an earlier run, never a user's) with the splice writer, and starts a download of
 *   `<name>-capaian.xlsx` through an <a download> on a blob: URL; the URL stays valid (for
 *   "download again") until the next result or dispose();
 * - no selectCell (there is no Excel to jump to: the page shows the cell's neighbourhood instead);
 * - settings in localStorage, the column mapping in localStorage under the file name.
 */
import type { Grid } from "../domain/grid";
import type { Mapping, Result } from "../domain/types";
import { ui } from "../i18n/ui";
import type { PaneSettings, WorkbookHost } from "../taskpane/host";
import { resultFileName, triggerDownload, XLSX_MIME } from "./download";
import { loadWorkbookIo } from "./lazy-io";
import { vetFileSize } from "../xlsx/vet";
import * as storage from "./storage";
import type { KeyValueStore } from "./storage";

/** The part of a browser File the host uses. */
export interface ChosenFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** What ./package-io offers (injected in tests). */
export interface WorkbookIoLike<W = unknown> {
  openWorkbook(bytes: Uint8Array, fileName: string): Promise<W>;
  gridsOf(workbook: W): Grid[];
  resultBytes(workbook: W, sheets: Result["sheets"]): Promise<Uint8Array>;
}

export interface ResultFile {
  /** blob: URL of the result workbook. */
  url: string;
  fileName: string;
  size: number;
}

export interface WebHostOptions {
  store?: KeyValueStore | null;
  loadIo?: () => Promise<WorkbookIoLike>;
  createObjectUrl?: (blob: Blob) => string;
  revokeObjectUrl?: (url: string) => void;
  download?: (url: string, fileName: string) => void;
  /** Called after each written result (the page shows a "download again" link). */
  onResult?: (file: ResultFile) => void;
}

export interface WebHost extends WorkbookHost {
  kind: "web";
  readonly fileName: string;
  readonly resultFileName: string;
  /** Revokes the last result's blob URL (when another file is chosen or the page goes away). */
  dispose(): void;
}

/** The chosen file can no longer be read (changed, moved or deleted since it was chosen). */
export class WebFileError extends Error {
  override readonly name = "WebFileError";
  constructor(fileName: string, options?: { cause?: unknown }) {
    super(ui.web.unreadable(fileName));
    if (options && "cause" in options) (this as { cause?: unknown }).cause = options.cause;
  }
}

export function createWebHost(file: ChosenFile, options: WebHostOptions = {}): WebHost {
  const store = options.store !== undefined ? options.store : storage.browserStore();
  const loadIo = options.loadIo ?? (loadWorkbookIo as () => Promise<WorkbookIoLike>);
  const createObjectUrl = options.createObjectUrl ?? ((blob: Blob) => URL.createObjectURL(blob));
  const revokeObjectUrl = options.revokeObjectUrl ?? ((url: string) => URL.revokeObjectURL(url));
  const download = options.download ?? ((url: string, name: string) => triggerDownload(url, name));
  const outName = resultFileName(file.name);

  let workbook: unknown = null;
  let lastUrl: string | null = null;

  const host: WebHost = {
    kind: "web",
    fileName: file.name,
    resultFileName: outName,

    async readGrids(): Promise<Grid[]> {
      workbook = null;
      vetFileSize(file.size, file.name);
      const io = await loadIo();
      let buffer: ArrayBuffer;
      try {
        buffer = await file.arrayBuffer();
      } catch (e) {
        throw new WebFileError(file.name, { cause: e });
      }
      const wb = await io.openWorkbook(new Uint8Array(buffer), file.name);
      const grids = io.gridsOf(wb);
      workbook = wb;
      return grids;
    },

    async writeResult(result: Result): Promise<void> {
      if (workbook === null) throw new Error("writeResult before readGrids");
      const io = await loadIo();
      const bytes = await io.resultBytes(workbook, result.sheets);
      const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_MIME });
      const url = createObjectUrl(blob);
      if (lastUrl) revokeObjectUrl(lastUrl);
      lastUrl = url;
      download(url, outName);
      options.onResult?.({ url, fileName: outName, size: blob.size });
    },

    async loadMapping(): Promise<Mapping | null> {
      return storage.loadMapping(store, file.name);
    },
    async saveMapping(mapping: Mapping): Promise<void> {
      storage.saveMapping(store, file.name, mapping);
    },
    async loadSettings(): Promise<PaneSettings | null> {
      return storage.loadSettings(store);
    },
    async saveSettings(settings: PaneSettings): Promise<void> {
      storage.saveSettings(store, settings);
    },

    dispose(): void {
      if (lastUrl) revokeObjectUrl(lastUrl);
      lastUrl = null;
      workbook = null;
    },
  };
  return host;
}
