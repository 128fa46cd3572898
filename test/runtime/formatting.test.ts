/**
 * Formatting as data a test can see: fills exactly as set, conditional format rules,
 * alternating colours, range lists, and what a person sees where they overlap.
 */
import { createGasRuntime } from '../../src/local/gas';
import { displayedFormat } from '../../src/local/gas/displayed-format';
import { shiftFormula } from '../../src/local/gas/format-shift';
import { oneSheetWorkbook } from '../helpers/one-sheet-workbook';

type Services = { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp };

const sheetData = oneSheetWorkbook([
  [{ value: 'Họ và tên' }, { value: 'Chức vụ' }, { value: 'Lỗi' }],
  [{ value: 'Nguyễn Văn An' }, { value: 'Hiệu trưởng' }, { value: '' }],
  [{ value: 'Trần Thị Bình' }, { value: 'Giáo viên' }, { value: 'Số CCCD có 11 chữ số' }],
  [{ value: 'Lê Văn Cường' }, { value: 'Giáo viên' }, { value: '' }],
]);

function start() {
  const rt = createGasRuntime({ workbook: sheetData, now: new Date('2025-09-05T09:00:00+07:00') });
  const { SpreadsheetApp } = rt.globals as unknown as Services;
  const sheet = SpreadsheetApp.getActive().getSheetByName('Danh sách')!;
  const store = rt.spreadsheet.sheetNamed('Danh sách')!.store;
  return { rt, app: SpreadsheetApp, sheet, store };
}

