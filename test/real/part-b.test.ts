/**
 * Issue 10 part B on the public workbooks in ../shared/data (never committed here): several
 * agencies in one table, and a reference list that is not a plan. Skipped when the folder is absent.
 */
import * as fs from "fs";
import * as path from "path";
import { loadWorkbook, readGrids } from "../../src/xlsx";
import { hitungCapaian } from "../../src/domain/engine";
import { sumMoney } from "../../src/domain/values/rupiah";
import type { Grid } from "../../src/domain/grid";

const DATA = path.resolve(__dirname, "../../../shared/data");
const has = (f: string) => fs.existsSync(path.join(DATA, f));
const maybe = (f: string) => (has(f) ? test : test.skip);
if (!fs.existsSync(DATA)) console.warn(`../shared/data tidak ada: uji workbook nyata bagian B dilewati (${DATA}).`);

const grids = async (file: string) => readGrids(await loadWorkbook(path.join(DATA, file)));

/** Bottom-up truth straight from the cells: Σ of the named column per agency code, and distinct codes. */
function truth(g: Grid, agencyHeader: string, amountHeader: string, codeHeader: string) {
  const header = g.cells[0].map((c) => String(c.value));
  const [a, m, k] = [agencyHeader, amountHeader, codeHeader].map((h) => header.indexOf(h));
  const perAgency = new Map<string, number[]>();
  const codes = new Set<string>();
  for (const row of g.cells.slice(1)) {
    const agency = String(row[a].value);
    perAgency.set(agency, [...(perAgency.get(agency) ?? []), Number(row[m].value)]);
    codes.add(`${agency}|${row[k].value}`);
  }
  return { perAgency, codes };
}

describe("public agency workbooks, part B", () => {
  maybe("rkpd-perubahan-multi-opd-2023.xlsx")(
    "regency-wide budget list after the change: one result per agency, budget after the change, no finding",
    async () => {
      const g = await grids("rkpd-perubahan-multi-opd-2023.xlsx");
      const r = hitungCapaian(g);
      const t = truth(g[0], "kode_opd", "menjadi_anggaran", "kode_subkegiatan");
      expect(r.agencies).toHaveLength(40);
      expect(r.agencies!.map((x) => x.agency)).toEqual([...t.perAgency.keys()]);
      // Every agency's budget equals the sum of its lines after the change, to the sen.
      for (const x of r.agencies!) expect(x.totals.budget).toBe(sumMoney(t.perAgency.get(x.agency)!));
      expect(r.totals.budget).toBe(1185539354926.81);
      expect(r.totals.budget).toBe(sumMoney([...t.perAgency.values()].flat()));
      // Sub-activities = distinct (agency, sub-kegiatan code); kegiatan and programs from the prefixes.
      expect(r.totals).toMatchObject({ programs: 165, activities: 381, subactivities: t.codes.size });
      expect(t.codes.size).toBe(781);
      expect(r.agencies![0]).toMatchObject({
        agency: "1.01.0.00.0.00.01.0000",
        totals: { programs: 5, activities: 18, subactivities: 65, budget: 174868827378.13 },
      });
      expect(r.findings).toEqual([]);
      expect(r.report.agencies).toHaveLength(40);
      expect(r.layout.tables[0].reading).toMatchObject({ doubtful: false, contradicting: 0 });
    },
    60_000,
  );

  maybe("nomenklatur-sub-kegiatan-sipd.xlsx")(
    "the national nomenclature: a readable workbook with nothing to compute — an empty report, one sentence",
    async () => {
      const r = hitungCapaian(await grids("nomenklatur-sub-kegiatan-sipd.xlsx"));
      expect(r.report.totals).toMatchObject({
        programs: 0,
        activities: 0,
        subactivities: 0,
        budget: 0,
        spentToDate: 0,
      });
      expect(r.findings).toHaveLength(1);
      expect(r.findings[0]).toMatchObject({ rule: "layout", severity: "warning", sheet: "Worksheet", cell: "A1" });
      expect(r.findings[0].message).toMatch(
        /^Lembar "Worksheet" berisi daftar nomenklatur .* tidak ada yang dapat dihitung/,
      );
    },
    60_000,
  );
});
