/** Sheet: geometry, rows and columns, frozen panes, protections and charts. */
import type { ProtectionData } from '../workbook-data';
import { parseA1 } from './a1';
import { EmbeddedChart, EmbeddedChartBuilder } from './chart';
import type { Env } from './env';
import { GAS_ERRORS, gasError } from './errors';
import { Range } from './range';
import { sheetBandings, type Banding } from './banding';
import { ConditionalFormatRule } from './conditional-format';
import { makeRangeList, type RangeList } from './range-list';
import type { SheetStore } from './sheet-store';
import type { Spreadsheet } from './spreadsheet';

export const ProtectionType = { RANGE: 'RANGE', SHEET: 'SHEET' } as const;

export class Protection {
  constructor(
    private readonly env: Env,
    readonly data: ProtectionData,
    private readonly remove_: () => void,
  ) {}
  setDescription(d: string): Protection {
    this.env.call('Protection.setDescription');
    this.data.description = d;
    return this;
  }
  getDescription(): string {
    this.env.call('Protection.getDescription');
    return this.data.description;
  }
  setWarningOnly(w: boolean): Protection {
    this.env.call('Protection.setWarningOnly');
    this.data.warningOnly = w;
    return this;
  }
  isWarningOnly(): boolean {
    this.env.call('Protection.isWarningOnly');
    return this.data.warningOnly;
  }
  addEditor(email: string | { getEmail(): string }): Protection {
    this.env.call('Protection.addEditor');
    this.data.editors.push(typeof email === 'string' ? email : email.getEmail());
    return this;
  }
  addEditors(emails: string[]): Protection {
    this.env.call('Protection.addEditors');
    this.data.editors.push(...emails);
    return this;
  }
  removeEditors(emails: (string | { getEmail(): string })[]): Protection {
    this.env.call('Protection.removeEditors');
    const gone = new Set(emails.map((e) => (typeof e === 'string' ? e : e.getEmail())));
    this.data.editors = this.data.editors.filter((e) => !gone.has(e));
    return this;
  }
  getEditors(): { getEmail(): string }[] {
    this.env.call('Protection.getEditors');
    return this.data.editors.map((e) => ({ getEmail: () => e }));
  }
  canEdit(): boolean {
    this.env.call('Protection.canEdit');
    return this.data.editors.includes(this.env.current.user) || this.env.current.user === this.env.owner;
  }
  canDomainEdit(): boolean {
    this.env.call('Protection.canDomainEdit');
    return !!this.data.domainEdit;
  }
  setDomainEdit(editable: boolean): Protection {
    this.env.call('Protection.setDomainEdit');
    this.data.domainEdit = editable;
    return this;
  }
  remove(): void {
    this.env.call('Protection.remove');
    this.remove_();
  }
}

export class Sheet {
  constructor(
    private readonly env: Env,
    readonly spreadsheet: Spreadsheet,
    readonly store: SheetStore,
  ) {}

  /** A call that changes the sheet: counted, and the sheet no longer matches the file it came from. */
  private change(method: string, measure?: { ranges: number }): void {
    this.env.call(method, measure);
    this.store.edits++;
  }

  /** Uncounted: ranges made by other calls that were counted already. */
  rangeAt(row: number, column: number, numRows: number, numColumns: number): Range {
    if (row < 1) throw gasError(GAS_ERRORS.rowTooSmall);
    if (column < 1) throw gasError(GAS_ERRORS.columnTooSmall);
    if (numRows < 1) throw gasError(GAS_ERRORS.numRowsTooSmall);
    if (numColumns < 1) throw gasError(GAS_ERRORS.numColumnsTooSmall);
    if (row + numRows - 1 > this.store.maxRows || column + numColumns - 1 > this.store.maxColumns)
      throw gasError(GAS_ERRORS.outOfBounds);
    return new Range(this.env, this, this.store, row, column, numRows, numColumns);
  }

