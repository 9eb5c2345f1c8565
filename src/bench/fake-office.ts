/// <reference types="office-js" />
/**
 * A minimal Excel RequestContext double for benchmarking the Office.js adapter (src/excel):
 * counts context.sync() calls and estimates the payload of every request and response.
 *
 * - Read objects (used ranges, row blocks) are office-addin-mock OfficeMockObjects populated with
 *   the sheet's matrices: their properties read as the mock's "not loaded / not synced" error
 *   until load() + sync(), so a missing sync would show up as garbage in the grid.
 * - Request size of a batch = Σ JSON length of everything set since the previous sync (values,
 *   number formats, format properties, hyperlinks, names) + ~100 bytes per queued call.
 * - Response size of a batch = Σ JSON length of the properties loaded in it. A response over
 *   `responseLimit` (Excel on the web: 5 MB) fails like Excel does (ResponsePayloadSizeLimitExceeded),
 *   so the reader's block fallback is exercised.
 * Only what read-grids.ts / write-sheets.ts call is implemented.
 */
import { OfficeMockObject } from "office-addin-mock";
import type { Grid } from "../domain/grid";

const CALL_BYTES = 100;

type Matrix = unknown[][];

interface SheetData {
  name: string;
  id: string;
  visibility: string;
  /** Used range (0-based origin) and its matrices. */
  rowIndex: number;
  columnIndex: number;
  values: Matrix;
  formulas: Matrix;
  numberFormat: Matrix;
  valueTypes: Matrix;
  marker: string | null;
}

export interface SyncStats {
  syncs: number;
  requestBytes: number[];
  /** Responses delivered (a refused one is recorded in refusedResponses instead). */
  responseBytes: number[];
  refusedResponses: number[];
}

function json(x: unknown): number {
  return JSON.stringify(x)?.length ?? 0;
}

/** Grid → the matrices Office.js would return for its used range. */
export function sheetDataFromGrid(grid: Grid, id: string): SheetData {
  const width = Math.max(1, ...grid.cells.map((r) => r.length));
  const values: Matrix = [];
  const formulas: Matrix = [];
  const numberFormat: Matrix = [];
  const valueTypes: Matrix = [];
  for (const row of grid.cells) {
    const v = new Array(width);
    const f = new Array(width);
    const n = new Array(width);
    const t = new Array(width);
    for (let c = 0; c < width; c++) {
      const cell = row[c];
      const value = cell?.error ? cell.error : (cell?.value ?? "");
      v[c] = value;
      f[c] = cell?.formula ?? value;
      n[c] = cell?.numberFormat ?? "General";
      t[c] = cell?.error
        ? "Error"
        : typeof value === "number"
          ? "Double"
          : value === ""
            ? "Empty"
            : typeof value === "boolean"
              ? "Boolean"
              : "String";
    }
    values.push(v);
    formulas.push(f);
    numberFormat.push(n);
    valueTypes.push(t);
  }
  return {
    name: grid.sheet,
    id,
    visibility: "Visible",
    rowIndex: grid.top - 1,
    columnIndex: grid.left - 1,
    values,
    formulas,
    numberFormat,
    valueTypes,
    marker: null,
  };
}

class PayloadError extends Error {
  code = "ResponsePayloadSizeLimitExceeded";
}

export class FakeExcel {
  readonly stats: SyncStats = { syncs: 0, requestBytes: [], responseBytes: [], refusedResponses: [] };
  private pendingRequest = 0;
  private pendingResponse = 0;
  private pendingMocks: OfficeMockObject[] = [];
  private pendingThunks: (() => void)[] = [];
  private nextId = 1;
  readonly sheets: FakeSheet[] = [];
  /** Cells written (across sheets), for sanity checks. */
  cellsWritten = 0;

  constructor(
    data: SheetData[],
    readonly responseLimit = 5 * 1024 * 1024,
  ) {
    for (const d of data) this.sheets.push(new FakeSheet(this, d));
  }

  newId(): string {
    return `{sheet-${this.nextId++}}`;
  }

  request(bytes: number): void {
    this.pendingRequest += bytes + CALL_BYTES;
  }

