/**
 * Task-pane entry: mounts the React UI once Office.js is ready.
 * Inside Excel the UI gets the Office.js WorkbookHost; anywhere else (Word, a plain browser tab)
 * it gets null and explains where to open it, with a link to the web page (index.html, its own
 * entry: src/web/).
 */
import * as React from "react";
import { createRoot, type Root } from "react-dom/client";
import { App } from "./components/App";
import { createExcelHost } from "../excel/excel-host";
import { workerEngine } from "../engine-worker/start";
import type { WorkbookHost } from "./host";

/* global document, Office, window */

/** Outside Office, office.js normally calls onReady at once; if it never does, say so after this. */
const NO_OFFICE_AFTER_MS = 8000;

let root: Root | null = null;

function mount(host: WorkbookHost | null): void {
  const container = document.getElementById("container");
  if (!container) return;
  root ??= createRoot(container);
  root.render(
    <React.StrictMode>
      <App host={host} engine={workerEngine} />
    </React.StrictMode>,
  );
}

if (typeof Office === "undefined") {
  // office.js failed to load (opened outside Office without network to the CDN build, or blocked).
  mount(null);
} else {
  let ready = false;
  const fallback = window.setTimeout(() => {
    if (!ready) mount(null);
  }, NO_OFFICE_AFTER_MS);
  Office.onReady((info) => {
    ready = true;
    window.clearTimeout(fallback);
    // A late onReady from Excel replaces the "not connected" message with the pane.
    mount(info.host === Office.HostType.Excel ? createExcelHost() : null);
  });
}
