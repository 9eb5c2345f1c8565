/**
 * Web page entry (dist/index.html): the Capaian pane without Excel. No office.js here; the
 * workbook is a file chosen in the browser, opened, read and written in a worker (./start-io.ts).
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { WebPage } from "./WebPage";
import { workerEngine } from "../engine-worker/start";
import { createWorkerWebHost, warmUpWorkerIo } from "./start-io";

/* global document */

warmUpWorkerIo();

const container = document.getElementById("container");
if (container) {
  createRoot(container).render(
    <React.StrictMode>
      <WebPage engine={workerEngine} createHost={createWorkerWebHost} />
    </React.StrictMode>,
  );
}
