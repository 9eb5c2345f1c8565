/**
 * Findings, filterable by severity. In Excel each finding is a button that selects its cell;
 * on the web page (no selectCell) the cell address is shown as text.
 */
import * as React from "react";
import { Button, Field, Select, Subtitle2, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Grid } from "../../domain/grid";
import type { Finding, Severity } from "../../domain/types";
import { formatNumber } from "../../domain/values/format";
import { ui } from "../../i18n/ui";

export interface FindingsListProps {
  findings: Finding[];
  /** Jump to the finding's cell (Excel). Absent on the web page. */
  onSelectCell?: (sheet: string, cell: string) => void;
  /** Slot under each finding, e.g. an excerpt of the cell's neighbourhood (web page). */
  renderCellContext?: CellContextRenderer;
  /** Grids of the last read, handed to renderCellContext. */
  grids?: Grid[] | null;
  /** Findings shown at first and added by "show more". */
  pageSize?: number;
}

/** Renders something under a finding; gets the grids the result was computed from (null if unknown). */
export type CellContextRenderer = (finding: Finding, grids: Grid[] | null) => React.ReactNode;

type Filter = "all" | Severity;
const SEVERITIES: Severity[] = ["error", "warning", "info"];

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  button: {
    width: "100%",
    height: "auto",
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    textAlign: "left",
    whiteSpace: "normal",
    fontWeight: tokens.fontWeightRegular,
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  },
  head: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap", minWidth: 0 },
  address: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
  rowName: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  values: { color: tokens.colorNeutralForeground3 },
  severity: { fontWeight: tokens.fontWeightSemibold },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorPaletteBlueForeground2 },
});

function showValue(v: number | string | null): string {
  if (v === null) return ui.summary.empty;
  if (typeof v === "number") return formatNumber(v, Number.isInteger(v) ? 0 : 2);
  return v;
}

function FindingContent({ finding }: { finding: Finding }) {
  const styles = useStyles();
  const hasValues = finding.stated !== null || finding.computed !== null;
  return (
    <>
      <span className={styles.head}>
        {/* A span, not a Badge (div): this sits inside a button. */}
        <span className={mergeClasses(styles.severity, styles[finding.severity])}>{ui.severity[finding.severity]}</span>
        <span className={styles.address}>
          {finding.sheet}!{finding.cell}
        </span>
      </span>
      {(finding.code || finding.rowName) && (
        <span className={styles.rowName} data-testid="finding-row">
          {[finding.code, finding.rowName].filter((x) => x).join(" ")}
        </span>
      )}
      <span>{finding.message}</span>
      {hasValues && (
        <span className={styles.values}>
          {ui.findings.stated}: {showValue(finding.stated)} · {ui.findings.computed}: {showValue(finding.computed)}
        </span>
      )}
    </>
  );
}

export function FindingsList({
  findings,
  onSelectCell,
  renderCellContext,
  grids = null,
  pageSize = 100,
}: FindingsListProps) {
  const styles = useStyles();
  const [filter, setFilter] = React.useState<Filter>("all");
  const [limit, setLimit] = React.useState(pageSize);
  const counts = Object.fromEntries(
    SEVERITIES.map((s) => [s, findings.filter((f) => f.severity === s).length]),
  ) as Record<Severity, number>;
  const shown = filter === "all" ? findings : findings.filter((f) => f.severity === filter);
  const visible = shown.slice(0, limit);

  return (
    <section aria-labelledby="capaian-findings-title">
      <Subtitle2 as="h2" id="capaian-findings-title">
        {ui.findings.title}
      </Subtitle2>
      <Field label={ui.findings.filterLabel}>
        <Select
          value={filter}
          onChange={(_, data) => {
            setFilter(data.value as Filter);
            setLimit(pageSize);
          }}
        >
          <option value="all">{ui.findings.all(findings.length)}</option>
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {ui.findings.only(ui.severityPlural[s], counts[s])}
            </option>
          ))}
        </Select>
      </Field>
      <Text size={200} block>
        {onSelectCell ? ui.findings.excelHint : ui.findings.webHint}
      </Text>
      {visible.length === 0 ? (
        <Text block>{ui.findings.none}</Text>
      ) : (
        <ul className={styles.list} aria-label={ui.findings.title}>
          {visible.map((f, i) => (
            <li key={`${f.rule}|${f.sheet}|${f.cell}|${i}`} className={onSelectCell ? undefined : styles.item}>
              {onSelectCell ? (
                <Button
                  appearance="subtle"
                  className={styles.button}
                  title={ui.findings.goTo(f.sheet, f.cell)}
                  onClick={() => onSelectCell(f.sheet, f.cell)}
                >
                  <FindingContent finding={f} />
                </Button>
              ) : (
                <FindingContent finding={f} />
              )}
              {renderCellContext?.(f, grids)}
            </li>
          ))}
        </ul>
      )}
      {shown.length > visible.length && (
        <Button onClick={() => setLimit((l) => l + pageSize)}>
          {ui.findings.showMore(Math.min(pageSize, shown.length - visible.length))}
        </Button>
      )}
    </section>
  );
}
