/**
 * Reading the data rows of one plan table (layout A/B) into PlanRows: identity (code, name, level),
 * parsed figures with their cells, accumulation and polarity. Levels and parents are settled by
 * ../hierarchy.
 */
import type { ReadFact } from "../facts";
import type { Accumulation, ColumnRole, Level, NumCell, PlanRow, Polarity, Quarter } from "../types";
import { a1 } from "../grid";
import type { TableLayout } from "../layout/tables";
import { cellText, norm } from "../layout/text";
import { codePrefix, parseCode, splitCode, tableScheme, type ParsedCode } from "../hierarchy/codes";
import { isAccountName, isSummaryName, isTotalName, levelFromName, levelFromWord } from "../hierarchy/names";
import { fractionFlags, normalizePercentColumn } from "../values/percent-column";
import { sameUnit, type RowContext } from "./num-cell";
import { parseCell } from "../values/parse";
import { isNoteText, isSignatureText } from "../layout/notes";
import { progressPctQuarter } from "../layout/classify";
import { readMoney } from "./money-cell";
import { newReadRow } from "./empty-row";
export { newReadRow };
import { titlePlanInfo, titlePlanRows } from "./title-plan";

// The row as read, with what settling levels and parents needs; defined in ../hierarchy (which must not import the model).
import type { ReadRow } from "../hierarchy/read-row";
export type { ReadRow };
/** Checked where the rows are built: a ReadRow stays a PlanRow carrying its parsed code. */
type _ReadRowIsPlanRow = ReadRow extends PlanRow
  ? ReadRow["codeInfo"] extends ParsedCode | null
    ? true
    : never
  : never;

type QuarterArray =
  | "quarterTargets"
  | "quarterRealizations"
  | "realizationToDateStated"
  | "statedPerformancePct"
  | "spentQuarters"
  | "spentToDateStated"
  | "statedBudgetPct";

function accumulationOf(text: string): Accumulation | null {
  const t = norm(text);
  if (t === "") return null;
  if (/(non\s*-?\s*kumulatif|posisi akhir|^akhir|tetap|stok|stock|level)/.test(t)) return "level";
  if (/(kumulatif|flow|akumulasi)/.test(t)) return "flow";
  return null;
}

function polarityOf(text: string): Polarity {
  const t = norm(text);
  return /(negatif|rendah semakin baik|semakin rendah|menurun|minimal|turun)/.test(t) ? "negative" : "positive";
}

const MONEY_ROLES = new Set(["budget", "spentQuarter", "spentToDate", "statedBudgetPct"]);

/** Column slot of a role in a PlanRow: the quarter array and index, or a scalar field. */
function slot(role: ColumnRole, quarter: number | null): { arr: QuarterArray; idx: number } | null {
  const q = (quarter ?? 0) - 1;
  switch (role.kind) {
    case "quarterTarget":
      return { arr: "quarterTargets", idx: q };
    case "quarterRealization":
      return { arr: "quarterRealizations", idx: q };
    case "realizationToDate":
      return { arr: "realizationToDateStated", idx: q };
    case "spentQuarter":
      return { arr: "spentQuarters", idx: q };
    case "spentToDate":
      return { arr: "spentToDateStated", idx: q };
    case "statedPerformancePct":
      return { arr: "statedPerformancePct", idx: q };
    case "statedBudgetPct":
      return { arr: "statedBudgetPct", idx: q };
    default:
      return null;
  }
}

