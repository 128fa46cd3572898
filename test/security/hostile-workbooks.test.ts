/**
 * Every action over every hostile workbook: it either runs with clear findings or stops
 * with one Vietnamese line, and no cell a user typed changes.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ensureBuilt } from '../helpers/build-once';
import { CHANGING_ACTIONS, FIXTURES, runtimeFor, userCells } from './helpers';

const RUNNABLE = [
  'blank-rows.xlsx',
  'duplicate-headers.xlsx',
  'merged-cells.xlsx',
  'formulas-errors.xlsx',
  'huge-cells.xlsx',
  'hostile-text.xlsx',
  'numbers-for-text.xlsx',
];
const UNUSABLE: [string, RegExp][] = [
  ['not-a-workbook.xlsx', /không phải tệp Excel/],
  ['empty.xlsx', /không phải tệp Excel/],
  ['zip-not-workbook.xlsx', /Danh sách/],
  ['no-roster.xlsx', /Không có trang "Danh sách"/],
  ['missing-column.xlsx', /thiếu cột "Ngày sinh"/],
];

type Result = { ok: boolean; message?: string };

describe.each(RUNNABLE)('%s', (fixture) => {
  it('every menu action and an edit leave every user cell as it was', async () => {
    const rt = await runtimeFor(fixture);
    const before = userCells(rt.workbook());
    for (const action of [...CHANGING_ACTIONS, 'menuAssignAddresses']) {
      const result = rt.run<Result>(action, [], { as: 'menu' });
      expect({ action, ok: result.ok }).toEqual({ action, ok: true });
    }
    const { SpreadsheetApp } = rt.globals as unknown as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp };
    const range = SpreadsheetApp.getActive().getSheetByName('Danh sách')!.getRange(2, 4);
    rt.run(
      'onEdit',
      [
        {
          range,
          value: range.getValue(),
          oldValue: range.getValue(),
          source: SpreadsheetApp.getActive(),
          authMode: 'LIMITED',
        },
      ],
      { as: 'simpleTrigger' },
    );
    expect(userCells(rt.workbook())).toEqual(before);
  });

  it('the flagged rows carry Vietnamese messages and the owned columns exist', async () => {
    const rt = await runtimeFor(fixture);
    rt.run('menuCheckAll', [], { as: 'menu' });
    const roster = rt.workbook().sheets.find((s) => s.name === 'Danh sách')!;
    const header = roster.rows[0].map((c) => c?.value);
    expect(header).toEqual(expect.arrayContaining(['Email công vụ', 'Trạng thái', 'Lỗi', 'Ghi nhận lúc']));
    const messages = roster.rows
      .slice(1)
      .map((r) => String(r?.[header.indexOf('Lỗi')]?.value ?? ''))
      .filter(Boolean);
    for (const m of messages)
      expect(m).toMatch(/[ạảãàáâầấậẩẫăằắặẳẵđêềếệểễôồốộổỗơờớợởỡưừứựửữíìịỉĩúùụủũóòọỏõéèẹẻẽýỳỵỷỹ]/i);
  });
});

describe('workbooks the offline command cannot use', () => {
  beforeAll(() => ensureBuilt());
  it.each(UNUSABLE)('%s: exit 2, one Vietnamese line, no stack trace', (fixture, message) => {
    const r = spawnSync(
      process.execPath,
      [
        join(__dirname, '..', '..', 'dist-local', 'cli.js'),
        'check',
        join(FIXTURES, fixture),
        '--out',
        join(FIXTURES, '..', '..', '..', 'out', 'hostile'),
      ],
      { encoding: 'utf8', timeout: 60_000 },
    );
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at |Error:/);
  });
});

describe('formula injection', () => {
  it('no exported cell that came from user text starts a formula', async () => {
    const rt = await runtimeFor('hostile-text.xlsx');
    rt.run('menuAssignAddresses', [], { as: 'menu' });
    for (const action of ['menuExportGoogle', 'menuExportEntra', 'menuExportFindings'])
      rt.run(action, [], { as: 'menu' });
    // Batch 1 (Google Workspace and Văn phòng's hand-over list); the Entra export finds nothing new; the findings.
    expect(rt.drive.files.map((f) => f.name.replace(/-\d{8}-\d{4}/, ''))).toEqual([
      'Đợt 01 – 2025-09-05 – google-workspace.csv',
      'Đợt 01 – 2025-09-05 – ban-giao-van-phong-cac-don-vi-chua-co-email-dau-moi.csv',
      'email-cong-vu-danh-sach-loi.csv',
    ]);
    for (const file of rt.drive.files) {
      const lines = file.content.replace(/^\uFEFF/, '').split(/\r?\n/);
      for (const line of lines) {
        for (const cell of line.match(/("([^"]|"")*"|[^,]*)(,|$)/g) ?? []) {
          const text = cell.replace(/,$/, '').replace(/^"|"$/g, '');
          expect(text).not.toMatch(/^[=@-]|^\+(?!84\d{9}$)/);
        }
      }
    }
  });
});
