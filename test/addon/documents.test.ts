/**
 * One Văn phòng account, two workbooks, the published add-on (one Apps Script project across
 * documents, src/local/gas/world.ts): hourly checks switched on, off and resumed jobs in each,
 * and neither document's triggers, job or notices touched by the other, whether Google runs the
 * add-on's clock triggers inside their document or outside any (README: to confirm at the first
 * deployment).
 */
import { createGoogleWorld, type ClockContext, type GoogleWorld } from '../../src/local/gas';
import { ACCESS } from '../../src/i18n/access';
import { UI } from '../../src/i18n/ui';
import { bundleWith } from './access-helpers';
import { makeWorkbook, values } from './fixtures';
import { NOW, OWNER, startRuntime, type Runtime } from './runtime';

const VP = OWNER;
const HOUR = 3_600_001;

type Outcome = { ok: boolean; enabled?: boolean; pending?: boolean };

/** A workbook with the published add-on, in `world`; when `slow`, assigning addresses pauses. */
function openWorkbook(world: GoogleWorld, slow: boolean): Runtime {
  const costModel = slow ? { 'Range.setValues': 120_000 } : undefined;
  const rt = startRuntime(makeWorkbook({ rows: slow ? 300 : 60 }), { world, costModel });
  rt.loadBundle(bundleWith({ target: 'addon', officeAccounts: [VP] }));
  return rt;
}

const handlers = (rt: Runtime): string[] => rt.triggers.list.map((t) => t.handler).sort();
const toggle = (rt: Runtime) => rt.run<Outcome>('menuToggleAutoCheck', [], { as: 'menu', user: VP });
const assign = (rt: Runtime) => rt.run<Outcome>('menuAssignAddresses', [], { as: 'menu', user: VP });
const timedLogRows = (rt: Runtime) =>
  rt.workbook().sheets.some((s) => s.name === 'Nhật ký')
    ? values(rt.workbook(), 'Nhật ký').filter((r) => r[2] === UI.actions.timed)
    : [];

function twoWorkbooks(context: ClockContext, slow = true) {
  const world = createGoogleWorld({ deployment: 'addon', now: NOW, addonClockContext: context });
  return { world, a: openWorkbook(world, slow), b: openWorkbook(world, slow) };
}

describe('two workbooks of one account, clock triggers inside their document', () => {
  it('switches each hourly check on and off without touching the other’s', () => {
    const { world, a, b } = twoWorkbooks('document', false);
    expect(toggle(a)).toMatchObject({ enabled: true });
    expect(toggle(b)).toMatchObject({ enabled: true });
    expect([handlers(a), handlers(b)]).toEqual([['onTimedCheck'], ['onTimedCheck']]);
    expect(toggle(a)).toMatchObject({ enabled: false });
    expect([handlers(a), handlers(b)]).toEqual([[], ['onTimedCheck']]);
    world.clock.offsetMs += HOUR;
    const fired = world.fireDue();
    expect(fired.map((f) => [f.handler, f.ok, f.error])).toEqual([['onTimedCheck', true, undefined]]);
    expect(timedLogRows(b)).toHaveLength(1);
    expect(timedLogRows(a)).toHaveLength(0);
    expect(a.properties.document.autoCheck).toBeUndefined();
    expect(JSON.parse(b.properties.document.autoCheck)).toMatchObject({ owner: VP });
  });

  it('resumes a paused job in each, one by its own timer, one by its hourly check, neither disturbing the other', () => {
    const { world, a, b } = twoWorkbooks('document');
    toggle(b);
    expect(assign(a).pending).toBe(true);
    expect(assign(b).pending).toBe(true);
    // A's job has its own one-off timer; B's hourly check carries B's job (one clock trigger per document).
    expect([handlers(a), handlers(b)]).toEqual([['onResumeJob'], ['onTimedCheck']]);
    const bJob = b.properties.document.job;
    // Carrying A's job on from the menu clears A's timers only.
    assign(a);
    expect(handlers(b)).toEqual(['onTimedCheck']);
    expect(b.properties.document.job).toBe(bJob);
    for (let i = 0; i < 8 && (a.properties.document.job || b.properties.document.job); i++) {
      world.clock.offsetMs += HOUR;
      world.fireDue();
    }
    expect([a.properties.document.job, b.properties.document.job]).toEqual([undefined, undefined]);
    expect([a.triggers.failures, b.triggers.failures]).toEqual([[], []]);
    for (const rt of [a, b]) expect(values(rt.workbook(), 'Nhật ký').some((r) => r[2] === 'Cấp địa chỉ')).toBe(true);
    expect(handlers(b)).toEqual(['onTimedCheck']);
    expect(handlers(a).filter((h) => h === 'onTimedCheck')).toEqual([]);
    // Which document each timer belongs to is kept for live timers only, not for every one ever made.
    const live = world.triggerTable.records.map((r) => `triggerDocument.${r.id}`);
    const kept = Object.keys(a.properties.user).filter((k) => k.startsWith('triggerDocument.'));
    for (const k of kept) expect(live).toContain(k);
  });
});

describe('two workbooks of one account, clock triggers outside any document', () => {
  it('retires each timer that cannot reach its workbook and tells its maker in that workbook only', () => {
    const { world, a, b } = twoWorkbooks('none', false);
    toggle(a);
    toggle(b);
    world.clock.offsetMs += HOUR;
    const fired = world.fireDue();
    expect(fired.map((f) => [f.handler, f.ok, (f.result as { message?: string }).message])).toEqual([
      ['onTimedCheck', true, ACCESS.outsideDocument],
      ['onTimedCheck', true, ACCESS.outsideDocument],
    ]);
    expect([handlers(a), handlers(b)]).toEqual([[], []]);
    // Nothing was written to either workbook by a run that had no workbook.
    expect([timedLogRows(a), timedLogRows(b)]).toEqual([[], []]);
    assign(a);
    const noticeIn = (rt: Runtime) => rt.ui.dialogs.filter((d) => d.title === ACCESS.outsideDocumentTitle);
    expect(noticeIn(a)).toHaveLength(1);
    expect(noticeIn(b)).toHaveLength(0);
    assign(a);
    expect(noticeIn(a)).toHaveLength(1);
  });

  it('leaves a paused job for the menu when its resume timer cannot reach the workbook, and the other workbook’s job alone', () => {
    const { world, a, b } = twoWorkbooks('none');
    expect(assign(a).pending).toBe(true);
    expect(assign(b).pending).toBe(true);
    const [aJob, bJob] = [a.properties.document.job, b.properties.document.job];
    world.clock.offsetMs += HOUR;
    world.fireDue();
    expect([handlers(a), handlers(b)]).toEqual([[], []]);
    expect([a.properties.document.job, b.properties.document.job]).toEqual([aJob, bJob]);
    // The runner carries A's job on from the menu until it is done; B's waits untouched.
    for (let i = 0; i < 8 && a.properties.document.job; i++) {
      assign(a);
      world.clock.offsetMs += 10 * 60_000;
    }
    expect(a.properties.document.job).toBeUndefined();
    expect(b.properties.document.job).toBe(bJob);
    expect([a.triggers.failures, b.triggers.failures]).toEqual([[], []]);
  });
});