export function readPlanTable(
  t: TableLayout,
  nextId: () => number,
  findings: ReadFact[],
  titleQuarter: number | null,
): ReadRow[] {
  const defaultQuarter = titleQuarter ?? 4;
  const v = t.view;
  const roles = [...t.roles.entries()].sort((a, b) => a[0] - b[0]);
  const codeCols = roles.filter(([, r]) => r.kind === "code").map(([c]) => c);
  const agencyCols = roles.filter(([, r]) => r.kind === "agency").map(([c]) => c);
  let lastAgency = "";
  const nameCols = roles.filter(([, r]) => r.kind === "name").map(([c]) => c);
  const indicatorCol = roles.find(([, r]) => r.kind === "indicator")?.[0];
  const unitCol = roles.find(([, r]) => r.kind === "unit")?.[0];
  const levelCol = roles.find(([, r]) => r.kind === "level")?.[0];
  const accCol = roles.find(([, r]) => r.kind === "accumulation")?.[0];
  const polCol = roles.find(([, r]) => r.kind === "polarity")?.[0];
  const hasQuarterTargetColumns = roles.some(([, r]) => r.kind === "quarterTarget");
  const targetQuarters = new Set(roles.flatMap(([, r]) => (r.kind === "quarterTarget" ? [r.quarter] : [])));
  const partialQuarterTargets = hasQuarterTargetColumns && targetQuarters.size < 4;
  const numeric = roles.filter(([, r]) => slot(r, 1) !== null || r.kind === "annualTarget" || r.kind === "budget");
  const progressCols = roles
    .map(([c, r]) => [c, r.kind === "extra" ? progressPctQuarter(r.label) : null] as const)
    .filter((x): x is readonly [number, Quarter] => x[1] !== null);

  // The code scheme (outline vs nomenclature) is decided once per table.
  const codeTexts: string[] = [];
  for (let r = t.table.dataRows.first; r <= t.table.dataRows.last; r++) {
    for (const c of codeCols) codeTexts.push(v.text(r, c));
    for (const c of nameCols) {
      const p = codePrefix(v.text(r, c));
      if (p) codeTexts.push(p.code);
    }
  }
  const scheme = tableScheme(codeTexts);
  // A "No" column holding only 1, 2, 3 … (no dotted code anywhere) counts rows; it names no level.
  const codeLike = codeTexts.filter((t) => splitCode(t) !== null);
  const rowCounterOnly =
    codeCols.length > 0 && codeLike.length > 0 && codeLike.every((t) => splitCode(t)!.length === 1);
  if (rowCounterOnly) codeCols.length = 0;

  // "5" and "5.1" head the account codes of the table (5 BELANJA DAERAH, 5.1 BELANJA OPERASI).
  const accountHeads = new Set<string>();
  for (const text of codeTexts) {
    const segs = splitCode(text);
    if (segs && segs.length >= 3 && parseCode(text, scheme)?.kind === "account")
      for (let n = 1; n < 3; n++) accountHeads.add(segs.slice(0, n).join("."));
  }
  const rows: ReadRow[] = titlePlanRows(t, nextId);
  if (rows.length > 0) findings.push(titlePlanInfo(t, rows));
  let inAccount = false;
  const undated: { row: ReadRow; kind: "statedPerformancePct" | "statedBudgetPct"; num: NumCell }[] = [];
  const pctCols = new Map<number, { row: ReadRow; num: NumCell; percent: boolean }[]>();
  for (let r = t.table.dataRows.first; r <= t.table.dataRows.last; r++) {
    const row = newReadRow(0, v.sheet, r);
    // Identity. Several adjacent code columns (Kode merged over U | BB | PP | K | S) join into one code.
    const codeParts = codeCols.map((c) => cellText(v.raw(r, c))).filter((s) => s !== "");
    let codeText = joinCodes(codeParts, scheme);
    // A numbering (A / I / 1.1) gives the level, and is no code (1.1 restarts under each kegiatan).
    const numbered = t.numberingLevels?.get(r);
    if (numbered) codeText = "";
    row.scope = codeParts.find((p) => p !== codeText && parseCode(p, "nomenclature")?.kind === "organisation") ?? "";
    // Several agencies in one table: codes are unique, and parents found, within each agency only.
    // An empty agency cell is the agency above.
    const agency = (lastAgency =
      agencyCols
        .map((c) => cellText(v.raw(r, c)))
        .filter((x) => x !== "")
        .join(" ") || lastAgency);
    if (agency) [row.agency, row.scope] = [agency, `${agency}|${row.scope}`];
    let name = "";
    let nameCol = nameCols[0] ?? indicatorCol ?? codeCols[0] ?? v.firstCol;
    for (const c of nameCols) {
      const s = cellText(v.raw(r, c)) || (v.isMergedSlave(r, c) && !v.coveredFromAbove(r, c) ? v.text(r, c) : "");
      if (s !== "") {
        name = s;
        nameCol = c;
        break;
      }
    }
    // "Jumlah" merged over the code and name columns: a name, not a code.
    if (codeText !== "" && !splitCode(codeText) && norm(codeText) === norm(name)) codeText = "";
    if (name === "" && codeCols.length > 0 && codeText !== "" && !parseCode(codeText, scheme)) {
      name = codeText; // "JUMLAH" written in the code column, merged over the name
      codeText = "";
    }
    const prefix = codePrefix(name);
    if (prefix && codeText === "") codeText = prefix.code;
    let codeInfo = codeText ? parseCode(codeText, scheme) : null;
    // Only when the name says so: urusan 5 "UNSUR PENUNJANG …" and program 5 of an outline stay plan rows.
    const accountWord = /^\s*(belanja|pendapatan|pembiayaan)\b/i.test(prefix ? prefix.rest : name);
    if (codeInfo && codeInfo.segments.length < 3 && accountHeads.has(codeInfo.code) && accountWord)
      codeInfo = { ...codeInfo, kind: "account", level: null };
    row.code = codeInfo ? codeInfo.code : codeText.trim() || null;
    row.codeInfo = codeInfo;
    // "1.1.1. Sub Kegiatan Penyusunan …": the code goes to the code, the rest is the name.
    row.name = prefix && row.code === (codeInfo?.code ?? prefix.code) && prefix.rest ? prefix.rest : name;
    row.nameCell = a1(r, nameCol);
    row.indicator = indicatorCol ? cellText(v.raw(r, indicatorCol)) || null : null;
    const nameCell = v.raw(r, nameCol);
    row.bold = nameCell.bold === true;
    // Indentation: Excel's indent level, or leading spaces typed before the name (about 3 a level).
    const rawName = typeof nameCell.value === "string" ? nameCell.value : "";
    row.indent = (nameCell.indent ?? 0) * 3 + (rawName.length - rawName.replace(/^[ \u00a0]+/, "").length);
    const ctx: RowContext = { sheet: v.sheet, row: r, code: row.code, name: name || null };

    if (!row.code && isSummaryName(name)) continue; // "Rata-rata capaian kinerja (%)", "Predikat": not data
    const hasFigures = numeric.some(([c]) => cellText(v.raw(r, c)) !== "");
    if (name === "" && !row.code && !row.indicator && !hasFigures) continue; // spacer row
    if (!row.code && !row.indicator && isNoteRow(v, r, name, numeric)) continue; // place, date, signature
    // Lines without a code under an account line (volume × unit price): the account's own details.
    // A row with an indicator or a performance figure is a plan row, never a detail.
    const performance =
      row.indicator !== null ||
      numeric.some(([c, role]) => !MONEY_ROLES.has(role.kind) && cellText(v.raw(r, c)) !== "");
    if (row.code) inAccount = codeInfo?.kind === "account";
    else if (inAccount && !performance && !levelFromName(name) && !isTotalName(name)) continue;

    row.quarterTargetColumns = hasQuarterTargetColumns;
    if (partialQuarterTargets) row.partialQuarterTargets = true;
    row.unit = unitCol ? cellText(v.raw(r, unitCol)) || null : null;
    row.accumulation = accCol ? accumulationOf(cellText(v.raw(r, accCol))) : null;
    row.polarity = polCol ? polarityOf(cellText(v.raw(r, polCol))) : "positive";
    const explicitLevel =
      (levelCol ? levelFromWord(cellText(v.raw(r, levelCol))) : null) ??
      t.nameColumnLevels?.get(nameCol) ??
      numbered ??
      null;

    // Level signals in order (§3): explicit, code, name prefix; total rows; account lines.
    row.isTotal = isTotalName(name) && !row.code;
    row.isAccountLine =
      codeInfo?.kind === "account" || (isAccountName(name) && !levelFromName(name) && codeInfo?.level == null);
    if (explicitLevel) [row.level, row.levelSource] = [explicitLevel, "explicit"];
    else if (codeInfo?.level) [row.level, row.levelSource] = [codeInfo.level, "code"];
    else if (levelFromName(prefix ? prefix.rest : name))
      [row.level, row.levelSource] = [levelFromName(prefix ? prefix.rest : name)!, "prefix"];
    else if (row.isTotal) [row.level, row.levelSource] = ["group", "total"];
    else if (codeInfo?.kind === "organisation") [row.level, row.levelSource] = ["group", "code"];
    else if (name === "" && !row.code && !row.indicator) {
      // Figures with no name: a helper total (SUBTOTAL, a check sum) below or inside the table.
      row.isTotal = true;
      [row.level, row.levelSource, row.name] = ["group", "total", "(baris jumlah tanpa nama)"];
    } else if (name === "" && !row.code && rows.length > 0) {
      row.continuation = true;
      const prev = rows[rows.length - 1];
      row.continuationOf = prev.continuationOf ?? prev.id;
      [row.level, row.levelSource, row.code, row.name, row.nameCell] = [
        prev.level,
        prev.levelSource,
        prev.code,
        prev.name,
        prev.nameCell,
      ];
      ctx.code = prev.code;
      ctx.name = prev.name;
    } else row.levelUncertain = !row.isAccountLine;

    // Figures.
    // Units written in cells: the target's (or the Satuan column's) against every realization's.
    const units: { target?: string; real: NumCell[] } = { real: [] };
    for (const [c, role] of numeric) {
      const cell = v.raw(r, c);
      if (cell.value === null && !cell.error && !t.moneyGroups?.some((g) => g.col === c)) {
        placeEmptyRealization(row, role, c, r);
        continue;
      }
      const { num, percent } = readMoney(t, r, c, role.kind, ctx, findings);
      if (!num) {
        if (parseCell(cell).kind === "empty") placeEmptyRealization(row, role, c, r); // "-"
        continue;
      }
      if (role.kind === "annualTarget") row.annualTarget = num;
      else if (role.kind === "budget") row.budget = num;
      else if ((role.kind === "statedPerformancePct" || role.kind === "statedBudgetPct") && role.quarter === null) {
        // A stated % that names no quarter states the sheet's current figure: placed once the
        // table's latest quarter is known (below).
        undated.push({ row, kind: role.kind, num });
      } else if ((role.kind === "spentToDate" || role.kind === "realizationToDate") && (role.quarter as number) === 0) {
        for (let i = 0; i < 4; i++) row[slot(role, i + 1)!.arr][i] = num; // "to date" for whichever quarter is computed
      } else {
        const q = "quarter" in role ? (role.quarter ?? defaultQuarter) : defaultQuarter;
        const s = slot(role, q)!;
        if (s.idx < 0 || s.idx > 3) continue;
        row[s.arr][s.idx] = num;
      }
      if (role.kind === "statedPerformancePct" || role.kind === "statedBudgetPct") {
        const list = pctCols.get(c) ?? [];
        list.push({ row, num, percent });
        pctCols.set(c, list);
      }
      if (num.unit) {
        if (role.kind === "annualTarget" || role.kind === "quarterTarget") units.target ??= num.unit;
        if (role.kind === "quarterRealization" || role.kind === "realizationToDate") units.real.push(num);
      }
    }
    for (const [c, q] of progressCols) {
      const cell = v.raw(r, c);
      if (cell.value === null || cell.error) continue;
      const p = parseCell(cell);
      if (p.kind !== "number") continue; // a helper column: never an unreadable-value finding
      row.progressPct ??= [null, null, null, null];
      row.progressPct[q - 1] = { value: p.value, cell: a1(r, c) };
      const list = pctCols.get(c) ?? [];
      list.push({ row, num: row.progressPct[q - 1]!, percent: p.percent === true });
      pctCols.set(c, list);
    }
    if (!row.unit) row.unit = units.target ?? units.real[0]?.unit ?? null;
    const expected = units.target ?? row.unit;
    const odd = expected ? units.real.find((n) => !sameUnit(expected, n.unit!)) : undefined;
    if (expected && odd) {
      const at = { sheet: v.sheet, row: r, cell: odd.cell, code: row.code, name: row.name };
      findings.push({ kind: "unitClash", at, expected, found: odd.unit! });
    }
    // The organisation row written twice in a row (SIPD exports): the second is a copy, not a child.
    const prev = rows[rows.length - 1];
    if (codeInfo?.kind === "organisation" && prev && prev.code === row.code && norm(prev.name) === norm(row.name))
      continue;
    row.id = nextId();
    // A line of text only, with no code, level word, indicator or figure: a section heading
    // ("A. URUSAN WAJIB …") inside the table, or a note after it (dropped below).
    if (row.levelUncertain && !hasFigures && !row.indicator && !row.code) {
      row.levelUncertain = false;
      [row.level, row.levelSource] = ["group", "layout"];
      row.textOnly = true;
    }
    rows.push(row);
  }
  // Notes under the table ("Keterangan: …", "Sumber: …") carry no figures: not rows of the plan.
  while (rows.length > 0 && rows[rows.length - 1].textOnly) rows.pop();
  // Undated stated percentages belong to the quarter the sheet reports: its title's, else the
  // latest quarter with figures in this table, else every quarter.
  const q = titleQuarter ?? latestFilledQuarter(rows);
  for (const u of undated) for (let i = 0; i < 4; i++) if (q === null || i === q - 1) u.row[u.kind][i] = u.num;
  // Percent columns written as fractions (0,25 = 25 %).
  for (const list of pctCols.values()) {
    const norm2 = normalizePercentColumn(
      list.map((x) => x.num.value),
      list.map((x) => x.percent),
    );
    const fractions = fractionFlags(
      list.map((x) => x.num.value),
      list.map((x) => x.percent),
    );
    const anyFraction = fractions.some((f) => f);
    list.forEach((x, i) => {
      if (anyFraction && fractions[i]) x.num.percentReading = "fraction";
      else if (anyFraction && !x.percent && x.num.value !== null && x.num.value !== 0) x.num.percentReading = "points";
      x.num.value = norm2[i];
    });
  }
  return rows;
}

