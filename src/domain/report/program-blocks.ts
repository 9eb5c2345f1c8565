/**
 * The plan rows cut into one block per program, as the report prints them (one "Tabel 3.x" and
 * one series of paragraphs per program): the program row, then its activities and sub-activities
 * in workbook order. Group rows (urusan / bidang headings) start no block and are not repeated.
 * Rows before the first program (a plan without program rows) form a block without a program.
 * Each row gets an outline number inside its block: program "1", activity "1.2", sub-activity
 * "1.2.3" (the block number first); further indicator lines of a row get none.
 */
import type { CalculatedRow, Finding, Level } from "../types";
import { planRows } from "./common";

export interface BlockRow {
  row: CalculatedRow;
  /** Outline number ("1", "1.2", "1.2.3"), "" for a further indicator line of the row above. */
  no: string;
  /** 0 program, 1 activity, 2 sub-activity. */
  indent: number;
}

export interface ProgramBlock {
  /** 1-based block number (the x of "Tabel 3.x"). */
  no: number;
  program: CalculatedRow | null;
  rows: BlockRow[];
}

const INDENT: Record<Level, number> = { group: 0, program: 0, activity: 1, subactivity: 2 };

export function programBlocks(rows: CalculatedRow[]): ProgramBlock[] {
  const blocks: ProgramBlock[] = [];
  let cur: ProgramBlock | null = null;
  let activity = 0;
  let sub = 0;
  for (const r of planRows(rows)) {
    if (r.level === "group") continue;
    if (r.level === "program" && r.continuationOf == null) {
      cur = { no: blocks.length + 1, program: r, rows: [] };
      blocks.push(cur);
      activity = 0;
      sub = 0;
    } else if (!cur) {
      cur = { no: blocks.length + 1, program: null, rows: [] };
      blocks.push(cur);
    }
    let no = "";
    if (r.continuationOf == null) {
      if (r.level === "activity") {
        activity++;
        sub = 0;
        no = `${cur.no}.${activity}`;
      } else if (r.level === "subactivity") {
        sub++;
        no = activity > 0 ? `${cur.no}.${activity}.${sub}` : `${cur.no}.${sub}`;
      } else no = String(cur.no);
    }
    cur.rows.push({ row: r, no, indent: INDENT[r.level] });
  }
  return blocks;
}

/** Rules whose finding compares a value the agency wrote with the one computed from its inputs. */
const STATED_RULES: ReadonlySet<Finding["rule"]> = new Set<Finding["rule"]>(["stated-value-mismatch", "sum-mismatch"]);

/**
 * The findings that say a value written in the row differs from the computed one (a number on the
 * computed side; the stated one may be the cell's text), by sheet and row — the checks decide
 * what "differs" means, the report only shows it.
 */
export function statedDifferences(findings: Finding[]): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  for (const f of findings) {
    const stated = typeof f.stated === "number" || (typeof f.stated === "string" && f.stated.trim() !== "");
    if (!STATED_RULES.has(f.rule) || !stated || typeof f.computed !== "number") continue;
    const key = rowKey(f.sheet, f.row);
    const list = out.get(key) ?? [];
    list.push(f);
    out.set(key, list);
  }
  return out;
}

export function rowKey(sheet: string, row: number): string {
  return `${sheet}\u0000${row}`;
}
