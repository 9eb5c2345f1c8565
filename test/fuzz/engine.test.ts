/**
 * Property tests of the whole engine on random input:
 *  - random grids with random header layouts and random cell text never make hitungCapaian throw
 *    anything but NoTableError / MappingError;
 *  - in a detected table, every non-empty cell of a numeric column either parses or has an
 *    `unparseable-value` / `error-value` finding at that cell;
 *  - sums of parsed money are exact (compared with BigInt sums in sen).
 */
import fc from "fast-check";
import { hitungCapaian } from "../../src/domain/engine";
import { MappingError, NoTableError } from "../../src/domain/errors";
import { cellAt, columnLetter, type Cell, type CellRange, type Grid } from "../../src/domain/grid";
import type { ColumnRoleKind } from "../../src/domain/types";
import { parseCell } from "../../src/domain/values/parse";
import { formatNumber } from "../../src/domain/values/format";
import { generateLayoutA, layoutAGrid } from "../../src/sample/generate-layout-a";

const SEED = 424242;

const HEADER_WORDS = [
  "Kode", "No", "No.", "Kode Rekening", "Program/Kegiatan/Sub Kegiatan", "Uraian", "Indikator", "Indikator Kinerja", "Satuan",
  "Target", "Target 2024", "Target Tahunan", "Target TW I", "TW I", "TW II", "TW III", "TW IV", "Triwulan I", "Tw-2", "TW. 3",
  "Realisasi", "Realisasi Kinerja", "Realisasi TW I", "Realisasi s.d TW II", "Realisasi Kinerja s.d. TW. II", "Pagu", "Pagu Anggaran (Rp)",
  "Anggaran", "DPA", "Realisasi Keuangan", "Realisasi Keuangan (Rp)", "Realisasi Anggaran s/d Triwulan II", "% Capaian", "% Serapan",
  "Sifat", "Polaritas", "Pembilang", "Penyebut", "Sasaran Strategis", "IKU", "Keterangan", "(1)", "(2)", "K", "Rp", "%", "JUMLAH", "",
];
const CELL_TEXT = [
  "1", "1.1", "1.1.1", "2.1. 1", "1.02.01", "1.02.01.2.01", "1.02.01.2.01.0001", "5.1.02.01.001", "Program A", "Kegiatan B", "Sub Kegiatan C",
  "JUMLAH", "TOTAL", "1.758.365.560", "44,77", "99,99%", "Rp1.812.889.000,-", "Rp 5.800.000", "10 Dok", "35.629.000 0", "37.962.87 0", "12a",
  "#REF!", "#DIV/0!", "#N/A", "-", "–", "—", "kumulatif", "non kumulatif", "negatif", "semakin rendah semakin baik", "=SUM(A1)", "+62", "@x",
  "😀", "\u0000\u0007", "Persentase X", "Jumlah Y", "Sebelas Miliar Rupiah", "TRIWULAN II", "TAHUN 2024", "Dinas X",
];

const cellArb: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 4, arbitrary: fc.constant<Cell>({ value: null }) },
  { weight: 3, arbitrary: fc.constantFrom(...CELL_TEXT).map((v): Cell => ({ value: v })) },
  { weight: 3, arbitrary: fc.oneof(fc.integer({ min: -1e6, max: 1e10 }), fc.double({ min: -1e12, max: 1e12, noNaN: false })).map((v): Cell => ({ value: v })) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }).map((v): Cell => ({ value: v })) },
  { weight: 1, arbitrary: fc.constantFrom("#REF!", "#N/A", "#VALUE!").map((e): Cell => ({ value: null, error: e })) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom("=SUM(N1:N9)", "=SUM(N7+N8+N99999)", "=A1", "=SUM(XFD1:XFD1048576)", "=N7", "=SUM(", "=1/0"), fc.option(fc.integer(), { nil: null }))
      .map(([formula, value]): Cell => ({ value, formula })),
  },
  { weight: 1, arbitrary: fc.tuple(fc.double({ min: 0, max: 2 }), fc.constantFrom("0.00%", '0.00"%"', "#,##0")).map(([value, numberFormat]): Cell => ({ value, numberFormat })) },
  { weight: 1, arbitrary: fc.boolean().map((value): Cell => ({ value })) },
);

