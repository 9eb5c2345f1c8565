/**
 * The task pane (Excel add-in and web page): quarter, Hitung Capaian, settings, progress, result
 * summary, findings and column mapping. Talks to the workbook only through `WorkbookHost`.
 */
import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  Title3,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { hitungCapaian } from "../../domain/engine";
import { DEFAULT_OPTIONS, type Mapping, type Options } from "../../domain/types";
import { ui } from "../../i18n/ui";
import type { PaneSettings, WorkbookHost } from "../host";
import { describeError, type ErrorStep, type PaneError } from "../state/errors";
import { detectionUnsure, initialTables } from "../state/mapping";
import { CopyReport } from "./CopyReport";
import { ErrorBanner } from "./ErrorBanner";
import { FindingsList, type CellContextRenderer } from "./FindingsList";
import { MappingPanel } from "./MappingPanel";
import { NoHostMessage } from "./NoHostMessage";
import { QuarterPicker, type QuarterChoice } from "./QuarterPicker";
import { ResultSummary } from "./ResultSummary";
import { RunProgress } from "./RunProgress";
import { SettingsPanel } from "./SettingsPanel";
import { useRun, type Engine } from "./useRun";
import { visuallyHidden } from "./styles";

export interface AppProps {
  /** Excel or web page; null when the page is opened on its own. */
  host: WorkbookHost | null;
  /** The engine (injected in tests; default: hitungCapaian). */
  engine?: Engine;
  /** Slot under each finding, e.g. an excerpt of the cell's neighbourhood (web page); gets the grids read. */
  renderCellContext?: CellContextRenderer;
  /** Shown under the intro, above the quarter: where the workbook comes from (the web page's file picker). */
  workbookSlot?: React.ReactNode;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    maxWidth: "720px",
  },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  /** Focus target after a run: a visible ring only when reached by keyboard. */
  anchor: { scrollMarginTop: tokens.spacingVerticalM, ":focus": { outlineStyle: "none" } },
  visuallyHidden,
});

const DEFAULT_SETTINGS: PaneSettings = {
  predicateScale: DEFAULT_OPTIONS.predicateScale,
  averageOver: DEFAULT_OPTIONS.averageOver,
};

export function App({ host, engine = hitungCapaian, renderCellContext, workbookSlot }: AppProps) {
  return (
    <FluentProvider theme={webLightTheme}>
      {host ? (
        <Pane host={host} engine={engine} renderCellContext={renderCellContext} workbookSlot={workbookSlot} />
      ) : (
        <NoHostMessage />
      )}
    </FluentProvider>
  );
}

