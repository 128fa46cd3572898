/**
 * Provisioning exports and the registration form's server side, on the built bundle.
 */
import { makeWorkbook, person, registrationForm, ROSTER_HEADER, values } from './fixtures';
import { OWNER, startRuntime, UNIT_USER } from './runtime';

type DriveFile = {
  id: string;
  name: string;
  content?: string;
  text?: string;
  owner?: string;
  sharing?: unknown;
  viewers?: unknown[];
  editors?: unknown[];
};

function driveFiles(rt: ReturnType<typeof startRuntime>): DriveFile[] {
  const files = rt.drive.files as unknown;
  return (Array.isArray(files) ? files : Object.values(files as object)) as DriveFile[];
}

describe('provisioning exports', () => {
  it('writes each format to a private Drive file of the runner, never into the workbook', () => {
    for (const [fn, kind, marker] of [
      ['menuExportGoogle', 'google-workspace', 'First Name [Required]'],
      ['menuExportEntra', 'entra', 'version:v1.0'],
      ['menuExportZimbra', 'zimbra', 'ca '],
    ] as const) {
      // Each format on a workbook of its own: the first export of a workbook is its batch 1.
      const rt = startRuntime(makeWorkbook({ rows: 150 }));
      const assigned = rt.run('menuAssignAddresses', [], { as: 'menu' }) as { counts: { assigned: number } };
      const sheetsBefore = rt.workbook().sheets.map((s) => s.name);
      const r = rt.run(fn, [], { as: 'menu' }) as {
        kind: string;
        fileId: string;
        fileName: string;
        url: string;
        rows: number;
      };
      expect(r).toMatchObject({ kind, rows: assigned.counts.assigned });
      const file = driveFiles(rt).find((f) => f.id === r.fileId)!;
      const text = file.content ?? file.text ?? '';
      expect(text).toContain(marker);
      expect(file.viewers ?? []).toHaveLength(0);
      expect(file.editors ?? []).toHaveLength(0);
      expect(JSON.stringify(rt.ui.dialogs)).toContain(String(r.rows));
      // The only new sheet is Sổ bàn giao: who received which unit's list, never a password.
      expect(rt.workbook().sheets.map((s) => s.name)).toEqual([...sheetsBefore, 'Sổ bàn giao']);
      // Nobody shares a password, and none reaches the workbook.
      if (kind === 'google-workspace') {
        const passwords = text
          .split('\n')
          .slice(1)
          .filter(Boolean)
          .map((l) => l.split(',')[3]);
        expect(new Set(passwords).size).toBe(passwords.length);
        for (const sheet of rt.workbook().sheets)
          expect(JSON.stringify(values(rt.workbook(), sheet.name))).not.toContain(passwords[0]);
      }
      // The same people are not exported again in another format: no batch, no file.
      const filesBefore = rt.drive.files.length;
      const again = rt.run('menuExportEntra', [], { as: 'menu' }) as { batchInfo?: { number: number | null } };
      expect(again.batchInfo?.number).toBeNull();
      expect(rt.drive.files.length).toBe(filesBefore);
      expect(JSON.stringify(rt.ui.dialogs.at(-1))).toContain('Không có địa chỉ mới nào cần xuất');
    }
  });

  it('exports the findings list as CSV', () => {
    const wb = makeWorkbook({ rows: 40 });
    wb.sheets.find((s) => s.name === 'Danh sách')!.rows[3]![9] = { value: '0123', numberFormat: '@' };
    const rt = startRuntime(wb);
    const r = rt.run('menuExportFindings', [], { as: 'menu' }) as { fileId: string; rows: number };
    expect(r.rows).toBeGreaterThan(0);
    const f = driveFiles(rt).find((x) => x.id === r.fileId)!;
    expect((f.content ?? f.text ?? '').split('\n')[0]).toContain('sheet,row,column,code,message');
  });
});

