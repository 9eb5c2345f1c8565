/**
 * The engine in a Web Worker: a large workbook is computed off the UI thread, so the pane keeps
 * painting its progress bar and stays responsive. Bundled by webpack as its own chunk.
 */
import { hitungCapaian } from "../domain/engine";
import type { EngineRequest, EngineResponse } from "./protocol";

interface WorkerScope {
  onmessage: ((e: MessageEvent<EngineRequest>) => void) | null;
  postMessage(message: EngineResponse): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (e) => {
  const { id, grids, options } = e.data;
  try {
    const result = hitungCapaian(grids, options, (stage) => scope.postMessage({ id, type: "stage", stage }));
    scope.postMessage({ id, type: "done", result });
  } catch (err) {
    const error = err instanceof Error ? err : new Error(String(err));
    scope.postMessage({ id, type: "error", name: error.name, message: error.message });
  }
};
