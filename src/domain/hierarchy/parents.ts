/**
 * Parents and children (domain.md §3): children belong to the nearest preceding row of the level
 * above (by code prefix when both rows have codes). Records what `hierarchy` and `duplicate-code`
 * judge (checks/), and each sub-activity's amounts against its account lines (`sum-mismatch`).
 * Also settles uncertain levels from layout hints (signal 5) and folds budget-account lines into
 * their sub-activity.
 */
import type { Level } from "../types";
import type { FactOf, FactPlace, ReadFact } from "../facts";
import type { ReadRow } from "./read-row";
import { applyFormulaStructure } from "./formula-tree";
import { sumMoney, isMoneyDifferent } from "../values/rupiah";
import { checkAccountLines, outermostLines } from "./accounts";

const ABOVE: Record<Level, Level | null> = {
  group: null,
  program: "group",
  activity: "program",
  subactivity: "activity",
};
const RANK: Record<Level, number> = { group: 0, program: 1, activity: 2, subactivity: 3 };

/** A fact about a row, at its name cell. */
function placeOfRow(row: ReadRow, cell = row.nameCell): FactPlace {
  return { sheet: row.sheet, row: row.row, cell, code: row.code, name: row.name };
}

/** Signal 5: indentation learnt from rows whose level is certain, then indicator wording, then bold. */
function settleUncertain(rows: ReadRow[], guesses: FactOf<"levelGuessed">[]): void {
  const indentLevel = new Map<number, Level>();
  for (const r of rows)
    if (!r.levelUncertain && !r.isTotal && !r.isAccountLine && r.indent > 0 && r.level !== "group")
      indentLevel.set(r.indent, r.level);
  // Nothing to learn from, but the uncertain rows are indented at several depths: the shallowest
  // are programs (three depths) or activities (two), the deepest sub-activities.
  if (indentLevel.size === 0) {
    const depths = [...new Set(rows.filter((r) => r.levelUncertain && !r.isTotal).map((r) => r.indent))].sort(
      (a, b) => a - b,
    );
    const byRank: Level[] = depths.length >= 3 ? ["program", "activity", "subactivity"] : ["activity", "subactivity"];
    if (depths.length >= 2) depths.forEach((d, i) => indentLevel.set(d, byRank[Math.min(i, byRank.length - 1)]));
  }
  for (const r of rows) {
    if (!r.levelUncertain) continue;
    const ind = (r.indicator ?? "").trim().toLowerCase();
    let level: Level = "subactivity";
    if (indentLevel.has(r.indent)) level = indentLevel.get(r.indent)!;
    else if (/^(persentase|tingkat|indeks|rasio|nilai|predikat|cakupan)/.test(ind))
      level = r.bold ? "program" : "activity";
    else if (/^(jumlah|banyaknya|terlaksananya|tersedianya)/.test(ind)) level = "subactivity";
    else if (r.bold) level = "activity";
    r.level = level;
    r.levelSource = "layout";
    guesses.push({ kind: "levelGuessed", at: placeOfRow(r), level });
  }
}

/**
 * Levels guessed from layout are confirmed by the workbook's own arithmetic (layouts.md "A reading is
 * checked by the workbook's own arithmetic") when the parent–children budget equations that involve
 * a guessed row hold (at least four in five) and every guessed row is in one: then the per-row
 * warnings give way to one `layout` info. Returns the number of equations, or 0 when not confirmed.
 */
function leafBudget(r: ReadRow, byId: Map<number, ReadRow>, depth: number): number | null {
  const kids = r.childIds.map((id) => byId.get(id)!).filter((k) => k.continuationOf === undefined);
  if (kids.length === 0 || depth > 50) return r.budget?.value ?? null;
  const values = kids.map((k) => leafBudget(k, byId, depth + 1));
  return values.some((v) => v === null) ? null : sumMoney(values);
}

function confirmedBySums(plan: ReadRow[]): number {
  const byId = new Map(plan.map((r) => [r.id, r]));
  const guessed = plan.filter((r) => r.levelSource === "layout" && !r.isTotal);
  if (guessed.length === 0) return 0;
  const covered = new Set<ReadRow>();
  let holds = 0;
  let fails = 0;
  for (const p of plan) {
    if (p.isTotal || p.childIds.length === 0) continue;
    const kids = p.childIds.map((id) => byId.get(id)!).filter((k) => k.continuationOf === undefined);
    if (p.levelSource !== "layout" && kids.every((k) => k.levelSource !== "layout")) continue;
    const stated = p.budget?.value ?? null;
    const values = kids.map((k) => k.budget?.value ?? null);
    if (stated === null || values.some((v) => v === null)) return 0;
    // Against the children's stated amounts or the leaves' (a wrong amount then breaks one equation).
    const leaves = leafBudget(p, byId, 0);
    if (isMoneyDifferent(stated, sumMoney(values)) && (leaves === null || isMoneyDifferent(stated, leaves))) fails++;
    else holds++;
    covered.add(p);
    for (const k of kids) covered.add(k);
  }
  // A wrong amount breaks one equation (flagged by sum-mismatch); the levels stand when at least four
  // in five hold.
  return guessed.every((r) => covered.has(r)) && fails * 4 <= holds ? holds : 0;
}

