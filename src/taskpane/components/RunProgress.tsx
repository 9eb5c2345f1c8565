/** Progress bar with the named stages of a run. */
import { Field, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import type { Stage } from "../../domain/types";
import { ui } from "../../i18n/ui";
import { STAGES } from "./useRun";

export interface RunProgressProps {
  /** Stage in progress, or null when finished / not running. */
  stage: Stage | null;
  stagesDone: Stage[];
  running: boolean;
  /** The stage the last run failed in. */
  failedStage?: Stage | null;
}

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: "20px", fontSize: tokens.fontSizeBase200 },
  current: { fontWeight: tokens.fontWeightSemibold },
  done: { color: tokens.colorNeutralForeground3 },
  pending: { color: tokens.colorNeutralForeground4 },
  failed: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

export function RunProgress({ stage, stagesDone, running, failedStage = null }: RunProgressProps) {
  const styles = useStyles();
  const finishedAll = !running && stagesDone.length === STAGES.length;
  const value = finishedAll ? STAGES.length : stagesDone.length;
  const failed = !running && failedStage !== null;
  const caption = stage
    ? ui.progress.stageOf(STAGES.indexOf(stage) + 1, STAGES.length, ui.stages[stage])
    : failed
      ? ui.progress.failedAt(ui.stages[failedStage])
      : finishedAll
        ? ui.progress.done
        : "";
  return (
    <Field label={ui.progress.label} validationMessage={caption} validationState={failed ? "error" : "none"}>
      <ProgressBar value={value} max={STAGES.length} thickness="large" color={failed ? "error" : "brand"} />
      <ol className={styles.list} aria-label={ui.progress.label}>
        {STAGES.map((s) => {
          const status = stagesDone.includes(s)
            ? "done"
            : s === stage
              ? "current"
              : failed && s === failedStage
                ? "failed"
                : "pending";
          const statusText =
            status === "done"
              ? ui.progress.finished
              : status === "current"
                ? ui.progress.current
                : status === "failed"
                  ? ui.progress.failed
                  : ui.progress.pending;
          return (
            <li
              key={s}
              className={styles[status]}
              data-stage={s}
              data-status={status}
              aria-current={status === "current" ? "step" : undefined}
            >
              {ui.stages[s]} — {statusText}
            </li>
          );
        })}
      </ol>
    </Field>
  );
}
