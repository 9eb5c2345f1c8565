/**
 * The Excel workbook double for the Office.js code in src/excel: the one fake used by the tests
 * (test/excel) and by the benchmark of the adapter (bench/child.ts).
 *
 * - Objects that are loaded (used ranges, custom properties, range areas, worksheets' ids)
 *   are office-addin-mock OfficeMockObjects: reading a property before load + sync yields the
 *   mock's "not loaded / not synced" error text instead of data, so a missing sync shows up.
 * - context.sync() is counted, and the estimated request payload of each batch (JSON length of
 *   everything set since the previous sync) is recorded.
 * - Writing values behaves like Excel: a string starting with "=" becomes a formula and a
 *   numeric-looking string a number — unless the cell's number format is "@" (Text).
 * - Every write is attributed to its sheet, so tests can assert source sheets stay untouched.
 * - The response of each sync is measured too (JSON length of what was loaded): one over
 *   `responseLimit` fails like Excel on the web (ResponsePayloadSizeLimitExceeded, 5 MB there), so
 *   the reader's row-block fallback runs. Ranges read in blocks (getRangeByIndexes + load).
 * - `keepWrites: false` (the benchmark) counts written cells and bytes without storing them.
 */
import "./mock-setup";
import { OfficeMockObject } from "office-addin-mock";
import { columnNumber, type Grid } from "../../src/domain/grid";

type Value = string | number | boolean;
export interface FakeCell {
  value?: Value;
  formula?: string;
  numberFormat?: string;
  error?: string;
  bold?: boolean;
  indent?: number;
}

let nextId = 1;

export interface FakeBookOptions {
  /** Largest response of one sync, bytes (Excel on the web: 5 MB); default: no limit. */
  responseLimit?: number;
  /** Store written cells (default true); false only counts them (large benchmark runs). */
  keepWrites?: boolean;
}

export class FakeBook {
  sheets: FakeSheet[] = [];
  syncs = 0;
  /** Request payload of each sync (JSON length of everything set or added since the previous one). */
  batchBytes: number[] = [];
  pendingBytes = 0;
  /** Response payload of each delivered sync (JSON length of what was loaded). */
  responseBytes: number[] = [];
  /** Responses over `responseLimit`, refused like Excel does. */
  refusedResponses: number[] = [];
  pendingResponse = 0;
  /** Cells written by `range.values = …` (across sheets). */
  cellsWritten = 0;
  /** Mocks to resolve at the next sync. */
  pendingMocks: OfficeMockObject[] = [];
  pendingResults: { target: { value: unknown }; compute: () => unknown }[] = [];
  deleted: string[] = [];
  activeSheet: string | null = null;
  /** getUsedRangeOrNullObject calls (on sheets and ranges): the reader's probes of empty areas. */
  probes = 0;
  /** Highest ExcelApi 1.x minor version supported (13 = ExcelApi 1.13). */
  apiMinor = 13;
  readonly responseLimit: number;
  readonly keepWrites: boolean;

  constructor(options: FakeBookOptions = {}) {
    this.responseLimit = options.responseLimit ?? Infinity;
    this.keepWrites = options.keepWrites ?? true;
  }

  /** A sheet holding a Grid as Excel would show it (values, formulas, formats, errors, bold, indent). */
  addGrid(grid: Grid): FakeSheet {
    const s = new FakeSheet(this, grid.sheet);
    grid.cells.forEach((row, r) =>
      row.forEach((c, i) => {
        if (!c) return;
        const cell: FakeCell = {};
        if (c.error) cell.error = c.error;
        else if (c.value !== null && c.value !== "") cell.value = c.value as Value;
        if (c.formula) cell.formula = c.formula;
        if (c.numberFormat) cell.numberFormat = c.numberFormat;
        if (c.bold) cell.bold = true;
        if (c.indent) cell.indent = c.indent;
        if (Object.keys(cell).length) s.cells.set(key(grid.top + r, grid.left + i), cell);
      }),
    );
    if (grid.hidden) s.visibility = "Hidden";
    s.hiddenRows = new Set(grid.hiddenRows ?? []);
    this.sheets.push(s);
    return s;
  }

