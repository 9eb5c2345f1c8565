/**
 * Web page entry (dist/index.html): the Capaian pane without Excel. No office.js here; the
 * workbook is a file chosen in the browser and ExcelJS is loaded lazily (./lazy-io.ts).
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { WebPage } from "./WebPage";
import { workerEngine } from "../engine-worker/start";

/* global document */

const container = document.getElementById("container");
if (container) {
  createRoot(container).render(
    <React.StrictMode>
      <WebPage engine={workerEngine} />
    </React.StrictMode>,
  );
}
