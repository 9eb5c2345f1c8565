/**
 * What the task pane needs from where it runs: inside Excel (Office.js) or as a plain web page
 * (a file chosen by the user, read and written with ExcelJS). The UI knows nothing else of hosts.
 * It sits in src/hosts/, below the pane and the adapters, so that the Office.js adapter
 * (src/excel/excel-host.ts) implements it without importing the pane.
 */
import type { Grid } from "../domain/grid";
import type { Mapping, Result } from "../domain/types";

export interface PaneSettings {
  predicateScale: "sakip" | "permendagri86";
  averageOver: "targeted" | "all";
}

export interface WorkbookHost {
  kind: "excel" | "web";
  /** Read every sheet's used range (values, formulas, number formats, merges, hidden rows). */
  readGrids(): Promise<Grid[]>;
  /** Excel: write the output sheets into the open workbook. Web: build the result file for download. */
  writeResult(result: Result): Promise<void>;
  /** Excel: activate the sheet and select the cell. Absent on the web page. */
  selectCell?(sheet: string, cell: string): Promise<void>;
  /** Mapping and settings saved with the workbook (Excel: document settings; web: none/localStorage). */
  loadMapping(): Promise<Mapping | null>;
  saveMapping(mapping: Mapping): Promise<void>;
  loadSettings(): Promise<PaneSettings | null>;
  saveSettings(settings: PaneSettings): Promise<void>;
}
