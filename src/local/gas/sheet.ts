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
import { Protection, ProtectionType, refuseUnlessEditable } from './protection';
import type { SheetStore } from './sheet-store';
import type { Spreadsheet } from './spreadsheet';

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

  /**
   * A change to the sheet itself (its name, rows, columns, contents): a protected sheet takes it
   * only from those who may edit it, as the Sheets UI refuses the others (protection.ts).
   */
  private guardedChange(
    method: string,
    block?: { row: number; column: number; numRows: number; numColumns: number },
  ): void {
    this.env.call(method);
    this.refuseSheetChange(block);
    this.store.edits++;
  }

  /** Throws when a protection the current user may not edit covers the sheet (or the block). */
  refuseSheetChange(block?: { row: number; column: number; numRows: number; numColumns: number }): void {
    if (this.store.protections.length > 0) refuseUnlessEditable(this.env, this.store.protections, block);
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
    this.guardedChange('Sheet.setName');
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
    this.refuseSheetChange({ row, column: 1, numRows: 1, numColumns: Math.max(1, values.length) });
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
    this.guardedChange('Sheet.insertRowsAfter');
    this.growRows(n);
    this.store.shiftRows(after + 1, n);
    return this;
  }
  insertRowsBefore(before: number, n: number): Sheet {
    this.guardedChange('Sheet.insertRowsBefore');
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
    this.guardedChange('Sheet.insertColumnsAfter');
    this.growColumns(n);
    this.store.shiftColumns(after + 1, n);
    return this;
  }
  insertColumnAfter(after: number): Sheet {
    return this.insertColumnsAfter(after, 1);
  }
  insertColumnsBefore(before: number, n: number): Sheet {
    this.guardedChange('Sheet.insertColumnsBefore');
    this.growColumns(n);
    this.store.shiftColumns(before, n);
    return this;
  }
  deleteRows(row: number, n: number): void {
    this.guardedChange('Sheet.deleteRows', { row, column: 1, numRows: n, numColumns: this.store.maxColumns });
    if (row < 1 || row + n - 1 > this.store.maxRows) throw gasError(GAS_ERRORS.outOfBounds);
    this.store.shiftRows(row, -n);
    this.store.maxRows -= n;
  }
  deleteRow(row: number): Sheet {
    this.deleteRows(row, 1);
    return this;
  }
  deleteColumns(column: number, n: number): void {
    this.guardedChange('Sheet.deleteColumns', { row: 1, column, numRows: this.store.maxRows, numColumns: n });
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
    this.guardedChange('Sheet.clear');
    this.store.clearCells(1, 1, this.store.maxRows, this.store.maxColumns, { contents: true, formats: true });
    this.store.values = [];
    return this;
  }
  clearContents(): Sheet {
    this.guardedChange('Sheet.clearContents');
    this.store.values = [];
    this.store.formulas.clear();
    return this;
  }
  clearFormats(): Sheet {
    this.guardedChange('Sheet.clearFormats');
    for (const m of [this.store.backgrounds, this.store.fontColors, this.store.fontWeights, this.store.numberFormats])
      m.clear();
    return this;
  }
  clearNotes(): Sheet {
    this.guardedChange('Sheet.clearNotes');
    this.store.notes.clear();
    return this;
  }
  /**
   * [page] Sheet.protect(): "If the sheet is already protected, this method returns an object
   * representing the existing protection settings." A new one mirrors the spreadsheet's editors.
   */
  protect(): Protection {
    this.env.call('Sheet.protect');
    const existing = this.store.protections.find((p) => p.range === null);
    return existing ? this.protection(existing) : this.addProtection(null);
  }
  /** [page] Range.protect(): "If the range is already protected, this method creates a new protected range that overlaps the existing one." */
  addProtection(range: string | null): Protection {
    this.store.edits++;
    const data: ProtectionData = { range, description: '', warningOnly: false, editors: [], mirrorsSpreadsheet: true };
    this.store.protections.push(data);
    return this.protection(data);
  }
  private protection(data: ProtectionData): Protection {
    return new Protection(this.env, data, () => {
      this.store.edits++;
      this.store.protections = this.store.protections.filter((p) => p !== data);
    });
  }
  getProtections(type: string): Protection[] {
    this.env.call('Sheet.getProtections');
    return this.store.protections
      .filter((p) => (type === ProtectionType.SHEET ? p.range === null : p.range !== null))
      .map((data) => this.protection(data));
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
