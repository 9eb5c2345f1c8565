/**
 * The report's tables and paragraphs as clipboard content for Word: an HTML fragment (a real
 * <table> with borders, bold program and activity rows, indented names) and the same as plain
 * text (tab-separated). Built from the engine's SheetSpecs (Capaian, Narasi), so the pasted
 * numbers are the sheets' numbers. HTML is built as a string with every text escaped; it is only
 * ever put on the clipboard, never into the page.
 */
import type { SheetColumn, SheetRow, SheetSpec, SpecValue } from "../../domain/types";
import { formatNumber } from "../../domain/values/format";
import { roundToString } from "../../domain/values/round";

export interface CopyTable {
  title: string;
  columns: SheetColumn[];
  rows: SheetRow[];
}

export interface CopyNarrative {
  title: string;
  /** Heading (e.g. "1.1 Kegiatan …") and paragraph, in order. */
  items: { heading: string; paragraph: string; level: SheetRow["style"] }[];
}

export interface ClipboardContent {
  html: string;
  text: string;
}

function isBlank(r: SheetRow): boolean {
  return !r.style && r.cells.every((c) => c === null || c === "");
}

/**
 * The titled tables of a sheet built as blocks (Capaian): the first block's title is the last
 * title line and its header the sheet's columns; each further block starts with a caption row
 * and a header row; a blank row ends a block. Rows after the last titled block (the plan total)
 * are not part of any program's table.
 */
export function sheetTables(spec: SheetSpec): CopyTable[] {
  const tables: CopyTable[] = [];
  const firstTitle = spec.title && spec.title.length ? spec.title[spec.title.length - 1] : spec.name;
  let cur: CopyTable | null = { title: firstTitle, columns: spec.columns, rows: [] };
  for (const r of spec.rows) {
    if (isBlank(r)) {
      if (cur && cur.rows.length) tables.push(cur);
      cur = null;
    } else if (r.style === "caption") {
      cur = { title: String(r.cells[0] ?? ""), columns: spec.columns, rows: [] };
    } else if (r.style === "header" || r.style === "total") {
      // the block's own header (the same columns); the plan's total belongs to no program
    } else if (cur) cur.rows.push(r);
  }
  if (cur && cur.rows.length) tables.push(cur);
  return tables;
}

/** The Narasi sheet's blocks: caption, then heading row + paragraph row per plan row. */
export function sheetNarratives(spec: SheetSpec): CopyNarrative[] {
  const out: CopyNarrative[] = [];
  const firstTitle = spec.title && spec.title.length ? spec.title[spec.title.length - 1] : spec.name;
  let cur: CopyNarrative = { title: firstTitle, items: [] };
  let heading: { text: string; level: SheetRow["style"] } | null = null;
  for (const r of spec.rows) {
    if (isBlank(r)) continue;
    if (r.style === "caption") {
      if (cur.items.length) out.push(cur);
      cur = { title: String(r.cells[0] ?? ""), items: [] };
    } else if (r.style && r.style !== "normal") {
      heading = { text: [r.cells[0], r.cells[1]].filter((x) => x !== null && x !== "").join(" "), level: r.style };
    } else if (heading && typeof r.cells[1] === "string") {
      cur.items.push({ heading: heading.text, paragraph: r.cells[1], level: heading.level });
      heading = null;
    }
  }
  if (cur.items.length) out.push(cur);
  return out;
}

/** A cell as the sheet shows it, Indonesian style ("1.234.567", "55,56"). */
export function displayValue(v: SpecValue, format: string | null | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (!Number.isFinite(v)) return "";
  if (format === "#,##0" || format === "0") return formatNumber(v, 0);
  if (format === "0.00") return formatNumber(v, 2);
  const s = roundToString(v, 2).replace(/\.?0+$/, "");
  return formatNumber(v, s.includes(".") ? s.split(".")[1].length : 0);
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]).replace(/\r?\n/g, "<br>");
}

const CELL = "border:1px solid #000;padding:2px 4px;vertical-align:top;";
const BOLD_STYLES = new Set<SheetRow["style"]>(["program", "activity", "total", "header"]);

function tableHtml(t: CopyTable): string {
  const head = t.columns
    .map((c) => `<th style="${CELL}background:#D9E1F2;text-align:center;">${escapeHtml(c.header)}</th>`)
    .join("");
  const body = t.rows
    .map((r) => {
      const bold = BOLD_STYLES.has(r.style) ? "font-weight:bold;" : "";
      const tds = t.columns
        .map((c, i) => {
          const v = r.cells[i] ?? null;
          const align = typeof v === "number" ? "text-align:right;" : "";
          const indent = c.indent && r.indent ? `padding-left:${4 + r.indent * 12}px;` : "";
          const text = displayValue(v, r.numberFormats?.[i] ?? c.numberFormat);
          return `<td style="${CELL}${bold}${align}${indent}">${escapeHtml(text)}</td>`;
        })
        .join("");
      return `<tr>${tds}</tr>`;
    })
    .join("");
  return (
    `<p style="font-weight:bold;">${escapeHtml(t.title)}</p>` +
    `<table border="1" cellspacing="0" cellpadding="2" style="border-collapse:collapse;font-size:9pt;">` +
    `<thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`
  );
}

function tableText(t: CopyTable): string {
  const line = (cells: string[]) => cells.map((c) => c.replace(/[\t\r\n]+/g, " ")).join("\t");
  return [
    t.title,
    line(t.columns.map((c) => c.header)),
    ...t.rows.map((r) =>
      line(t.columns.map((c, i) => displayValue(r.cells[i] ?? null, r.numberFormats?.[i] ?? c.numberFormat))),
    ),
  ].join("\n");
}

export function tableClipboard(t: CopyTable): ClipboardContent {
  return { html: tableHtml(t), text: tableText(t) };
}

export function narrativeClipboard(n: CopyNarrative): ClipboardContent {
  const html =
    `<p style="font-weight:bold;">${escapeHtml(n.title)}</p>` +
    n.items
      .map(
        (i) =>
          `<p style="font-weight:bold;margin-bottom:0;">${escapeHtml(i.heading)}</p>` +
          `<p style="text-align:justify;margin-top:0;">${escapeHtml(i.paragraph)}</p>`,
      )
      .join("");
  const text = [n.title, ...n.items.map((i) => `${i.heading}\n${i.paragraph}`)].join("\n\n");
  return { html, text };
}
