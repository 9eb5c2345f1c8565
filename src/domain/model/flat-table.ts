/**
 * Layout C: aggregating a flat export's budget lines per sub-activity (layouts.md). Program,
 * activity and sub-activity rows are made from the hierarchy columns in first-appearance order;
 * their money is the exact sum of their lines. Each made row points at its first line.
 */
import { a1 } from "../grid";
import type { Level, NumCell } from "../types";
import type { ReadFact } from "../facts";
import type { TableLayout } from "../layout/tables";
import type { FlatLevel } from "../layout/flat";
import { cellText, norm } from "../layout/text";
import { codePrefix, parseCode, splitCode } from "../hierarchy/codes";
import { readMoney } from "./money-cell";
import type { ReadRow } from "./plan-table";
import { newReadRow } from "./empty-row";
import { sumMoney } from "../values/rupiah";
import { parseCell } from "../values/parse";
import { formulaRefs } from "../hierarchy/formulas";
import { modelText } from "../../i18n/model";
import { checkAccountLines, outermostLines } from "../hierarchy/accounts";

interface Node {
  row: ReadRow;
  budget: number[];
  spentQuarters: number[][];
  spentToDate: number[][];
  cells: { budget?: string; spentQuarters: (string | undefined)[]; spentToDate: (string | undefined)[] };
  recs: LineRec[];
}

/** One line of a sub-activity: its account code (when the table has an account column) and amounts. */
interface LineRec {
  r: number;
  /** The row has an account code or name (else it is the sub-activity's own row). */
  line: boolean;
  account: string | null;
  name: string;
  money: { kind: "budget" | "spentQuarter" | "spentToDate"; q: number; value: number; cell: string }[];
}

/**
 * The lines that give a sub-activity its money. When the export has an account column and the
 * sub-activity's lines nest (5.1 over 5.1.02 over 5.1.02.01.01.0024) or a row of the sub-activity
 * has no account code (the sub-activity's own row stating its total), only the outermost account
 * lines count; every nesting line and the own row are checked against them (one `sum-mismatch` at
 * the cell that differs). Otherwise every line counts (a DPA list of leaf accounts).
 */
function countedLines(n: Node, sheet: string, facts: ReadFact[]): LineRec[] {
  const accounts = n.recs.filter((x) => x.account);
  const uncoded = n.recs.filter((x) => x.line && !x.account);
  const own = n.recs.filter((x) => !x.line);
  if (accounts.length === 0) return n.recs;
  const rows = accounts.map((x) => {
    const row = newReadRow(0, sheet, x.r);
    row.code = x.account;
    row.name = x.name;
    row.nameCell = x.money[0]?.cell ?? n.row.nameCell;
    const b = x.money.find((m) => m.kind === "budget");
    row.budget = b ? { value: b.value, cell: b.cell } : null;
    return row;
  });
  const outer = outermostLines(rows);
  if (own.length === 0 && outer.length === rows.length) return n.recs;
  const kept = new Set(outermostLines(checkAccountLines(rows, facts)).map((x) => x.row));
  const counted = [...accounts.filter((x) => kept.has(x.r)), ...uncoded];
  const checked = new Set<string>();
  for (const o of own)
    for (const m of o.money) {
      const xs = counted.flatMap((c) =>
        c.money.filter((cm) => cm.kind === m.kind && cm.q === m.q).map((cm) => cm.value),
      );
      if (xs.length === 0 || checked.has(m.cell)) continue;
      checked.add(m.cell);
      const sum = sumMoney(xs);
      const at = { sheet, row: o.r, cell: m.cell, code: n.row.code, name: n.row.name };
      facts.push({
        kind: "statedTotal",
        at,
        stated: m.value,
        computed: sum,
        says: { text: "subTotal", label: n.row.code ?? n.row.name },
      });
    }
  return counted;
}

