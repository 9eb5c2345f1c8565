/**
 * An engine function with the engine's signature that runs `hitungCapaian` in a Web Worker, so the
 * UI thread is free while a large workbook is computed. Falls back to the same engine on the UI
 * thread when no worker can be started (no Worker support, or a policy blocks it).
 */
import type { Grid } from "../domain/grid";
import type { Options, Result, Stage } from "../domain/types";
import type { EngineRequest, EngineResponse } from "./protocol";

export type AsyncEngine = ((
  grids: Grid[],
  options: Partial<Options>,
  onStage?: (s: Stage) => void,
) => Promise<Result>) & {
  /** Start the worker now (at page load), so it is ready — and loaded — before the first run. */
  warmUp(): void;
};
export type SyncEngine = (grids: Grid[], options: Partial<Options>, onStage?: (s: Stage) => void) => Result;

interface WorkerLike {
  postMessage(message: EngineRequest): void;
  addEventListener(type: "message", listener: (e: MessageEvent<EngineResponse>) => void): void;
  addEventListener(type: "error", listener: (e: ErrorEvent) => void): void;
  terminate(): void;
}

/**
 * `startWorker` creates the worker (entry points pass `() => new Worker(new URL(…, import.meta.url))`);
 * `fallback` is the synchronous engine used when that fails.
 */
export function createWorkerEngine(startWorker: () => WorkerLike, fallback: SyncEngine): AsyncEngine {
  let worker: WorkerLike | null = null;
  let broken = false;
  let nextId = 1;
  interface Pending {
    request: EngineRequest;
    resolve: (r: Result) => void;
    reject: (e: Error) => void;
    onStage?: (s: Stage) => void;
  }
  const pending = new Map<number, Pending>();

  /** The worker failed (its script could not load, or it crashed): finish the runs on the UI thread. */
  const fallBack = () => {
    broken = true;
    worker?.terminate();
    worker = null;
    const waiting = [...pending.values()];
    pending.clear();
    for (const p of waiting) {
      try {
        p.resolve(fallback(p.request.grids, p.request.options, p.onStage));
      } catch (e) {
        p.reject(e instanceof Error ? e : new Error(String(e)));
      }
    }
  };

  const get = (): WorkerLike | null => {
    if (worker || broken) return worker;
    try {
      worker = startWorker();
    } catch {
      broken = true;
      return null;
    }
    worker.addEventListener("message", (e: MessageEvent<EngineResponse>) => {
      const msg = e.data;
      const p = pending.get(msg.id);
      if (!p) return;
      if (msg.type === "stage") p.onStage?.(msg.stage);
      else {
        pending.delete(msg.id);
        if (msg.type === "done") p.resolve(msg.result);
        else {
          const err = new Error(msg.message);
          err.name = msg.name; // NoTableError, MappingError … keep their meaning for the UI
          p.reject(err);
        }
      }
    });
    worker.addEventListener("error", (e: ErrorEvent) => {
      e.preventDefault?.();
      fallBack();
    });
    return worker;
  };

  const engine = (grids: Grid[], options: Partial<Options>, onStage?: (s: Stage) => void): Promise<Result> => {
    const w = get();
    if (!w) return Promise.resolve().then(() => fallback(grids, options, onStage));
    const request: EngineRequest = { id: nextId++, grids, options };
    return new Promise<Result>((resolve, reject) => {
      pending.set(request.id, { request, resolve, reject, onStage });
      w.postMessage(request);
    });
  };
  return Object.assign(engine, { warmUp: () => void get() });
}
