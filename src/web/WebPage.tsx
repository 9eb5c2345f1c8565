/**
 * The stand-alone web page: the same pane as in Excel (App), with a WorkbookHost made from a file
 * the user chooses or drops (./web-host.ts), a download of the result, and the neighbourhood of
 * every flagged cell under its finding (./CellContext.tsx).
 *
 * The file is vetted as soon as it is chosen, so an unusable file gets its Indonesian message at
 * once; the workbook reader and writer (./package-io.ts, no spreadsheet model) are a separate chunk
 * that the page starts loading right after its first paint, so everything a run needs is in memory
 * before the first run and the page works offline from then on.
 */
import * as React from "react";
import {
  Button,
  FluentProvider,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  Title3,
  makeStyles,
  mergeClasses,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { hitungCapaian } from "../domain/engine";
import { formatNumber } from "../domain/values/format";
import { ui } from "../i18n/ui";
import { App } from "../taskpane/components/App";
import type { Engine } from "../taskpane/components/useRun";
import { describeError } from "../taskpane/state/errors";
import { vetFileSize, vetXlsxBytes } from "../xlsx/vet";
import { renderCellContext } from "./CellContext";
import { preloadWorkbookIo } from "./lazy-io";
import { createWebHost, type ResultFile, type WebHost, type WebHostOptions } from "./web-host";
import { visuallyHidden } from "../taskpane/components/styles";

export interface WebPageProps {
  engine?: Engine;
  /** Host factory (tests). */
  createHost?: (file: File, options: WebHostOptions) => WebHost;
  /** Start loading the workbook I/O chunk after the first paint (default true). */
  preload?: boolean;
}

const ACCEPT =
  ".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel.sheet.macroEnabled.12";

const useStyles = makeStyles({
  page: { maxWidth: "760px", marginLeft: "auto", marginRight: "auto" },
  intro: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    maxWidth: "720px",
  },
  source: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  drop: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  dropActive: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  hint: { color: tokens.colorNeutralForeground3 },
  fileName: { fontWeight: tokens.fontWeightSemibold, wordBreak: "break-all" },
  visuallyHidden,
});

function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, 0)} KB`;
  return `${formatNumber(bytes / (1024 * 1024), 1)} MB`;
}

interface Chosen {
  key: number;
  file: File;
  host: WebHost;
}

export function WebPage({ engine = hitungCapaian, createHost = createWebHost, preload = true }: WebPageProps) {
  const styles = useStyles();
  const inputRef = React.useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = React.useState<Chosen | null>(null);
  const [checking, setChecking] = React.useState(false);
  const [rejected, setRejected] = React.useState<string | null>(null);
  const [note, setNote] = React.useState<string | null>(null);
  const [download, setDownload] = React.useState<ResultFile | null>(null);
  const [dragging, setDragging] = React.useState(false);
  const chosenRef = React.useRef<Chosen | null>(null);
  const counter = React.useRef(0);

  React.useEffect(() => {
    if (!preload) return;
    const t = window.setTimeout(preloadWorkbookIo, 0);
    return () => window.clearTimeout(t);
  }, [preload]);

  // Release the last result's blob URL when the page goes away.
  React.useEffect(() => () => chosenRef.current?.host.dispose(), []);

  const choose = React.useCallback(
    async (file: File) => {
      setRejected(null);
      setChecking(true);
      let problem: string | null = null;
      try {
        vetFileSize(file.size, file.name); // before reading: a 2,5 GB file cannot even be read
        vetXlsxBytes(new Uint8Array(await file.arrayBuffer()), file.name);
      } catch (e) {
        problem = describeError(e, "membaca", "host").message;
      }
      setChecking(false);
      chosenRef.current?.host.dispose();
      setDownload(null);
      if (problem !== null) {
        chosenRef.current = null;
        setChosen(null);
        setRejected(problem);
        return;
      }
      const key = ++counter.current;
      const host = createHost(file, {
        onResult: (r) => {
          if (chosenRef.current?.key === key) setDownload(r);
        },
      });
      const next = { key, file, host };
      chosenRef.current = next;
      setChosen(next);
    },
    [createHost],
  );

  const takeFiles = React.useCallback(
    (files: FileList | null | undefined) => {
      if (!files || files.length === 0) return;
      setNote(files.length > 1 ? ui.web.onlyFirst(files.length) : null);
      void choose(files[0]);
    },
    [choose],
  );

  // Dropping a file anywhere on the page chooses it (and keeps the browser from opening it).
  React.useEffect(() => {
    const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes("Files");
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = "copy";
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (e.relatedTarget === null) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDragging(false);
      takeFiles(e.dataTransfer?.files);
    };
    window.addEventListener("dragover", over);
    window.addEventListener("dragleave", leave);
    window.addEventListener("drop", drop);
    return () => {
      window.removeEventListener("dragover", over);
      window.removeEventListener("dragleave", leave);
      window.removeEventListener("drop", drop);
    };
  }, [takeFiles]);

  const source = (
    <section className={styles.source} aria-label={ui.web.inputLabel}>
      <div className={mergeClasses(styles.drop, dragging && styles.dropActive)} data-testid="drop-zone">
        <input
          ref={inputRef}
          type="file"
          accept={ACCEPT}
          aria-label={ui.web.inputLabel}
          className={styles.visuallyHidden}
          tabIndex={-1}
          data-testid="file-input"
          onChange={(e) => {
            takeFiles(e.currentTarget.files);
            e.currentTarget.value = ""; // the same file can be chosen again
          }}
        />
        <Button appearance={chosen ? "secondary" : "primary"} onClick={() => inputRef.current?.click()}>
          {chosen ? ui.web.chooseAnother : ui.web.chooseButton}
        </Button>
        <Text className={styles.hint}>{dragging ? ui.web.dropActive : ui.web.dropHint}</Text>
      </div>
      {checking && <Spinner size="tiny" label={ui.web.checking} labelPosition="after" />}
      {chosen && (
        <Text data-testid="chosen-file">
          {ui.web.fileLabel} <span className={styles.fileName}>{chosen.file.name}</span> ({sizeText(chosen.file.size)})
        </Text>
      )}
      {note && <Text size={200}>{note}</Text>}
      {rejected && (
        <MessageBar intent="error" layout="multiline" data-testid="file-rejected">
          <MessageBarBody>
            <MessageBarTitle>{ui.web.rejectedTitle}</MessageBarTitle>
            {rejected}
          </MessageBarBody>
        </MessageBar>
      )}
      {download && (
        <MessageBar intent="success" layout="multiline" data-testid="download-ready">
          <MessageBarBody>
            <MessageBarTitle>{ui.web.downloadTitle}</MessageBarTitle>
            {ui.web.downloaded(download.fileName)}{" "}
            <Link href={download.url} download={download.fileName}>
              {ui.web.downloadAgain(download.fileName)}
            </Link>
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );

  return (
    <FluentProvider theme={webLightTheme} className={styles.page}>
      {chosen ? (
        <App
          key={chosen.key}
          host={chosen.host}
          engine={engine}
          renderCellContext={renderCellContext}
          workbookSlot={source}
        />
      ) : (
        <main className={styles.intro}>
          <Title3 as="h1">{ui.appTitle}</Title3>
          <Text size={200}>{ui.web.intro}</Text>
          {source}
          <Text size={200} className={styles.hint}>
            {ui.web.privacy} {ui.web.settingsNote}
          </Text>
        </main>
      )}
    </FluentProvider>
  );
}
