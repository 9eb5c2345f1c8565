import { parseMapping } from "../../../src/domain/layout/mapping";
import { mappingProblemText } from "../../../src/i18n/mapping";
import { parseSavedMapping } from "../../../src/hosts/saved-mapping";

const table = (over: Record<string, unknown> = {}) => ({
  sheet: "Renaksi",
  columns: { A: "code", B: "name" },
  ...over,
});
const one = (over: Record<string, unknown> = {}) => ({ version: 1, tables: [table(over)] });

/** The reason parseMapping gives, as text. */
function why(data: unknown): string | null {
  const r = parseMapping(data);
  return "problem" in r ? mappingProblemText(r.problem) : null;
}

describe("parseMapping: the one mapping parser (CLI, pane, web page)", () => {
  test("a valid mapping comes back with its column letters upper-cased", () => {
    const data = {
      version: 1,
      tables: [
        {
          sheet: "Renaksi",
          headerRows: { first: 5, last: 6 },
          dataRows: { first: 7 },
          kind: "plan",
          columns: {
            a: "code",
            B: "name",
            f: "quarterTarget:1",
            G: "statedPerformancePct",
            H: "ignore",
            I: "",
            j: "abaikan",
            K: "extra:Renstra",
          },
        },
      ],
    };
    expect(parseMapping(data)).toEqual({
      mapping: {
        version: 1,
        tables: [
          {
            sheet: "Renaksi",
            headerRows: { first: 5, last: 6 },
            dataRows: { first: 7 },
            kind: "plan",
            columns: {
              A: "code",
              B: "name",
              F: "quarterTarget:1",
              G: "statedPerformancePct",
              H: "ignore",
              I: "",
              J: "abaikan",
              K: "extra:Renstra",
            },
          },
        ],
      },
    });
  });

  test("each problem, with the exact Indonesian reason (table numbers from 1)", () => {
    expect(why([])).toBe("isinya harus sebuah objek JSON");
    expect(why(null)).toBe("isinya harus sebuah objek JSON");
    expect(why("x")).toBe("isinya harus sebuah objek JSON");
    expect(why({ version: 2, tables: [table()] })).toBe('kunci "version" harus bernilai 1');
    expect(why({ version: 1, tables: [] })).toBe('kunci "tables" harus berupa daftar yang tidak kosong');
    expect(why({ version: 1 })).toBe('kunci "tables" harus berupa daftar yang tidak kosong');
    expect(why({ version: 1, tables: [table(), { sheet: "", columns: {} }] })).toBe(
      'tabel ke-2 harus memiliki "sheet" (teks) dan "columns" (objek)',
    );
    expect(why(one({ columns: [] }))).toBe('tabel ke-1 harus memiliki "sheet" (teks) dan "columns" (objek)');
    expect(why(one({ columns: { F: "targetTW1" } }))).toBe(
      'tabel ke-1: kolom "F" harus berupa huruf kolom dengan arti berupa teks',
    );
    expect(why(one({ columns: { F1: "name" } }))).toBe(
      'tabel ke-1: kolom "F1" harus berupa huruf kolom dengan arti berupa teks',
    );
    expect(why(one({ columns: { F: 3 } }))).toBe(
      'tabel ke-1: kolom "F" harus berupa huruf kolom dengan arti berupa teks',
    );
    expect(why(one({ columns: { F: "quarterTarget" } }))).toBe(
      'tabel ke-1: kolom "F" harus berupa huruf kolom dengan arti berupa teks',
    );
    expect(why(one({ headerRows: { first: 5 } }))).toBe(
      'tabel ke-1: "headerRows"/"dataRows" harus berisi nomor baris positif',
    );
    expect(why(one({ dataRows: { first: 0 } }))).toBe(
      'tabel ke-1: "headerRows"/"dataRows" harus berisi nomor baris positif',
    );
    expect(why(one({ dataRows: { first: 7, last: 7.5 } }))).toBe(
      'tabel ke-1: "headerRows"/"dataRows" harus berisi nomor baris positif',
    );
    expect(why(one({ kind: "flat" }))).toBe('tabel ke-1: "kind" harus "plan" atau "keyIndicators"');
    expect(why(one({ kind: "keyIndicators" }))).toBeNull();
  });

  test("a saved mapping the parser refuses is nothing saved (null), a valid one is the parsed mapping", () => {
    expect(parseSavedMapping(one())).toEqual(one());
    expect(parseSavedMapping({ version: 1, tables: [] })).toBeNull();
    expect(parseSavedMapping(one({ columns: { F: "bogus" } }))).toBeNull();
    expect(parseSavedMapping(one({ columns: { f: "name" } }))).toEqual(one({ columns: { F: "name" } }));
    expect(parseSavedMapping(undefined)).toBeNull();
  });
});
