/**
 * 'Sổ địa chỉ' in the workbook: written by the assignment, hidden, editable only by
 * Văn phòng, and the only way an address leaves its person is Văn phòng's release,
 * which is logged.
 */
import { makeWorkbook, values } from './fixtures';
import { OWNER, startRuntime, UNIT_USER, type Runtime } from './runtime';

const VAN_PHONG = 'chuyenvien.vp@haiphong.edu.vn';

function allowVanPhong(rt: Runtime): void {
  const saved = rt.run(
    'saveSettings',
    [
      {
        domain: 'haiphong.edu.vn',
        addressPattern: '{given}{initials}',
        deadline: '',
        allowedUsers: VAN_PHONG,
        notifyFocalPersons: false,
      },
    ],
    { as: 'scriptRun' },
  ) as { ok: boolean };
  expect(saved.ok).toBe(true);
}

const addressColumn = (rt: Runtime): string[] => {
  const rows = values(rt.workbook(), 'Danh sách');
  const c = rows[0].indexOf('Email công vụ');
  return rows.slice(1).map((r) => String(r[c]));
};

describe('Sổ địa chỉ', () => {
  it('holds every assigned address, hidden and protected so that only Văn phòng may edit it', () => {
    const rt = startRuntime(makeWorkbook({ rows: 60 }));
    allowVanPhong(rt);
    rt.run('menuAssignAddresses', [], { as: 'menu', user: VAN_PHONG });
    const shown = addressColumn(rt).filter(Boolean);
    expect(shown.length).toBe(60);
    const sheet = rt.workbook().sheets.find((s) => s.name === 'Sổ địa chỉ')!;
    expect(sheet.hidden).toBe(true);
    const register = values(rt.workbook(), 'Sổ địa chỉ');
    expect(register[0]).toEqual(['Email công vụ', expect.stringMatching(/^Người được cấp \(khoá [0-9a-f]{8}\)$/)]);
    expect(new Set(register.slice(1).map((r) => r[0]))).toEqual(new Set(shown));
    // No more personal data than Danh sách holds: no phone, no personal e-mail.
    const roster = values(rt.workbook(), 'Danh sách');
    const phones = roster.slice(1).map((r) => String(r[9]));
    expect(JSON.stringify(register)).not.toContain(phones[0]);

    expect(sheet.protections).toHaveLength(1);
    expect(new Set(sheet.protections![0].editors)).toEqual(new Set([OWNER, VAN_PHONG]));
    rt.env.current = rt.env.newExecution('external', UNIT_USER);
    const asUnit = rt.spreadsheet.getSheetByName('Sổ địa chỉ')!;
    expect(() => asUnit.getRange(2, 1).setValue('ai.do@haiphong.edu.vn')).toThrow(/protected cell or object/);
    rt.env.current = rt.env.newExecution('external', VAN_PHONG);
    expect(() => rt.spreadsheet.getSheetByName('Sổ địa chỉ')!.getRange(1, 2).setValue('Người được cấp')).not.toThrow();
  });

  it('releases an address only for Văn phòng, empties it from Danh sách and writes the release into Nhật ký', () => {
    const rt = startRuntime(makeWorkbook({ rows: 20 }));
    allowVanPhong(rt);
    rt.run('menuAssignAddresses', [], { as: 'menu' });
    const before = addressColumn(rt);
    const target = before[4];

    rt.ui.answerNext('OK', target);
    const refused = rt.run('menuReleaseAddress', [], { as: 'menu', user: UNIT_USER }) as { ok: boolean };
    expect(refused.ok).toBe(false);
    expect(addressColumn(rt)).toEqual(before);

    rt.ui.answerNext('OK', 'khong.co@haiphong.edu.vn');
    const unknown = rt.run('menuReleaseAddress', [], { as: 'menu', user: VAN_PHONG }) as {
      ok: boolean;
      message: string;
    };
    expect(unknown).toMatchObject({ ok: false, message: expect.stringContaining('không có trong Sổ địa chỉ') });

    rt.ui.answerNext('OK', `  ${target.toUpperCase()} `);
    const released = rt.run('menuReleaseAddress', [], { as: 'menu', user: VAN_PHONG }) as {
      ok: boolean;
      rows: number;
    };
    expect(released).toEqual({ ok: true, address: target, rows: 1 });
    const after = addressColumn(rt);
    expect(after[4]).toBe('');
    expect(after.filter((_, i) => i !== 4)).toEqual(before.filter((_, i) => i !== 4));
    const entry = values(rt.workbook(), 'Sổ địa chỉ').find((r) => r[0] === target)!;
    expect(String(entry[1])).toMatch(
      new RegExp(`^Đã giải phóng \\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d \\(${VAN_PHONG}\\): `),
    );
    const log = values(rt.workbook(), 'Nhật ký');
    expect(log[log.length - 1]).toEqual(
      expect.arrayContaining([VAN_PHONG, 'Giải phóng địa chỉ', `Giải phóng ${target}`]),
    );

    // A second release of the same address finds nothing to release.
    rt.ui.answerNext('OK', target);
    expect((rt.run('menuReleaseAddress', [], { as: 'menu' }) as { ok: boolean }).ok).toBe(false);
    // The person still needs a mailbox: the next assignment gives one again.
    rt.run('menuAssignAddresses', [], { as: 'menu' });
    expect(addressColumn(rt)[4]).toMatch(/@haiphong\.edu\.vn$/);
  });

  it('onEdit keeps the row holding the address when the same person is typed again above it', () => {
    const rt = startRuntime(makeWorkbook({ rows: 12 }));
    rt.run('menuAssignAddresses', [], { as: 'menu' });
    const before = values(rt.workbook(), 'Danh sách');
    const header = before[0];
    const status = header.indexOf('Trạng thái');
    const errors = header.indexOf('Lỗi');
    // A unit inserts a row at the top and types person 9 (sheet row 10) again.
    const g = rt.globals as unknown as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp };
    rt.env.current = rt.env.newExecution('external', UNIT_USER);
    const sheet = g.SpreadsheetApp.getActive().getSheetByName('Danh sách')!;
    sheet.insertRowBefore(2);
    const typed = before[9].slice(0, 13);
    const range = sheet.getRange(2, 1, 1, typed.length);
    range.setValues([typed]);
    rt.run('onEdit', [{ range, source: g.SpreadsheetApp.getActive(), user: UNIT_USER, authMode: 'LIMITED' }], {
      as: 'simpleTrigger',
      user: UNIT_USER,
    });
    const after = values(rt.workbook(), 'Danh sách');
    expect(after[1][status]).toBe('Trùng');
    expect(String(after[1][errors])).toContain('dòng 11');
    expect(after[10][status]).toBe('Đã cấp địa chỉ');
  });
});