function codeAndName(
  t: TableLayout,
  r: number,
  cols: { code?: number; name?: number },
  rowName?: number,
): { code: string | null; name: string } | null {
  const v = t.view;
  const codeText = cols.code !== undefined ? cellText(v.raw(r, cols.code)) : "";
  const nameText = cols.name !== undefined ? cellText(v.raw(r, cols.name)) : "";
  if (cols.code === cols.name) {
    if (codeText === "") return null;
    // A bare code ("1.02.01" in a Program column): the row's own name stands in the Uraian column.
    const bare = splitCode(codeText.trim().replace(/\.$/, ""));
    if (bare) {
      const named = rowName !== undefined ? cellText(v.raw(r, rowName)) : "";
      return { code: bare.join("."), name: named || codeText };
    }
    const p =
      codePrefix(codeText) ??
      (() => {
        const m = /^\s*([\d.]+)\s+(.*)$/.exec(codeText);
        return m && splitCode(m[1]) ? { code: m[1], rest: m[2] } : null;
      })();
    return p ? { code: splitCode(p.code)!.join("."), name: p.rest } : { code: null, name: codeText };
  }
  if (codeText === "" && nameText === "") return null;
  const segs = codeText ? splitCode(codeText) : null;
  return { code: segs ? segs.join(".") : codeText || null, name: nameText || codeText };
}

/** The agency of a row: its SKPD / OPD cells ("" when the table has no agency column). */
function agencyOf(t: TableLayout, r: number, cols: number[]): string {
  return cols
    .map((c) => cellText(t.view.raw(r, c)))
    .filter((s) => s !== "")
    .join(" ");
}

/**
 * The activity and program of a sub-activity code when the table has no column for them:
 * nomenclature U.BB.PP.K.AA.SS → U.BB.PP.K.AA and U.BB.PP; local outline P.K.S → P.K and P.
 */
function derivedParents(
  sub: { code: string | null; name: string } | null,
): Partial<Record<FlatLevel, { code: string; name: string }>> | null {
  const p = sub?.code ? parseCode(sub.code, "nomenclature") : null;
  if (!p || p.level !== "subactivity") return null;
  const segs = p.segments;
  const programLength = p.kind === "nomenclature" ? 3 : 1;
  const program = segs.slice(0, programLength).join(".");
  const activity = segs.slice(0, segs.length - 1).join(".");
  return {
    program: { code: program, name: modelText.derivedName("program", program) },
    activity: { code: activity, name: modelText.derivedName("activity", activity) },
  };
}

