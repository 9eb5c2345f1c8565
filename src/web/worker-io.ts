/**
 * WorkbookIoLike (./web-host.ts) backed by the workbook worker (./io-worker.ts): the page's main
 * thread only posts the file's bytes and receives grids, then posts the output sheets and receives
 * the result's bytes. A worker that dies (out of memory, a crash) or is stopped (`terminate`, on
 * cancel or when another file is chosen) rejects the pending calls with one Indonesian sentence
 * and is replaced by a fresh one on the next call.
 */
import type { Grid } from "../domain/grid";
import type { SheetSpec } from "../domain/types";
import { LIMIT_TEXT } from "../i18n/limits";
import type { IoRequest, IoResponse } from "./io-protocol";
import type { WorkbookIoLike } from "./web-host";

export interface IoWorkerLike {
  postMessage(message: IoRequest, transfer?: Transferable[]): void;
  addEventListener(type: "message", listener: (e: MessageEvent<IoResponse>) => void): void;
  addEventListener(type: "error", listener: (e: ErrorEvent) => void): void;
  terminate(): void;
}

/** A workbook opened in the worker (or, after a fallback, on the page: `local`). */
export interface WorkerBook {
  handle: number;
  grids: Grid[];
  local?: unknown;
}

/** The worker stopped before answering (crash, out of memory, or stopped on purpose). */
export class WorkerStoppedError extends Error {
  override readonly name = "WorkerStoppedError";
  constructor() {
    super(LIMIT_TEXT.workerStopped);
  }
}

export interface WorkerIo extends WorkbookIoLike<WorkerBook> {
  /** Stops the worker now (cancel, limit): pending calls reject with WorkerStoppedError. */
  terminate(): void;
  /** Starts the worker now (page load), so its script is fetched while the page is online. */
  warmUp(): void;
}

/** The worker could not start (its script did not load): the call is redone on the page. */
class NotStarted extends Error {}

/**
 * `fallback`: the same I/O (./package-io.ts) on the page's own thread, used when the worker never started (no answer
 * before its error event: the script could not be fetched, or a policy blocks workers).
 */
export function createWorkerIo(startWorker: () => IoWorkerLike, fallback?: () => Promise<WorkbookIoLike>): WorkerIo {
  let worker: IoWorkerLike | null = null;
  let heard = false;
  let broken = false;
  let nextId = 1;
  const pending = new Map<number, { resolve: (r: IoResponse) => void; reject: (e: Error) => void }>();

  const stop = () => {
    worker?.terminate();
    worker = null;
    const waiting = [...pending.values()];
    pending.clear();
    const failure = !heard && fallback ? new NotStarted() : new WorkerStoppedError();
    if (failure instanceof NotStarted) broken = true;
    for (const p of waiting) p.reject(failure);
  };

  const get = (): IoWorkerLike => {
    if (worker) return worker;
    const w = startWorker();
    w.addEventListener("message", (e: MessageEvent<IoResponse>) => {
      heard = true;
      const msg = e.data;
      const p = pending.get(msg.id);
      if (!p) return;
      pending.delete(msg.id);
      if (msg.type === "error") {
        const err = new Error(msg.message);
        err.name = msg.name; // InputError, NoTableError …: the UI shows their Indonesian message
        if (msg.code) (err as Error & { code?: string }).code = msg.code;
        p.reject(err);
      } else p.resolve(msg);
    });
    w.addEventListener("error", (e: ErrorEvent) => {
      e.preventDefault?.();
      stop();
    });
    worker = w;
    return w;
  };

  type Req = IoRequest extends infer R ? (R extends IoRequest ? Omit<R, "id"> : never) : never;
  const call = (req: Req, transfer: Transferable[] = []): Promise<IoResponse> =>
    new Promise((resolve, reject) => {
      const w = get();
      const id = nextId++;
      pending.set(id, { resolve, reject });
      w.postMessage({ ...req, id } as IoRequest, transfer);
    });

  const openLocally = async (bytes: Uint8Array, fileName: string): Promise<WorkerBook> => {
    const io = await fallback!();
    const local = await io.openWorkbook(bytes, fileName);
    return { handle: -1, grids: io.gridsOf(local), local };
  };

  return {
    async openWorkbook(bytes: Uint8Array, fileName: string): Promise<WorkerBook> {
      if (broken && fallback) return openLocally(bytes, fileName);
      // The bytes are copied once for the worker (the page may read the file again on a re-run).
      const buffer = bytes.slice().buffer as ArrayBuffer;
      try {
        const r = await call({ type: "open", bytes: buffer, fileName }, [buffer]);
        if (r.type !== "opened") throw new WorkerStoppedError();
        return { handle: r.handle, grids: r.grids };
      } catch (e) {
        if (e instanceof NotStarted) return openLocally(bytes, fileName);
        throw e;
      }
    },
    gridsOf(book: WorkerBook): Grid[] {
      return book.grids;
    },
    async resultBytes(book: WorkerBook, sheets: SheetSpec[]): Promise<Uint8Array> {
      if (book.handle < 0 && fallback) return (await fallback()).resultBytes(book.local, sheets);
      const r = await call({ type: "write", handle: book.handle, sheets });
      if (r.type !== "written") throw new WorkerStoppedError();
      return new Uint8Array(r.bytes);
    },
    terminate: stop,
    warmUp: () => {
      if (!broken) get();
    },
  };
}
