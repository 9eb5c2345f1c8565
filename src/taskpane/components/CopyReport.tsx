/**
 * "Salin ke laporan": per program, a "Salin tabel" button (the Capaian block as an HTML table with
 * borders + plain text) and a "Salin narasi" button (the Narasi paragraphs), for pasting into the
 * Word report. Content comes from the result's sheet specs (report-copy.ts).
 */
import * as React from "react";
import { Button, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Result } from "../../domain/types";
import { SHEET_NAMES } from "../../i18n/report";
import { ui } from "../../i18n/ui";
import { copyRich } from "./clipboard";
import { narrativeClipboard, sheetNarratives, sheetTables, tableClipboard, type ClipboardContent } from "./report-copy";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  title: { overflowWrap: "anywhere" },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

export function CopyReport({ result }: { result: Result }) {
  const styles = useStyles();
  const [status, setStatus] = React.useState("");
  const blocks = React.useMemo(() => {
    const capaian = result.sheets.find((s) => s.name === SHEET_NAMES.capaian);
    const narasi = result.sheets.find((s) => s.name === SHEET_NAMES.narasi);
    const tables = capaian ? sheetTables(capaian) : [];
    const narratives = narasi ? sheetNarratives(narasi) : [];
    return tables.map((t, i) => ({ table: t, narrative: narratives[i] ?? null }));
  }, [result]);
  if (blocks.length === 0) return null;

  const copy = async (content: ClipboardContent, done: string) => {
    const ok = await copyRich(content);
    setStatus(ok ? done : ui.copy.failed);
  };

  return (
    <section className={styles.root} aria-labelledby="capaian-copy-title">
      <Subtitle2 as="h2" id="capaian-copy-title">
        {ui.copy.title}
      </Subtitle2>
      <Text size={200}>{ui.copy.intro}</Text>
      <ul className={styles.list}>
        {blocks.map(({ table, narrative }) => (
          <li key={table.title} className={styles.item}>
            <Text size={200} className={styles.title}>
              {table.title}
            </Text>
            <div className={styles.buttons}>
              <Button
                size="small"
                aria-label={ui.copy.tableLabel(table.title)}
                onClick={() => void copy(tableClipboard(table), ui.copy.copiedTable(table.title))}
              >
                {ui.copy.table}
              </Button>
              {narrative && (
                <Button
                  size="small"
                  aria-label={ui.copy.narrativeLabel(narrative.title)}
                  onClick={() => void copy(narrativeClipboard(narrative), ui.copy.copiedNarrative(narrative.title))}
                >
                  {ui.copy.narrative}
                </Button>
              )}
            </div>
          </li>
        ))}
      </ul>
      <Text size={200} role="status" aria-live="polite" data-testid="copy-status">
        {status}
      </Text>
    </section>
  );
}
