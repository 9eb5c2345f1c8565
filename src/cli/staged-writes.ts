/**
 * All-or-nothing writes for one CLI run: every output (workbooks, JSON report, rekap) is first
 * written in full to a temporary file next to its target and flushed; only when all of them are
 * on disk are they renamed over their targets. If any write fails, or the process receives
 * SIGINT/SIGTERM, every temporary file is removed and no target is touched.
 */
import { promises as fs, rmSync } from "node:fs";
import { tempPathFor } from "../xlsx/save";

interface Staged {
  target: string;
  temp: string;
}

/** Temporary files of every StagedWrites still open in this process (for the signal handler). */
const LIVE = new Set<StagedWrites>();
let handlersInstalled = false;

function removeAllSync(): void {
  // Synchronous: the process is about to end.
  for (const s of LIVE) for (const f of s.temps()) rmSync(f, { force: true });
  LIVE.clear();
}

function installSignalHandlers(onSignal: (signal: NodeJS.Signals) => void): () => void {
  const handler = (signal: NodeJS.Signals) => {
    removeAllSync();
    onSignal(signal);
  };
  process.on("SIGINT", handler);
  process.on("SIGTERM", handler);
  return () => {
    process.off("SIGINT", handler);
    process.off("SIGTERM", handler);
  };
}

export class StagedWrites {
  private readonly staged: Staged[] = [];
  private readonly pendingTemps = new Set<string>();
  private uninstall: (() => void) | null = null;

  /**
   * `onSignal` runs after the temporary files are removed (the CLI prints one sentence and exits
   * 130 / 143). Without it, signals are not intercepted (library use, tests).
   */
  constructor(onSignal?: (signal: NodeJS.Signals) => void) {
    LIVE.add(this);
    if (onSignal && !handlersInstalled) {
      handlersInstalled = true;
      const off = installSignalHandlers(onSignal);
      this.uninstall = () => {
        off();
        handlersInstalled = false;
      };
    }
  }

  temps(): string[] {
    return [...this.pendingTemps, ...this.staged.map((s) => s.temp)];
  }

  /** Writes `data` to a temporary file next to `target` (flushed). */
  async stage(target: string, data: Uint8Array): Promise<void> {
    const temp = tempPathFor(target);
    this.pendingTemps.add(temp);
    let handle: fs.FileHandle | undefined;
    try {
      handle = await fs.open(temp, "wx");
      await handle.writeFile(data);
      await handle.sync();
      await handle.close();
      handle = undefined;
      this.staged.push({ target, temp });
    } catch (e) {
      if (handle) await handle.close().catch(() => undefined);
      await fs.rm(temp, { force: true }).catch(() => undefined);
      throw Object.assign(e as object, { target });
    } finally {
      this.pendingTemps.delete(temp);
    }
  }

  /** Renames every staged file over its target. */
  async commit(): Promise<void> {
    try {
      for (const s of this.staged) await fs.rename(s.temp, s.target);
      this.staged.length = 0;
    } finally {
      await this.rollback();
    }
  }

  /** Removes every temporary file not renamed yet. */
  async rollback(): Promise<void> {
    for (const s of this.staged) await fs.rm(s.temp, { force: true }).catch(() => undefined);
    this.staged.length = 0;
    this.close();
  }

  private close(): void {
    LIVE.delete(this);
    this.uninstall?.();
    this.uninstall = null;
  }
}
