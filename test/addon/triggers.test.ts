/**
 * Edits, the hourly timer, the time limit and the lock, as they happen in a shared
 * workbook, on the built bundle in the local runtime.
 */
import { cell, makeWorkbook, SETTINGS_FORM, values } from './fixtures';
import { edit } from './edit-event';
import { startRuntime, type Runtime } from './runtime';

const header = (rt: Runtime) => values(rt.workbook(), 'Danh sách')[0];
const columnOf = (rt: Runtime, name: string) => header(rt).indexOf(name) + 1;

describe('onEdit', () => {
  it('re-checks only the edited row, stamps it once, and leaves other rows alone', () => {
    const rt = startRuntime(makeWorkbook({ rows: 200 }));
    rt.run('menuCheckAll', [], { as: 'menu' });
    const before = values(rt.workbook(), 'Danh sách');
    const phone = columnOf(rt, 'Số điện thoại');
    const errors = columnOf(rt, 'Lỗi');
    const stamp = columnOf(rt, 'Ghi nhận lúc');

    edit(rt, 30, phone, '0123456');
    let after = values(rt.workbook(), 'Danh sách');
    expect(String(after[29][errors - 1])).not.toBe('');
    expect(after[29][stamp - 1]).toBeInstanceOf(Date);
    const stamped = (after[29][stamp - 1] as Date).getTime();
    after.forEach((row, r) => {
      if (r !== 29) expect(row).toEqual(before[r]);
    });

    rt.clock.advance(3600_000);
    edit(rt, 30, phone, '0912 345 678');
    after = values(rt.workbook(), 'Danh sách');
    expect(after[29][errors - 1]).toBe('');
    expect((after[29][stamp - 1] as Date).getTime()).toBe(stamped);
    expect(after[29][phone - 1]).toBe('0912 345 678');
  });

  it('ignores edits on other sheets and on its own columns', () => {
    const rt = startRuntime(makeWorkbook({ rows: 50 }));
    rt.run('menuCheckAll', [], { as: 'menu' });
    const before = values(rt.workbook(), 'Danh sách');
    const status = columnOf(rt, 'Trạng thái');
    expect(edit(rt, 10, status, 'tự sửa').result).toMatchObject({ skipped: 'owned-columns' });
    const after = values(rt.workbook(), 'Danh sách');
    after.forEach((row, r) =>
      expect(row.filter((_, c) => c !== status - 1)).toEqual(before[r].filter((_, c) => c !== status - 1)),
    );
  });

  it('costs the same service calls on 1,000 and 10,000 rows', () => {
    const runs = [1000, 10000].map((n) => {
      const rt = startRuntime(makeWorkbook({ rows: n }));
      return edit(rt, 500, 10, '0987654321').calls;
    });
    expect(runs[0]).toEqual(runs[1]);
  });
});

