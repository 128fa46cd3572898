/**
 * A small in-memory Spreadsheet for unit tests of the Sheets layer, recording every
 * service call by method so tests can check that calls do not grow with rows. Only
 * what src/sheets uses; the full local runtime lives in src/local/gas.
 */
type Cell = { value: unknown; background: string; note: string; format?: string; validation?: unknown; bold?: boolean };

export class Calls {
  byMethod: Record<string, number> = {};
  add(method: string): void {
    this.byMethod[method] = (this.byMethod[method] ?? 0) + 1;
  }
}

export class FakeSheet {
  cells: Cell[][] = [];
  charts: { ranges: string[]; title?: string }[] = [];
  frozenRows = 0;
  constructor(
    public name: string,
    public calls: Calls,
    values: unknown[][] = [],
    public maxRows = 1000,
  ) {
    values.forEach((row, r) => row.forEach((v, c) => (this.cell(r + 1, c + 1).value = v)));
  }
  cell(r: number, c: number): Cell {
    while (this.cells.length < r) this.cells.push([]);
    const row = this.cells[r - 1];
    while (row.length < c) row.push({ value: '', background: '#ffffff', note: '' });
    return row[c - 1];
  }
  getName(): string {
    return this.name;
  }
  getLastRow(): number {
    this.calls.add('Sheet.getLastRow');
    return this.lastRow();
  }
  getLastColumn(): number {
    this.calls.add('Sheet.getLastColumn');
    return this.lastColumn();
  }
  getMaxRows(): number {
    this.calls.add('Sheet.getMaxRows');
    return Math.max(this.maxRows, this.cells.length);
  }
  lastRow(): number {
    for (let r = this.cells.length; r > 0; r--) if (this.cells[r - 1].some((c) => c.value !== '')) return r;
    return 0;
  }
  lastColumn(): number {
    return Math.max(
      0,
      ...this.cells.map((row) => {
        for (let c = row.length; c > 0; c--) if (row[c - 1].value !== '') return c;
        return 0;
      }),
    );
  }
  getRange(row: number, column: number, rows = 1, columns = 1): FakeRange {
    this.calls.add('Sheet.getRange');
    return new FakeRange(this, row, column, rows, columns);
  }
  getDataRange(): FakeRange {
    this.calls.add('Sheet.getDataRange');
    return new FakeRange(this, 1, 1, Math.max(this.lastRow(), 1), Math.max(this.lastColumn(), 1));
  }
  clear(): FakeSheet {
    this.calls.add('Sheet.clear');
    this.cells = [];
    return this;
  }
  setFrozenRows(n: number): void {
    this.calls.add('Sheet.setFrozenRows');
    this.frozenRows = n;
  }
  appendRow(values: unknown[]): FakeSheet {
    this.calls.add('Sheet.appendRow');
    const r = this.lastRow() + 1;
    values.forEach((v, c) => (this.cell(r, c + 1).value = v));
    return this;
  }
  getCharts(): object[] {
    this.calls.add('Sheet.getCharts');
    return [...this.charts];
  }
  removeChart(chart: object): void {
    this.calls.add('Sheet.removeChart');
    this.charts = this.charts.filter((c) => c !== chart);
  }
  insertChart(chart: { ranges: string[]; title?: string }): void {
    this.calls.add('Sheet.insertChart');
    this.charts.push(chart);
  }
  newChart(): unknown {
    this.calls.add('Sheet.newChart');
    const spec = { ranges: [] as string[], title: undefined as string | undefined };
    const builder = {
      asColumnChart: () => builder,
      addRange: (r: FakeRange) => {
        spec.ranges.push(r.a1());
        return builder;
      },
      setOption: (k: string, v: string) => {
        if (k === 'title') spec.title = v;
        return builder;
      },
      setNumHeaders: () => builder,
      setPosition: () => builder,
      build: () => ({ ...spec }),
    };
    return builder;
  }
  values(): unknown[][] {
    const w = this.lastColumn();
    return this.cells.slice(0, this.lastRow()).map((row) => Array.from({ length: w }, (_, c) => row[c]?.value ?? ''));
  }
}

