/**
 * Column mapping: per table, the sheet, header rows, data rows and the meaning of every column.
 * Saving builds a `Mapping` (types.ts) that the parent stores with the workbook and passes to the
 * next run as options.mapping.
 */
import * as React from "react";
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
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
import type { Grid } from "../../domain/grid";
import type { Mapping, Quarter } from "../../domain/types";
import { ui } from "../../i18n/ui";
import {
  QUARTER_OPTIONAL,
  QUARTER_REQUIRED,
  ROLE_KINDS,
  hasQuarter,
  refreshHeaders,
  tableFromGrid,
  toMapping,
  validateTables,
  type EditColumn,
  type EditRoleKind,
  type EditTable,
  type SaveProblem,
} from "../state/mapping";

export interface MappingPanelProps {
  /**
   * Tables to start from (detected, overlaid with the saved mapping). Read on mount only: the
   * parent gives the panel a new `key` when it should start over (after a run).
   */
  initialTables: EditTable[];
  /** Grids of the last read: sheet names for "add table" and header texts. */
  grids: Grid[] | null;
  /** Detection assumed things (tables with assumptions). */
  unsure: boolean;
  /** The last run found no table. */
  noTable: boolean;
  hasSavedMapping: boolean;
  /** Stores the mapping; resolves true when saved. */
  onSave: (mapping: Mapping) => Promise<boolean>;
  /** Removes the saved mapping (back to detection); resolves true when done. */
  onClear: () => Promise<boolean>;
  disabled?: boolean;
  /**
   * The quarter of the last result (null: none yet): a column whose quarter is left open is shown
   * as that quarter, and a role that needs a quarter starts with it.
   */
  resultQuarter?: Quarter | null;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  fieldset: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    margin: 0,
    // A fieldset is at least as wide as its content by default: that pushed a 320 px pane to 450 px.
    minWidth: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  rows: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(120px, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  /** Inputs and selects take their cell's width, never more (Fluent's defaults are wider than a 320 px pane). */
  fill: { minWidth: 0, width: "100%", maxWidth: "100%" },
  table: { tableLayout: "fixed", width: "100%" },
  letter: { fontFamily: tokens.fontFamilyMonospace, width: "32px" },
  /** Header text and role side by side when there is room, one above the other in a narrow pane. */
  pair: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    width: "100%",
  },
  header: { flex: "1 1 140px", minWidth: 0, wordBreak: "break-word", overflowWrap: "anywhere" },
  role: { flex: "1 1 170px", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "flex-end" },
});

const QUARTERS: Quarter[] = [1, 2, 3, 4];

function problemText(p: SaveProblem): string {
  switch (p.kind) {
    case "needName":
      return ui.mapping.needName(p.sheet);
    case "badRows":
      return ui.mapping.badRows(p.sheet);
    case "duplicateRole": {
      const role = ui.roles[p.role] + (p.quarter ? ` ${ui.quarter.name(p.quarter)}` : "");
      return ui.mapping.duplicateRole(p.sheet, role, p.letters.join(", "));
    }
  }
}

function parseRow(text: string): number {
  return text.trim() === "" ? Number.NaN : Number(text);
}

function rowText(n: number | null): string {
  return n === null || Number.isNaN(n) ? "" : String(n);
}

