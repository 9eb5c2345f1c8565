/**
 * The web page's workbook I/O in a worker (./io-worker.ts via ./worker-io.ts), for the page entry.
 * Kept apart because `import.meta.url` is for webpack's bundles, not for the test runner. Without
 * Worker support (or when the worker cannot start) the page reads and writes on its own thread
 * (./package-io.ts through ./lazy-io.ts).
 */
import { loadWorkbookIo } from "./lazy-io";
import type { WebHost, WebHostOptions, WorkbookIoLike } from "./web-host";
import { createWebHost } from "./web-host";
import { createWorkerIo, type WorkerIo } from "./worker-io";

/* global Worker */
let io: WorkerIo | null = null;

function workerIo(): WorkerIo | null {
  if (io) return io;
  if (typeof Worker === "undefined") return null;
  try {
    io = createWorkerIo(
      () => new Worker(new URL("./io-worker.ts", import.meta.url), { name: "capaian-io" }),
      loadWorkbookIo as () => Promise<WorkbookIoLike>,
    );
  } catch {
    io = null;
  }
  return io;
}

/** Starts the workbook worker with the page (its script is fetched while the page is online). */
export function warmUpWorkerIo(): void {
  workerIo()?.warmUp();
}

/** createWebHost with the workbook read, computed and written off the main thread. */
export function createWorkerWebHost(file: File, options: WebHostOptions): WebHost {
  const w = workerIo();
  const loadIo = w ? async () => w as WorkbookIoLike : (loadWorkbookIo as () => Promise<WorkbookIoLike>);
  const host = createWebHost(file, { ...options, loadIo });
  const dispose = host.dispose.bind(host);
  // Another file chosen or the page closed: stop the worker (a run still going is cancelled and
  // the previous workbook's memory is released) and start a fresh one for the next file.
  host.dispose = () => {
    dispose();
    w?.terminate();
    w?.warmUp();
  };
  return host;
}