  getName(): string {
    this.env.call('Sheet.getName');
    return this.store.name;
  }
  setName(name: string): Sheet {
    this.change('Sheet.setName');
    if (this.spreadsheet.sheetNamed(name) && this.spreadsheet.sheetNamed(name) !== this)
      throw gasError(GAS_ERRORS.sheetExists(name));
    this.store.name = name;
    return this;
  }
  getSheetId(): number {
    this.env.call('Sheet.getSheetId');
    return this.store.id;
  }
  getIndex(): number {
    this.env.call('Sheet.getIndex');
    return this.spreadsheet.indexOf(this) + 1;
  }
  getParent(): Spreadsheet {
    this.env.call('Sheet.getParent');
    return this.spreadsheet;
  }
  getLastRow(): number {
    this.env.call('Sheet.getLastRow');
    return this.store.lastRow();
  }
  getLastColumn(): number {
    this.env.call('Sheet.getLastColumn');
    return this.store.lastColumn();
  }
  getMaxRows(): number {
    this.env.call('Sheet.getMaxRows');
    return this.store.maxRows;
  }
  getMaxColumns(): number {
    this.env.call('Sheet.getMaxColumns');
    return this.store.maxColumns;
  }
  getDataRange(): Range {
    this.env.call('Sheet.getDataRange');
    return this.rangeAt(1, 1, Math.max(1, this.store.lastRow()), Math.max(1, this.store.lastColumn()));
  }
  getRange(a: number | string, column?: number, numRows = 1, numColumns = 1): Range {
    this.env.call('Sheet.getRange');
    if (typeof a === 'string') {
      const grid = parseA1(a);
      if (!grid) throw gasError(GAS_ERRORS.badRange);
      const rows = grid.wholeColumns ? this.store.maxRows : grid.numRows;
      const columns = grid.wholeRows ? this.store.maxColumns : grid.numColumns;
      return this.rangeAt(grid.row, grid.column, rows, columns);
    }
    return this.rangeAt(a, column ?? 1, numRows, numColumns);
  }
  getRangeList(a1Notations: string[]): RangeList {
    return makeRangeList(this.env, this, a1Notations);
  }
  appendRow(values: unknown[]): Sheet {
    this.env.call('Sheet.appendRow', { written: values.length });
    const row = this.store.lastRow() + 1;
    if (row > this.store.maxRows) this.growRows(row - this.store.maxRows);
    if (values.length > this.store.maxColumns) this.growColumns(values.length - this.store.maxColumns);
    new Range(this.env, this, this.store, row, 1, 1, values.length).setValuesUncounted([values]);
    return this;
  }
  private growRows(n: number): void {
    this.spreadsheet.checkGrowth(n * this.store.maxColumns);
    this.store.maxRows += n;
  }
  private growColumns(n: number): void {
    this.spreadsheet.checkGrowth(n * this.store.maxRows);
    this.store.maxColumns += n;
  }
  insertRowsAfter(after: number, n: number): Sheet {
    this.change('Sheet.insertRowsAfter');
    this.growRows(n);
    this.store.shiftRows(after + 1, n);
    return this;
  }
  insertRowsBefore(before: number, n: number): Sheet {
    this.change('Sheet.insertRowsBefore');
    this.growRows(n);
    this.store.shiftRows(before, n);
    return this;
  }
  insertRowAfter(after: number): Sheet {
    return this.insertRowsAfter(after, 1);
  }
  insertRowBefore(before: number): Sheet {
    return this.insertRowsBefore(before, 1);
  }
  insertRows(before: number, n = 1): void {
    this.insertRowsBefore(before, n);
  }
  insertColumnsAfter(after: number, n: number): Sheet {
    this.change('Sheet.insertColumnsAfter');
    this.growColumns(n);
    this.store.shiftColumns(after + 1, n);
    return this;
  }
  insertColumnAfter(after: number): Sheet {
    return this.insertColumnsAfter(after, 1);
  }
  insertColumnsBefore(before: number, n: number): Sheet {
    this.change('Sheet.insertColumnsBefore');
    this.growColumns(n);
    this.store.shiftColumns(before, n);
    return this;
  }
  deleteRows(row: number, n: number): void {
    this.change('Sheet.deleteRows');
    if (row < 1 || row + n - 1 > this.store.maxRows) throw gasError(GAS_ERRORS.outOfBounds);
    this.store.shiftRows(row, -n);
    this.store.maxRows -= n;
  }
  deleteRow(row: number): Sheet {
    this.deleteRows(row, 1);
    return this;
  }
  deleteColumns(column: number, n: number): void {
    this.change('Sheet.deleteColumns');
    if (column < 1 || column + n - 1 > this.store.maxColumns) throw gasError(GAS_ERRORS.outOfBounds);
    this.store.shiftColumns(column, -n);
    this.store.maxColumns -= n;
  }
  deleteColumn(column: number): Sheet {
    this.deleteColumns(column, 1);
    return this;
  }
  setFrozenRows(n: number): void {
    this.change('Sheet.setFrozenRows');
    this.store.frozenRows = n;
  }
  getFrozenRows(): number {
    this.env.call('Sheet.getFrozenRows');
    return this.store.frozenRows;
  }
  setFrozenColumns(n: number): void {
    this.change('Sheet.setFrozenColumns');
    this.store.frozenColumns = n;
  }
  getFrozenColumns(): number {
    this.env.call('Sheet.getFrozenColumns');
    return this.store.frozenColumns;
  }
  setColumnWidth(column: number, width: number): Sheet {
    this.change('Sheet.setColumnWidth');
    this.store.columnWidths[column] = width;
    return this;
  }
  setColumnWidths(start: number, n: number, width: number): Sheet {
    this.change('Sheet.setColumnWidths');
    for (let c = start; c < start + n; c++) this.store.columnWidths[c] = width;
    return this;
  }
  getColumnWidth(column: number): number {
    this.env.call('Sheet.getColumnWidth');
    return this.store.columnWidths[column] ?? 100;
  }
  autoResizeColumns(_start: number, _n: number): Sheet {
    this.env.call('Sheet.autoResizeColumns');
    return this;
  }
  autoResizeColumn(_column: number): Sheet {
    this.env.call('Sheet.autoResizeColumn');
    return this;
  }
  setTabColor(color: string | null): Sheet {
    this.change('Sheet.setTabColor');
    this.store.tabColor = color;
    return this;
  }
  hideSheet(): Sheet {
    this.change('Sheet.hideSheet');
    this.store.hidden = true;
    return this;
  }
  showSheet(): Sheet {
    this.change('Sheet.showSheet');
    this.store.hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    this.env.call('Sheet.isSheetHidden');
    return this.store.hidden;
  }
  activate(): Sheet {
    this.env.call('Sheet.activate');
    this.spreadsheet.active = this;
    return this;
  }
  clear(): Sheet {
    this.change('Sheet.clear');
    this.store.clearCells(1, 1, this.store.maxRows, this.store.maxColumns, { contents: true, formats: true });
    this.store.values = [];
    return this;
  }
  clearContents(): Sheet {
    this.change('Sheet.clearContents');
    this.store.values = [];
    this.store.formulas.clear();
    return this;
  }
  clearFormats(): Sheet {
    this.change('Sheet.clearFormats');
    for (const m of [this.store.backgrounds, this.store.fontColors, this.store.fontWeights, this.store.numberFormats])
      m.clear();
    return this;
  }
  clearNotes(): Sheet {
    this.change('Sheet.clearNotes');
    this.store.notes.clear();
    return this;
  }
  protect(): Protection {
    this.env.call('Sheet.protect');
    return this.addProtection(null);
  }
  addProtection(range: string | null): Protection {
    this.store.edits++;
    const data: ProtectionData = { range, description: '', warningOnly: false, editors: [this.env.owner] };
    this.store.protections.push(data);
    return new Protection(this.env, data, () => {
      this.store.protections = this.store.protections.filter((p) => p !== data);
    });
  }
  getProtections(type: string): Protection[] {
    this.env.call('Sheet.getProtections');
    return this.store.protections
      .filter((p) => (type === ProtectionType.SHEET ? p.range === null : p.range !== null))
      .map(
        (data) =>
          new Protection(
            this.env,
            data,
            () => (this.store.protections = this.store.protections.filter((p) => p !== data)),
          ),
      );
  }
  // --- conditional formats and alternating colours (conditional-format.ts, banding.ts) ---
  getConditionalFormatRules(): ConditionalFormatRule[] {
    this.env.call('Sheet.getConditionalFormatRules');
    return this.store.conditionalFormats.map(
      (data) => new ConditionalFormatRule(this.env, { ...data, ranges: [...data.ranges] }, this),
    );
  }
  /** Replaces the sheet's whole list, as Google documents. */
  setConditionalFormatRules(rules: ConditionalFormatRule[]): void {
    this.change('Sheet.setConditionalFormatRules', { ranges: rules.reduce((n, r) => n + r.data.ranges.length, 0) });
    this.store.conditionalFormats = rules.map((r) => ({ ...r.data, ranges: [...r.data.ranges] }));
  }
  clearConditionalFormatRules(): void {
    this.change('Sheet.clearConditionalFormatRules');
    this.store.conditionalFormats = [];
  }
  getBandings(): Banding[] {
    this.env.call('Sheet.getBandings');
    return sheetBandings(this.env, this);
  }

  newChart(): EmbeddedChartBuilder {
    this.env.call('Sheet.newChart');
    return new EmbeddedChartBuilder(this.env);
  }
  insertChart(chart: EmbeddedChart): void {
    this.change('Sheet.insertChart');
    this.store.charts.push(chart.model);
  }
  updateChart(chart: EmbeddedChart): void {
    this.change('Sheet.updateChart');
    this.store.charts = this.store.charts.map((c) => (c.id === chart.model.id ? chart.model : c));
  }
  removeChart(chart: EmbeddedChart): void {
    this.change('Sheet.removeChart');
    this.store.charts = this.store.charts.filter((c) => c.id !== chart.model.id);
  }
  getCharts(): EmbeddedChart[] {
    this.env.call('Sheet.getCharts');
    return this.store.charts.map((c) => new EmbeddedChart(c));
  }
}
