/** Summary of a result: quarter, totals, per-program achievement and predicate, counts, findings. */
import {
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Result, Severity } from "../../domain/types";
import { formatPct, formatRupiah } from "../../domain/values/format";
import { ui } from "../../i18n/ui";
import { lastDataNote } from "../../domain/report/common";
import { SeverityBadge } from "./SeverityBadge";

export interface ResultSummaryProps {
  result: Result;
  /** The result is in the workbook (Excel) / the download is ready (web). */
  written: boolean;
  hostKind: "excel" | "web";
  /** The quarter was chosen automatically. */
  autoQuarter: boolean;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  totals: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  dd: { margin: 0, textAlign: "right", fontVariantNumeric: "tabular-nums" },
  dt: { color: tokens.colorNeutralForeground2 },
  num: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  badges: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  muted: { color: tokens.colorNeutralForeground3 },
});

const SEVERITIES: Severity[] = ["error", "warning", "info"];

export function ResultSummary({ result, written, hostKind, autoQuarter }: ResultSummaryProps) {
  const styles = useStyles();
  const { totals, layout } = result;
  const programs = result.rows.filter((r) => r.level === "program" && !r.isTotal);
  const scaleName = ui.scaleShort[result.options.predicateScale];
  const counts = Object.fromEntries(
    SEVERITIES.map((s) => [s, result.findings.filter((f) => f.severity === s).length]),
  ) as Record<Severity, number>;

  return (
    <section className={styles.root} aria-labelledby="capaian-summary-title">
      <Subtitle2 as="h2" id="capaian-summary-title">
        {ui.summary.title}
      </Subtitle2>
      <Text weight="semibold" data-testid="quarter-used">
        {ui.quarter.used(result.quarter, autoQuarter)}
      </Text>
      {lastDataNote(layout) && <Text data-testid="last-data-quarter">{lastDataNote(layout)}</Text>}
      {(layout.agency || layout.year) && (
        <Text className={styles.muted}>
          {[layout.agency, layout.year ? `${ui.summary.year} ${layout.year}` : null].filter(Boolean).join(" · ")}
        </Text>
      )}
      <Text size={200} className={styles.muted}>
        {written ? (hostKind === "excel" ? ui.summary.writtenExcel : ui.summary.writtenWeb) : ui.summary.notWritten}
      </Text>

      <dl className={styles.totals} aria-label={ui.summary.title}>
        <dt className={styles.dt}>{ui.summary.budget}</dt>
        <dd className={styles.dd}>{formatRupiah(totals.budget)}</dd>
        <dt className={styles.dt}>{ui.summary.spent}</dt>
        <dd className={styles.dd}>{formatRupiah(totals.spentToDate)}</dd>
        <dt className={styles.dt}>{ui.summary.budgetPct}</dt>
        <dd className={styles.dd}>{formatPct(totals.budgetPct)}</dd>
        <dt className={styles.dt}>{ui.summary.remaining}</dt>
        <dd className={styles.dd}>{formatRupiah(totals.remaining)}</dd>
      </dl>
      <Text size={200}>{ui.summary.counts(totals.programs, totals.activities, totals.subactivities)}</Text>

      <Subtitle2 as="h3">{ui.summary.programsTitle}</Subtitle2>
      <Text size={200} className={styles.muted}>
        {ui.summary.scaleUsed(scaleName)}
      </Text>
      {programs.length === 0 ? (
        <Text>{ui.summary.noPrograms}</Text>
      ) : (
        <Table size="small" aria-label={ui.summary.programsTitle}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{ui.summary.program}</TableHeaderCell>
              <TableHeaderCell className={styles.num}>{ui.summary.performancePct}</TableHeaderCell>
              <TableHeaderCell className={styles.num}>{ui.summary.budgetPctShort}</TableHeaderCell>
              <TableHeaderCell>{ui.summary.predicate}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {programs.map((p) => (
              <TableRow key={`${p.sheet}!${p.row}`}>
                <TableCell>{p.code ? `${p.code} ${p.name}` : p.name}</TableCell>
                <TableCell className={styles.num}>{formatPct(p.figures.performancePct)}</TableCell>
                <TableCell className={styles.num}>{formatPct(p.figures.budgetPct)}</TableCell>
                <TableCell>{p.figures.predicate ?? ui.summary.empty}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}

      <Subtitle2 as="h3">{ui.summary.findingsTitle}</Subtitle2>
      {result.findings.length === 0 ? (
        <Text>{ui.summary.noFindings}</Text>
      ) : (
        <div className={styles.badges}>
          {SEVERITIES.map((s) => (
            <SeverityBadge key={s} severity={s} count={counts[s]} />
          ))}
        </div>
      )}
    </section>
  );
}