function ColumnRow({
  column,
  disabled,
  onChange,
  resultQuarter = null,
}: {
  column: EditColumn;
  disabled?: boolean;
  resultQuarter?: Quarter | null;
  /** Receives an updater, so that quick successive edits never work on a stale column. */
  onChange: (update: (c: EditColumn) => EditColumn) => void;
}) {
  const styles = useStyles();
  const setKind = (kind: EditRoleKind) =>
    onChange((c) => ({
      ...c,
      kind,
      quarter: QUARTER_REQUIRED.has(kind)
        ? (c.quarter ?? resultQuarter ?? 1)
        : QUARTER_OPTIONAL.has(kind)
          ? c.quarter
          : null,
    }));
  return (
    <TableRow>
      <TableCell className={styles.letter}>{column.letter}</TableCell>
      <TableCell>
        <div className={styles.pair}>
          <span className={styles.header}>{column.header || ui.summary.empty}</span>
          <div className={styles.role}>
            <Select
              size="small"
              className={styles.fill}
              aria-label={ui.mapping.roleFor(column.letter)}
              value={column.kind}
              disabled={disabled}
              onChange={(_, d) => setKind(d.value as EditRoleKind)}
            >
              {ROLE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {ui.roles[k]}
                </option>
              ))}
            </Select>
            {hasQuarter(column.kind) && (
              <Select
                size="small"
                className={styles.fill}
                aria-label={ui.mapping.quarterFor(column.letter)}
                value={column.quarter === null ? "" : String(column.quarter)}
                disabled={disabled}
                onChange={(_, d) => {
                  const quarter = d.value === "" ? null : (Number(d.value) as Quarter);
                  onChange((c) => ({ ...c, quarter }));
                }}
              >
                {QUARTER_OPTIONAL.has(column.kind) && (
                  <option value="">
                    {resultQuarter ? ui.mapping.quarterAnyWas(resultQuarter) : ui.mapping.quarterAny}
                  </option>
                )}
                {QUARTERS.map((q) => (
                  <option key={q} value={String(q)}>
                    {ui.quarter.name(q)}
                  </option>
                ))}
              </Select>
            )}
          </div>
        </div>
      </TableCell>
    </TableRow>
  );
}