export type { Level };

/**
 * A line under (or inside) the table holding only a note or a signature: a place and date, an
 * office, an employee number, a name — in the name column or in numeric columns — and no number.
 * Such a line is not a row and its text is never an unreadable value.
 */
function isNoteRow(v: TableLayout["view"], r: number, name: string, numeric: [number, ColumnRole][]): boolean {
  const texts = numeric.map(([c]) => v.raw(r, c)).filter((cell) => cellText(cell) !== "");
  if (texts.some((cell) => typeof cell.value !== "string" || parseCell(cell).kind !== "malformed")) return false;
  if (name !== "" && !isSignatureText(name)) return false;
  if (name === "" && texts.length === 0) return false;
  return texts.every((cell) => isNoteText(cellText(cell)));
}

/**
 * An empty (or "-") cell of a realization column is kept as a cell without value: the column
 * reaches the row, so a sub-activity with a target and nothing realised yet has realization 0 and
 * 0 % (domain.md §5.1), rather than no figure at all.
 */
function placeEmptyRealization(row: ReadRow, role: ColumnRole, col: number, r: number): void {
  if (role.kind !== "quarterRealization" && role.kind !== "realizationToDate") return;
  const arr = role.kind === "quarterRealization" ? row.quarterRealizations : row.realizationToDateStated;
  const q = role.quarter as number;
  const empty: NumCell = { value: null, cell: a1(r, col) };
  if (role.kind === "realizationToDate" && q === 0) {
    for (let i = 0; i < 4; i++) arr[i] ??= empty;
  } else if (q >= 1 && q <= 4) arr[q - 1] ??= empty;
}