export function readFlatTable(t: TableLayout, nextId: () => number, facts: ReadFact[]): ReadRow[] {
  const v = t.view;
  const levels = t.flat!.levels;
  const roles = [...t.roles.entries()];
  const budgetCol = roles.find(([, r]) => r.kind === "budget")?.[0];
  const spentQ = roles.filter(([, r]) => r.kind === "spentQuarter") as [
    number,
    { kind: "spentQuarter"; quarter: 1 | 2 | 3 | 4 },
  ][];
  const spentD = roles.filter(([, r]) => r.kind === "spentToDate") as [
    number,
    { kind: "spentToDate"; quarter: 1 | 2 | 3 | 4 },
  ][];
  const lineless: number[] = [];
  const lineRows: number[] = [];
  const nodes = new Map<string, Node>();
  const order: Node[] = [];
  const planLevels: [FlatLevel, Level][] = [
    ["program", "program"],
    ["activity", "activity"],
    ["subactivity", "subactivity"],
  ];

  const accountCols = levels.account;
  const ownRows: { node: Node; r: number }[] = [];
  const levelCols = new Set(Object.values(levels).flatMap((c) => [c.code, c.name]));
  const rowName = roles.find(([c, role]) => role.kind === "name" && !levelCols.has(c))?.[0];
  const agencyCols = roles.filter(([, role]) => role.kind === "agency").map(([c]) => c);
  let lastAgency = "";
  for (let r = t.table.dataRows.first; r <= t.table.dataRows.last; r++) {
    // Several agencies in one table: each agency's hierarchy is its own (the same code in two is two rows).
    // An empty agency cell is the agency above (cells left blank under the first line of a block).
    const agency = (lastAgency = agencyOf(t, r, agencyCols) || lastAgency);
    let key = agency;
    let leaf: Node | null = null;
    let parent: Node | null = null;
    const derived = t.flat!.derive ? derivedParents(codeAndName(t, r, levels.subactivity ?? {})) : null;
    for (const [fl, level] of planLevels) {
      const cols = levels[fl];
      const id = derived?.[fl] ?? (cols ? codeAndName(t, r, cols, rowName) : null);
      if (!id) continue;
      key += `|${id.code ?? norm(id.name)}`;
      let node = nodes.get(key);
      if (!node) {
        const row = newReadRow(nextId(), v.sheet, r);
        row.level = level;
        row.levelSource = "code";
        row.code = id.code;
        row.codeInfo = id.code ? parseCode(id.code, "nomenclature") : null;
        row.name = id.name;
        row.nameCell = a1(r, cols ? (cols.name ?? cols.code!) : (levels.subactivity?.name ?? t.view.firstCol));
        row.parentId = parent?.row.id ?? null;
        if (agency) [row.agency, row.scope] = [agency, agency];
        node = {
          row,
          budget: [],
          spentQuarters: [[], [], [], []],
          spentToDate: [[], [], [], []],
          cells: { spentQuarters: [], spentToDate: [] },
          recs: [],
        };
        nodes.set(key, node);
        order.push(node);
      }
      parent = node;
      leaf = node;
    }
    if (!leaf) {
      lineless.push(r); // no hierarchy on this row: a total or helper row, checked below
      continue;
    }
    if (leaf.row.level !== "subactivity") {
      // A program / kegiatan row of its own (a code column per level): its amounts are checked below.
      ownRows.push({ node: leaf, r });
      continue;
    }
    lineRows.push(r);
    const ctx = { sheet: v.sheet, row: r, code: leaf.row.code, name: leaf.row.name };
    const take = (col: number, what: string): number | null =>
      readMoney(t, r, col, what, ctx, facts).num?.value ?? null;
    const acc = accountCols ? codeAndName(t, r, accountCols, rowName) : null;
    const rec: LineRec = {
      r,
      line: acc !== null,
      account: acc?.code ?? null,
      name: acc?.name ?? leaf.row.name,
      money: [],
    };
    if (budgetCol !== undefined) {
      const x = take(budgetCol, "budget");
      if (x !== null) rec.money.push({ kind: "budget", q: 0, value: x, cell: a1(r, budgetCol) });
    }
    for (const [col, role] of spentQ) {
      const x = take(col, "spentQuarter");
      if (x !== null) rec.money.push({ kind: "spentQuarter", q: role.quarter - 1, value: x, cell: a1(r, col) });
    }
    for (const [col, role] of spentD) {
      const x = take(col, "spentToDate");
      if (x === null) continue;
      // Quarter 0: the export names no quarter — its figure is "to date" for the quarter computed.
      for (const q of (role.quarter as number) === 0 ? [0, 1, 2, 3] : [role.quarter - 1])
        rec.money.push({ kind: "spentToDate", q, value: x, cell: a1(r, col) });
    }
    leaf.recs.push(rec);
  }
  for (const n of order) {
    if (n.row.level !== "subactivity") continue;
    for (const rec of countedLines(n, v.sheet, facts))
      for (const m of rec.money) {
        const [list, cells] =
          m.kind === "budget"
            ? [n.budget, null]
            : m.kind === "spentQuarter"
              ? [n.spentQuarters[m.q], n.cells.spentQuarters]
              : [n.spentToDate[m.q], n.cells.spentToDate];
        list.push(m.value);
        if (cells) cells[m.q] ??= m.cell;
        else n.cells.budget ??= m.cell;
      }
  }
  const money = (list: number[], cell: string | undefined, fallback: string): NumCell | null =>
    list.length === 0 ? null : { value: sumMoney(list), cell: cell ?? fallback };
  for (const n of order) {
    if (n.row.level !== "subactivity") continue;
    n.row.budget = money(n.budget, n.cells.budget, n.row.nameCell);
    for (let q = 0; q < 4; q++) {
      n.row.spentQuarters[q] = money(n.spentQuarters[q], n.cells.spentQuarters[q], n.row.nameCell);
      n.row.spentToDateStated[q] = money(n.spentToDate[q], n.cells.spentToDate[q], n.row.nameCell);
    }
  }
  checkOwnRows(t, ownRows, order, budgetCol, spentQ, spentD, facts);
  checkStatedTotals(
    t,
    [...lineless, ...rowsAbove(t)],
    lineRows,
    [budgetCol, ...spentQ.map(([c]) => c), ...spentD.map(([c]) => c)],
    facts,
  );
  return order.map((n) => n.row);
}