function TableEditor({
  table,
  grid,
  disabled,
  onChange,
  onRemove,
  resultQuarter,
}: {
  table: EditTable;
  grid: Grid | undefined;
  disabled?: boolean;
  resultQuarter?: Quarter | null;
  /** Receives an updater (see ColumnRow). */
  onChange: (update: (t: EditTable) => EditTable) => void;
  onRemove: () => void;
}) {
  const styles = useStyles();
  const setHeaderRows = (patch: { headerFirst: number } | { headerLast: number }) =>
    onChange((t) => {
      const next = { ...t, ...patch };
      const ok =
        Number.isInteger(next.headerFirst) && Number.isInteger(next.headerLast) && next.headerLast >= next.headerFirst;
      return ok ? refreshHeaders(next, grid) : next;
    });
  return (
    <fieldset className={styles.fieldset} aria-label={ui.mapping.table(table.sheet)}>
      <legend className={styles.legend}>{ui.mapping.table(table.sheet)}</legend>
      {table.readingNote && <Text size={200}>{table.readingNote}</Text>}
      {table.assumptions.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{ui.mapping.assumptions}</MessageBarTitle>
            <ul>
              {table.assumptions.map((a, i) => (
                <li key={i}>{a}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <Field label={ui.mapping.kind}>
        <Select
          className={styles.fill}
          value={table.kind}
          disabled={disabled}
          onChange={(_, d) => {
            const kind = d.value as EditTable["kind"];
            onChange((t) => ({ ...t, kind }));
          }}
        >
          <option value="plan">{ui.mapping.kinds.plan}</option>
          <option value="keyIndicators">{ui.mapping.kinds.keyIndicators}</option>
        </Select>
      </Field>
      <div className={styles.rows}>
        <RowField
          label={ui.mapping.headerFirst}
          disabled={disabled}
          value={table.headerFirst}
          onChange={(v) => setHeaderRows({ headerFirst: v ?? Number.NaN })}
        />
        <RowField
          label={ui.mapping.headerLast}
          disabled={disabled}
          value={table.headerLast}
          onChange={(v) => setHeaderRows({ headerLast: v ?? Number.NaN })}
        />
        <RowField
          label={ui.mapping.dataFirst}
          disabled={disabled}
          value={table.dataFirst}
          onChange={(v) => onChange((t) => ({ ...t, dataFirst: v ?? Number.NaN }))}
        />
        <RowField
          label={ui.mapping.dataLast}
          disabled={disabled}
          value={table.dataLast}
          onChange={(dataLast) => onChange((t) => ({ ...t, dataLast }))}
        />
      </div>
      <Table size="extra-small" className={styles.table} aria-label={ui.mapping.table(table.sheet)}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.letter}>{ui.mapping.colLetter}</TableHeaderCell>
            <TableHeaderCell>
              <span className={styles.pair}>
                <span className={styles.header}>{ui.mapping.colHeader}</span>
                <span className={styles.role}>{ui.mapping.colRole}</span>
              </span>
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {table.columns.map((c) => (
            <ColumnRow
              key={c.letter}
              column={c}
              disabled={disabled}
              resultQuarter={resultQuarter}
              onChange={(update) =>
                onChange((t) => ({
                  ...t,
                  columns: t.columns.map((old) => (old.letter === c.letter ? update(old) : old)),
                }))
              }
            />
          ))}
        </TableBody>
      </Table>
      <div>
        <Button size="small" disabled={disabled} onClick={onRemove}>
          {ui.mapping.removeTable}
        </Button>
      </div>
    </fieldset>
  );
}

export function MappingPanel({
  initialTables,
  grids,
  unsure,
  noTable,
  hasSavedMapping,
  onSave,
  onClear,
  disabled,
  resultQuarter = null,
}: MappingPanelProps) {
  const styles = useStyles();
  const [tables, setTables] = React.useState<EditTable[]>(initialTables);
  const [problems, setProblems] = React.useState<string[]>([]);
  const [notice, setNotice] = React.useState<string | null>(null);
  const [busy, setBusy] = React.useState(false);
  const sheets = (grids ?? []).filter((g) => !g.hidden).map((g) => g.sheet);
  const [newSheet, setNewSheet] = React.useState<string>(sheets[0] ?? "");

  const gridOf = (sheet: string) => grids?.find((g) => g.sheet === sheet);
  const locked = disabled || busy;

  const save = async () => {
    const found = validateTables(tables).map(problemText);
    setProblems(found);
    setNotice(null);
    if (found.length > 0) return;
    setBusy(true);
    const ok = await onSave(toMapping(tables));
    setBusy(false);
    if (ok) setNotice(ui.mapping.saved);
  };

  const clear = async () => {
    setBusy(true);
    const ok = await onClear();
    setBusy(false);
    if (ok) {
      setProblems([]);
      setNotice(ui.mapping.cleared);
    }
  };

  const addTable = () => {
    const grid = gridOf(newSheet || sheets[0]);
    if (grid) setTables((t) => [...t, tableFromGrid(grid)]);
  };

  return (
    <section className={styles.root} aria-labelledby="capaian-mapping-title">
      <Subtitle2 as="h2" id="capaian-mapping-title">
        {ui.mapping.title}
      </Subtitle2>
      {(unsure || noTable) && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{ui.mapping.unsureTitle}</MessageBarTitle>
            {noTable ? ui.mapping.noTableBody : ui.mapping.unsureBody}
          </MessageBarBody>
        </MessageBar>
      )}
      <Text size={200}>{ui.mapping.intro}</Text>
      {tables.length === 0 && <Text>{ui.mapping.noTables}</Text>}
      {tables.map((t) => (
        <TableEditor
          key={t.key}
          table={t}
          grid={gridOf(t.sheet)}
          disabled={locked}
          resultQuarter={resultQuarter}
          onChange={(update) => setTables((all) => all.map((old) => (old.key === t.key ? update(old) : old)))}
          onRemove={() => setTables((all) => all.filter((old) => old.key !== t.key))}
        />
      ))}
      {sheets.length > 0 && (
        <div className={styles.actions}>
          <Field label={ui.mapping.addTableSheet}>
            <Select
              className={styles.fill}
              value={newSheet || sheets[0]}
              disabled={locked}
              onChange={(_, d) => setNewSheet(d.value)}
            >
              {sheets.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </Select>
          </Field>
          <Button disabled={locked} onClick={addTable}>
            {ui.mapping.addTable}
          </Button>
        </div>
      )}
      {problems.length > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <ul>
              {problems.map((p, i) => (
                <li key={i}>{p}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {notice && (
        <MessageBar intent="success">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={locked || tables.length === 0} onClick={() => void save()}>
          {ui.mapping.save}
        </Button>
        {hasSavedMapping && (
          <Button disabled={locked} onClick={() => void clear()}>
            {ui.mapping.clear}
          </Button>
        )}
      </div>
    </section>
  );
}

/** A row-number input; an empty field gives null (the caller decides what that means). */
function RowField(props: {
  label: string;
  disabled?: boolean;
  value: number | null;
  onChange: (value: number | null) => void;
}) {
  const styles = useStyles();
  return (
    <Field label={props.label}>
      <Input
        className={styles.fill}
        type="number"
        min={1}
        disabled={props.disabled}
        value={rowText(props.value)}
        onChange={(_, d) => props.onChange(d.value.trim() === "" ? null : parseRow(d.value))}
      />
    </Field>
  );
}