  /** A load whose result arrives at the next sync: its size counts towards the response. */
  respond(bytes: number): void {
    this.pendingResponse += bytes;
  }

  addSheet(
    name: string,
    cells: Record<string, FakeCell | Value> = {},
    opts: { hidden?: boolean; hiddenRows?: number[] } = {},
  ): FakeSheet {
    const s = new FakeSheet(this, name);
    for (const [addr, c] of Object.entries(cells)) {
      const { row, col } = parseCell(addr);
      s.cells.set(key(row, col), typeof c === "object" ? { ...c } : { value: c });
    }
    if (opts.hidden) s.visibility = "Hidden";
    s.hiddenRows = new Set(opts.hiddenRows ?? []);
    this.sheets.push(s);
    return s;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  supports = (v: string): boolean => Number(v.split(".")[1]) <= this.apiMinor;

  count(bytes: number): void {
    this.pendingBytes += bytes;
  }

  get context(): Excel.RequestContext {
    const book = this;
    const ctx = {
      workbook: {
        worksheets: {
          load: () => undefined,
          get items() {
            return book.sheets;
          },
          add: (name: string) => {
            book.count(50 + name.length);
            if (book.sheet(name)) throw new Error(`ItemAlreadyExists: ${name}`);
            const s = new FakeSheet(book, name);
            s.createdByRun = true;
            book.sheets.push(s);
            return s;
          },
          getItemOrNullObject: (name: string) => {
            const s = book.sheet(name);
            return s ?? { isNullObject: true };
          },
        },
      },
      application: { suspendApiCalculationUntilNextSync: () => book.count(20) },
      sync: async () => {
        book.syncs++;
        book.batchBytes.push(book.pendingBytes);
        book.pendingBytes = 0;
        const response = book.pendingResponse;
        book.pendingResponse = 0;
        const mocks = book.pendingMocks;
        book.pendingMocks = [];
        const results = book.pendingResults;
        book.pendingResults = [];
        if (response > book.responseLimit) {
          book.refusedResponses.push(response);
          throw Object.assign(new Error("ResponsePayloadSizeLimitExceeded: response over the limit"), {
            code: "ResponsePayloadSizeLimitExceeded",
          });
        }
        book.responseBytes.push(response);
        for (const m of mocks) await m.sync();
        for (const r of results) r.target.value = r.compute();
      },
    };
    return ctx as unknown as Excel.RequestContext;
  }
}

export class FakeSheet {
  id = `{${String(nextId++).padStart(8, "0")}-0001-0000-0000-000000000000}`;
  cells = new Map<string, FakeCell>();
  visibility = "Visible";
  hiddenRows = new Set<number>();
  merges: string[] = [];
  props = new Map<string, string>();
  /** Number of write operations aimed at this sheet (values, formats, styles, links, layout…). */
  writes = 0;
  createdByRun = false;
  frozenRows = 0;
  pageLayout: Record<string, unknown> & { setPrintTitleRows: (r: string) => void };
  charts: { add: (type: string, src: FakeRange, by: string) => FakeChart; list: FakeChart[] };
  columnWidths = new Map<number, number>();
  links = new Map<string, Excel.RangeHyperlink>();
  styles: { address: string; props: Record<string, unknown> }[] = [];
  customProperties: {
    add: (k: string, v: string) => void;
    getItemOrNullObject: (k: string) => OfficeMockObject;
  };
  freezePanes: { freezeRows: (n: number) => void };
  private _name: string;

