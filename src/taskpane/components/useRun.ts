/**
 * Orchestrates one run: read the workbook (host) → engine → write the result (host), with named
 * stages for the progress bar and the screen-reader announcement. A failed run keeps the last
 * good result.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { Grid } from "../../domain/grid";
import type { Options, Result, Stage } from "../../domain/types";
import { ui } from "../../i18n/ui";
import type { WorkbookHost } from "../host";
import { describeError, type PaneError } from "../state/errors";

/** The engine's signature (src/domain/engine.ts). An async engine (worker) is accepted as well. */
export type Engine = (
  grids: Grid[],
  options: Partial<Options>,
  onStage?: (s: Stage) => void,
) => Result | Promise<Result>;

export const STAGES: readonly Stage[] = ["membaca", "mengenali", "menghitung", "memeriksa", "menulis"];

export type RunStatus = "idle" | "running" | "done" | "failed";

export interface RunState {
  status: RunStatus;
  /** Stage in progress (null when not running). */
  stage: Stage | null;
  /** Stages finished in the current / last run, in order. */
  stagesDone: Stage[];
  /** The stage the last run failed in (null when it did not fail). */
  failedStage: Stage | null;
  /** Last good result (kept when a rerun fails). */
  result: Result | null;
  /** The result has been written to the workbook (Excel) / made into a download (web). */
  written: boolean;
  /** The run that produced `result` chose the quarter itself. */
  autoQuarter: boolean;
  error: PaneError | null;
  /** Grids of the last read (sheet names and header texts for the mapping panel). */
  grids: Grid[] | null;
  /** Text for the aria-live region. */
  announcement: string;
  /** Increments on every finished run (success or failure). */
  runCount: number;
}

const INITIAL: RunState = {
  status: "idle",
  stage: null,
  stagesDone: [],
  failedStage: null,
  result: null,
  written: false,
  autoQuarter: false,
  error: null,
  grids: null,
  announcement: "",
  runCount: 0,
};

/** Lets the browser repaint (progress bar) before the next stage. */
export function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function stageAnnouncement(stage: Stage): string {
  return ui.progress.stageOf(STAGES.indexOf(stage) + 1, STAGES.length, ui.stages[stage]);
}

export function useRun(host: WorkbookHost, engine: Engine) {
  const [state, setState] = useState<RunState>(INITIAL);
  const running = useRef(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const update = useCallback((f: (prev: RunState) => RunState) => {
    if (mounted.current) setState(f);
  }, []);

  const run = useCallback(
    async (options: Options): Promise<void> => {
      if (running.current) return;
      running.current = true;
      const done: Stage[] = [];
      let current: Stage | null = null;
      const enter = (stage: Stage) => {
        current = stage;
        update((prev) => ({ ...prev, stage, stagesDone: [...done], announcement: stageAnnouncement(stage) }));
      };
      const finish = (stage: Stage) => {
        if (!done.includes(stage)) done.push(stage);
      };
      const fail = (error: PaneError, extra: Partial<RunState> = {}) =>
        update((prev) => ({
          ...prev,
          ...extra,
          status: "failed",
          stage: null,
          stagesDone: [...done],
          failedStage: current,
          error,
          announcement: `${ui.progress.announceFailed} ${error.message}`,
          runCount: prev.runCount + 1,
        }));

      try {
        update((prev) => ({ ...prev, status: "running", error: null, stagesDone: [], failedStage: null }));

        // 1. membaca
        enter("membaca");
        await yieldToBrowser();
        let grids: Grid[];
        try {
          grids = await host.readGrids();
        } catch (e) {
          fail(describeError(e, "membaca", "host"));
          return;
        }
        finish("membaca");

        // 2–4. mengenali, menghitung, memeriksa (the engine reports them)
        let engineStage: Stage = "mengenali";
        enter(engineStage);
        await yieldToBrowser();
        let result: Result;
        try {
          result = await engine(grids, options, (s) => {
            if (s === engineStage || s === "membaca" || s === "menulis") return;
            for (const st of STAGES.slice(1, STAGES.indexOf(s))) finish(st);
            engineStage = s;
            enter(s);
          });
        } catch (e) {
          fail(describeError(e, engineStage, "engine"), { grids });
          return;
        }
        for (const st of STAGES.slice(1, 4)) finish(st);

        // 5. menulis
        enter("menulis");
        await yieldToBrowser();
        const autoQuarter = options.quarter === undefined;
        try {
          await host.writeResult(result);
        } catch (e) {
          // The new result is correct; only writing failed. Show it, and say it is not in the workbook.
          fail(describeError(e, "menulis", "host"), { grids, result, written: false, autoQuarter });
          return;
        }
        finish("menulis");
        update((prev) => ({
          ...prev,
          status: "done",
          stage: null,
          stagesDone: [...done],
          result,
          written: true,
          autoQuarter,
          error: null,
          grids,
          announcement: ui.progress.announceDone(result.quarter, result.findings.length),
          runCount: prev.runCount + 1,
        }));
      } finally {
        running.current = false;
      }
    },
    [host, engine, update],
  );

  const clearError = useCallback(() => update((prev) => ({ ...prev, error: null })), [update]);

  return { state, run, clearError };
}