describe('registration form (server side)', () => {
  const form = (i: number, changes: Record<string, string> = {}) =>
    registrationForm(i, { existingEmail: '', note: '', ...changes });

  it('offers the 114 communes and the units already listed for each', () => {
    const rt = startRuntime(makeWorkbook({ rows: 100 }));
    const data = rt.run('getRegistrationFormData', [], { as: 'scriptRun', user: UNIT_USER }) as {
      communes: { fullName: string }[];
      units: Record<string, string[]>;
    };
    expect(data.communes).toHaveLength(114);
    const p = person(0);
    expect(data.units[p.commune]).toContain(p.unit);
  });

  it('shows the same problems as the menu, then appends exactly one row once fixed', () => {
    const rt = startRuntime(makeWorkbook({ rows: 100 }));
    const before = values(rt.workbook(), 'Danh sách');
    const bad = rt.run('validateRegistration', [form(500, { phone: '01234567890' })], {
      as: 'scriptRun',
      user: UNIT_USER,
    }) as { ok: boolean; errors: { field: string; message: string }[] };
    expect(bad.ok).toBe(false);
    expect(bad.errors.map((e) => e.field)).toContain('phone');
    const refused = rt.run('submitRegistration', [form(500, { phone: '01234567890' })], {
      as: 'scriptRun',
      user: UNIT_USER,
    }) as { ok: boolean };
    expect(refused.ok).toBe(false);
    expect(values(rt.workbook(), 'Danh sách')).toEqual(before);

    // The person corrects the phone number: a few seconds pass before the next save.
    rt.clock.advance(5_000);
    const saved = rt.run('submitRegistration', [form(500)], { as: 'scriptRun', user: UNIT_USER }) as {
      ok: boolean;
      row: number;
    };
    expect(saved).toMatchObject({ ok: true, row: 102 });
    const after = values(rt.workbook(), 'Danh sách');
    expect(after.slice(0, 101).map((r) => r.slice(0, ROSTER_HEADER.length))).toEqual(
      before.map((r) => r.slice(0, ROSTER_HEADER.length)),
    );
    const row = after[101];
    expect(row[3]).toBe(person(500).fullName);
    expect(row[9]).toBe(person(500).phone);
    expect(row[after[0].indexOf('Ghi nhận lúc')]).toBeInstanceOf(Date);
  });

  it('refuses a person already on the list', () => {
    const rt = startRuntime(makeWorkbook({ rows: 100 }));
    const dup = rt.run('submitRegistration', [form(7)], { as: 'scriptRun', user: UNIT_USER }) as {
      ok: boolean;
      errors: { message: string }[];
    };
    expect(dup.ok).toBe(false);
    expect(dup.errors.some((e) => e.message.includes('9'))).toBe(true); // names sheet row 9
  });
});

describe('service calls do not grow with rows', () => {
  it('is the same for 1,000 and 10,000 rows, action by action', () => {
    const byRows = [1000, 10000].map((n) => {
      const rt = startRuntime(makeWorkbook({ rows: n }));
      const out: Record<string, unknown> = {};
      for (const fn of [
        'menuCheckAll',
        'menuAssignAddresses',
        'menuBuildReport',
        'menuExportGoogle',
        'menuExportFindings',
      ]) {
        rt.calls.reset();
        rt.run(fn, [], { as: 'menu', user: OWNER });
        out[fn] = rt.calls.byMethod();
      }
      return out;
    });
    expect(byRows[0]).toEqual(byRows[1]);
  });
});

describe('Cấp địa chỉ và xuất tất cả tệp', () => {
  it('assigns, reports and writes the four files from one read of the workbook', () => {
    const wb = makeWorkbook({ rows: 120 });
    const inputSheets = wb.sheets.filter((s) =>
      ['Danh sách', 'Tổng hợp', 'Tài khoản hiện có', 'CSDL ngành'].includes(s.name),
    ).length;
    const rt = startRuntime(wb);
    rt.calls.reset();
    const r = rt.run('menuRunAll', [], { as: 'menu' }) as {
      ok: boolean;
      files: { kind: string; fileId: string; rows: number }[];
      counts: { assigned: number };
    };
    expect(r.ok).toBe(true);
    expect(r.files.map((f) => f.kind)).toEqual([
      'google-workspace',
      'entra',
      'zimbra',
      'eoffice',
      'signature',
      'findings',
    ]);
    expect(r.files[0].rows).toBe(r.counts.assigned);
    // One read per input sheet, whatever the number of files written.
    expect(rt.calls.byMethod()['Range.getValues']).toBe(inputSheets);
    const owners = new Set(rt.drive.files.map((f) => `${f.owner}|${f.access}`));
    expect([...owners]).toEqual([`${OWNER}|PRIVATE`]);
  });
});