  constructor(
    private book: FakeBook,
    name: string,
  ) {
    this._name = name;
    const touch = (bytes: number) => {
      this.writes++;
      book.count(bytes);
    };
    const sheet = this;
    this.pageLayout = {
      setPrintTitleRows(r: string) {
        touch(50);
        this.printTitleRows = r;
      },
    };
    const chartList: FakeChart[] = [];
    this.charts = {
      list: chartList,
      add: (type, src, by) => {
        touch(200);
        const c = new FakeChart(type, src.address, by);
        chartList.push(c);
        return c;
      },
    };
    this.customProperties = {
      add: (k, v) => {
        touch(50);
        sheet.props.set(k.toLowerCase(), v);
      },
      getItemOrNullObject: (k) => {
        const v = sheet.props.get(k.toLowerCase());
        return nullable(book, { value: v ?? "" }, v === undefined);
      },
    };
    this.freezePanes = {
      freezeRows: (n) => {
        touch(30);
        sheet.frozenRows = n;
      },
    };
  }

  get name(): string {
    return this._name;
  }
  set name(v: string) {
    if (v === this._name) return;
    const other = this.book.sheet(v);
    if (other && other !== this) throw new Error(`ItemAlreadyExists: ${v}`);
    this.writes++;
    this._name = v;
  }

  /** While set, writes are attributed but their bytes are counted by the caller (multi-area ops). */
  muted = false;

  touch(bytes: number): void {
    this.writes++;
    if (!this.muted) this.book.count(bytes);
  }

  delete(): void {
    if (this.book.sheets.length === 1) throw new Error("InvalidOperation: last sheet");
    this.book.count(30);
    this.book.sheets = this.book.sheets.filter((s) => s !== this);
    this.book.deleted.push(this.name);
  }

  activate(): void {
    this.book.activeSheet = this.name;
  }

  load(): this {
    return this;
  }

  cell(addr: string): FakeCell | undefined {
    const { row, col } = parseCell(addr);
    return this.cells.get(key(row, col));
  }

  bounds(): { top: number; left: number; bottom: number; right: number } | null {
    let top = Infinity,
      left = Infinity,
      bottom = 0,
      right = 0;
    for (const [k, c] of this.cells) {
      if (c.value === undefined && c.formula === undefined && c.error === undefined) continue;
      const [r, col] = k.split(",").map(Number);
      top = Math.min(top, r);
      left = Math.min(left, col);
      bottom = Math.max(bottom, r);
      right = Math.max(right, col);
    }
    return bottom ? { top, left, bottom, right } : null;
  }

  /** The four matrices Office.js returns for a rectangle (1-based, inclusive). */
  matrices(top: number, left: number, bottom: number, right: number): ReadMatrices {
    const rows = bottom - top + 1;
    const cols = right - left + 1;
    const values: unknown[][] = [];
    const formulas: unknown[][] = [];
    const numberFormat: unknown[][] = [];
    const valueTypes: unknown[][] = [];
    for (let r = 0; r < rows; r++) {
      values.push([]);
      formulas.push([]);
      numberFormat.push([]);
      valueTypes.push([]);
      for (let c = 0; c < cols; c++) {
        const cell = this.cells.get(key(top + r, left + c)) ?? {};
        const v = cell.error ?? cell.value ?? "";
        values[r].push(v);
        formulas[r].push(cell.formula ?? v);
        numberFormat[r].push(cell.numberFormat ?? "General");
        valueTypes[r].push(
          cell.error
            ? "Error"
            : v === ""
              ? "Empty"
              : typeof v === "number"
                ? "Double"
                : typeof v === "boolean"
                  ? "Boolean"
                  : "String",
        );
      }
    }
    return { values, formulas, numberFormat, valueTypes };
  }

  /** Bounds of the cells holding a value, formula or error inside a rectangle (null: none). */
  boundsIn(top: number, left: number, bottom: number, right: number): ReturnType<FakeSheet["bounds"]> {
    let t = Infinity,
      l = Infinity,
      b = 0,
      r = 0;
    for (const [k, c] of this.cells) {
      if (c.value === undefined && c.formula === undefined && c.error === undefined) continue;
      const [row, col] = k.split(",").map(Number);
      if (row < top || row > bottom || col < left || col > right) continue;
      t = Math.min(t, row);
      l = Math.min(l, col);
      b = Math.max(b, row);
      r = Math.max(r, col);
    }
    return b ? { top: t, left: l, bottom: b, right: r } : null;
  }

