/**
 * The report's paragraphs (chapter III) for every program, activity and sub-activity, generated
 * deterministically from the computed figures — the same numbers as the JSON report, formatted
 * Indonesian style. Templates: src/i18n/narasi.ts.
 *
 * - Sub-activity: target with its unit, realization to date with the quarterly realizations so far,
 *   % capaian; a placeholder for what was done; budget realised (Rupiah, %).
 * - Activity / program: realization (percent) against the target when the target is a percent,
 *   % capaian, how the value was found (average of sub-activities / activities, or as stated);
 *   budget realised; a program's realised amount also in words (terbilang).
 * - "[jelaskan penyebab]" when the performance falls in one of the two lowest bands of the
 *   predicate scale in use (the predicate the report prints; a sub-activity is judged on its
 *   realization against its target to date when it has one), or when the budget absorption,
 *   taken against the share of the year gone by (q × 25 %), would fall there.
 * Units are written as the workbook writes them; nothing is added that the figures do not say.
 */
import { PREDICATE_SCALES, bandFor } from "../calc/predicate";
import type { CalculatedRow, PredicateScaleId, Quarter } from "../types";
import { formatNumber, formatRupiah } from "../values/format";
import { roundToString } from "../values/round";
import { terbilang } from "../values/terbilang";
import { NARASI_TEXT as N, levelName, levelWord } from "../../i18n/narasi";
import { finite, num, type ReportInput } from "./common";
import { isPercentUnit, quartersUpTo } from "./capaian-sheet";
import { programBlocks, type BlockRow } from "./program-blocks";

export interface NarasiItem {
  row: CalculatedRow;
  no: string;
  /** "Sub Kegiatan Penyusunan Dokumen" */
  heading: string;
  paragraph: string;
}

export interface NarasiBlock {
  no: number;
  title: string;
  items: NarasiItem[];
}

/** Quantity with up to 2 decimals, as few as needed: 9 → "9", 3.8 → "3,8", 55.555 → "55,56". */
export function quantityText(x: number): string {
  const s = roundToString(x, 2).replace(/\.?0+$/, "");
  const decimals = s.includes(".") ? s.split(".")[1].length : 0;
  return formatNumber(x, decimals);
}

export function percentText(x: number): string {
  return N.percent(formatNumber(x, 2));
}

export function rupiahText(x: number): string {
  const s = formatRupiah(x);
  return N.rupiah(s, !s.includes(","));
}

/** Amount in words, lower case ("tiga juta seratus dua ribu rupiah"), or null when it cannot be said. */
function rupiahWords(x: number): string | null {
  try {
    return terbilang(x).toLowerCase();
  } catch {
    return null;
  }
}

function quantity(x: number, unit: string | null): string {
  return N.quantity(quantityText(x), null, unit && unit.trim() ? unit.trim() : null);
}

/** In one of the two lowest bands of the scale. */
export function isLow(pct: number | null, scale: PredicateScaleId): boolean {
  const band = bandFor(pct, scale);
  if (!band) return false;
  const bands = PREDICATE_SCALES[scale].bands;
  return bands.indexOf(band) >= bands.length - 2;
}

function budgetSentences(r: CalculatedRow, q: Quarter, scale: PredicateScaleId): string[] {
  const f = r.figures;
  const level = levelWord(r.level);
  const budget = finite(f.budget);
  if (budget === null) return [N.noBudget(level)];
  const spentValue = finite(f.spentToDate) ?? 0;
  let spent = rupiahText(spentValue);
  if (r.level === "program") {
    const words = rupiahWords(spentValue);
    if (words) spent = N.withWords(spent, words);
  }
  const pct = finite(f.budgetPct);
  const out = [N.budget(q, level, spent, rupiahText(budget), pct === null ? null : percentText(pct))];
  if (pct !== null && isLow((pct / (q * 25)) * 100, scale)) out.push(N.lowBudget);
  return out;
}

function subactivitySentences(r: CalculatedRow, q: Quarter, scale: PredicateScaleId): string[] {
  const f = r.figures;
  const subject = levelName(r.level, r.name);
  const unit = r.unit;
  const target = num(r.annualTarget);
  const out = [
    target === null ? N.noTarget(subject, r.indicator) : N.target(subject, r.indicator, quantity(target, unit)),
  ];
  const toDate = finite(f.realizationToDate);
  const pct = finite(f.performancePct);
  if (toDate === null) out.push(N.notRealized(q));
  else {
    const parts =
      q > 1
        ? quartersUpTo(q).flatMap((x) => {
            const v = num(r.quarterRealizations[x - 1]);
            return v === null ? [] : [N.quarterPart(x, quantity(v, unit))];
          })
        : [];
    out.push(
      N.realized(
        q,
        quantity(toDate, unit),
        parts.length ? parts.join(", ") : null,
        pct === null ? null : percentText(pct),
      ),
    );
  }
  out.push(N.whatWasDone);
  const judged = finite(f.performanceToDatePct) ?? pct;
  if (toDate !== null && isLow(judged, scale)) out.push(N.lowPerformance);
  return out;
}

function aggregateSentences(r: CalculatedRow, input: ReportInput, children: CalculatedRow[]): string[] {
  const q = input.quarter;
  const f = r.figures;
  const subject = levelName(r.level, r.name);
  const realization = finite(f.realizationPct);
  const pct = finite(f.performancePct);
  const out: string[] = [];
  if (realization === null) out.push(N.aggregateNone(q, subject));
  else {
    const target = num(r.annualTarget);
    const targetText = target !== null && isPercentUnit(r.unit) ? N.percent(quantityText(target)) : null;
    out.push(
      N.aggregateRealized(q, subject, percentText(realization), targetText, pct === null ? null : percentText(pct)),
    );
    if (f.realizationSource === "stated") out.push(N.stated);
    else if (f.realizationSource === "computed") {
      const viaActivities = r.level === "program" && children.some((c) => c.level === "activity");
      out.push(viaActivities ? N.computedFromActivities : N.computedFromSubs(input.options.averageOver, q));
    }
    if (isLow(pct, input.options.predicateScale)) out.push(N.lowPerformance);
  }
  return out;
}

function paragraph(b: BlockRow, input: ReportInput, childrenOf: Map<number, CalculatedRow[]>): string {
  const r = b.row;
  const sentences =
    r.level === "subactivity"
      ? subactivitySentences(r, input.quarter, input.options.predicateScale)
      : aggregateSentences(r, input, childrenOf.get(r.id) ?? []);
  return [...sentences, ...budgetSentences(r, input.quarter, input.options.predicateScale)].join(" ");
}

/** One block per program (as on Capaian), one paragraph per row (further indicator lines skipped). */
export function buildNarasi(input: ReportInput): NarasiBlock[] {
  const childrenOf = new Map<number, CalculatedRow[]>();
  for (const r of input.rows) {
    if (r.parentId == null) continue;
    const list = childrenOf.get(r.parentId) ?? [];
    list.push(r);
    childrenOf.set(r.parentId, list);
  }
  return programBlocks(input.rows).map((block) => ({
    no: block.no,
    title: N.blockTitle(block.no, block.program?.name ?? null),
    items: block.rows
      .filter((b) => b.row.continuationOf == null)
      .map((b) => ({
        row: b.row,
        no: b.no,
        heading: levelName(b.row.level, b.row.name),
        paragraph: paragraph(b, input, childrenOf),
      })),
  }));
}