function latestFilledQuarter(rows: ReadRow[]): number | null {
  for (let q = 3; q >= 0; q--)
    for (const r of rows)
      if ((r.quarterRealizations[q]?.value ?? 0) !== 0 || (r.spentQuarters[q]?.value ?? 0) !== 0) return q + 1;
  return null;
}

/**
 * Several code columns: either each holds a whole code (bidang | organisation | program |
 * kegiatan | sub kegiatan — the row's level comes from the deepest plan code it carries), or
 * they hold the segments of one code (U | BB | PP | K | AA) to be joined with dots.
 */
function joinCodes(parts: string[], scheme: "outline" | "nomenclature"): string {
  if (parts.length <= 1) return parts[0] ?? "";
  // Whole codes per column when some column holds a code of three or more segments (1.02.01,
  // 1.02.2.14.0.00.01.0000); otherwise the columns are pieces of one code ("1 | 02 | 01 | 2.01 | 0001").
  const wholeCodes = parts.some((p) => (splitCode(p)?.length ?? 0) >= 3);
  if (wholeCodes) {
    // A budget-account code in the deepest column makes the row an account line.
    if (parseCode(parts[parts.length - 1], "nomenclature")?.kind === "account") return parts[parts.length - 1];
    for (let i = parts.length - 1; i >= 0; i--) {
      const c = parseCode(parts[i], "nomenclature");
      if (c && c.level) return parts[i];
    }
    return parts[parts.length - 1];
  }
  void scheme;
  return parts.join(".");
}