/**
 * A program or kegiatan row of a flat export with a code column per level states its own amounts:
 * each is recorded with the sum of its sub-activities (a `sum-mismatch` at the cell that differs).
 */
function checkOwnRows(
  t: TableLayout,
  own: { node: Node; r: number }[],
  order: Node[],
  budgetCol: number | undefined,
  spentQ: [number, { quarter: 1 | 2 | 3 | 4 }][],
  spentD: [number, { quarter: 1 | 2 | 3 | 4 }][],
  facts: ReadFact[],
): void {
  if (own.length === 0) return;
  const byId = new Map(order.map((n) => [n.row.id, n]));
  // Each sub-activity under every node above it (one walk per sub-activity, not per node).
  const under = new Map<Node, Node[]>();
  for (const n of order) {
    if (n.row.level !== "subactivity") continue;
    for (let p = byId.get(n.row.parentId ?? -1); p; p = byId.get(p.row.parentId ?? -1)) {
      const list = under.get(p) ?? [];
      list.push(n);
      under.set(p, list);
    }
  }
  const subsUnder = (node: Node) => under.get(node) ?? [];
  const cols: [number, (r: ReadRow) => NumCell | null][] = [];
  if (budgetCol !== undefined) cols.push([budgetCol, (r) => r.budget]);
  for (const [c, role] of spentQ) cols.push([c, (r) => r.spentQuarters[role.quarter - 1] ?? null]);
  for (const [c, role] of spentD)
    cols.push([c, (r) => r.spentToDateStated[Math.max(0, (role.quarter as number) - 1)] ?? null]);
  for (const { node, r } of own) {
    const subs = subsUnder(node);
    if (subs.length === 0) continue;
    for (const [col, get] of cols) {
      const p = parseCell(t.view.raw(r, col));
      if (p.kind !== "number") continue;
      const stated = p.value * (t.amountScale ?? 1);
      const xs = subs.map((n) => get(n.row)?.value ?? null).filter((x): x is number => x !== null);
      if (xs.length === 0) continue;
      const sum = sumMoney(xs);
      const at = { sheet: t.view.sheet, row: r, cell: a1(r, col), code: node.row.code, name: node.row.name };
      const says = { text: "levelTotal", label: node.row.code ?? node.row.name } as const;
      facts.push({ kind: "statedTotal", at, stated, computed: sum, says });
    }
  }
}

/** Rows above the header (a SUBTOTAL helper cell over the whole column sits there in SIPD exports). */
function rowsAbove(t: TableLayout): number[] {
  const out: number[] = [];
  for (let r = t.view.firstRow; r < t.table.headerRows.first; r++) out.push(r);
  return out;
}

/**
 * Helper and total rows of a flat export (layouts.md): a `SUM` / `SUBTOTAL` cell whose range covers
 * every budget line of the table states the column's total; when it disagrees with the exact sum
 * of the lines, that is a `sum-mismatch` on that cell (recorded here, judged in checks/).
 */
function checkStatedTotals(
  t: TableLayout,
  candidates: number[],
  lineRows: number[],
  cols: (number | undefined)[],
  facts: ReadFact[],
): void {
  if (lineRows.length === 0) return;
  const first = lineRows[0];
  const last = lineRows[lineRows.length - 1];
  for (const col of cols) {
    if (col === undefined) continue;
    let total: number | null = null;
    for (const r of candidates) {
      const cell = t.view.raw(r, col);
      const refs = cell.formula ? formulaRefs(cell.formula, col) : null;
      if (!refs || !refs.isSum || typeof cell.value !== "number") continue;
      if (refs.rows[0] > first || refs.rows[refs.rows.length - 1] < last) continue;
      total ??= sumMoney(
        lineRows.map((lr) => {
          const p = parseCell(t.view.raw(lr, col));
          return p.kind === "number" ? p.value : null;
        }),
      );
      const at = { sheet: t.view.sheet, row: r, cell: a1(r, col), code: null, name: null };
      facts.push({ kind: "statedTotal", at, stated: cell.value, computed: total, says: { text: "helperTotal" } });
    }
  }
}