  /** A read whose result arrives at the next sync. */
  read(mock: OfficeMockObject | null, bytes: number, thunk?: () => void): void {
    this.pendingRequest += CALL_BYTES;
    this.pendingResponse += bytes;
    if (mock) this.pendingMocks.push(mock);
    if (thunk) this.pendingThunks.push(thunk);
  }

  async sync(): Promise<void> {
    this.stats.syncs++;
    this.stats.requestBytes.push(this.pendingRequest);
    const tooLarge = this.pendingResponse > this.responseLimit;
    (tooLarge ? this.stats.refusedResponses : this.stats.responseBytes).push(this.pendingResponse);
    const mocks = this.pendingMocks;
    const thunks = this.pendingThunks;
    this.pendingRequest = 0;
    this.pendingResponse = 0;
    this.pendingMocks = [];
    this.pendingThunks = [];
    if (tooLarge) throw new PayloadError("ResponsePayloadSizeLimitExceeded: response over 5 MB");
    for (const m of mocks) await m.sync();
    for (const t of thunks) t();
  }

  /** The object handed to readGrids / writeSheets as an Excel.RequestContext. */
  context(): Excel.RequestContext {
    const self = this;
    const worksheets = {
      items: [] as FakeSheet[],
      load(_props?: unknown) {
        self.read(null, 100 * self.sheets.length, () => (worksheets.items = [...self.sheets]));
        return worksheets;
      },
      add(name: string) {
        const s = new FakeSheet(self, {
          name,
          id: self.newId(),
          visibility: "Visible",
          rowIndex: 0,
          columnIndex: 0,
          values: [[""]],
          formulas: [[""]],
          numberFormat: [["General"]],
          valueTypes: [["Empty"]],
          marker: null,
        });
        self.sheets.push(s);
        self.request(json(name));
        return s;
      },
    };
    const ctx = {
      workbook: { worksheets },
      application: { suspendApiCalculationUntilNextSync: () => self.request(0) },
      sync: () => self.sync(),
    };
    return ctx as unknown as Excel.RequestContext;
  }
}

/** A read-only range (used range or a row block) as an office-addin-mock object. */
function readRange(book: FakeExcel, d: SheetData, r0: number, nRows: number): OfficeMockObject {
  const rows = (m: Matrix) => m.slice(r0, r0 + nRows);
  const cols = d.values[0]?.length ?? 1;
  const data = {
    values: rows(d.values),
    formulas: rows(d.formulas),
    numberFormat: rows(d.numberFormat),
    valueTypes: rows(d.valueTypes),
    rowIndex: d.rowIndex + r0,
    columnIndex: d.columnIndex,
    rowCount: Math.min(nRows, d.values.length - r0),
    columnCount: cols,
    rowHidden: false,
    columnHidden: false,
  };
  const top = d.rowIndex + r0 + 1;
  const left = d.columnIndex + 1;
  const bottom = top + data.rowCount - 1;
  const right = left + cols - 1;
  const address = `${quote(d.name)}!${col(left)}${top}:${col(right)}${bottom}`;
  const methods = {
    getSpecialCellsOrNullObject: () => areaResult(book, address),
    getMergedAreasOrNullObject: () => areaResult(book, null),
    getColumn: () => ({
      getResizedRange: (_dr: number, dc: number) => ({
        getCellProperties: () => {
          const result: { value?: unknown } = {};
          const width = Math.min(cols, dc + 1);
          const props = Array.from({ length: data.rowCount }, () =>
            Array.from({ length: width }, () => ({ format: { font: { bold: false }, indentLevel: 0 } })),
          );
          book.read(null, data.rowCount * width * 45, () => (result.value = props));
          return result;
        },
      }),
    }),
  };
  const mock = new OfficeMockObject({ ...data, ...methods } as unknown as Record<string, unknown>);
  const load = mock.load.bind(mock);
  // Loading queues the response: size = JSON of the loaded matrices / scalars.
  (mock as unknown as { load: (p: unknown) => unknown }).load = (props: unknown) => {
    const list = Array.isArray(props) ? (props as string[]) : String(props).split(",");
    let bytes = 0;
    for (const p of list) bytes += json((data as Record<string, unknown>)[p.trim()]);
    book.read(mock, bytes);
    return load(props as string[]);
  };
  return mock;
}

