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

/** A workbook opened in the worker. */
export interface WorkerBook {
  handle: number;
  grids: Grid[];
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
}

export function createWorkerIo(startWorker: () => IoWorkerLike): WorkerIo {
  let worker: IoWorkerLike | null = null;
  let nextId = 1;
  const pending = new Map<number, { resolve: (r: IoResponse) => void; reject: (e: Error) => void }>();

  const stop = () => {
    worker?.terminate();
    worker = null;
    const waiting = [...pending.values()];
    pending.clear();
    for (const p of waiting) p.reject(new WorkerStoppedError());
  };

  const get = (): IoWorkerLike => {
    if (worker) return worker;
    const w = startWorker();
    w.addEventListener("message", (e: MessageEvent<IoResponse>) => {
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

  return {
    async openWorkbook(bytes: Uint8Array, fileName: string): Promise<WorkerBook> {
      // The bytes move to the worker (transferred, not copied).
      const buffer =
        bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? (bytes.buffer as ArrayBuffer) : bytes.slice().buffer;
      const r = await call({ type: "open", bytes: buffer, fileName }, [buffer]);
      if (r.type !== "opened") throw new WorkerStoppedError();
      return { handle: r.handle, grids: r.grids };
    },
    gridsOf(book: WorkerBook): Grid[] {
      return book.grids;
    },
    async resultBytes(book: WorkerBook, sheets: SheetSpec[]): Promise<Uint8Array> {
      const r = await call({ type: "write", handle: book.handle, sheets });
      if (r.type !== "written") throw new WorkerStoppedError();
      return new Uint8Array(r.bytes);
    },
    terminate: stop,
  };
}
