/**
 * The task pane as it shows inside Excel, on a fake Excel host (kind "excel": findings are
 * buttons that would select their cell, results are "written to the workbook"). The workbook is
 * the bundled sample, fetched from the page's own origin and read with the xlsx adapter. Used
 * only by scripts/screens.js for docs/screens/; not part of the product build.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { App } from "../../src/taskpane/components/App";
import type { PaneSettings, WorkbookHost } from "../../src/taskpane/host";
import type { Mapping } from "../../src/domain/types";
import { loadWorkbookBytes } from "../../src/xlsx/load-bytes";
import { readGrids } from "../../src/xlsx/read-grids";

let mapping: Mapping | null = null;
let settings: PaneSettings | null = null;

const host: WorkbookHost = {
  kind: "excel",
  async readGrids() {
    const bytes = new Uint8Array(await (await fetch("contoh-dinas-2024.xlsx")).arrayBuffer());
    return readGrids(await loadWorkbookBytes(bytes, { fileName: "contoh-dinas-2024.xlsx" }));
  },
  async writeResult() {
    /* the fake workbook takes the sheets without a trace */
  },
  async selectCell() {
    /* no workbook to select in */
  },
  async loadMapping() {
    return mapping;
  },
  async saveMapping(m) {
    mapping = m;
  },
  async loadSettings() {
    return settings;
  },
  async saveSettings(s) {
    settings = s;
  },
};

const container = document.getElementById("container");
if (container) createRoot(container).render(<App host={host} />);
