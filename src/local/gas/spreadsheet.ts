/** Spreadsheet and SpreadsheetApp over the in-memory sheets. */
import { LOCAL_RUNTIME_TEXT } from '../../i18n/cli';
import type { GridWorkbook, WorkbookData } from '../workbook-data';
import { parseA1, toA1 } from './a1';
import { ChartType } from './chart';
import type { Env } from './env';
import { GAS_ERRORS, gasError } from './errors';
import type { Range } from './range';
import { ProtectionType } from './protection';
import { Sheet } from './sheet';
import { SheetStore } from './sheet-store';
import type { Ui } from './ui';
import { DataValidationBuilder, DataValidationCriteria } from './validation';
import { BandingTheme } from './banding';
import { BooleanCriteria, ConditionalFormatRuleBuilder } from './conditional-format';

export class Spreadsheet {
  readonly sheets: Sheet[] = [];
  active: Sheet | null = null;
  private sheetSeq = 0;
  readonly id = `local-${Math.random().toString(36).slice(2, 12)}`;

  constructor(
    private readonly env: Env,
    public name: string,
    private readonly onToast: (message: string, title: string) => void,
  ) {}

  load(data: WorkbookData | GridWorkbook): void {
    this.name = data.name;
    for (const sheetData of data.sheets) {
      const store =
        'rows' in sheetData
          ? SheetStore.fromData(sheetData, this.sheetSeq++)
          : SheetStore.fromGrid(sheetData, this.sheetSeq++);
      this.sheets.push(new Sheet(this.env, this, store));
    }
    if (this.sheets.length === 0) this.addSheet(LOCAL_RUNTIME_TEXT.newSheetName(1));
    this.active = this.sheets[0];
  }

  dump(): WorkbookData {
    return { name: this.name, sheets: this.sheets.map((s) => s.store.toData(toA1)) };
  }

  /** The sheets as they are held, for writers that take grids (no copy). */
  grids(): GridWorkbook {
    return { name: this.name, sheets: this.sheets.map((s) => s.store) };
  }

  sheetNamed(name: string): Sheet | null {
    return this.sheets.find((s) => s.store.name === name) ?? null;
  }

  indexOf(sheet: Sheet): number {
    return this.sheets.indexOf(sheet);
  }

  private cellCount(): number {
    return this.sheets.reduce((n, s) => n + s.store.maxRows * s.store.maxColumns, 0);
  }

  /** Google refuses any change that takes the workbook past its cell limit. */
  checkGrowth(extraCells: number): void {
    if (this.cellCount() + extraCells > this.env.limits.cellsPerSpreadsheet) throw gasError(GAS_ERRORS.tooManyCells);
  }

  addSheet(name: string, index?: number): Sheet {
    this.checkGrowth(1000 * 26);
    const sheet = new Sheet(this.env, this, new SheetStore(name, this.sheetSeq++));
    if (index === undefined || index >= this.sheets.length) this.sheets.push(sheet);
    else this.sheets.splice(Math.max(0, index), 0, sheet);
    return sheet;
  }