/** Link parents within one table; returns the plan rows (account lines folded away). */
export function linkTable(rows: ReadRow[], facts: ReadFact[]): ReadRow[] {
  const formulaParent = applyFormulaStructure(rows, facts);
  const guesses: FactOf<"levelGuessed">[] = [];
  settleUncertain(rows, guesses);
  const plan: ReadRow[] = [];
  const lastOf: Partial<Record<Level, ReadRow>> = {};
  const seen = new Map<string, ReadRow>();
  // Latest row per (scope, code): parents are found by code prefix in constant time per row.
  const lastByCode = new Map<string, ReadRow>();
  const byCodePrefix = (r: ReadRow, ok: (p: ReadRow) => boolean): ReadRow | undefined => {
    const segs = r.code!.split(".");
    for (let n = segs.length - 1; n >= 1; n--) {
      const p =
        lastByCode.get(`${r.scope}|${segs.slice(0, n).join(".")}`) ?? lastByCode.get(`|${segs.slice(0, n).join(".")}`);
      if (p && p !== r && !p.isTotal && ok(p)) return p;
    }
    return undefined;
  };
  const accounts = new Map<ReadRow, ReadRow[]>();
  for (const r of rows) {
    if (r.isAccountLine) {
      // Details of the nearest plan row: its sub-activity, else the kegiatan (or program) they follow.
      const sub = lastOf.subactivity ?? lastOf.activity ?? lastOf.program;
      if (sub) {
        const list = accounts.get(sub) ?? [];
        list.push(r);
        accounts.set(sub, list);
      }
      continue;
    }
    plan.push(r);
    if (r.isTotal) continue;
    if (r.continuation) {
      const prev = plan[plan.length - 2];
      r.parentId = prev?.parentId ?? null;
      continue;
    }
    if (r.code) {
      const key = `${r.scope}|${r.code}`;
      const first = seen.get(key);
      if (first)
        facts.push({ kind: "duplicateCode", at: placeOfRow(r), code: r.code, firstRow: first.row, account: false });
      else seen.set(key, r);
      lastByCode.set(key, r);
    }
    const want = ABOVE[r.level];
    if (r.level === "group" && r.textOnly && (lastOf.activity || lastOf.subactivity)) {
      // A text-only line inside a program's block (a sub-heading): it does not end the block.
      r.parentId = null;
      continue;
    }
    if (r.level === "group") {
      // A group nests under the nearest group whose code is a prefix of its own.
      // A unit row (bidang code + organisation code) sits under the bidang row of the same code.
      const sameCode = r.scope ? lastByCode.get(`|${r.code}`) : undefined;
      const parent = r.code
        ? sameCode && sameCode.level === "group"
          ? sameCode
          : byCodePrefix(r, (p) => p.level === "group")
        : undefined;
      // Without codes, the group whose SUM formula names this group (urusan = bidang + …) is its parent.
      const named = formulaParent.get(r);
      r.parentId = parent?.id ?? (named && named.level === "group" && !named.isTotal ? named.id : null);
      lastOf.group = r;
      delete lastOf.program;
      delete lastOf.activity;
      delete lastOf.subactivity;
      continue;
    }
    let parent = want ? lastOf[want] : undefined;
    // Prefer the parent named by the code (1.2 → program 1) when codes are there.
    if (r.code && r.codeInfo?.level) {
      const byCode = byCodePrefix(r, (p) => p.level === want);
      if (byCode) parent = byCode;
      // One code column for every level: the organisation row under the bidang sits between the
      // bidang and its programs (1.02 → 1.02.2.14.0.00.01.0000 → 1.02.01).
      const org = lastOf.group;
      if (parent && parent.level === "group" && org?.codeInfo?.kind === "organisation" && org.parentId === parent.id)
        parent = org;
    }
    // A parent's SUM formula naming this row is the strongest structure signal (§3.4).
    const named = formulaParent.get(r);
    if (named && want && named.level === want) parent = named;
    if (parent) r.parentId = parent.id;
    else if (r.level !== "program") {
      // Skipped level: attach to the nearest row of any higher level so money still adds up.
      const higher = (["activity", "program", "group"] as Level[])
        .filter((l) => RANK[l] < RANK[r.level])
        .map((l) => lastOf[l])
        .find((x) => x);
      r.parentId = higher?.id ?? null;
      // A row whose level was guessed already has its one hierarchy finding (uncertain level); its
      // missing parent follows from that guess: one defect, one finding (domain.md §6 Precision).
      facts.push({
        kind: "parentMissing",
        at: placeOfRow(r),
        level: r.level,
        want: want!,
        higher: higher?.level ?? null,
        levelGuessed: r.levelSource === "layout",
      });
    } else r.parentId = lastOf.group?.id ?? null;
    lastOf[r.level] = r;
    if (r.level === "program") {
      delete lastOf.activity;
      delete lastOf.subactivity;
    } else if (r.level === "activity") delete lastOf.subactivity;
  }
  foldAccounts(accounts, facts);
  const byId = new Map(plan.map((r) => [r.id, r]));
  for (const r of plan) if (r.parentId !== null) byId.get(r.parentId)?.childIds.push(r.id);
  const sums = confirmedBySums(plan);
  // Confirmed by the sums, the guesses give way to one layout info (at the first guessed row).
  if (sums > 0 && guesses.length > 0)
    facts.push({
      kind: "layoutNote",
      at: guesses[0].at,
      says: { text: "levelsFromLayout", rows: guesses.length, sums },
    });
  else facts.push(...guesses);
  return plan;
}

