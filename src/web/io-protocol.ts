/** Messages between the web page and its workbook worker (./io-worker.ts): the file is read and written there. */
import type { Grid } from "../domain/grid";
import type { SheetSpec } from "../domain/types";

export type IoRequest =
  | { id: number; type: "open"; bytes: ArrayBuffer; fileName: string }
  | { id: number; type: "write"; handle: number; sheets: SheetSpec[] }
  | { id: number; type: "close"; handle: number };

export type IoResponse =
  | { id: number; type: "opened"; handle: number; grids: Grid[] }
  | { id: number; type: "written"; bytes: ArrayBuffer }
  | { id: number; type: "closed" }
  | { id: number; type: "error"; name: string; message: string; code?: string };