function areaResult(book: FakeExcel, address: string | null) {
  const r = { isNullObject: address === null, address: address ?? "", load: () => r };
  r.load = () => {
    book.read(null, (address ?? "").length + 20);
    return r;
  };
  return r;
}

function quote(name: string): string {
  return /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function col(n: number): string {
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A writable range: every property set is counted as request bytes. */
function writeRange(book: FakeExcel, cells = 1): Record<string, unknown> {
  const setter = (target: Record<string, unknown>, key: string) =>
    Object.defineProperty(target, key, {
      set(v: unknown) {
        book.request(json(v) + key.length);
        if (key === "values") book.cellsWritten += cells;
      },
      get() {
        return undefined;
      },
    });
  const font: Record<string, unknown> = {};
  for (const k of ["bold", "color", "size", "italic"]) setter(font, k);
  const fill: Record<string, unknown> = {};
  setter(fill, "color");
  const side: Record<string, unknown> = {};
  for (const k of ["style", "color"]) setter(side, k);
  const format: Record<string, unknown> = {
    font,
    fill,
    borders: { getItem: () => side },
    autofitRows: () => book.request(20),
  };
  for (const k of ["columnWidth", "wrapText", "verticalAlignment", "indentLevel"]) setter(format, k);
  const range: Record<string, unknown> = { format, getEntireColumn: () => writeRange(book) };
  for (const k of ["values", "numberFormat", "formulas", "hyperlink"]) setter(range, k);
  return range;
}

export class FakeSheet {
  name: string;
  id: string;
  visibility: string;
  private deleted = false;

  constructor(
    private readonly book: FakeExcel,
    readonly data: SheetData,
  ) {
    this.name = data.name;
    this.id = data.id;
    this.visibility = data.visibility;
  }

  get customProperties() {
    const book = this.book;
    const sheet = this;
    return {
      getItemOrNullObject(_key: string) {
        const r = { isNullObject: true, value: "" as unknown, load: (_p?: unknown) => r };
        r.load = () => {
          book.read(null, 60, () => {
            r.isNullObject = sheet.data.marker === null;
            r.value = sheet.data.marker;
          });
          return r;
        };
        return r;
      },
      add(_key: string, value: string) {
        book.request(json(value) + 20);
        sheet.data.marker = value;
      },
    };
  }

  getUsedRange(_valuesOnly?: boolean) {
    return readRange(this.book, this.data, 0, this.data.values.length);
  }

  getRangeByIndexes(row: number, _col: number, nRows: number, nCols: number) {
    // Reads (block fallback) start inside the used range; writes go to new sheets.
    if (this.data.values.length > 1 && row >= this.data.rowIndex)
      return readRange(this.book, this.data, row - this.data.rowIndex, nRows);
    return writeRange(this.book, nRows * nCols);
  }

  getRange(_address?: string) {
    return writeRange(this.book);
  }

  get freezePanes() {
    return { freezeRows: (_n: number) => this.book.request(20) };
  }

  get pageLayout() {
    const book = this.book;
    const pl: Record<string, unknown> = { setPrintTitleRows: (a: string) => book.request(json(a)) };
    for (const k of ["orientation", "zoom"]) {
      Object.defineProperty(pl, k, {
        set: (v: unknown) => {
          book.request(json(v));
        },
        get: () => undefined,
      });
    }
    return pl;
  }

  get charts() {
    const book = this.book;
    return {
      add: () => {
        book.request(200);
        const series = { name: "", setValues: () => book.request(50), setXAxisValues: () => book.request(50) };
        return {
          title: { text: "" },
          legend: { position: "" },
          series: { getItemAt: () => series, add: () => series },
          setPosition: () => book.request(50),
        };
      },
    };
  }

  load(_props?: unknown) {
    this.book.read(null, 80);
    return this;
  }

  delete() {
    this.deleted = true;
    this.book.request(20);
  }

  activate() {
    this.book.request(20);
  }

  get isDeleted() {
    return this.deleted;
  }
}