const gridArb: fc.Arbitrary<Grid> = fc
  .record({
    sheet: fc.constantFrom("Renaksi 2024", "Sheet1", "TW II", "IKU", "Capaian", "=x"),
    top: fc.integer({ min: 1, max: 30 }),
    left: fc.integer({ min: 1, max: 5 }),
    titleRows: fc.array(fc.constantFrom("RENCANA AKSI TRIWULAN II", "DINAS CONTOH", "TAHUN ANGGARAN 2024", "Evaluasi Terhadap Hasil RKPD"), { maxLength: 3 }),
    headerRows: fc.array(fc.array(fc.constantFrom(...HEADER_WORDS), { minLength: 1, maxLength: 20 }), { minLength: 1, maxLength: 4 }),
    body: fc.array(fc.array(cellArb, { maxLength: 20 }), { maxLength: 25 }),
    merges: fc.array(
      fc.record({ top: fc.integer({ min: 1, max: 40 }), left: fc.integer({ min: 1, max: 25 }), h: fc.integer({ min: 0, max: 3 }), w: fc.integer({ min: 0, max: 5 }) }),
      { maxLength: 5 },
    ),
    hiddenRows: fc.array(fc.integer({ min: 1, max: 60 }), { maxLength: 3 }),
  })
  .map(({ sheet, top, left, titleRows, headerRows, body, merges, hiddenRows }) => {
    const cells: Cell[][] = [
      ...titleRows.map((t) => [{ value: t } as Cell]),
      ...headerRows.map((r) => r.map((v) => ({ value: v === "" ? null : v }) as Cell)),
      ...body,
    ];
    const ms: CellRange[] = merges.map((m) => ({ top: m.top, left: m.left, bottom: m.top + m.h, right: m.left + m.w }));
    return { sheet, top, left, cells, merges: ms, hiddenRows };
  });

function onlyExpectedErrors(f: () => unknown): void {
  try {
    f();
  } catch (e) {
    if (e instanceof NoTableError || e instanceof MappingError) return;
    throw e;
  }
}

describe("hitungCapaian on random grids", () => {
  test("throws nothing but NoTableError / MappingError", () => {
    fc.assert(
      fc.property(fc.array(gridArb, { minLength: 0, maxLength: 3 }), fc.option(fc.constantFrom<1 | 2 | 3 | 4>(1, 2, 3, 4), { nil: undefined }), (grids, quarter) => {
        const named = grids.map((g, i) => ({ ...g, sheet: `${g.sheet} ${i}` }));
        onlyExpectedErrors(() => hitungCapaian(named, { quarter }));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  test("mutated layout-A tables (header words, cells, merges, offsets) throw nothing but NoTableError / MappingError", () => {
    let detected = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.nat(), fc.constantFrom(...HEADER_WORDS)), { maxLength: 6 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), cellArb), { maxLength: 30 }),
        fc.array(fc.record({ top: fc.integer({ min: 1, max: 60 }), left: fc.integer({ min: 1, max: 20 }), h: fc.integer({ min: 0, max: 4 }), w: fc.integer({ min: 0, max: 4 }) }), { maxLength: 3 }),
        fc.integer({ min: 0, max: 40 }),
        (subs, seed, headerEdits, cellEdits, merges, shift) => {
          const grid = layoutAGrid({ subactivities: subs, seed, codes: seed % 2 ? "outline" : "nomenclature" });
          for (const [r, c, word] of headerEdits) {
            const line = grid.cells[r];
            if (line) line[c % 18] = { value: word || null };
          }
          for (const [r, c, cell] of cellEdits) {
            const line = grid.cells[r % grid.cells.length];
            line[c % 20] = cell;
            for (let k = 0; k < line.length; k++) if (!line[k]) line[k] = { value: null };
          }
          grid.merges.push(...merges.map((m) => ({ top: m.top, left: m.left, bottom: m.top + m.h, right: m.left + m.w })));
          grid.top += shift;
          grid.merges = grid.merges.map((m) => ({ top: m.top + shift, left: m.left, bottom: m.bottom + shift, right: m.right }));
          try {
            hitungCapaian([grid], {});
            detected++;
          } catch (e) {
            if (!(e instanceof NoTableError || e instanceof MappingError)) throw e;
          }
        },
      ),
      { seed: SEED, numRuns: 120 },
    );
    expect(detected).toBeGreaterThan(30); // the property mostly exercises the whole pipeline
  });

  // Known bug (see the report): an amount of 10^18 Rupiah or more makes terbilang() throw a
  // RangeError out of computeTotals (src/domain/calc/totals.ts:26 → src/domain/values/terbilang.ts:65)
  // instead of a finding. Random doubles above are bounded to ±10^12 so the property keeps
  // searching for other failures; this is the shrunk counterexample.
  test("a budget of 10^18 Rupiah (a stray huge number) is not a crash", () => {
    const grid: Grid = {
      sheet: "Renaksi 2024",
      top: 1,
      left: 1,
      cells: [
        ["Kode", "Kode", "Kode", "Kode", "Kode", "Anggaran", "Kode"].map((value) => ({ value })),
        [{ value: "" }, { value: false }, { value: 0 }, { value: 0, numberFormat: "0.00%" }, { value: null }, { value: 1e18 }],
        [{ value: "1.1.1" }],
      ],
      merges: [],
    };
    onlyExpectedErrors(() => hitungCapaian([grid], {}));
  });

  test("random mappings raise MappingError or work, never anything else", () => {
    const roles = ["code", "name", "annualTarget", "quarterTarget:1", "quarterRealization:2", "budget", "spentQuarter:1", "bogus", "quarterTarget:9", ""];
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom("A", "B", "E", "F", "K", "N", "O", "ZZ", "1", ""), fc.constantFrom(...roles), { maxKeys: 6 }),
        fc.constantFrom("Renaksi 2024", "Nope"),
        (columns, sheet) => {
          const grid = layoutAGrid({ subactivities: 6, seed: 3 });
          const mapping = { version: 1 as const, tables: [{ sheet, columns }] };
          onlyExpectedErrors(() => hitungCapaian([grid], { mapping }));
        },
      ),
      { seed: SEED, numRuns: 150 },
    );
  });
});

