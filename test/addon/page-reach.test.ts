/**
 * Everything a page can reach, called by a unit editor (who can open the registration
 * sidebar and so call google.script.run with any arguments): with and without a paused job,
 * nothing is written, exported, mailed or scheduled, and every refusal is Vietnamese.
 */
import { ENTRY_POINT_NAMES } from '../../src/entry-points';
import { fingerprint, VIETNAMESE } from './access-helpers';
import { makeWorkbook, SETTINGS_FORM, values } from './fixtures';
import { OWNER, startRuntime, UNIT_USER, type Runtime } from './runtime';

/** What a unit editor may use by design: menus and sidebars shown, reads, and the registration form. */
const UNIT_MAY_USE = new Set([
  'onOpen',
  'onInstall',
  'onEdit',
  'menuShowRegistrationForm',
  'menuShowSettings',
  'getRegistrationFormData',
  'validateRegistration',
  'submitRegistration',
  'getSettings',
  // A link to the dashboard web app, which every account of the domain may open anyway.
  'menuOpenDashboard',
]);

const SETTINGS_TAKEOVER = { ...SETTINGS_FORM, allowedUsers: UNIT_USER, notifyFocalPersons: true };

type Result = { ok?: boolean; message?: string; errors?: { message: string }[] } | null;

function argumentSets(rt: Runtime, recordedUid: string): unknown[][] {
  const uids = new Set([...rt.triggers.list.map((t) => t.id), recordedUid, '1'].filter(Boolean));
  const events = [...uids].map((uid) => [{ triggerUid: uid, authMode: 'FULL' }]);
  return [[], ...events, [SETTINGS_TAKEOVER], [{ range: { getSheet: 1 } }]];
}

function callEverything(rt: Runtime, recordedUid: string) {
  const outcomes: { fn: string; args: unknown[]; result?: Result; error?: string; changed: string[] }[] = [];
  for (const fn of rt.reachableFunctions()) {
    // One fingerprint around all of a function's calls: a change is still pinned to the function.
    const before = JSON.parse(fingerprint(rt)) as Record<string, unknown>;
    const mine: typeof outcomes = [];
    for (const args of argumentSets(rt, recordedUid)) {
      try {
        mine.push({ fn, args, result: rt.scriptRun<Result>(UNIT_USER, fn, args), changed: [] });
      } catch (e) {
        mine.push({ fn, args, error: (e as Error).message, changed: [] });
      }
    }
    const after = JSON.parse(fingerprint(rt)) as Record<string, unknown>;
    const changed = Object.keys(before).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
    outcomes.push(...mine.map((o) => ({ ...o, changed })));
  }
  return outcomes;
}

function expectRefusals(outcomes: ReturnType<typeof callEverything>): void {
  for (const o of outcomes) {
    const where = `${o.fn}(${JSON.stringify(o.args)})`;
    expect({ where, error: o.error, changed: o.changed }).toEqual({ where, error: undefined, changed: [] });
    if (UNIT_MAY_USE.has(o.fn)) {
      // Allowed functions may answer; when they say no, they say it in Vietnamese too.
      if (o.result && o.result.ok === false) {
        const text = o.result.message ?? (o.result.errors ?? []).map((e) => e.message).join(' ');
        expect({ where, text }).toEqual({ where, text: expect.stringMatching(VIETNAMESE) });
      }
      continue;
    }
    expect({ where, result: o.result }).toEqual({
      where,
      result: expect.objectContaining({ ok: false, message: expect.stringMatching(VIETNAMESE) }),
    });
  }
}

describe('a unit editor calling every function a page can reach', () => {
  it('reaches exactly the entry points the build declares', () => {
    const rt = startRuntime(makeWorkbook({ rows: 5 }));
    expect(rt.reachableFunctions().sort()).toEqual([...ENTRY_POINT_NAMES].sort());
  });

  it('changes nothing while no job is paused and the hourly check is on', () => {
    const rt = startRuntime(makeWorkbook({ rows: 40, focalEmails: true }));
    rt.scriptRun(OWNER, 'saveSettings', [{ ...SETTINGS_TAKEOVER, allowedUsers: '' }]);
    expect(rt.run('menuToggleAutoCheck', [], { as: 'menu', user: OWNER })).toMatchObject({ enabled: true });
    const outcomes = callEverything(rt, '');
    expectRefusals(outcomes);
    // The real check still runs for its owner afterwards.
    rt.clock.advance(3_600_001);
    const fired = rt.triggers.fireDue();
    expect(fired).toEqual([expect.objectContaining({ handler: 'onTimedCheck', ok: true })]);
    expect(fired[0].result).toMatchObject({ ok: true, changed: true });
    expect(rt.mail.sent.every((m) => m.from === OWNER)).toBe(true);
  });

  it('changes nothing while a long job with export files is paused, and the job then finishes for its owner', () => {
    const rt = startRuntime(makeWorkbook({ rows: 60 }), { costModel: { 'Range.setValues': 120_000 } });
    const first = rt.run<{ pending: boolean }>('menuRunAll', [], { as: 'menu', user: OWNER });
    expect(first.pending).toBe(true);
    const job = JSON.parse(rt.properties.document.job) as { resumeTriggerUid: string };
    expect(job.resumeTriggerUid).not.toBe('');
    const outcomes = callEverything(rt, job.resumeTriggerUid);
    expect(rt.drive.files).toHaveLength(0);
    expectRefusals(outcomes);

    for (let i = 0; i < 6 && rt.triggers.list.length > 0; i++) {
      rt.clock.advance(120_000);
      rt.triggers.fireDue();
    }
    // Six files: Google Workspace, Entra, Zimbra, eOffice, signatures and the findings; and Văn phòng's hand-over list.
    expect(rt.drive.files.map((f) => f.owner)).toEqual(Array(7).fill(OWNER));
    expect(values(rt.workbook(), 'Nhật ký')[1][1]).toBe(OWNER);
  });

  it('a Văn phòng page cannot make the resume handler run a job before its timer either', () => {
    const rt = startRuntime(makeWorkbook({ rows: 60 }), { costModel: { 'Range.setValues': 120_000 } });
    rt.run('menuAssignAddresses', [], { as: 'menu', user: OWNER });
    const before = fingerprint(rt);
    const forged = rt.scriptRun<Result>(OWNER, 'onResumeJob', [{ triggerUid: 'guess' }]);
    expect(forged).toMatchObject({ ok: false, message: expect.stringMatching(VIETNAMESE) });
    expect(fingerprint(rt)).toBe(before);
  });
});
