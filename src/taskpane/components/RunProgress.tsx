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
}

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: "20px", fontSize: tokens.fontSizeBase200 },
  current: { fontWeight: tokens.fontWeightSemibold },
  done: { color: tokens.colorNeutralForeground3 },
  pending: { color: tokens.colorNeutralForeground4 },
});

export function RunProgress({ stage, stagesDone, running }: RunProgressProps) {
  const styles = useStyles();
  const finishedAll = !running && stagesDone.length === STAGES.length;
  const value = finishedAll ? STAGES.length : stagesDone.length;
  const caption = stage
    ? ui.progress.stageOf(STAGES.indexOf(stage) + 1, STAGES.length, ui.stages[stage])
    : finishedAll
      ? ui.progress.done
      : "";
  return (
    <Field label={ui.progress.label} validationMessage={caption} validationState="none">
      <ProgressBar value={value} max={STAGES.length} thickness="large" />
      <ol className={styles.list} aria-label={ui.progress.label}>
        {STAGES.map((s) => {
          const status = stagesDone.includes(s) ? "done" : s === stage ? "current" : "pending";
          const statusText =
            status === "done" ? ui.progress.finished : status === "current" ? ui.progress.current : ui.progress.pending;
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
