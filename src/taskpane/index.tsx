/**
 * Task-pane entry: mounts the React UI once Office.js is ready.
 * Inside Excel the UI gets the Office.js WorkbookHost; anywhere else (Word, a plain browser tab)
 * it gets null and explains where to open it. The web page (ExcelJS host) has its own entry.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { App } from "./components/App";
import { createExcelHost } from "../excel/excel-host";
import type { WorkbookHost } from "./host";

/* global document, Office */

function mount(host: WorkbookHost | null): void {
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(
    <React.StrictMode>
      <App host={host} />
    </React.StrictMode>,
  );
}

if (typeof Office === "undefined") {
  // office.js failed to load (opened outside Office without network to the CDN build, or blocked).
  mount(null);
} else {
  Office.onReady((info) => {
    mount(info.host === Office.HostType.Excel ? createExcelHost() : null);
  });
}