  /** Used range (values only) of a rectangle as a null-object mock (Range.getUsedRangeOrNullObject). */
  usedIn(top: number, left: number, bottom: number, right: number): OfficeMockObject {
    this.book.probes++;
    const b = this.boundsIn(top, left, bottom, right);
    const data = b
      ? {
          rowIndex: b.top - 1,
          columnIndex: b.left - 1,
          rowCount: b.bottom - b.top + 1,
          columnCount: b.right - b.left + 1,
          address: `${this.quoted}!${colLetter(b.left)}${b.top}:${colLetter(b.right)}${b.bottom}`,
        }
      : { rowIndex: 0, columnIndex: 0, rowCount: 0, columnCount: 0, address: "" };
    return nullable(this.book, data, b === null);
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): OfficeMockObject {
    void valuesOnly;
    return this.usedIn(1, 1, 1048576, 16384);
  }

  /**
   * Read side: the used range as a mock (values, formulas, numberFormat, valueTypes …). The four
   * matrices are built only when loaded; a load the response limit would refuse is refused
   * without building them, and one over 20 million cells fails like Excel running out of memory.
   */
  getUsedRange(valuesOnly?: boolean): OfficeMockObject {
    void valuesOnly;
    const b = this.bounds() ?? { top: 1, left: 1, bottom: 1, right: 1 };
    const rows = b.bottom - b.top + 1;
    const cols = b.right - b.left + 1;
    const empty: unknown[][] = [];
    let values = empty,
      formulas = empty,
      numberFormat = empty,
      valueTypes = empty;
    const allHidden = rows > 0 && Array.from({ length: rows }, (_, i) => this.hiddenRows.has(b.top + i)).every(Boolean);
    const visibleAreas: string[] = [];
    for (let r = b.top; r <= b.bottom; r++) {
      if (this.hiddenRows.has(r)) continue;
      let e = r;
      while (e + 1 <= b.bottom && !this.hiddenRows.has(e + 1)) e++;
      visibleAreas.push(`${this.quoted}!${colLetter(b.left)}${r}:${colLetter(b.right)}${e}`);
      r = e;
    }
    const usedData = {
      values,
      formulas,
      numberFormat,
      valueTypes,
      rowIndex: b.top - 1,
      columnIndex: b.left - 1,
      rowCount: rows,
      columnCount: cols,
      rowHidden: allHidden,
      columnHidden: false,
      address: `${this.quoted}!${colLetter(b.left)}${b.top}:${colLetter(b.right)}${b.bottom}`,
    };
    const used = new OfficeMockObject(usedData) as OfficeMockObject & Record<string, unknown>;
    this.book.pendingMocks.push(used);
    const book = this.book;
    const matrixProps = ["values", "formulas", "numberFormat", "valueTypes"];
    const load = used.load.bind(used);
    (used as unknown as { load: (p: unknown) => unknown }).load = (props: unknown) => {
      const list = (Array.isArray(props) ? (props as string[]) : String(props).split(",")).map((p) => p.trim());
      const wanted = list.filter((p) => matrixProps.includes(p));
      if (wanted.length && values === empty) {
        const area = rows * cols;
        if (area * 5 * wanted.length > book.responseLimit) {
          book.respond(area * 5 * wanted.length); // refused at the sync, nothing built
          return used;
        }
        if (area > 20_000_000) throw new Error(`GeneralException: range of ${area} cells too large to load`);
        ({ values, formulas, numberFormat, valueTypes } = this.matrices(b.top, b.left, b.bottom, b.right));
        Object.assign(usedData, { values, formulas, numberFormat, valueTypes });
        const set = (used as unknown as { setValue: (k: string, v: unknown) => void }).setValue.bind(used);
        for (const p of matrixProps) set(p, usedData[p as keyof typeof usedData]);
      }
      book.respond(
        list.reduce((n, p) => n + (JSON.stringify(usedData[p as keyof typeof usedData] ?? null)?.length ?? 4), 0),
      );
      if (!book.pendingMocks.includes(used)) book.pendingMocks.push(used); // loaded again after an earlier sync
      return load(list);
    };
    const areas = (address: string | null) => {
      return nullable(book, { address: address ?? "" }, address === null);
    };
    used.getSpecialCellsOrNullObject = () => areas(visibleAreas.length ? visibleAreas.join(",") : null);
    used.getMergedAreasOrNullObject = () =>
      areas(this.merges.length ? this.merges.map((m) => `${this.quoted}!${m}`).join(",") : null);
    used.getColumn = (i: number) => ({
      getResizedRange: (dr: number, dc: number) => ({
        getCellProperties: () => {
          const result: { value: unknown } = { value: undefined };
          book.pendingResults.push({
            target: result,
            compute: () =>
              Array.from({ length: rows + dr }, (_, r) =>
                Array.from({ length: 1 + dc }, (_, c) => {
                  const cell = this.cells.get(key(b.top + r, b.left + i + c)) ?? {};
                  return { format: { font: { bold: cell.bold === true }, indentLevel: cell.indent ?? 0 } };
                }),
              ),
          });
          return result;
        },
      }),
    });
    return used;
  }

