/**
 * Google's 10 million cells a spreadsheet, on the built bundle in the local runtime: the
 * register keeps to its two columns whatever widened its sheet (an .xlsx round trip gives
 * every sheet 26 again), and a run that would pass the limit says so in words Văn phòng can
 * act on, not as an unexpected error.
 */
import { makeWorkbook, rosterRow } from './fixtures';
import { startRuntime, type Runtime } from './runtime';

type G = { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp };
const active = (rt: Runtime) => (rt.globals as unknown as G).SpreadsheetApp.getActive();
const runAll = (rt: Runtime) => rt.run<{ ok: boolean; message?: string }>('menuRunAll', [], { as: 'menu' });
const cells = (rt: Runtime) =>
  active(rt)
    .getSheets()
    .reduce((n, s) => n + s.getMaxRows() * s.getMaxColumns(), 0);

describe('the workbook’s 10 million cells', () => {
  it('cuts Sổ địa chỉ back to its two columns when the next run writes it', () => {
    const rt = startRuntime(makeWorkbook({ rows: 40 }));
    expect(runAll(rt).ok).toBe(true);
    const register = active(rt).getSheetByName('Sổ địa chỉ')!;
    expect(register.getMaxColumns()).toBe(2);
    register.insertColumnsAfter(2, 24);
    active(rt)
      .getSheetByName('Danh sách')!
      .appendRow(rosterRow(41) as unknown[]);
    expect(runAll(rt).ok).toBe(true);
    expect(register.getMaxColumns()).toBe(2);
    expect(register.getRange(1, 1, register.getLastRow(), 2).getValues().slice(1).length).toBe(41);
  });

  it('says the limit is reached, in Vietnamese, when the run would pass it', () => {
    const probe = startRuntime(makeWorkbook({ rows: 40 }));
    // Room for what the workbook has, not for the register's new sheet.
    const rt = startRuntime(makeWorkbook({ rows: 40 }), { limits: { cellsPerSpreadsheet: cells(probe) + 1000 } });
    const result = runAll(rt);
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/giới hạn 10 triệu ô của Google Trang tính/);
    expect(rt.ui.alerts.at(-1)!.message).toBe(result.message);
    expect(result.message).not.toMatch(/ngoài dự kiến|cells|Exception/);
  });
});
