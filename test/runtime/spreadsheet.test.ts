/** The local SpreadsheetApp against Google's documented behaviour and messages. */
import { createGasRuntime } from '../../src/local/gas';
import { ensureBuilt } from '../helpers/build-once';
import type { WorkbookData } from '../../src/local/workbook-data';
import { oneSheetWorkbook } from '../helpers/one-sheet-workbook';

type Services = { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp };

function start(workbook?: WorkbookData, limits = {}) {
  ensureBuilt(); // the runtime reads build/appsscript.json
  const rt = createGasRuntime({ workbook, limits, now: new Date('2025-09-05T09:00:00+07:00') });
  const { SpreadsheetApp } = rt.globals as unknown as Services;
  return { rt, ss: SpreadsheetApp.getActive(), SpreadsheetApp };
}

const roster = oneSheetWorkbook([
  [{ value: 'Họ và tên' }, { value: 'Ngày sinh' }, { value: 'SĐT' }],
  [{ value: 'Nguyễn Văn An' }, { value: new Date(1985, 2, 15), numberFormat: 'dd/mm/yyyy' }, { value: 912345678 }],
  [],
  [{ value: 'Trần Thị Bình' }, { value: '15/3/1990' }, { value: '0912345678', numberFormat: '@' }],
]);

describe('Range values', () => {
  it('getValues gives numbers, Dates, text and "" for empty cells, as Sheets does', () => {
    const { ss } = start(roster);
    const values = ss.getSheetByName('Danh sách')!.getDataRange().getValues();
    expect(values).toHaveLength(4);
    expect(values[1][1]).toBeInstanceOf(Date);
    expect(values[1][2]).toBe(912345678);
    expect(values[2]).toEqual(['', '', '']);
    expect(values[3][2]).toBe('0912345678');
  });

  it('getDisplayValues formats dates in the spreadsheet time zone', () => {
    const { ss } = start(roster);
    expect(ss.getSheetByName('Danh sách')!.getRange('B2').getDisplayValue()).toBe('15/03/1985');
  });

  it('refuses data of the wrong shape with Google’s messages', () => {
    const { ss } = start(roster);
    const range = ss.getSheetByName('Danh sách')!.getRange(1, 1, 2, 2);
    expect(() => range.setValues([['a', 'b']])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => range.setValues([['a'], ['b']])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
  });

  it('refuses ranges outside the sheet and rows below 1', () => {
    const { ss } = start(roster);
    const sheet = ss.getSheetByName('Danh sách')!;
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 1, sheet.getMaxRows() + 1, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
  });

  it('refuses a cell of more than 50,000 characters', () => {
    const { ss } = start(roster);
    const cell = ss.getSheetByName('Danh sách')!.getRange('A5');
    expect(() => cell.setValue('x'.repeat(50_001))).toThrow(
      'Your input contains more than the maximum of 50000 characters in a single cell.',
    );
    cell.setValue('x'.repeat(50_000));
    expect(String(cell.getValue())).toHaveLength(50_000);
  });

  it('refuses to grow the workbook past 10 million cells', () => {
    const { ss } = start(roster);
    const sheet = ss.getSheetByName('Danh sách')!;
    expect(() => sheet.insertRowsAfter(1, 400_000)).toThrow(
      'This action would increase the number of cells in the workbook above the limit of 10000000 cells.',
    );
  });

  it('reads typed input as Sheets does: numbers, formulas, and text kept by an apostrophe or plain-text format', () => {
    const { ss } = start(roster);
    const sheet = ss.getSheetByName('Danh sách')!;
    sheet.getRange('A6:D6').setValues([['0912345678', '=SUM(1,2)', "'0912345678", 'TRUE']]);
    expect(sheet.getRange('A6:D6').getValues()[0]).toEqual([912345678, '', '0912345678', true]);
    expect(sheet.getRange('B6').getFormula()).toBe('=SUM(1,2)');
    expect(sheet.getRange('C4').getValue()).toBe('0912345678');
  });

  it('keeps notes, backgrounds and validations per cell, and getLastRow ignores formatting', () => {
    const { ss, SpreadsheetApp } = start(roster);
    const sheet = ss.getSheetByName('Danh sách')!;
    sheet.getRange('A2:B2').setNotes([['ghi chú', '']]);
    sheet.getRange('C2:C3').setBackgrounds([['#fce8e6'], ['#ffffff']]);
    const rule = SpreadsheetApp.newDataValidation()
      .requireValueInList(['Nam', 'Nữ'], true)
      .setAllowInvalid(true)
      .build();
    sheet.getRange('D2:D900').setDataValidation(rule);
    expect(sheet.getRange('A2:B2').getNotes()).toEqual([['ghi chú', '']]);
    expect(sheet.getRange('C2:C3').getBackgrounds()).toEqual([['#fce8e6'], ['#ffffff']]);
    expect(sheet.getRange('D500').getDataValidation()?.getCriteriaValues()[0]).toEqual(['Nam', 'Nữ']);
    expect(sheet.getLastRow()).toBe(4);
  });

  it('insertSheet refuses a name already taken', () => {
    const { ss } = start(roster);
    expect(() => ss.insertSheet('Danh sách')).toThrow(
      'A sheet with the name "Danh sách" already exists. Please enter another name.',
    );
  });

  it('appendRow writes after the last row with content', () => {
    const { ss } = start(roster);
    const sheet = ss.getSheetByName('Danh sách')!;
    sheet.appendRow(['Lê Văn Cường', '01/01/1980', '0987654321']);
    expect(sheet.getLastRow()).toBe(5);
    expect(sheet.getRange('A5').getValue()).toBe('Lê Văn Cường');
  });
});

describe('call counting and the cost model', () => {
  it('counts every call by method, and a bigger block costs more modelled time', () => {
    const { rt, ss } = start(roster);
    rt.calls.reset();
    const sheet = ss.getSheetByName('Danh sách')!;
    sheet.getRange(1, 1, 1, 3).getValues();
    const small = rt.calls.modelledMs();
    rt.calls.reset();
    sheet.getRange(1, 1, 900, 20).getValues();
    expect(rt.calls.byMethod()).toEqual({ 'Range.getValues': 1, 'Sheet.getRange': 1 });
    expect(rt.calls.modelledMs()).toBeGreaterThan(small);
  });
});
