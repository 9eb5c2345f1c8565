/**
 * Reading a money figure of one row: one cell, or the spending groups of the table (Σ Operasi +
 * Modal + …, or the Total confirmed by them), scaled to Rupiah when the table is in thousands.
 */
import { a1 } from "../grid";
import type { NumCell } from "../types";
import type { ReadFact } from "../facts";
import type { TableLayout } from "../layout/tables";
import { readNum, type ReadNum, type RowContext } from "./num-cell";
import { isMoneyDifferent, sumMoney } from "../values/rupiah";
import { kindsWhere } from "../layout/roles";

const MONEY = kindsWhere((e) => e.money);

/** Thousands → Rupiah, kept to the sen. */
function scaled(n: NumCell, scale: number | undefined): NumCell {
  if (!scale || scale === 1 || n.value === null) return n;
  return { ...n, value: Math.round(n.value * scale * 100) / 100 };
}

export function readMoney(
  t: TableLayout,
  r: number,
  col: number,
  kind: string,
  ctx: RowContext,
  facts: ReadFact[],
): ReadNum {
  const v = t.view;
  const g = t.moneyGroups?.find((x) => x.col === col);
  if (!g || !MONEY.has(kind)) {
    const one = readNum(v.raw(r, col), col, ctx, kind, facts);
    return MONEY.has(kind) && one.num ? { ...one, num: scaled(one.num, t.amountScale) } : one;
  }
  const parts = g.groups.map((c) => ({ c, n: readNum(v.raw(r, c), c, ctx, kind, facts).num }));
  const filled = parts.filter((p) => p.n !== null);
  const sum: NumCell | null =
    filled.length === 0 ? null : { value: sumMoney(filled.map((p) => p.n!.value)), cell: filled[0].n!.cell };
  let out = sum;
  if (g.total !== null && g.reading === "total") {
    const total = readNum(v.raw(r, g.total), g.total, ctx, kind, facts).num;
    if (total) {
      out = total;
      // A Total that is not Σ groups on its row: one finding there; the groups (the bottom-up
      // truth) are read, so the parents and account lines above and below do not repeat it.
      if (sum && total.value !== null && sum.value !== null && isMoneyDifferent(total.value, sum.value)) {
        out = sum;
        const at = { sheet: v.sheet, row: r, cell: a1(r, g.total), code: ctx.code, name: ctx.name };
        const says = { text: "groupTotal", names: g.names } as const;
        facts.push({ kind: "statedTotal", at, stated: total.value, computed: sum.value, says });
      }
    }
  }
  return { num: out ? scaled(out, t.amountScale) : null, percent: false };
}
