/**
 * The web page's workbook worker client (src/web/worker-io.ts): the file's bytes go to the worker
 * and grids come back; the result's bytes come back from the worker; errors keep their Indonesian
 * message and name; a worker that dies or is stopped rejects what is pending with one sentence.
 * The "worker" here runs the real package-io functions in-process (as src/web/io-worker.ts).
 */
import ExcelJS from "exceljs";
import { hitungCapaian } from "../../src/domain/engine";
import { buildSample } from "../../src/sample/build-sample";
import { gridsOf, keptOf, openWorkbook, resultBytes, type KeptPackage } from "../../src/web/package-io";
import type { IoRequest, IoResponse } from "../../src/web/io-protocol";
import { createWorkerIo, WorkerStoppedError, type IoWorkerLike } from "../../src/web/worker-io";

class InProcessWorker implements IoWorkerLike {
  private onMessage: ((e: MessageEvent<IoResponse>) => void)[] = [];
  private onError: ((e: ErrorEvent) => void)[] = [];
  private books = new Map<number, KeptPackage>();
  terminated = false;
  /** When set, requests are swallowed (a worker busy forever). */
  hang = false;
  addEventListener(type: "message" | "error", l: (e: never) => void): void {
    if (type === "message") this.onMessage.push(l as (e: MessageEvent<IoResponse>) => void);
    else this.onError.push(l as (e: ErrorEvent) => void);
  }
  private reply(msg: IoResponse) {
    setTimeout(() => this.onMessage.forEach((l) => l({ data: msg } as MessageEvent<IoResponse>)), 0);
  }
  crash() {
    this.onError.forEach((l) => l({ preventDefault() {} } as ErrorEvent));
  }
  postMessage(req: IoRequest): void {
    if (this.hang) return;
    void (async () => {
      try {
        if (req.type === "open") {
          const wb = await openWorkbook(new Uint8Array(req.bytes), req.fileName);
          this.books.set(1, keptOf(wb));
          this.reply({ id: req.id, type: "opened", handle: 1, grids: gridsOf(wb) });
        } else if (req.type === "write") {
          const bytes = await resultBytes(this.books.get(req.handle)!, req.sheets);
          this.reply({ id: req.id, type: "written", bytes: bytes.slice().buffer });
        }
      } catch (e) {
        const err = e as Error & { code?: string };
        this.reply({ id: req.id, type: "error", name: err.name, message: err.message, code: err.code });
      }
    })();
  }
  terminate(): void {
    this.terminated = true;
  }
}

async function sampleBytes(): Promise<Uint8Array> {
  return new Uint8Array((await buildSample().workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

describe("workbook I/O in a worker", () => {
  test("open → grids, write → result bytes, through messages only", async () => {
    const w = new InProcessWorker();
    const io = createWorkerIo(() => w);
    const book = await io.openWorkbook(await sampleBytes(), "contoh.xlsx");
    const grids = io.gridsOf(book);
    expect(grids.length).toBeGreaterThan(0);
    const result = hitungCapaian(grids, { quarter: 2 });
    const bytes = await io.resultBytes(book, result.sheets);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    expect(back.worksheets.map((s) => s.name)).toEqual(expect.arrayContaining(["Capaian", "Temuan"]));
  });

  test("an unusable file keeps its name and Indonesian message", async () => {
    const io = createWorkerIo(() => new InProcessWorker());
    const err = await io
      .openWorkbook(new TextEncoder().encode("Kode;Program\n1;A\n"), "data.xlsx")
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ name: "InputError", code: "csv-or-text" });
    expect((err as Error).message).toContain("teks biasa");
  });

  test("a worker that dies (out of memory) or is stopped rejects with one sentence; the next call starts a new one", async () => {
    const workers: InProcessWorker[] = [];
    const io = createWorkerIo(() => {
      const w = new InProcessWorker();
      workers.push(w);
      return w;
    });
    const bytes = await sampleBytes();
    workers.length = 0;
    const first = io.openWorkbook(bytes.slice(), "a.xlsx");
    workers[0].hang = true;
    workers[0].crash();
    await expect(first).rejects.toBeInstanceOf(WorkerStoppedError);
    await expect(first).rejects.toThrow("terlalu besar atau terlalu rumit");
    expect(workers[0].terminated).toBe(true);

    // Stopped on purpose (another file chosen / cancel) while busy.
    const second = io.openWorkbook(bytes.slice(), "b.xlsx");
    workers[1].hang = true;
    io.terminate();
    await expect(second).rejects.toBeInstanceOf(WorkerStoppedError);
    expect(workers[1].terminated).toBe(true);

    const third = await io.openWorkbook(bytes.slice(), "c.xlsx");
    expect(third.grids.length).toBeGreaterThan(0);
    expect(workers).toHaveLength(3);
  });

  test("a worker whose script never loads (offline, blocked): the page opens and writes the file itself", async () => {
    const dead = new InProcessWorker();
    dead.hang = true;
    const local = { openWorkbook, gridsOf, resultBytes } as unknown as import("../../src/web/web-host").WorkbookIoLike;
    const io = createWorkerIo(
      () => dead,
      async () => local,
    );
    const opening = io.openWorkbook(await sampleBytes(), "contoh.xlsx");
    dead.crash(); // the error event of a worker that never answered
    const book = await opening;
    expect(book.handle).toBe(-1);
    const bytes = await io.resultBytes(book, hitungCapaian(book.grids, { quarter: 2 }).sheets);
    expect(bytes.length).toBeGreaterThan(1000);
  });
});

test("a file over the size limit is refused by its size, before it is read (2,5 GB)", async () => {
  const { createWebHost } = await import("../../src/web/web-host");
  let read = false;
  const host = createWebHost(
    {
      name: "besar.xlsx",
      size: 2.5 * 1024 ** 3,
      arrayBuffer: async () => {
        read = true;
        return new ArrayBuffer(0);
      },
    },
    { store: null, loadIo: async () => ({ openWorkbook, gridsOf, resultBytes }) as never },
  );
  const err = await host.readGrids().catch((e: unknown) => e);
  expect(err).toMatchObject({ name: "InputError", code: "file-too-big" });
  expect((err as Error).message).toContain("batasnya 500 MB");
  expect(read).toBe(false);
});
