/**
 * Plan 5277 in Google Sheets (the built bundle in the local runtime): the two files from
 * the "Xuất file" submenu, and the registration form's two choices.
 */
import type { CellScalar } from '../../src/local/workbook-data';
import { parseCsv } from '../helpers/csv';
import { cell, makeWorkbook, registrationForm, ROSTER_HEADER, rosterRow, values } from './fixtures';
import { startRuntime, UNIT_USER } from './runtime';

type DriveFile = {
  id: string;
  name: string;
  content?: string;
  text?: string;
  viewers?: unknown[];
  editors?: unknown[];
};
const driveFiles = (rt: ReturnType<typeof startRuntime>) => rt.drive.files as unknown as DriveFile[];

/** Danh sách with the two registration columns: person i registers as the plan decides (empty). */
function registeredWorkbook(rows: number, choice: (i: number) => [CellScalar, CellScalar] = () => ['', '']) {
  const data = Array.from({ length: rows }, (_, i) => [...rosterRow(i), ...choice(i)]);
  const wb = makeWorkbook({ rows: data });
  const roster = wb.sheets.find((s) => s.name === 'Danh sách')!;
  roster.rows[0] = [...ROSTER_HEADER, 'Đăng ký eOffice', 'Đăng ký chữ ký số'].map((value) => ({ value }));
  return wb;
}

describe('Xuất file › HPNET eOffice and Chữ ký số', () => {
  it('each is a private Drive file of the runner holding the people with addresses that the plan covers', () => {
    const rt = startRuntime(registeredWorkbook(60, (i) => [i === 5 ? 'Không' : '', '']));
    const assigned = rt.run('menuAssignAddresses', [], { as: 'menu' }) as {
      counts: { eofficeRequests: number; signatureRequests: number };
    };
    // The run's summary says the same figures as it returns.
    expect(JSON.stringify(rt.ui.alerts)).toContain(
      `Kế hoạch 5277: ${assigned.counts.eofficeRequests} người đề nghị cấp tài khoản eOffice, ${assigned.counts.signatureRequests} người đề nghị cấp chữ ký số.`,
    );
    const log = values(rt.workbook(), 'Nhật ký');
    expect(log[1].slice(-2)).toEqual([assigned.counts.eofficeRequests, assigned.counts.signatureRequests]);
    const sheetsBefore = rt.workbook().sheets.map((s) => s.name);
    const roster = values(rt.workbook(), 'Danh sách');
    const header = roster[0].map(String);
    const requested = (column: string) =>
      roster
        .slice(1)
        .filter((r) => r[header.indexOf(column)] === 'Đề nghị cấp')
        .map((r) => r[header.indexOf('Email công vụ')]);
    for (const [fn, kind, column, count] of [
      ['menuExportEoffice', 'eoffice', 'eOffice', assigned.counts.eofficeRequests],
      ['menuExportSignature', 'signature', 'Chữ ký số', assigned.counts.signatureRequests],
    ] as const) {
      const r = rt.run(fn, [], { as: 'menu' }) as { kind: string; fileId: string; fileName: string; rows: number };
      expect(r).toMatchObject({ kind, rows: count });
      expect(count).toBeGreaterThan(0);
      expect(r.fileName).toMatch(kind === 'eoffice' ? /hpnet-eoffice\.csv$/ : /ban-co-yeu-chu-ky-so\.csv$/);
      const file = driveFiles(rt).find((f) => f.id === r.fileId)!;
      expect(file.viewers ?? []).toHaveLength(0);
      expect(file.editors ?? []).toHaveLength(0);
      const text = file.content ?? file.text ?? '';
      expect(text.startsWith('\uFEFFSTT,Họ và tên,Ngày sinh,')).toBe(true);
      const rows = parseCsv(text.slice(1)).slice(1);
      const addressAt = kind === 'eoffice' ? 6 : 8;
      expect(rows.map((x) => x[addressAt])).toEqual(requested(column));
    }
    // Units pick Có / Không from a dropdown in both registration columns (pasted text is kept).
    for (const column of ['Đăng ký eOffice', 'Đăng ký chữ ký số']) {
      const rule = cell(rt.workbook(), 'Danh sách', 40, header.indexOf(column) + 1)?.validation as
        { values?: string[]; allowInvalid?: boolean } | undefined;
      expect(rule).toMatchObject({ values: ['Có', 'Không'], allowInvalid: true });
    }
    // Person 5 (a Phó hiệu trưởng, see the fixture's positions) said Không to eOffice.
    expect(roster[6][header.indexOf('eOffice')]).toBe('Không đăng ký');
    expect(rt.workbook().sheets.map((s) => s.name)).toEqual(sheetsBefore);
    rt.run('onOpen', [{ authMode: 'LIMITED' }], { as: 'simpleTrigger' });
    const menus = JSON.stringify(rt.ui.menus);
    for (const item of ['HPNET eOffice', 'Chữ ký số Ban Cơ yếu', 'menuExportEoffice', 'menuExportSignature'])
      expect(menus).toContain(item);
  });

  it('a unit account may not export them', () => {
    const rt = startRuntime(registeredWorkbook(10));
    for (const fn of ['menuExportEoffice', 'menuExportSignature']) {
      const r = rt.run(fn, [], { as: 'menu', user: UNIT_USER }) as { ok: boolean };
      expect(r.ok).toBe(false);
    }
    expect(driveFiles(rt)).toHaveLength(0);
  });
});

