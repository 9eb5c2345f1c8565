import { createWorkerEngine } from "../../src/engine-worker/client";
import type { EngineRequest, EngineResponse } from "../../src/engine-worker/protocol";
import { hitungCapaian } from "../../src/domain/engine";
import { gridFrom } from "../support/grid";

/** A worker stand-in that runs the real engine in the same thread, asynchronously, message by message. */
class FakeWorker {
  listeners: { message: ((e: MessageEvent<EngineResponse>) => void)[]; error: ((e: ErrorEvent) => void)[] } = { message: [], error: [] };
  terminated = false;
  addEventListener(type: "message" | "error", l: (e: never) => void) {
    this.listeners[type].push(l as never);
  }
  postMessage(req: EngineRequest) {
    const emit = (data: EngineResponse) => setTimeout(() => this.listeners.message.forEach((l) => l({ data } as MessageEvent<EngineResponse>)), 0);
    // Structured clone, as a real worker would see it.
    const { id, grids, options } = structuredClone(req);
    try {
      const result = hitungCapaian(grids, options, (stage) => emit({ id, type: "stage", stage }));
      emit({ id, type: "done", result: structuredClone(result) });
    } catch (e) {
      const err = e as Error;
      emit({ id, type: "error", name: err.name, message: err.message });
    }
  }
  terminate() {
    this.terminated = true;
  }
}

const plan = gridFrom("R", [
  ["Kode", "Program/Kegiatan/Sub Kegiatan", "Target", "Realisasi TW I", "Pagu"],
  ["1", "Program A", 100, null, 300],
  ["1.1", "Kegiatan B", 100, null, 300],
  ["1.1.1", "Sub Kegiatan C", 10, 4, 300],
]);

describe("engine in a worker", () => {
  test("returns the engine's result and reports its stages", async () => {
    const engine = createWorkerEngine(() => new FakeWorker(), hitungCapaian);
    const stages: string[] = [];
    const r = await engine([plan], { quarter: 1 }, (s) => stages.push(s));
    expect(stages).toEqual(["mengenali", "menghitung", "memeriksa"]);
    expect(r.totals.budget).toBe(300);
    expect(r.rows.find((x) => x.code === "1.1.1")!.figures.performancePct).toBe(40);
  });
  test("keeps the error's name (NoTableError) so the pane can offer the mapping", async () => {
    const engine = createWorkerEngine(() => new FakeWorker(), hitungCapaian);
    await expect(engine([gridFrom("X", [["halo"]])], {})).rejects.toMatchObject({ name: "NoTableError" });
  });
  test("runs on the UI thread when no worker can be started", async () => {
    const fallback = jest.fn(hitungCapaian);
    const engine = createWorkerEngine(() => {
      throw new Error("Worker is not defined");
    }, fallback);
    const r = await engine([plan], { quarter: 1 });
    expect(fallback).toHaveBeenCalledTimes(1);
    expect(r.totals.budget).toBe(300);
  });
});

test("a worker that fails to load hands its runs to the UI thread", async () => {
  class BrokenWorker extends FakeWorker {
    override postMessage() {
      setTimeout(() => this.listeners.error.forEach((l) => l({ message: "net::ERR_INTERNET_DISCONNECTED" } as ErrorEvent)), 0);
    }
  }
  const fallback = jest.fn(hitungCapaian);
  const engine = createWorkerEngine(() => new BrokenWorker(), fallback);
  const r = await engine([plan], { quarter: 1 });
  expect(fallback).toHaveBeenCalledTimes(1);
  expect(r.totals.budget).toBe(300);
  await engine([plan], { quarter: 1 }); // once broken, straight to the UI thread
  expect(fallback).toHaveBeenCalledTimes(2);
});
