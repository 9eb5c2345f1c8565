/** The pane's view of its host; the contract lives in src/hosts/workbook-host.ts (shared with the adapters). */
export type { PaneSettings, WorkbookHost } from "../hosts/workbook-host";
