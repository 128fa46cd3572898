/**
 * 'Danh bạ tài khoản' in Google Sheets, on the built bundle in the local runtime: the
 * menu's check reads the list in one call and shows each address's stage; an edit of a
 * row, which reads neither the register's batches nor the list, keeps the stage the row
 * shows rather than putting it back to 'Đã cấp địa chỉ'.
 */
import { makeWorkbook, values } from './fixtures';
import { editAsUnit, startRuntime, type Runtime } from './runtime';

type Ss = GoogleAppsScript.Spreadsheet.Spreadsheet;
const active = (rt: Runtime): Ss =>
  (rt.globals as unknown as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp }).SpreadsheetApp.getActive();
const roster = (rt: Runtime) => values(rt.workbook(), 'Danh sách');
const columnOf = (rt: Runtime, name: string) => roster(rt)[0].indexOf(name);

const edit = (rt: Runtime, row: number, column: number, value: string) =>
  editAsUnit(rt, 'Danh sách', row, column, value);

describe('Danh bạ tài khoản in the add-on', () => {
  it('shows created and in use after a check, in one read of the list, and an edit keeps the stage shown', () => {
    const rt = startRuntime(makeWorkbook({ rows: 60 }));
    expect(rt.run<{ ok: boolean }>('menuRunAll', [], { as: 'menu' }).ok).toBe(true);
    const address = columnOf(rt, 'Email công vụ');
    const status = columnOf(rt, 'Trạng thái');
    const addressed = roster(rt)
      .map((r, i) => ({ row: i + 1, address: String(r[address]) }))
      .filter((x) => x.row > 1 && x.address.includes('@'));
    expect(addressed.length).toBeGreaterThan(20);
    const [used, created] = [addressed[0], addressed[1]];

    const list = active(rt).insertSheet('Danh bạ tài khoản');
    list.getRange(1, 1, 3, 3).setValues([
      ['Email Address [Required]', 'Status [READ ONLY]', 'Last Sign In [READ ONLY]'],
      [used.address, 'Active', '2025/09/12 08:15:03'],
      [created.address, 'Active', 'Never logged in'],
    ]);
    rt.calls.reset();
    expect(rt.run<{ ok: boolean }>('menuCheckAll', [], { as: 'menu' }).ok).toBe(true);
    const reads = rt.calls.byMethod()['Range.getValues'] ?? 0;
    let shown = roster(rt);
    expect(shown[used.row - 1][status]).toBe('Đang sử dụng');
    expect(shown[created.row - 1][status]).toBe('Đã tạo tài khoản');
    // The run exported batch 1: an address not in the list is at that stage.
    expect(shown[addressed[2].row - 1][status]).toBe('Đã xuất đợt 1');

    // The list grows tenfold: the check still reads it once.
    list.getRange(4, 1, 40, 1).setValues(Array.from({ length: 40 }, (_, i) => [`khac${i}@haiphong.edu.vn`]));
    rt.calls.reset();
    rt.run('menuCheckAll', [], { as: 'menu' });
    expect(rt.calls.byMethod()['Range.getValues'] ?? 0).toBe(reads);

    const phone = columnOf(rt, 'Số điện thoại') + 1;
    expect(edit(rt, used.row, phone, '0912 345 678')).toMatchObject({ ok: true, rows: [used.row] });
    expect(edit(rt, created.row, phone, '0987 654 321')).toMatchObject({ ok: true, rows: [created.row] });
    shown = roster(rt);
    expect(shown[used.row - 1][status]).toBe('Đang sử dụng');
    expect(shown[created.row - 1][status]).toBe('Đã tạo tài khoản');
    expect(shown[used.row - 1][phone - 1]).toBe('0912 345 678');
  });

  it('is picked up by the hourly check when only the list changed', () => {
    const rt = startRuntime(makeWorkbook({ rows: 30 }));
    expect(rt.run<{ ok: boolean }>('menuRunAll', [], { as: 'menu' }).ok).toBe(true);
    expect(rt.run<{ ok: boolean }>('menuToggleAutoCheck', [], { as: 'menu' }).ok).toBe(true);
    rt.clock.advance(3_600_000 + 1);
    rt.triggers.fireDue();
    const address = columnOf(rt, 'Email công vụ');
    const status = columnOf(rt, 'Trạng thái');
    const row = roster(rt).findIndex((r, i) => i > 0 && String(r[address]).includes('@'));
    expect(roster(rt)[row][status]).toBe('Đã xuất đợt 1');

    active(rt)
      .insertSheet('Danh bạ tài khoản')
      .getRange(1, 1, 2, 1)
      .setValues([['Email'], [String(roster(rt)[row][address])]]);
    rt.clock.advance(3_600_000 + 1);
    expect(rt.triggers.fireDue().map((f: { ok: boolean }) => f.ok)).toEqual([true]);
    expect(roster(rt)[row][status]).toBe('Đã tạo tài khoản');
  });
});
