/**
 * The worker-backed engine for the browser entry points (task pane, web page). Kept apart from the
 * components because `import.meta.url` is for webpack's bundles, not for the test runner.
 */
import { hitungCapaian } from "../domain/engine";
import { createWorkerEngine } from "./client";

/* global Worker */
export const workerEngine = createWorkerEngine(
  () => new Worker(new URL("./worker.ts", import.meta.url), { name: "capaian-engine" }),
  hitungCapaian,
);

// Load the worker with the page: it is then ready for the first run, also if the network goes away.
workerEngine.warmUp();
