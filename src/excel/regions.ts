/**
 * Where a large used range really holds something, found with few round trips (Office.js).
 *
 * A used range whose area is over DENSE_CELLS (a stray value in XFD1048576, a table with a note
 * far to the right) is not loaded whole. It is cut into at most SPLIT × SPLIT tiles, and each
 * tile asks Excel for its own used range (Range.getUsedRangeOrNullObject(true), ExcelApi 1.4):
 * empty tiles come back as null objects and cost nothing more; a non-empty one comes back as the
 * tight rectangle around its values. Rectangles still over TILE_CELLS are cut again at the next
 * round. All tiles of all sheets of one round go into one sync, so the syncs grow with the
 * number of rounds (about log64 of the area: 1–3 for any sheet), not with the empty area.
 *
 * What comes out is a list of rectangles covering every value of the sheet; their total area is
 * what the reader loads (and checks against its limit).
 */
import type { CellRange } from "../domain/grid";

/** Used ranges up to this area are read whole (one batch); above it, by regions. */
export const DENSE_CELLS = 3_000_000;
/** A rectangle up to this area is read as it is. */
export const TILE_CELLS = 65_536;
/** Tiles per side of one cut. */
const SPLIT = 8;
/** Most tiles asked in one round (all sheets): beyond it the sheet holds too much to find cheaply. */
export const MAX_PROBES_PER_ROUND = 4_096;
/** Most rounds. */
const MAX_ROUNDS = 6;

export class TooManyRegionsError extends Error {
  override readonly name = "TooManyRegionsError";
  constructor(readonly sheetIndex: number) {
    super("too many regions");
  }
}

export function area(r: CellRange): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

/** Cuts a rectangle into at most SPLIT × SPLIT tiles (only along sides longer than one cell). */
export function cut(r: CellRange): CellRange[] {
  const rows = r.bottom - r.top + 1;
  const cols = r.right - r.left + 1;
  const nr = Math.min(SPLIT, rows);
  const nc = Math.min(SPLIT, cols);
  const hr = Math.ceil(rows / nr);
  const hc = Math.ceil(cols / nc);
  const out: CellRange[] = [];
  for (let t = r.top; t <= r.bottom; t += hr)
    for (let l = r.left; l <= r.right; l += hc)
      out.push({ top: t, left: l, bottom: Math.min(r.bottom, t + hr - 1), right: Math.min(r.right, l + hc - 1) });
  return out;
}

interface Probe {
  sheet: number;
  tile: CellRange;
  used: Excel.Range;
}

/**
 * The rectangles that hold the values of each sheet's used range (`boxes[i]`, 1-based). Throws
 * TooManyRegionsError naming the sheet when one round would ask more than MAX_PROBES_PER_ROUND
 * tiles or the rounds do not converge.
 */
export async function findRegions(
  context: Excel.RequestContext,
  sheets: readonly Excel.Worksheet[],
  boxes: readonly CellRange[],
): Promise<CellRange[][]> {
  const done: CellRange[][] = boxes.map(() => []);
  let open: { sheet: number; r: CellRange }[] = boxes.map((r, sheet) => ({ sheet, r }));
  for (let round = 0; open.length; round++) {
    if (round >= MAX_ROUNDS) throw new TooManyRegionsError(open[0].sheet);
    const probes: Probe[] = [];
    for (const o of open) {
      for (const tile of cut(o.r)) {
        if (probes.length >= MAX_PROBES_PER_ROUND) throw new TooManyRegionsError(o.sheet);
        const used = sheets[o.sheet]
          .getRangeByIndexes(tile.top - 1, tile.left - 1, tile.bottom - tile.top + 1, tile.right - tile.left + 1)
          .getUsedRangeOrNullObject(true);
        used.load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
        probes.push({ sheet: o.sheet, tile, used });
      }
    }
    // One sync per round of cutting (1–3 rounds), not per tile.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    const next: { sheet: number; r: CellRange }[] = [];
    for (const p of probes) {
      if (p.used.isNullObject) continue;
      const r: CellRange = {
        top: p.used.rowIndex + 1,
        left: p.used.columnIndex + 1,
        bottom: p.used.rowIndex + p.used.rowCount,
        right: p.used.columnIndex + p.used.columnCount,
      };
      // Full tiles cannot shrink by cutting again: read them as they are.
      if (area(r) <= TILE_CELLS || area(r) === area(p.tile)) done[p.sheet].push(r);
      else next.push({ sheet: p.sheet, r });
    }
    open = next;
  }
  return done.map(joinRows);
}

/** Columns of empty space between two rectangles of one row band that are still read as one. */
const JOIN_GAP = 64;

/**
 * Rectangles whose rows overlap and that lie close side by side become their bounding box again
 * (a dense table cut into column tiles is read row by row, as a whole), so the byte estimate of a
 * block averages over the row instead of meeting one column of long names alone. Far apart ones
 * (a stray value in XFD) stay separate.
 */
export function joinRows(rects: CellRange[]): CellRange[] {
  let list = rects.map((r) => ({ ...r }));
  for (let changed = true; changed;) {
    changed = false;
    list.sort((a, b) => a.top - b.top || a.left - b.left);
    const out: CellRange[] = [];
    for (const r of list) {
      const hit = out.find(
        (o) =>
          o.top <= r.bottom &&
          r.top <= o.bottom &&
          Math.max(o.left, r.left) - Math.min(o.right, r.right) - 1 <= JOIN_GAP,
      );
      if (hit) {
        hit.top = Math.min(hit.top, r.top);
        hit.bottom = Math.max(hit.bottom, r.bottom);
        hit.left = Math.min(hit.left, r.left);
        hit.right = Math.max(hit.right, r.right);
        changed = true;
      } else out.push(r);
    }
    list = out;
  }
  return list;
}