  bookOf(): FakeBook {
    return this.book;
  }

  get quoted(): string {
    return `'${this.name.replace(/'/g, "''")}'`;
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this, row + 1, col + 1, row + rows, col + cols);
  }

  getRange(address: string): FakeRange {
    const a = address.replace(/\$/g, "").toUpperCase();
    const [p, q = p] = a.split(":");
    const pa = parsePointLoose(p);
    const pb = parsePointLoose(q);
    return new FakeRange(this, pa.row, pa.col, pb.row, pb.col);
  }

  /** RangeAreas (ExcelApi 1.9): a format set on it applies to every area. */
  getRanges(list: string): { format: Record<string, unknown> } {
    const areas = list.split(",").map((a) => this.getRange(a.trim()));
    const sheet = this;
    const fan = (pick: (f: Record<string, unknown>) => Record<string, unknown>) =>
      new Proxy({} as Record<string, unknown>, {
        set(_t, k, v) {
          sheet.muted = true;
          for (const a of areas) pick(a.format)[k as string] = v;
          sheet.muted = false;
          sheet.touch(40 + list.length); // one operation, whatever the number of areas
          return true;
        },
      });
    const font = fan((f) => f.font as Record<string, unknown>);
    const fill = fan((f) => f.fill as Record<string, unknown>);
    const top = fan((f) => f);
    type Borders = { getItem(side: string): Record<string, unknown> };
    const borders = { getItem: (side: string) => fan((f) => (f.borders as Borders).getItem(side)) };
    return {
      format: new Proxy({ font, fill, borders } as Record<string, unknown>, {
        get: (t, k) => (k === "font" || k === "fill" || k === "borders" ? t[k as string] : undefined),
        set(_t, k, v) {
          (top as Record<string, unknown>)[k as string] = v;
          return true;
        },
      }),
    };
  }

  /** A1 text of the cell as the user sees it: value or formula. */
  shown(addr: string): unknown {
    const c = this.cell(addr);
    return c?.formula ?? c?.value;
  }
}

export class FakeChart {
  title = { text: "" };
  legend = { position: "" };
  seriesList: { name: string; values?: string; xValues?: string }[] = [];
  position: [string, string] | null = null;
  series: {
    getItemAt: (i: number) => FakeSeries;
    add: (name: string) => FakeSeries;
  };
  constructor(
    public type: string,
    public source: string,
    public seriesBy: string,
  ) {
    const chart = this;
    this.seriesList.push({ name: "Seri1", values: source });
    this.series = {
      getItemAt: (i) => new FakeSeries(chart.seriesList[i]),
      add: (name) => {
        const s = { name };
        chart.seriesList.push(s);
        return new FakeSeries(s);
      },
    };
  }
  setPosition(a: string, b: string): void {
    this.position = [a, b];
  }
}