describe('formatting in the local runtime', () => {
  it('keeps an explicit white fill as white, and null clears it', () => {
    const { sheet, store } = start();
    sheet.getRange('A2').setBackground('white');
    sheet.getRange('A3').setBackground('#FFFFFF');
    expect(store.backgrounds.get(2 * 20_000 + 1)).toBe('#ffffff');
    expect(store.backgrounds.get(3 * 20_000 + 1)).toBe('#ffffff');
    sheet.getRange('A2').setBackground(null as unknown as string);
    expect(store.backgrounds.has(2 * 20_000 + 1)).toBe(false);
    expect(sheet.getRange('A2:A3').getBackgrounds()).toEqual([['#ffffff'], ['#ffffff']]);
  });

  it('stores rules as built, returns them, and shows the first rule that holds over fills and banding', () => {
    const { app, sheet, store } = start();
    sheet.getRange('A1:C4').applyRowBanding(app.BandingTheme.LIGHT_GREY);
    sheet.getRange('B3').setBackground('#ffff00');
    const flagged = app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=LEN($C2)>0')
      .setBackground('#fce8e6')
      .setRanges([sheet.getRange('A2:B4')])
      .build();
    const heads = app
      .newConditionalFormatRule()
      .whenTextContains('hiệu')
      .setBackground('#b7e1cd')
      .setBold(true)
      .setRanges([sheet.getRange('B2:B4')])
      .build();
    sheet.setConditionalFormatRules([flagged, heads]);
    const back = sheet.getConditionalFormatRules();
    expect(back).toHaveLength(2);
    expect(back[0].getBooleanCondition()!.getCriteriaValues()).toEqual(['=LEN($C2)>0']);
    expect(back[1].getRanges()[0].getA1Notation()).toBe('B2:B4');
    // Row 3 has a message: the first rule wins over the user's yellow.
    expect(displayedFormat(store, 3, 2).background).toBe('#fce8e6');
    // Row 2: no message, the second rule holds (case-insensitive text).
    expect(displayedFormat(store, 2, 2)).toMatchObject({ background: '#b7e1cd', bold: true, rule: 1 });
    // Where nothing holds, banding shows: header, then white, grey, white.
    expect(displayedFormat(store, 3, 3).background).toBe('#f3f3f3');
    expect(displayedFormat(store, 4, 1).background).toBe('#ffffff');
    expect(displayedFormat(store, 1, 1).background).toBe('#bdbdbd');
    // The message fixed: the user's own fill shows again.
    sheet.getRange('C3').setValue('');
    expect(displayedFormat(store, 3, 2).background).toBe('#ffff00');
  });

  it('refuses alternating colours over a range that has them, as Sheets does', () => {
    const { sheet } = start();
    sheet.getRange('A1:C4').applyRowBanding();
    expect(() => sheet.getRange('B2:B3').applyRowBanding()).toThrow(
      'You cannot add alternating colors to a range that already has alternating colors.',
    );
    expect(sheet.getBandings()).toHaveLength(1);
    sheet.getBandings()[0].remove();
    expect(sheet.getBandings()).toHaveLength(0);
  });

  it('moves rules, their formulas and banding with inserted and deleted rows', () => {
    const { app, sheet, store } = start();
    sheet.getRange('A1:C4').applyRowBanding();
    sheet.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied('=LEN($C3)>0')
        .setBackground('#fce8e6')
        .setRanges([sheet.getRange('A3:B3')])
        .build(),
    ]);
    sheet.insertRowsBefore(2, 2);
    expect(store.conditionalFormats[0]).toMatchObject({ ranges: ['A5:B5'], values: ['=LEN($C5)>0'] });
    expect(store.bandings[0].range).toBe('A1:C6');
    expect(displayedFormat(store, 5, 1).background).toBe('#fce8e6');
    sheet.deleteRows(5, 1);
    expect(store.conditionalFormats).toHaveLength(0);
    expect(store.bandings[0].range).toBe('A1:C5');
    expect(shiftFormula('=AND($C7="x",SEARCH("A9",B7))', 'row', 5, 1)).toBe('=AND($C8="x",SEARCH("A9",B8))');
  });

  it('counts one call and every cell a range list writes', () => {
    const { rt, sheet, store } = start();
    rt.calls.reset();
    sheet.getRangeList(['A2', 'B3:B4']).setNote('⚠ cần sửa');
    expect(rt.calls.byMethod()['RangeList.setNote']).toBe(1);
    expect(rt.calls.cells().written).toBe(3);
    expect([...store.notes.values()]).toEqual(['⚠ cần sửa', '⚠ cần sửa', '⚠ cần sửa']);
    sheet.getRangeList(['B3']).clearNote();
    expect(store.notes.size).toBe(2);
  });

  it('puts one value into every range of a list as Range.setValue would, counting each range for the cost', () => {
    const { rt, sheet } = start();
    rt.calls.reset();
    const list = sheet.getRangeList(['C2', 'C4', 'A5:B6']);
    list.setValue('Đề nghị cấp').setNumberFormat('@');
    expect(rt.calls.byMethod()).toEqual({
      'Sheet.getRangeList': 1,
      'RangeList.setValue': 1,
      'RangeList.setNumberFormat': 1,
    });
    // Six cells of values; a number format is one range format per range.
    expect(rt.calls.cells()).toMatchObject({ written: 6 + 3, ranges: 6 });
    const shown = sheet.getRange('A1:C6').getValues();
    expect(shown.map((row) => row[2])).toEqual(['Lỗi', 'Đề nghị cấp', 'Số CCCD có 11 chữ số', 'Đề nghị cấp', '', '']);
    expect(shown[4].slice(0, 2)).toEqual(['Đề nghị cấp', 'Đề nghị cấp']);
    expect(sheet.getRange('A6').getNumberFormat()).toBe('@');
    // Typed input rules hold: digits become a number, a leading apostrophe keeps text.
    sheet.getRangeList(['B2']).setValue('012');
    sheet.getRangeList(['B3']).setValue("'012");
    expect(sheet.getRange('B2:B3').getValues()).toEqual([[12], ['012']]);
  });

  it('refuses a range list that touches a protected range, writing none of it', () => {
    const { rt, sheet } = start();
    sheet.getRange('C3').protect().removeEditors(['gv@haiphong.edu.vn']);
    rt.env.current = rt.env.newExecution('external', 'gv@haiphong.edu.vn');
    const asUnit = rt.spreadsheet.getSheetByName('Danh sách')!;
    expect(() => asUnit.getRangeList(['C2', 'C3']).setValue('x')).toThrow(/protected cell or object/);
    expect(sheet.getRange('C2:C3').getValues()).toEqual([[''], ['Số CCCD có 11 chữ số']]);
  });
});
