/**
 * The menu actions as Văn phòng uses them, on the built bundle in the local runtime.
 */
import { makeWorkbook, person, rosterRow, ROSTER_HEADER, values } from './fixtures';
import { OWNER, startRuntime, UNIT_USER } from './runtime';
import { OFFICE_MENU_CAPTIONS } from '../helpers/menu-captions';

const N = 300;
const BAD_PHONE_ROW = 12; // sheet rows
const DUP_ROW = 40;
const BAD_COMMUNE_ROW = 77;

function workbook() {
  const rows = Array.from({ length: N }, (_, i) => rosterRow(i));
  rows[BAD_PHONE_ROW - 2][9] = '01234567890';
  const original = person(3);
  rows[DUP_ROW - 2] = rosterRow(DUP_ROW - 2, {
    ...person(DUP_ROW - 2),
    fullName: original.fullName.toUpperCase(),
    dob: original.dob,
    cccd: '',
    staffId: '',
  });
  rows[3][8] = '';
  rows[3][7] = '';
  rows[BAD_COMMUNE_ROW - 2][1] = 'Quận Lê Chân';
  return makeWorkbook({ rows });
}

const col = (header: unknown[], name: string): number => header.indexOf(name);

describe('menu actions', () => {
  it('builds the Vietnamese menu on open', () => {
    const rt = startRuntime(workbook());
    rt.run('onOpen', [{ authMode: 'LIMITED' }], { as: 'simpleTrigger' });
    const menus = JSON.stringify(rt.ui.menus);
    for (const item of ['Email công vụ', 'Đăng ký email công vụ', 'Xuất danh sách lỗi (CSV)', ...OFFICE_MENU_CAPTIONS])
      expect(menus).toContain(item);
  });

  it('checks, then assigns addresses, writing only its own columns, a report and a log', () => {
    const wb = workbook();
    const input = values(wb, 'Danh sách');
    const rt = startRuntime(wb);

    const checked = rt.run('menuCheckAll', [], { as: 'menu' }) as { ok: boolean; counts: Record<string, number> };
    expect(checked.ok).toBe(true);
    expect(checked.counts.rowsRead).toBe(N);
    let out = values(rt.workbook(), 'Danh sách');
    const header = out[0];
    for (const h of ['Email công vụ', 'Trạng thái', 'Lỗi', 'Ghi nhận lúc']) expect(header).toContain(h);
    expect(out.map((r) => r.slice(0, ROSTER_HEADER.length))).toEqual(input);
    const errors = col(header, 'Lỗi');
    const address = col(header, 'Email công vụ');
    expect(String(out[BAD_PHONE_ROW - 1][errors])).not.toBe('');
    expect(String(out[DUP_ROW - 1][errors])).toContain('5'); // names the first row (sheet row 5)
    expect(String(out[BAD_COMMUNE_ROW - 1][errors])).not.toBe('');
    expect(out[20][errors]).toBe('');
    expect(out.slice(1).every((r) => r[address] === '')).toBe(true);
    expect(rt.ui.alerts.length).toBeGreaterThan(0);

    const assigned = rt.run('menuAssignAddresses', [], { as: 'menu' }) as {
      ok: boolean;
      counts: Record<string, number>;
    };
    expect(assigned.ok).toBe(true);
    out = values(rt.workbook(), 'Danh sách');
    expect(out.map((r) => r.slice(0, ROSTER_HEADER.length))).toEqual(input);
    const addresses = out.slice(1).map((r) => String(r[address]));
    const given = addresses.filter((a) => a !== '');
    expect(given.length).toBe(assigned.counts.newlyAssigned);
    expect(new Set(given.map((a) => a.toLowerCase())).size).toBe(given.length);
    for (const a of given) expect(a).toMatch(/^[a-z0-9.]+@haiphong\.edu\.vn$/);
    for (const bad of [BAD_PHONE_ROW, DUP_ROW, BAD_COMMUNE_ROW]) expect(addresses[bad - 2]).toBe('');

    // Same input, same addresses.
    rt.run('menuAssignAddresses', [], { as: 'menu' });
    expect(
      values(rt.workbook(), 'Danh sách')
        .slice(1)
        .map((r) => String(r[address])),
    ).toEqual(addresses);

    const report = values(rt.workbook(), 'Báo cáo');
    expect(report[0]).toContain('Tên UBND cấp xã');
    expect(report.some((r) => r[0] === 'Tổng cộng' || r[1] === 'Tổng cộng')).toBe(true);
    const charts = rt.workbook().sheets.find((s) => s.name === 'Báo cáo')!.charts ?? [];
    expect(charts).toHaveLength(1);

    const log = values(rt.workbook(), 'Nhật ký');
    expect(log).toHaveLength(4); // header + check + two assigns
    const logText = JSON.stringify(log);
    expect(logText).toContain(OWNER);
    const personal = input
      .slice(1, 50)
      .flatMap((r) => [String(r[8]), String(r[9])])
      .filter((v) => v.length >= 9);
    expect(personal.length).toBeGreaterThan(40);
    for (const value of personal) expect(logText).not.toContain(value);
  });

  it('says clearly, in Vietnamese, when Danh sách is missing, and writes nothing', () => {
    const wb = workbook();
    wb.sheets = wb.sheets.filter((s) => s.name !== 'Danh sách');
    const rt = startRuntime(wb);
    const r = rt.run('menuCheckAll', [], { as: 'menu' }) as { ok: boolean; message: string };
    expect(r.ok).toBe(false);
    expect(r.message).toMatch(/Danh sách/);
    expect(rt.workbook().sheets.map((s) => s.name)).toEqual(wb.sheets.map((s) => s.name));
  });

  it('refuses a unit account everything that changes the workbook or exports, also through google.script.run', () => {
    const wb = workbook();
    const input = values(wb, 'Danh sách');
    const rt = startRuntime(wb, { user: UNIT_USER });
    for (const fn of [
      'menuCheckAll',
      'menuAssignAddresses',
      'menuBuildReport',
      'menuExportGoogle',
      'menuToggleAutoCheck',
    ]) {
      const r = rt.run(fn, [], { as: 'menu', user: UNIT_USER }) as { ok: boolean; message: string };
      expect(r).toMatchObject({ ok: false, message: expect.stringContaining('chủ sở hữu') });
    }
    const saved = rt.run(
      'saveSettings',
      [
        {
          domain: 'haiphong.edu.vn',
          addressPattern: '{given}{initials}',
          deadline: '',
          allowedUsers: UNIT_USER,
          notifyFocalPersons: false,
        },
      ],
      { as: 'scriptRun', user: UNIT_USER },
    ) as { ok: boolean };
    expect(saved.ok).toBe(false);
    expect(values(rt.workbook(), 'Danh sách')).toEqual(input);
    expect(rt.drive.files.length ?? Object.keys(rt.drive.files).length).toBe(0);
    expect(rt.triggers.list.length).toBe(0);
  });

  it('lets a listed Văn phòng account act once the owner has filled the list', () => {
    const rt = startRuntime(workbook());
    const saved = rt.run(
      'saveSettings',
      [
        {
          domain: 'haiphong.edu.vn',
          addressPattern: '{given}{initials}',
          deadline: '2025-09-15T17:00',
          allowedUsers: 'chuyenvien.vp@haiphong.edu.vn',
          notifyFocalPersons: false,
        },
      ],
      { as: 'scriptRun' },
    ) as { ok: boolean };
    expect(saved.ok).toBe(true);
    const r = rt.run('menuCheckAll', [], { as: 'menu', user: 'chuyenvien.vp@haiphong.edu.vn' }) as { ok: boolean };
    expect(r.ok).toBe(true);
    const view = rt.run('getSettings', [], { as: 'scriptRun', user: UNIT_USER }) as {
      canEdit: boolean;
      form: { deadline: string };
    };
    expect(view).toMatchObject({ canEdit: false, form: { deadline: '2025-09-15T17:00' } });
  });

  it('tells the user, in the menu and in Cài đặt, when the stored settings are damaged and the defaults are in use', () => {
    const rt = startRuntime(workbook());
    rt.run('menuCheckAll', [], { as: 'menu' });
    expect(rt.properties.document.settings).toBeUndefined();
    expect(rt.ui.alerts.map((a) => a.message).join('\n')).not.toContain('bị hỏng');
    expect(rt.run<{ warning?: string }>('getSettings', [], { as: 'scriptRun' }).warning).toBeUndefined();

    rt.properties.document.settings = '{"domain": "haiphong.edu.vn", "allowedUsers": ["không phải email"]}';
    rt.run('menuCheckAll', [], { as: 'menu' });
    expect(rt.ui.alerts.at(-1)!.message).toContain('Cài đặt đã lưu bị hỏng');
    expect(rt.run<{ warning?: string }>('getSettings', [], { as: 'scriptRun' }).warning).toContain('mặc định');
  });

  it('names export files by the Hai Phong wall-clock time of the run, in the Apps Script sandbox', () => {
    const rt = startRuntime(workbook());
    rt.run('menuRunAll', [], { as: 'menu' });
    const names = rt.drive.files.map((f) => f.name);
    expect(names.length).toBeGreaterThan(0);
    // NOW is 09:30 on 5/9/2025 in Hai Phong (02:30 UTC): the batch's files carry that day, the findings list the minute.
    for (const name of names)
      expect(name).toMatch(/^Đợt 01 – 2025-09-05 – |^email-cong-vu-20250905-0930-danh-sach-loi\.csv$/);
    expect(names.filter((n) => n.startsWith('Đợt 01 – 2025-09-05 – ')).length).toBeGreaterThanOrEqual(5);
  });
});