class FakeSeries {
  constructor(private s: { name: string; values?: string; xValues?: string }) {}
  set name(v: string) {
    this.s.name = v;
  }
  get name(): string {
    return this.s.name;
  }
  setValues(r: FakeRange): void {
    this.s.values = r.address;
  }
  setXAxisValues(r: FakeRange): void {
    this.s.xValues = r.address;
  }
}

export class FakeRange {
  format: Record<string, unknown>;
  constructor(
    private sheet: FakeSheet,
    public top: number,
    public left: number,
    public bottom: number,
    public right: number,
  ) {
    const props: Record<string, unknown> = {};
    const record = () => {
      sheet.styles.push({ address: this.address, props });
    };
    let recorded = false;
    const onSet = (bytes: number) => {
      sheet.touch(bytes);
      if (!recorded) {
        recorded = true;
        record();
      }
    };
    const nested = (prefix: string) =>
      new Proxy({} as Record<string, unknown>, {
        set(t, k, v) {
          t[k as string] = v;
          props[prefix + String(k)] = v;
          onSet(40);
          return true;
        },
      });
    const font = nested("font.");
    const fill = nested("fill.");
    const self = this;
    const autofitRows = () => {
      props.autofitRows = true;
      onSet(20);
    };
    const sides = new Map<string, Record<string, unknown>>();
    const borders = {
      getItem: (side: string) => {
        if (!sides.has(side)) sides.set(side, nested(`borders.${side}.`));
        return sides.get(side)!;
      },
    };
    this.format = new Proxy({ font, fill, autofitRows, borders } as Record<string, unknown>, {
      set(t, k, v) {
        t[k as string] = v;
        props[String(k)] = v;
        if (k === "columnWidth") for (let c = self.left; c <= self.right; c++) sheet.columnWidths.set(c, v as number);
        onSet(40);
        return true;
      },
    });
  }

  get address(): string {
    return `${this.sheet.quoted}!${colLetter(this.left)}${this.top}:${colLetter(this.right)}${this.bottom}`;
  }

  getEntireColumn(): FakeRange {
    return new FakeRange(this.sheet, 1, this.left, 1048576, this.right);
  }

  select(): void {
    /* selection is not modelled */
  }

  set numberFormat(v: unknown) {
    this.sheet.touch(JSON.stringify(v).length);
    this.each(v, (c, x) => {
      c.numberFormat = String(x);
    });
  }

  /** Range.getUsedRangeOrNullObject(valuesOnly): the tight bounds of what the rectangle holds. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): OfficeMockObject {
    void valuesOnly;
    return this.sheet.usedIn(this.top, this.left, this.bottom, this.right);
  }

  /** Range.getCellProperties (ExcelApi 1.9): bold and indent of each cell, at the next sync. */
  getCellProperties(): { value: unknown } {
    const result: { value: unknown } = { value: undefined };
    const cells = this.sheet.cells;
    const { top, left, bottom, right } = this;
    this.sheet.bookOf().respond((bottom - top + 1) * (right - left + 1) * 50);
    this.sheet.bookOf().pendingResults.push({
      target: result,
      compute: () =>
        Array.from({ length: bottom - top + 1 }, (_, r) =>
          Array.from({ length: right - left + 1 }, (_, c) => {
            const cell = cells.get(key(top + r, left + c)) ?? {};
            return { format: { font: { bold: cell.bold === true }, indentLevel: cell.indent ?? 0 } };
          }),
        ),
    });
    return result;
  }

  /** Read side (row blocks): values, formulas, numberFormat, valueTypes arrive at the next sync. */
  load(props: string[] | string): this {
    const list = Array.isArray(props) ? props : props.split(",");
    const m = this.sheet.matrices(this.top, this.left, this.bottom, this.right);
    const book = this.sheet.bookOf();
    book.respond(list.reduce((n, p) => n + JSON.stringify(m[p.trim() as keyof ReadMatrices] ?? null).length, 0));
    book.pendingResults.push({ target: { value: null }, compute: () => (this.loaded = m) });
    return this;
  }

