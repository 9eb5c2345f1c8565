/**
 * Why a column mapping (a --mapping file, or one a host saved) cannot be used: the reason of
 * each `MappingProblem` (domain/layout/mapping.ts `parseMapping`), one Indonesian clause.
 */
import type { MappingProblem } from "../domain/types";

const WHY: { [K in MappingProblem["kind"]]: (p: Extract<MappingProblem, { kind: K }>) => string } = {
  notObject: () => "isinya harus sebuah objek JSON",
  version: () => 'kunci "version" harus bernilai 1',
  tables: () => 'kunci "tables" harus berupa daftar yang tidak kosong',
  table: (p) => `tabel ke-${p.table + 1} harus memiliki "sheet" (teks) dan "columns" (objek)`,
  column: (p) => `tabel ke-${p.table + 1}: kolom "${p.column}" harus berupa huruf kolom dengan arti berupa teks`,
  rows: (p) => `tabel ke-${p.table + 1}: "headerRows"/"dataRows" harus berisi nomor baris positif`,
  tableKind: (p) => `tabel ke-${p.table + 1}: "kind" harus "plan" atau "keyIndicators"`,
};

/** The reason a mapping was refused ("kunci \"version\" harus bernilai 1"). */
export function mappingProblemText(p: MappingProblem): string {
  return (WHY[p.kind] as (p: MappingProblem) => string)(p);
}