const reported = new WeakMap<ReadRow, Set<string>>();

/** A sub-activity's stated spending against its account lines: the lines' sum counts; a difference is one finding at the cell. */
function foldSpent(
  sub: ReadRow,
  stated: ReadRow["spentToDateStated"][number],
  amounts: number[],
  lineCell: string,
  facts: ReadFact[],
): ReadRow["spentToDateStated"][number] {
  const sum = sumMoney(amounts);
  if (!stated || stated.value === null) return { value: sum, cell: lineCell };
  if (!isMoneyDifferent(stated.value, sum)) return stated;
  // One column stating "to date" for every quarter is one cell: reported once.
  const seen = reported.get(sub) ?? new Set<string>();
  reported.set(sub, seen);
  if (!seen.has(stated.cell)) {
    seen.add(stated.cell);
    facts.push(accountFact(sub, stated.cell, stated.value, sum, "accountSpent"));
  }
  return { value: sum, cell: stated.cell };
}

function accountFact(
  sub: ReadRow,
  cell: string,
  stated: number,
  sum: number,
  text: "accountBudget" | "accountSpent",
): ReadFact {
  return { kind: "statedTotal", at: placeOfRow(sub, cell), stated, computed: sum, says: { text } };
}

/** Budget-account lines: their sum is the sub-activity's budget, or is checked against it. */
function foldAccounts(accounts: Map<ReadRow, ReadRow[]>, facts: ReadFact[]): void {
  for (const [sub, all] of accounts) {
    // Accounts nest (5.1.02 → 5.1.02.01 → …): each is checked against the lines in it, and only
    // the outermost lines add up to the sub-activity.
    const lines = outermostLines(checkAccountLines(all, facts));
    const amounts = lines.map((l) => l.budget?.value ?? null).filter((x): x is number => x !== null);
    if (amounts.length === 0) continue;
    const sum = sumMoney(amounts);
    if (!sub.budget || sub.budget.value === null) {
      sub.budget = { value: sum, cell: lines[0].budget?.cell ?? sub.nameCell };
    } else if (isMoneyDifferent(sub.budget.value, sum)) {
      facts.push(accountFact(sub, sub.budget.cell, sub.budget.value, sum, "accountBudget"));
      // The bottom-up figure counts (the parents are checked against it): one defect, one finding.
      sub.budget = { value: sum, cell: sub.budget.cell };
    }
    for (let q = 0; q < 4; q++) {
      const spent = lines.map((l) => l.spentQuarters[q]?.value ?? null).filter((x): x is number => x !== null);
      if (spent.length > 0)
        sub.spentQuarters[q] = foldSpent(sub, sub.spentQuarters[q], spent, lines[0].spentQuarters[q]!.cell, facts);
      const toDate = lines.map((l) => l.spentToDateStated[q]?.value ?? null).filter((x): x is number => x !== null);
      if (toDate.length > 0)
        sub.spentToDateStated[q] = foldSpent(
          sub,
          sub.spentToDateStated[q],
          toDate,
          lines[0].spentToDateStated[q]!.cell,
          facts,
        );
    }
  }
}
