/** Messages between the task pane / web page and the engine's Web Worker. */
import type { Grid } from "../domain/grid";
import type { Options, Result, Stage } from "../domain/types";

export interface EngineRequest {
  id: number;
  grids: Grid[];
  options: Partial<Options>;
}

export type EngineResponse =
  | { id: number; type: "stage"; stage: Stage }
  | { id: number; type: "done"; result: Result }
  | { id: number; type: "error"; name: string; message: string };
