/**
 * The neighbourhood of a flagged cell, for the web page (no Excel to jump to): a small excerpt of
 * the sheet as it was read — two rows and two columns around the cell, with row numbers and
 * column letters — with the flagged cell highlighted. Used as App's renderCellContext.
 */
import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { cellAt, columnLetter, columnNumber, type Cell, type Grid } from "../domain/grid";
import type { Finding } from "../domain/types";
import { formatNumber } from "../domain/values/format";
import { ui } from "../i18n/ui";

export interface CellContextProps {
  finding: Pick<Finding, "sheet" | "cell">;
  grids: Grid[] | null;
  /** Rows and columns shown on each side of the cell. */
  radius?: number;
}

const MAX_TEXT = 28;

const useStyles = makeStyles({
  wrap: { maxWidth: "100%", overflowX: "auto", marginTop: tokens.spacingVerticalXXS },
  table: {
    borderCollapse: "collapse",
    tableLayout: "fixed",
    fontSize: tokens.fontSizeBase100,
    lineHeight: tokens.lineHeightBase100,
    fontVariantNumeric: "tabular-nums",
  },
  caption: {
    captionSide: "top",
    textAlign: "left",
    color: tokens.colorNeutralForeground3,
    paddingBottom: tokens.spacingVerticalXXS,
  },
  head: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    textAlign: "center",
  },
  corner: { width: "32px" },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `1px ${tokens.spacingHorizontalXS}`,
    width: "104px",
    maxWidth: "104px",
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
  },
  num: { textAlign: "right" },
  bold: { fontWeight: tokens.fontWeightSemibold },
  error: { color: tokens.colorPaletteRedForeground1 },
  flagged: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    outline: `2px solid ${tokens.colorPaletteRedBorder2}`,
    outlineOffset: "-2px",
    fontWeight: tokens.fontWeightSemibold,
  },
  missing: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100 },
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});

/** "R40" or "K12:K14" → the 1-based row/column range, or null. */
export function parseCellRange(address: string): { top: number; left: number; bottom: number; right: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(address.trim());
  if (!m) return null;
  const r1 = Number(m[2]);
  const c1 = columnNumber(m[1]);
  const r2 = m[4] ? Number(m[4]) : r1;
  const c2 = m[3] ? columnNumber(m[3]) : c1;
  if (r1 < 1 || c1 < 1) return null;
  return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
}

/** What a cell shows in the excerpt, and its full text for the tooltip. */
export function cellText(cell: Cell): { text: string; full: string; numeric: boolean } {
  let text: string;
  let numeric = false;
  if (cell.error) text = cell.error;
  else if (cell.value === null) text = "";
  else if (typeof cell.value === "number") {
    numeric = true;
    text = formatNumber(cell.value, Number.isInteger(cell.value) ? 0 : 2);
  } else if (typeof cell.value === "boolean") text = cell.value ? "TRUE" : "FALSE";
  else text = cell.value.replace(/\s+/g, " ").trim();
  const full = cell.formula ? `${text}  (${cell.formula})` : text;
  return { text: text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text, full, numeric };
}

export function CellContext({ finding, grids, radius = 2 }: CellContextProps) {
  const styles = useStyles();
  const grid = grids?.find((g) => g.sheet === finding.sheet);
  const target = parseCellRange(finding.cell);
  if (!grid || !target) {
    return grids ? <span className={styles.missing}>{ui.web.contextMissing}</span> : null;
  }
  const top = Math.max(1, target.top - radius);
  const bottom = target.bottom + radius;
  const left = Math.max(1, target.left - radius);
  const right = target.right + radius;
  const rows: number[] = [];
  for (let r = top; r <= bottom; r++) rows.push(r);
  const cols: number[] = [];
  for (let c = left; c <= right; c++) cols.push(c);
  const address = `${finding.sheet}!${finding.cell}`;
  const isFlagged = (r: number, c: number) =>
    r >= target.top && r <= target.bottom && c >= target.left && c <= target.right;

  return (
    <div className={styles.wrap} data-testid="cell-context" data-cell={address}>
      <table className={styles.table}>
        <caption className={styles.caption}>{ui.web.contextLabel(address)}</caption>
        <thead>
          <tr>
            <th className={mergeClasses(styles.head, styles.corner)} aria-hidden="true" />
            {cols.map((c) => (
              <th key={c} scope="col" className={styles.head}>
                {columnLetter(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r}>
              <th scope="row" className={styles.head}>
                {r}
              </th>
              {cols.map((c) => {
                const cell = cellAt(grid, r, c);
                const { text, full, numeric } = cellText(cell);
                const flagged = isFlagged(r, c);
                return (
                  <td
                    key={c}
                    title={full || undefined}
                    data-flagged={flagged ? "true" : undefined}
                    className={mergeClasses(
                      styles.cell,
                      numeric && styles.num,
                      cell.bold && styles.bold,
                      cell.error && styles.error,
                      flagged && styles.flagged,
                    )}
                  >
                    {text}
                    {flagged && <span className={styles.hidden}> ({ui.web.contextFlagged})</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** App's renderCellContext for the web page. */
export function renderCellContext(finding: Finding, grids: Grid[] | null): React.ReactNode {
  return <CellContext finding={finding} grids={grids} />;
}
