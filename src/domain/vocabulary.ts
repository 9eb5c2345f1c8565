/**
 * Words of the domain that finding messages are keyed by (src/i18n/findings.ts writes the
 * Indonesian text for each). Types only, no imports but the domain's own types: i18n may import
 * these (type-only) without depending on the engine.
 */
import type { Quarter } from "./types";

/** A money column of a row, as named in sum messages. */
export type MoneyColumn =
  { kind: "budget" } | { kind: "spentQuarter"; quarter: Quarter } | { kind: "spentToDate"; quarter: Quarter };

/** An alternative convention that reproduces a stated percentage. */
export type AlternativeId =
  "averageAll" | "averageTargeted" | "level" | "toDate" | "capped" | "quarterTarget" | "noOwnTarget";

/** How a performancePct was computed, for the messages. */
export type PerformanceBasis =
  | {
      kind: "subactivity";
      realization: number;
      target: number;
      targetLabel: "annual" | "toDate" | "quarter";
      unit: string | null;
      negative: boolean;
    }
  | { kind: "parent"; realizationPct: number; target: number | null };
