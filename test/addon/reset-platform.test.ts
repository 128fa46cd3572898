/**
 * Đặt lại mật khẩu and the mail platform of Cài đặt, on the built bundle in the local runtime:
 * a reset is asked, counted, confirmed, and makes a batch of its own (Google rows, Zimbra
 * `sp` then `ma`, Entra listed apart, a new hand-over list); the platform decides the file of
 * "Cấp địa chỉ và xuất tất cả tệp" and where the hand-over says to sign in.
 */
import { fileText, handoverLines, passwordsOf } from '../helpers/batches';
import { makeWorkbook, SETTINGS_FORM } from './fixtures';
import { OWNER, startRuntime, UNIT_USER, type Runtime } from './runtime';

interface Result {
  ok: boolean;
  message?: string;
  files?: { kind: string; fileId: string; rows: number }[];
  batchInfo?: { number: number | null; reset: boolean; accounts: number };
}

const runAll = (rt: Runtime): Result => rt.run<Result>('menuRunAll', [], { as: 'menu' });

function reset(rt: Runtime, typed: string, confirm = true, user = OWNER): Result {
  rt.ui.answerNext('OK', typed);
  rt.ui.answerNext(confirm ? 'YES' : 'NO');
  return rt.run<Result>('menuResetPasswords', [], { as: 'menu', user });
}

const textOf = (rt: Runtime, r: Result, kind: string): string =>
  fileText(rt, r.files!.find((f) => f.kind === kind)!.fileId);

describe('Đặt lại mật khẩu', () => {
  it('resets the typed addresses after a confirmation that counts them, in a batch of their own', () => {
    const rt = startRuntime(makeWorkbook({ rows: 120, focalEmails: true }));
    const first = runAll(rt);
    const before = passwordsOf(textOf(rt, first, 'google-workspace'));
    const chosen = [...before.keys()].slice(5, 8);
    const r = reset(rt, `${chosen[0]}, ${chosen[1].toUpperCase()}\n${chosen[2]}`);
    expect(rt.ui.alerts.at(-1)!.message).toContain('3 tài khoản sẽ được đặt mật khẩu mới');
    expect(r.batchInfo).toEqual({ number: 2, reset: true, accounts: 3 });
    expect(r.files!.map((f) => f.kind)).toEqual(['google-reset', 'entra-reset', 'zimbra-reset']);
    const google = passwordsOf(textOf(rt, r, 'google-reset'));
    expect([...google.keys()].sort()).toEqual([...chosen].sort());
    for (const a of chosen) expect(google.get(a)).not.toBe(before.get(a));
    expect(passwordsOf(textOf(rt, r, 'entra-reset'))).toEqual(google);
    const zimbra = textOf(rt, r, 'zimbra-reset').trimEnd().split('\n');
    expect(zimbra).toHaveLength(2 * 3 + 1);
    for (let i = 0; i < 3; i++) {
      expect(zimbra[2 * i]).toMatch(/^sp '[^']+' '[^']+'$/);
      expect(zimbra[2 * i + 1]).toMatch(/^ma '[^']+' zimbraPasswordMustChange TRUE$/);
    }
    expect(zimbra.at(-1)).toBe('exit');
    expect(passwordsOf(textOf(rt, r, 'zimbra-reset'))).toEqual(google);
    // A new hand-over list with the new passwords; batch 1's lists keep theirs.
    const lines = handoverLines(rt, 2);
    expect(lines.map((l) => l.address).sort()).toEqual([...chosen].sort());
    for (const l of lines) expect(l.password).toBe(google.get(l.address));
    for (const l of handoverLines(rt, 1)) expect(l.password).toBe(before.get(l.address));
    // The reset addresses are not exported again by the next run.
    expect(runAll(rt).batchInfo?.number).toBeNull();
  });

  it('resets a unit, or a whole batch whose file was lost, and nothing when cancelled or when nothing matches', () => {
    const rt = startRuntime(makeWorkbook({ rows: 120 }));
    const first = runAll(rt);
    const rows = textOf(rt, first, 'google-workspace').split('\n').slice(1).filter(Boolean);
    const unit =
      'Trường THCS ' + String(rt.spreadsheet.getSheetByName('Danh sách')!.getRange(2, 3).getValue()).split('THCS ')[1];
    const ofUnit = rows.filter((l) => l.includes(unit)).length;
    const byUnit = reset(rt, `đơn vị: ${unit}`);
    expect(byUnit.batchInfo).toMatchObject({ number: 2, accounts: ofUnit });
    const filesBefore = rt.drive.files.length;
    const cancelled = reset(rt, 'đợt 1', false);
    expect(cancelled.ok).toBe(false);
    expect(rt.ui.alerts.at(-2)!.message).toContain(`${rows.length - ofUnit} tài khoản`);
    expect(rt.drive.files.length).toBe(filesBefore);
    expect(reset(rt, 'đợt 9').message).toContain('Không có tài khoản đã xuất nào khớp');
    expect(reset(rt, '').ok).toBe(false);
    const lost = reset(rt, 'Đợt 1');
    expect(lost.batchInfo).toMatchObject({ number: 3, reset: true, accounts: rows.length - ofUnit });
  });

  it('is refused to unit accounts', () => {
    const rt = startRuntime(makeWorkbook({ rows: 40 }));
    runAll(rt);
    const files = rt.drive.files.length;
    expect(reset(rt, 'đợt 1', true, UNIT_USER).ok).toBe(false);
    expect(rt.drive.files.length).toBe(files);
  });
});

describe('the mail platform of Cài đặt', () => {
  const platform = (rt: Runtime, mailPlatform: string) =>
    rt.run<{ ok: boolean }>('saveSettings', [{ ...SETTINGS_FORM, mailPlatform }], { as: 'scriptRun' });

  it.each([
    ['zimbra', 'zimbra', 'https://mail.haiphong.edu.vn'],
    ['microsoft', 'entra', 'https://outlook.office.com'],
    ['google', 'google-workspace', 'https://mail.google.com'],
  ])('%s: the run makes that platform’s file, and the hand-over says where to sign in', (name, kind, signIn) => {
    const rt = startRuntime(makeWorkbook({ rows: 80 }));
    expect(platform(rt, name).ok).toBe(true);
    expect(rt.run<{ form: { mailPlatform: string } }>('getSettings', [], { as: 'scriptRun' }).form.mailPlatform).toBe(
      name,
    );
    const r = runAll(rt);
    expect(r.files!.map((f) => f.kind)).toEqual([kind, 'eoffice', 'signature', 'findings']);
    const lines = rt.drive.files.filter((f) => f.name.includes('ban-giao-')).map((f) => f.bytes.toString('utf8'));
    expect(lines.join('')).toContain(signIn);
    if (name !== 'google') expect(lines.join('')).not.toContain('mail.google.com');
  });

  it('refuses a platform it does not know, and keeps the chosen one when a form leaves it out', () => {
    const rt = startRuntime(makeWorkbook({ rows: 10 }));
    expect(platform(rt, 'lotus').ok).toBe(false);
    platform(rt, 'zimbra');
    const { mailPlatform: _left, ...older } = { ...SETTINGS_FORM, mailPlatform: '' };
    rt.run('saveSettings', [older], { as: 'scriptRun' });
    expect(rt.run<{ form: { mailPlatform: string } }>('getSettings', [], { as: 'scriptRun' }).form.mailPlatform).toBe(
      'zimbra',
    );
  });
});
