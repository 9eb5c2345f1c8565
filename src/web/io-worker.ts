/**
 * The web page's workbook worker: reading the chosen file (vetting, limits, the streaming package
 * reader) into grids and writing the result workbook (the splice writer) happen here, off the
 * page's main thread, so the page keeps answering input while a large file is processed. Between
 * reading and writing the worker keeps (by handle) only the file's bytes and the names of our
 * previous output sheets — no spreadsheet model (./package-io.ts). Bundled by webpack as its own
 * chunk; ExcelJS is fetched only should the fallback writer be needed.
 */
import { gridsOf, keptOf, openWorkbook, resultBytes, type KeptPackage } from "./package-io";
import type { IoRequest, IoResponse } from "./io-protocol";

interface WorkerScope {
  onmessage: ((e: MessageEvent<IoRequest>) => void) | null;
  postMessage(message: IoResponse, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
const books = new Map<number, KeptPackage>();
let nextHandle = 1;

async function handle(req: IoRequest): Promise<void> {
  if (req.type === "open") {
    const wb = await openWorkbook(new Uint8Array(req.bytes), req.fileName);
    const grids = gridsOf(wb);
    const h = nextHandle++;
    books.clear(); // one file at a time: the previous file's bytes are released
    books.set(h, keptOf(wb)); // the grids go to the page, they are not kept here
    scope.postMessage({ id: req.id, type: "opened", handle: h, grids });
  } else if (req.type === "write") {
    const wb = books.get(req.handle);
    if (!wb) throw new Error("unknown workbook handle");
    const bytes = await resultBytes(wb, req.sheets);
    const copy =
      bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes.buffer : bytes.slice().buffer;
    scope.postMessage({ id: req.id, type: "written", bytes: copy as ArrayBuffer }, [copy as ArrayBuffer]);
  } else {
    books.delete(req.handle);
    scope.postMessage({ id: req.id, type: "closed" });
  }
}

// Hello: the page knows the worker started (a later error is a crash, not a missing script).
scope.postMessage({ id: 0, type: "closed" });

scope.onmessage = (e) => {
  handle(e.data).catch((err: unknown) => {
    const error = err instanceof Error ? err : new Error(String(err));
    const code = (error as { code?: unknown }).code;
    scope.postMessage({
      id: e.data.id,
      type: "error",
      name: error.name,
      message: error.message,
      ...(typeof code === "string" ? { code } : {}),
    });
  });
};