describe('registration form: eOffice and digital signature', () => {
  const form = registrationForm;

  it('offers Có / Không', () => {
    const rt = startRuntime(makeWorkbook({ rows: 5 }));
    const data = rt.run('getRegistrationFormData', [], { as: 'scriptRun', user: UNIT_USER }) as {
      serviceChoices: string[];
    };
    expect(data.serviceChoices).toEqual(['Có', 'Không']);
  });

  it('the first choice adds the two registration columns; Có outside the plan is saved with a warning', () => {
    const rt = startRuntime(makeWorkbook({ rows: 20 }));
    const before = values(rt.workbook(), 'Danh sách');
    const head = rt.run(
      'submitRegistration',
      [form(300, { position: 'Phó hiệu trưởng', eofficeRequest: 'Có', signatureRequest: 'Có' })],
      { as: 'scriptRun', user: UNIT_USER },
    ) as { ok: boolean; row: number; warnings: unknown[] };
    expect(head).toMatchObject({ ok: true, row: 22, warnings: [] });
    // The next person's form is filled in before it is saved.
    rt.clock.advance(30_000);
    const teacher = rt.run(
      'submitRegistration',
      [form(301, { position: 'Giáo viên', eofficeRequest: 'Có', signatureRequest: 'Không' })],
      { as: 'scriptRun', user: UNIT_USER },
    ) as { ok: boolean; row: number; warnings: { field: string; message: string }[] };
    expect(teacher.ok).toBe(true);
    expect(teacher.row).toBe(23);
    expect(teacher.warnings).toHaveLength(1);
    expect(teacher.warnings[0].field).toBe('eofficeRequest');
    expect(teacher.warnings[0].message).toMatch(/eOffice/);

    const after = values(rt.workbook(), 'Danh sách');
    const header = after[0].map(String);
    // Nothing typed before moved or changed.
    expect(after.slice(0, 21).map((r) => r.slice(0, ROSTER_HEADER.length))).toEqual(
      before.map((r) => r.slice(0, ROSTER_HEADER.length)),
    );
    const at = (row: number, column: string) => after[row - 1][header.indexOf(column)];
    expect(header).toEqual(expect.arrayContaining(['Đăng ký eOffice', 'Đăng ký chữ ký số', 'eOffice', 'Chữ ký số']));
    expect([at(22, 'Đăng ký eOffice'), at(22, 'Đăng ký chữ ký số')]).toEqual(['Có', 'Có']);
    expect([at(23, 'Đăng ký eOffice'), at(23, 'Đăng ký chữ ký số')]).toEqual(['Có', 'Không']);
    expect(at(23, 'eOffice')).toBe('Chưa đủ điều kiện');
    expect(at(23, 'Chữ ký số')).toBe('Không đăng ký');
  });
});