  getId(): string {
    this.env.call('Spreadsheet.getId');
    return this.id;
  }
  getName(): string {
    this.env.call('Spreadsheet.getName');
    return this.name;
  }
  rename(name: string): void {
    this.env.call('Spreadsheet.rename');
    this.name = name;
  }
  getUrl(): string {
    this.env.call('Spreadsheet.getUrl');
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }
  /** Null for a file in a shared drive (the runtime's `sharedDrive` option leaves the owner blank). */
  getOwner(): { getEmail(): string } | null {
    this.env.call('Spreadsheet.getOwner');
    const email = this.env.owner;
    return email ? { getEmail: () => email } : null;
  }
  getEditors(): { getEmail(): string }[] {
    this.env.call('Spreadsheet.getEditors');
    return this.env.spreadsheetEditors().map((e) => ({ getEmail: () => e }));
  }
  getSpreadsheetTimeZone(): string {
    this.env.call('Spreadsheet.getSpreadsheetTimeZone');
    return this.env.timeZone;
  }
  getSpreadsheetLocale(): string {
    this.env.call('Spreadsheet.getSpreadsheetLocale');
    return 'vi_VN';
  }
  getSheets(): Sheet[] {
    this.env.call('Spreadsheet.getSheets');
    return [...this.sheets];
  }
  getNumSheets(): number {
    this.env.call('Spreadsheet.getNumSheets');
    return this.sheets.length;
  }
  getSheetByName(name: string): Sheet | null {
    this.env.call('Spreadsheet.getSheetByName');
    return this.sheetNamed(name);
  }
  getSheetById(id: number): Sheet | null {
    this.env.call('Spreadsheet.getSheetById');
    return this.sheets.find((s) => s.store.id === id) ?? null;
  }
  getActiveSheet(): Sheet {
    this.env.call('Spreadsheet.getActiveSheet');
    return this.active ?? this.sheets[0];
  }
  setActiveSheet(sheet: Sheet): Sheet {
    this.env.call('Spreadsheet.setActiveSheet');
    this.active = sheet;
    return sheet;
  }
  insertSheet(a?: string | number, b?: number): Sheet {
    this.env.call('Spreadsheet.insertSheet');
    const name = typeof a === 'string' ? a : LOCAL_RUNTIME_TEXT.newSheetName(this.sheets.length + 1);
    const index = typeof a === 'number' ? a : b;
    if (this.sheetNamed(name)) throw gasError(GAS_ERRORS.sheetExists(name));
    const sheet = this.addSheet(name, index);
    this.active = sheet;
    return sheet;
  }
  deleteSheet(sheet: Sheet): void {
    this.env.call('Spreadsheet.deleteSheet');
    if (this.sheets.length === 1) throw gasError(GAS_ERRORS.lastSheet);
    // A protected sheet is deleted only by those who may edit it (protection.ts).
    sheet.refuseSheetChange();
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    if (this.active === sheet) this.active = this.sheets[0];
  }
  getRange(a1: string): Range {
    this.env.call('Spreadsheet.getRange');
    const grid = parseA1(a1);
    if (!grid) throw gasError(GAS_ERRORS.badRange);
    const sheet = grid.sheet ? this.sheetNamed(grid.sheet) : this.active;
    if (!sheet) throw gasError(GAS_ERRORS.badRange);
    return sheet.rangeAt(grid.row, grid.column, grid.numRows, grid.numColumns);
  }
  toast(message: string, title = '', _timeoutSeconds?: number): void {
    this.env.call('Spreadsheet.toast');
    this.onToast(String(message), String(title));
  }
  getProtections(type: string): unknown[] {
    this.env.call('Spreadsheet.getProtections');
    return this.sheets.flatMap((s) => s.getProtections(type));
  }
}

const noDocument = (env: Env): boolean => env.current.kind === 'webApp' || env.current.detached === true;

export function makeSpreadsheetApp(env: Env, spreadsheet: Spreadsheet, ui: () => Ui): Record<string, unknown> {
  return {
    // A web app request has no open spreadsheet, even in a bound script: Google returns null; so does
    // a run outside any document ("or null if there is none", see world.ts ClockContext).
    getActive: () => (env.call('SpreadsheetApp.getActive'), noDocument(env) ? null : spreadsheet),
    getActiveSpreadsheet: () => (env.call('SpreadsheetApp.getActiveSpreadsheet'), noDocument(env) ? null : spreadsheet),
    getActiveSheet: () => (env.call('SpreadsheetApp.getActiveSheet'), spreadsheet.active ?? spreadsheet.sheets[0]),
    getActiveRange: () => (
      env.call('SpreadsheetApp.getActiveRange'),
      (spreadsheet.active ?? spreadsheet.sheets[0]).rangeAt(1, 1, 1, 1)
    ),
    openById: (id: string) => {
      env.call('SpreadsheetApp.openById');
      if (id !== spreadsheet.id) throw gasError(GAS_ERRORS.noDriveItem);
      return spreadsheet;
    },
    getUi: () => {
      env.call('SpreadsheetApp.getUi');
      if (env.current.kind === 'installableTrigger' || env.current.kind === 'webApp') throw gasError(GAS_ERRORS.noUi);
      return ui();
    },
    flush: () => env.call('SpreadsheetApp.flush'),
    newDataValidation: () => (env.call('SpreadsheetApp.newDataValidation'), new DataValidationBuilder(env)),
    DataValidationCriteria,
    newConditionalFormatRule: () => (
      env.call('SpreadsheetApp.newConditionalFormatRule'),
      new ConditionalFormatRuleBuilder(env)
    ),
    BooleanCriteria,
    BandingTheme,
    ProtectionType,
    WrapStrategy: { WRAP: 'WRAP', CLIP: 'CLIP', OVERFLOW: 'OVERFLOW' },
    BorderStyle: { SOLID: 'SOLID', DOTTED: 'DOTTED', DASHED: 'DASHED' },
    ChartType,
  };
}