function Pane({
  host,
  engine,
  renderCellContext,
  workbookSlot,
}: {
  host: WorkbookHost;
  engine: Engine;
  renderCellContext?: CellContextRenderer;
  workbookSlot?: React.ReactNode;
}) {
  const styles = useStyles();
  const { state, run, clearError } = useRun(host, engine);
  const [loaded, setLoaded] = React.useState(false);
  const [settings, setSettings] = React.useState<PaneSettings>(DEFAULT_SETTINGS);
  const [mapping, setMapping] = React.useState<Mapping | null>(null);
  const [quarter, setQuarter] = React.useState<QuarterChoice>("auto");
  const [mappingOpen, setMappingOpen] = React.useState(false);
  const [paneError, setPaneError] = React.useState<PaneError | null>(null);
  const running = state.status === "running";

  const hostError = React.useCallback(
    (step: ErrorStep) => (e: unknown) => setPaneError(describeError(e, step, "host")),
    [],
  );

  // Saved settings and mapping, once.
  React.useEffect(() => {
    let live = true;
    Promise.all([host.loadSettings(), host.loadMapping()])
      .then(([s, m]) => {
        if (!live) return;
        if (s) setSettings({ ...DEFAULT_SETTINGS, ...s });
        if (m && m.tables.length > 0) setMapping(m);
      })
      .catch((e) => live && hostError("memuat")(e))
      .finally(() => live && setLoaded(true));
    return () => {
      live = false;
    };
  }, [host, hostError]);

  // After each finished run: the summary (or the error) takes focus and scrolls into view.
  const summaryRef = React.useRef<HTMLDivElement>(null);
  const errorRef = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => {
    if (state.runCount === 0) return;
    const target = state.status === "done" ? summaryRef.current : (errorRef.current ?? summaryRef.current);
    if (!target) return;
    target.focus({ preventScroll: true });
    target.scrollIntoView?.({ block: "start", behavior: "smooth" });
  }, [state.runCount]); // on each finished run only

  // Open the mapping panel by itself when detection was unsure or found no table.
  React.useEffect(() => {
    if (state.runCount === 0) return;
    if (state.error?.noTable || (state.status === "done" && detectionUnsure(state.result?.layout.tables))) {
      setMappingOpen(true);
    }
  }, [state.runCount]); // on each finished run only; the other values are read from that render

  const start = () => {
    setPaneError(null);
    const options: Options = {
      predicateScale: settings.predicateScale,
      averageOver: settings.averageOver,
      ...(quarter === "auto" ? {} : { quarter }),
      ...(mapping ? { mapping } : {}),
    };
    void run(options);
  };

  const changeSettings = (next: PaneSettings) => {
    setSettings(next);
    setPaneError(null);
    host.saveSettings(next).catch(hostError("menyimpanPengaturan"));
  };

  const saveMapping = async (m: Mapping): Promise<boolean> => {
    try {
      await host.saveMapping(m);
      setMapping(m.tables.length > 0 ? m : null);
      setPaneError(null);
      return true;
    } catch (e) {
      hostError("menyimpanPemetaan")(e);
      return false;
    }
  };

  const selectCell = host.selectCell
    ? (sheet: string, cell: string) => {
        setPaneError(null);
        host.selectCell!(sheet, cell).catch(hostError("membukaSel"));
      }
    : undefined;

  const tables = React.useMemo(
    () => initialTables(state.result?.layout.tables ?? null, mapping, state.grids),
    [state.result, mapping, state.grids],
  );

  const unsure = detectionUnsure(state.result?.layout.tables);
  const noTable = state.error?.noTable ?? false;
  const lastAutoQuarter = state.result && state.autoQuarter ? state.result.quarter : null;

  return (
    <main className={styles.root}>
      <Title3 as="h1">{ui.appTitle}</Title3>
      <Text size={200}>{ui.appIntro}</Text>
      {workbookSlot}

      <QuarterPicker value={quarter} onChange={setQuarter} lastAutoQuarter={lastAutoQuarter} disabled={running} />

      <div className={styles.actions}>
        <Button appearance="primary" disabled={running || !loaded} onClick={start}>
          {running ? ui.run.running : ui.run.button}
        </Button>
        <Button aria-expanded={mappingOpen} aria-controls="capaian-mapping" onClick={() => setMappingOpen((o) => !o)}>
          {mappingOpen ? ui.run.hideMappingButton : ui.run.mappingButton}
        </Button>
      </div>
      {!loaded && <Spinner size="tiny" label={ui.loadingSettings} />}
      {mapping && <Text size={200}>{ui.run.usingMapping}</Text>}

      <Accordion collapsible>
        <AccordionItem value="settings">
          <AccordionHeader>{ui.settings.title}</AccordionHeader>
          <AccordionPanel>
            <SettingsPanel settings={settings} onChange={changeSettings} disabled={running} />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>

      {state.status !== "idle" && (
        <RunProgress
          stage={state.stage}
          stagesDone={state.stagesDone}
          running={running}
          failedStage={state.failedStage}
        />
      )}

      {state.error && (
        <div ref={errorRef} tabIndex={-1} className={styles.anchor} data-testid="error-anchor">
          <ErrorBanner
            error={state.error}
            note={state.result && state.error.step !== "menulis" ? ui.summary.previousKept : undefined}
            onOpenMapping={() => setMappingOpen(true)}
            onDismiss={clearError}
          />
        </div>
      )}
      {paneError && <ErrorBanner error={paneError} onDismiss={() => setPaneError(null)} />}
      {state.status === "done" && !state.error && unsure && !mappingOpen && (
        <MessageBar intent="warning">
          <MessageBarBody>{ui.mapping.unsureBody}</MessageBarBody>
        </MessageBar>
      )}

      {mappingOpen && (
        <div id="capaian-mapping">
          <MappingPanel
            key={`${state.runCount}:${loaded}`}
            initialTables={tables}
            grids={state.grids}
            unsure={unsure}
            noTable={noTable}
            hasSavedMapping={mapping !== null}
            onSave={saveMapping}
            onClear={() => saveMapping({ version: 1, tables: [] })}
            disabled={running}
            resultQuarter={state.result ? (state.result.layout.quarter ?? state.result.quarter) : null}
          />
        </div>
      )}

      {state.result && (
        <>
          <div ref={summaryRef} tabIndex={-1} className={styles.anchor} data-testid="summary-anchor">
            <ResultSummary
              result={state.result}
              written={state.written}
              hostKind={host.kind}
              autoQuarter={state.autoQuarter}
            />
          </div>
          <CopyReport result={state.result} />
          <FindingsList
            findings={state.result.findings}
            onSelectCell={selectCell}
            renderCellContext={renderCellContext}
            grids={state.grids}
          />
        </>
      )}

      <div role="status" aria-live="polite" aria-atomic="true" className={styles.visuallyHidden}>
        {state.announcement}
      </div>
    </main>
  );
}