describe('hourly check', () => {
  it('installs one trigger, removes it on the second toggle, never duplicates', () => {
    const rt = startRuntime(makeWorkbook({ rows: 20 }));
    const handlers = () =>
      rt.triggers.list.map((t: { handler?: string; handlerFunction?: string }) => t.handler ?? t.handlerFunction);
    expect(rt.run('menuToggleAutoCheck', [], { as: 'menu' })).toMatchObject({ ok: true, enabled: true });
    expect(handlers()).toEqual(['onTimedCheck']);
    expect(rt.run('menuToggleAutoCheck', [], { as: 'menu' })).toMatchObject({ ok: true, enabled: false });
    expect(handlers()).toEqual([]);
    rt.run('menuToggleAutoCheck', [], { as: 'menu' });
    expect(handlers()).toEqual(['onTimedCheck']);
  });

  it('re-checks only when Danh sách changed, stamps new rows and writes the log', () => {
    const rt = startRuntime(makeWorkbook({ rows: 60 }));
    rt.run('menuToggleAutoCheck', [], { as: 'menu' });
    rt.clock.advance(3600_000);
    rt.triggers.fireDue();
    const logRows = () => values(rt.workbook(), 'Nhật ký').length;
    expect(logRows()).toBe(2);
    const stamp = columnOf(rt, 'Ghi nhận lúc');
    expect(
      values(rt.workbook(), 'Danh sách')
        .slice(1)
        .every((r) => r[stamp - 1] instanceof Date),
    ).toBe(true);

    rt.clock.advance(3600_000);
    rt.triggers.fireDue();
    expect(logRows()).toBe(2);
  });

  it('e-mails each focal person only their own unit’s problems when notices are on', () => {
    const wb = makeWorkbook({ rows: 120, focalEmails: true });
    const roster = wb.sheets.find((s) => s.name === 'Danh sách')!;
    roster.rows[5]![9] = { value: '0123', numberFormat: '@' }; // unit 1
    roster.rows[70]![9] = { value: '999', numberFormat: '@' }; // unit 2
    const rt = startRuntime(wb);
    rt.run('saveSettings', [{ ...SETTINGS_FORM, notifyFocalPersons: true }], { as: 'scriptRun' });
    rt.run('menuToggleAutoCheck', [], { as: 'menu' });
    rt.clock.advance(3600_000);
    rt.triggers.fireDue();
    const sent = rt.mail.sent as { to: string; body: string }[];
    expect(sent.map((m) => m.to).sort()).toEqual(['daumoi1@haiphong.edu.vn', 'daumoi2@haiphong.edu.vn']);
    const first = sent.find((m) => m.to === 'daumoi1@haiphong.edu.vn')!;
    expect(first.body).toContain('Dòng 6');
    expect(first.body).not.toContain('Dòng 71');
  });
});

describe('long jobs and the lock', () => {
  it('stops before the time limit, resumes from its checkpoint and ends as an uninterrupted run', () => {
    const reference = startRuntime(makeWorkbook({ rows: 400 }));
    reference.run('menuAssignAddresses', [], { as: 'menu' });

    // Every write costs two minutes of (modelled) time: the job must pause at least once.
    const rt = startRuntime(makeWorkbook({ rows: 400 }), { costModel: { 'Range.setValues': 120_000 } });
    const first = rt.run('menuAssignAddresses', [], { as: 'menu' }) as { pending: boolean };
    expect(first.pending).toBe(true);
    expect(
      rt.triggers.list.map((t: { handler?: string; handlerFunction?: string }) => t.handler ?? t.handlerFunction),
    ).toEqual(['onResumeJob']);
    for (let i = 0; i < 5 && rt.triggers.list.length > 0; i++) {
      rt.clock.advance(120_000);
      rt.triggers.fireDue();
    }
    expect(rt.triggers.list).toHaveLength(0);
    expect(values(rt.workbook(), 'Danh sách')).toEqual(values(reference.workbook(), 'Danh sách'));
    expect(values(rt.workbook(), 'Báo cáo').slice(0, -3)).toEqual(values(reference.workbook(), 'Báo cáo').slice(0, -3));
    const log = values(rt.workbook(), 'Nhật ký');
    expect(log).toHaveLength(2);
    expect(log[1][5]).toBe(values(reference.workbook(), 'Nhật ký')[1][5]);
  });

  it('tells a second person to try again while a run holds the workbook; onEdit skips quietly', () => {
    const rt = startRuntime(makeWorkbook({ rows: 30 }));
    const g = rt.globals as unknown as { LockService: GoogleAppsScript.Lock.LockService };
    const held = g.LockService.getDocumentLock();
    expect(held.tryLock(1000)).toBe(true);
    const r = rt.run('menuCheckAll', [], { as: 'menu' }) as { ok: boolean; message: string };
    expect(r).toMatchObject({ ok: false, message: expect.stringContaining('thử lại') });
    const phone = 10;
    const e = edit(rt, 5, phone, '0123');
    expect(e.result).toMatchObject({ skipped: 'busy' });
    held.releaseLock();
    expect((rt.run('menuCheckAll', [], { as: 'menu' }) as { ok: boolean }).ok).toBe(true);
    expect(cell(rt.workbook(), 'Danh sách', 5, phone)?.value).toBe('0123');
  });
});