export class FakeRange {
  constructor(
    private sheet: FakeSheet,
    private r: number,
    private c: number,
    private h: number,
    private w: number,
  ) {}
  private calls(method: string): void {
    this.sheet.calls.add(`Range.${method}`);
  }
  a1(): string {
    return `R${this.r}C${this.c}:R${this.r + this.h - 1}C${this.c + this.w - 1}`;
  }
  private grid<T>(get: (cell: Cell) => T): T[][] {
    return Array.from({ length: this.h }, (_, i) =>
      Array.from({ length: this.w }, (_, j) => get(this.sheet.cell(this.r + i, this.c + j))),
    );
  }
  private put<T>(grid: T[][], set: (cell: Cell, v: T) => void): this {
    if (grid.length !== this.h || grid.some((row) => row.length !== this.w))
      throw new Error(`shape ${grid.length}x${grid[0]?.length} ≠ ${this.h}x${this.w}`);
    grid.forEach((row, i) => row.forEach((v, j) => set(this.sheet.cell(this.r + i, this.c + j), v)));
    return this;
  }
  getValues(): unknown[][] {
    this.calls('getValues');
    return this.grid((c) => c.value);
  }
  setValues(v: unknown[][]): this {
    this.calls('setValues');
    return this.put(v, (c, x) => (c.value = x));
  }
  getBackgrounds(): string[][] {
    this.calls('getBackgrounds');
    return this.grid((c) => c.background);
  }
  setBackgrounds(v: string[][]): this {
    this.calls('setBackgrounds');
    return this.put(v, (c, x) => (c.background = x));
  }
  getNotes(): string[][] {
    this.calls('getNotes');
    return this.grid((c) => c.note);
  }
  setNotes(v: string[][]): this {
    this.calls('setNotes');
    return this.put(v, (c, x) => (c.note = x));
  }
  setNumberFormat(f: string): this {
    this.calls('setNumberFormat');
    this.grid((c) => (c.format = f));
    return this;
  }
  setNumberFormats(v: string[][]): this {
    this.calls('setNumberFormats');
    return this.put(v, (c, x) => (c.format = x));
  }
  setDataValidation(rule: unknown): this {
    this.calls('setDataValidation');
    this.grid((c) => (c.validation = rule));
    return this;
  }
  setFontWeight(w: string): this {
    this.calls('setFontWeight');
    this.grid((c) => (c.bold = w === 'bold'));
    return this;
  }
  setBackground(b: string): this {
    this.calls('setBackground');
    this.grid((c) => (c.background = b));
    return this;
  }
  setWrap(): this {
    this.calls('setWrap');
    return this;
  }
}

export class FakeSpreadsheet {
  calls = new Calls();
  sheets: FakeSheet[] = [];
  add(name: string, values: unknown[][] = []): FakeSheet {
    const s = new FakeSheet(name, this.calls, values);
    this.sheets.push(s);
    return s;
  }
  getSheetByName(name: string): FakeSheet | null {
    this.calls.add('Spreadsheet.getSheetByName');
    return this.sheets.find((s) => s.name === name) ?? null;
  }
  insertSheet(name: string): FakeSheet {
    this.calls.add('Spreadsheet.insertSheet');
    return this.add(name);
  }
}

/** SpreadsheetApp.newDataValidation as far as validations.ts uses it. */
export function installSpreadsheetApp(): void {
  const builder = () => {
    const rule: Record<string, unknown> = {};
    const b = {
      requireValueInList: (values: string[], dropdown: boolean) => (
        (rule.values = values),
        (rule.dropdown = dropdown),
        b
      ),
      setAllowInvalid: (v: boolean) => ((rule.allowInvalid = v), b),
      setHelpText: (t: string) => ((rule.helpText = t), b),
      build: () => ({ ...rule }),
    };
    return b;
  };
  (globalThis as Record<string, unknown>).SpreadsheetApp = { newDataValidation: builder };
}