/** Random text for a numeric cell: clean numbers in both locales, malformed text, errors, empty marks. */
const numericText = fc.oneof(
  fc.integer({ min: 0, max: 9_999_999_999 }).map((x) => formatNumber(x, 0)),
  fc.integer({ min: 0, max: 999_999 }).map((x) => formatNumber(x / 100, 2)),
  fc.integer({ min: 1_000, max: 999_999_999 }).map((x) => x.toLocaleString("en-US") + ".00"),
  fc.constantFrom("35.629.000 0", "37.962.87 0", "12a", "1..2", "Rp", "5 %%", "ok", "TRUE", "1,2,3", "(5)", "10 Dok", "-", "—", "#REF!", "#N/A", " ", "1e5", "٣"),
  fc.string({ maxLength: 8 }),
);

const NUMERIC_ROLES = new Set<ColumnRoleKind>([
  "annualTarget", "quarterTarget", "quarterRealization", "realizationToDate", "budget", "spentQuarter", "spentToDate",
  "statedPerformancePct", "statedBudgetPct", "numerator", "denominator", "realization",
]);

describe("numeric cells of a detected table", () => {
  test("either parse or carry an unparseable-value / error-value finding at that cell", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 30 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), numericText, fc.boolean()), { minLength: 1, maxLength: 25 }),
        (subs, seed, edits) => {
          const gen = generateLayoutA({ subactivities: subs, seed, codes: "nomenclature" });
          const grid = layoutAGrid(gen);
          const numericCols = [5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18];
          const dataRows = gen.dataRows.last - gen.dataRows.first + 1;
          for (const [r, c, text, asError] of edits) {
            const row = gen.dataRows.first + (r % dataRows);
            const col = numericCols[c % numericCols.length];
            const line = grid.cells[row - 1];
            while (line.length < col) line.push({ value: null });
            line[col - 1] = asError && text.startsWith("#") ? { value: null, error: text } : { value: text };
          }
          let result;
          try {
            result = hitungCapaian([grid], {});
          } catch (e) {
            if (e instanceof NoTableError || e instanceof MappingError) return;
            throw e;
          }
          const flagged = new Set(
            result.findings.filter((f) => f.rule === "unparseable-value" || f.rule === "error-value").map((f) => `${f.sheet}!${f.cell}`),
          );
          for (const t of result.layout.tables) {
            for (const col of t.columns) {
              if (!NUMERIC_ROLES.has(col.role.kind)) continue;
              for (let row = t.dataRows.first; row <= t.dataRows.last; row++) {
                const cell = cellAt(grid, row, col.col);
                const p = parseCell(cell);
                if (p.kind === "malformed" || p.kind === "error") {
                  expect({ cell: `${t.sheet}!${columnLetter(col.col)}${row}`, text: cell.value ?? cell.error, flagged: flagged.has(`${t.sheet}!${columnLetter(col.col)}${row}`) }).toEqual(
                    expect.objectContaining({ flagged: true }),
                  );
                }
              }
            }
          }
        },
      ),
      { seed: SEED, numRuns: 120 },
    );
  });
});

describe("money sums", () => {
  test("are exact to the sen (compared with BigInt sums), numbers or Indonesian text", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 40 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.array(fc.tuple(fc.bigInt({ min: 0n, max: 9_999_999_999_99n }), fc.boolean()), { minLength: 40, maxLength: 40 }),
        (subs, seed, amounts) => {
          const gen = generateLayoutA({ subactivities: subs, seed, codes: "nomenclature" });
          const grid = layoutAGrid(gen);
          let expected = 0n;
          let k = 0;
          for (let row = gen.dataRows.first; row <= gen.dataRows.last; row++) {
            const line = grid.cells[row - 1];
            if (!/\.\d{4}$/.test(String(line[0]?.value))) continue; // sub-activity rows only
            const [sen, asText] = amounts[k++ % amounts.length];
            expected += sen;
            const rupiah = Number(sen) / 100;
            line[13] = asText ? { value: formatNumber(rupiah, sen % 100n === 0n ? 0 : 2) } : { value: rupiah };
          }
          const result = hitungCapaian([grid], { quarter: 2 });
          expect(result.totals.budget).toBe(Number(expected) / 100);
          // Every activity's budget is the exact sum of its sub-activities.
          const byId = new Map(result.rows.map((r) => [r.id, r]));
          for (const a of result.rows.filter((r) => r.level === "activity")) {
            let s = 0n;
            for (const id of a.childIds) {
              const c = byId.get(id)!;
              s += BigInt(Math.round((c.figures.budget ?? 0) * 100));
            }
            expect(a.figures.budget).toBe(Number(s) / 100);
          }
        },
      ),
      { seed: SEED, numRuns: 60 },
    );
  });
});