  private loaded: ReadMatrices | null = null;
  private read(p: keyof ReadMatrices): unknown[][] {
    if (!this.loaded) throw new Error(`PropertyNotLoaded: ${p} at ${this.address}`);
    return this.loaded[p];
  }
  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  get valueTypes(): unknown[][] {
    return this.read("valueTypes");
  }
  get numberFormat(): unknown[][] {
    return this.read("numberFormat");
  }
  get values(): unknown[][] {
    return this.read("values");
  }

  set values(v: unknown) {
    this.sheet.touch(JSON.stringify(v).length);
    this.sheet.bookOf().cellsWritten += (this.bottom - this.top + 1) * (this.right - this.left + 1);
    this.each(v, (c, x) => {
      delete c.formula;
      delete c.value;
      if (x === "" || x === null) return;
      if (typeof x === "string" && c.numberFormat !== "@") {
        if (x.startsWith("=")) {
          c.formula = x; // Excel would enter a formula
          return;
        }
        if (/^[+-]?\d+(\.\d+)?$/.test(x.trim())) {
          c.value = Number(x); // …and turn numeric text into a number
          return;
        }
      }
      c.value = x as Value;
    });
  }

  set hyperlink(h: Excel.RangeHyperlink) {
    this.sheet.touch(JSON.stringify(h).length);
    this.sheet.links.set(`${colLetter(this.left)}${this.top}`, h);
  }

  private each(v: unknown, f: (cell: FakeCell, x: unknown) => void): void {
    const rows = this.bottom - this.top + 1;
    const cols = this.right - this.left + 1;
    const m = v as unknown[][];
    if (!Array.isArray(m) || m.length !== rows || m.some((r) => !Array.isArray(r) || r.length !== cols)) {
      throw new Error(`InvalidArgument: ${rows}x${cols} expected at ${this.address}`);
    }
    if (!this.sheet.bookOf().keepWrites) return;
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < cols; c++) {
        const k = key(this.top + r, this.left + c);
        const cell = this.sheet.cells.get(k) ?? {};
        f(cell, m[r][c]);
        this.sheet.cells.set(k, cell);
      }
  }
}

export interface ReadMatrices {
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  valueTypes: unknown[][];
}

/** Loading a mock's properties adds their JSON length to the response of the next sync. */
function countLoads(book: FakeBook, mock: OfficeMockObject, data: Record<string, unknown>): void {
  const load = mock.load.bind(mock);
  (mock as unknown as { load: (p: unknown) => unknown }).load = (props: unknown) => {
    const list = Array.isArray(props) ? (props as string[]) : String(props).split(",");
    book.respond(list.reduce((n, p) => n + (JSON.stringify(data[p.trim()] ?? null)?.length ?? 4), 0));
    return load(props as string[]);
  };
}

/** A loadable mock whose isNullObject is known without a load (as in Office.js). */
function nullable(book: FakeBook, data: Record<string, unknown>, isNull: boolean): OfficeMockObject {
  const m = new OfficeMockObject(data);
  Object.defineProperty(m, "isNullObject", { value: isNull, enumerable: false });
  book.pendingMocks.push(m);
  countLoads(book, m, data);
  return m;
}

function key(r: number, c: number): string {
  return `${r},${c}`;
}

export function parseCell(addr: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/i.exec(addr.replace(/\$/g, ""));
  if (!m) throw new Error(`bad address ${addr}`);
  return { row: Number(m[2]), col: columnNumber(m[1]) };
}

function parsePointLoose(p: string): { row: number; col: number } {
  if (/^\d+$/.test(p)) return { row: Number(p), col: 1 };
  if (/^[A-Z]+$/.test(p)) return { row: 1, col: columnNumber(p) };
  return parseCell(p);
}

export function colLetter(n: number): string {
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
