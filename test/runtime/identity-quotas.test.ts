/**
 * Identity, trigger ownership and quotas in the local runtime, as Google documents them
 * (see src/local/gas/identity.ts and trigger-rules.ts for the pages).
 */
import { scriptDir } from '../helpers/script-dir';
import { createGasRuntime, type GasRuntimeOptions } from '../../src/local/gas';

const VP = 'vanphong@haiphong.edu.vn';
const VP2 = 'chuyenvien.vp@haiphong.edu.vn';
const UNIT = 'thcs.lechan@haiphong.edu.vn';
const OUTSIDER = 'someone@gmail.com';

const CODE = `
function who() { return [Session.getActiveUser().getEmail(), Session.getEffectiveUser().getEmail()]; }
function owner() { var o = SpreadsheetApp.getActive().getOwner(); return o === null ? null : o.getEmail(); }
function hourly() { return ScriptApp.newTrigger('tick').timeBased().everyHours(1).create().getUniqueId(); }
function everyMinute() { ScriptApp.newTrigger('tick').timeBased().everyMinutes(1).create(); }
function inAMinute() { ScriptApp.newTrigger('tick').timeBased().after(60000).create(); }
function inAnHour() { ScriptApp.newTrigger('tick').timeBased().after(3600000).create(); }
function mine() { return ScriptApp.getProjectTriggers().map(function (t) { return t.getUniqueId(); }); }
function removeAll(ids) { ScriptApp.getProjectTriggers().forEach(function (t) { ScriptApp.deleteTrigger(t); }); }
function tick() { var u = Session.getActiveUser().getEmail(); PropertiesService.getDocumentProperties().setProperty('last', u); return u; }
function slowTick() { Utilities.sleep(20 * 60000); return 'slept'; }
function slowHourly() { ScriptApp.newTrigger('slowTick').timeBased().everyHours(1).create(); }
function quota() { return MailApp.getRemainingDailyQuota(); }
`;

function start(options: GasRuntimeOptions = {}) {
  const dir = scriptDir('identity-', { 'Code.js': CODE });
  const rt = createGasRuntime({ user: VP, owner: VP, now: new Date('2025-09-05T09:00:00+07:00'), ...options });
  rt.loadBundle(dir);
  return rt;
}

describe('Spreadsheet.getOwner', () => {
  it('names the owner of a file in My Drive and is null for a file in a shared drive', () => {
    expect(start().run('owner')).toBe(VP);
    expect(start({ sharedDrive: true }).run('owner')).toBeNull();
  });
});

describe('Session users', () => {
  it('show the user in a menu run and a page call, whoever they are', () => {
    const rt = start();
    expect(rt.run('who', [], { as: 'menu', user: UNIT })).toEqual([UNIT, UNIT]);
    expect(rt.scriptRun(UNIT, 'who')).toEqual([UNIT, UNIT]);
  });

  it('hide another user in a simple trigger of a consumer account, but not the developer', () => {
    const rt = start({ account: 'consumer' });
    expect(rt.run('who', [], { as: 'simpleTrigger', user: UNIT })).toEqual(['', '']);
    expect(rt.run('who', [], { as: 'simpleTrigger', user: VP })).toEqual([VP, VP]);
  });

  it('show a same-domain user in a simple trigger of a Workspace account, never an outside one', () => {
    const rt = start({ account: 'workspace' });
    expect(rt.run('who', [], { as: 'simpleTrigger', user: UNIT })).toEqual([UNIT, UNIT]);
    expect(rt.run('who', [], { as: 'simpleTrigger', user: OUTSIDER })).toEqual(['', '']);
  });

  it('are the trigger owner in an installable trigger, whoever is looking', () => {
    const rt = start();
    rt.run('hourly', [], { as: 'menu', user: VP2 });
    rt.clock.advance(3_600_001);
    const fired = rt.triggers.fireDue();
    expect(fired.map((f) => f.result)).toEqual([VP2]);
    expect(rt.properties.document.last).toBe(VP2);
  });
});

describe('installable triggers', () => {
  it('belong to their maker: each account lists and removes only its own', () => {
    const rt = start();
    const a = rt.run<string>('hourly', [], { as: 'menu', user: VP });
    const b = rt.run<string>('hourly', [], { as: 'menu', user: VP2 });
    expect(rt.run('mine', [], { as: 'menu', user: VP })).toEqual([a]);
    expect(rt.run('mine', [], { as: 'menu', user: VP2 })).toEqual([b]);
    expect(rt.run('mine', [], { as: 'menu', user: UNIT })).toEqual([]);
    rt.run('removeAll', [], { as: 'menu', user: VP2 });
    expect(rt.triggers.list.map((t) => t.owner)).toEqual([VP]);
  });

  it('count 20 per user, each user apart', () => {
    const rt = start();
    for (let i = 0; i < 20; i++) rt.run('hourly', [], { as: 'menu', user: VP });
    expect(() => rt.run('hourly', [], { as: 'menu', user: VP })).toThrow('too many triggers');
    expect(() => rt.run('hourly', [], { as: 'menu', user: VP2 })).not.toThrow();
  });

  it('in a published add-on: one time-driven trigger per user per document, none more often than hourly', () => {
    const rt = start({ deployment: 'addon' });
    expect(() => rt.run('everyMinute', [], { as: 'menu', user: VP })).toThrow('at most once per hour');
    expect(() => rt.run('inAMinute', [], { as: 'menu', user: VP })).toThrow('at most once per hour');
    rt.run('hourly', [], { as: 'menu', user: VP });
    expect(() => rt.run('inAnHour', [], { as: 'menu', user: VP })).toThrow('one trigger of each type');
    // Another account has its own allowance in the same document.
    expect(() => rt.run('inAnHour', [], { as: 'menu', user: VP2 })).not.toThrow();
  });

  it('in a bound script: every minute and several timers are allowed', () => {
    const rt = start({ deployment: 'bound' });
    rt.run('everyMinute', [], { as: 'menu', user: VP });
    rt.run('inAMinute', [], { as: 'menu', user: VP });
    rt.run('hourly', [], { as: 'menu', user: VP });
    expect(rt.triggers.list).toHaveLength(3);
  });
});

describe('quotas by account kind', () => {
  it('mail recipients: 100 a day for a consumer account, 1,500 for Workspace', () => {
    expect(start({ account: 'consumer' }).run('quota')).toBe(100);
    expect(start({ account: 'workspace' }).run('quota')).toBe(1500);
  });

  it('trigger runtime: a consumer account runs out after 90 minutes a day, Workspace after 6 hours', () => {
    const runFor = (account: 'consumer' | 'workspace') => {
      const rt = start({ account });
      rt.run('slowHourly', [], { as: 'menu', user: VP });
      const ok: boolean[] = [];
      for (let h = 0; h < 20; h++) {
        rt.clock.advance(3_600_001);
        ok.push(...rt.triggers.fireDue().map((f) => f.ok));
      }
      return { ok, rt };
    };
    const consumer = runFor('consumer');
    // 20 minutes each: the 5th run starts with 80 of 90 minutes used, the 6th finds none left.
    expect(consumer.ok.filter(Boolean).length).toBe(5);
    expect(consumer.rt.triggers.failures[0].error).toBe('Service using too much computer time for one day.');
    const workspace = runFor('workspace');
    expect(workspace.ok.filter(Boolean).length).toBeGreaterThanOrEqual(18);
  });

  it('trigger runtime: the 90 minutes count from the first run, not from UTC midnight', () => {
    // 05:00 in Hai Phong is 22:00 UTC: the runs cross UTC midnight after the first hour.
    const rt = start({ account: 'consumer', now: new Date('2025-09-05T05:00:00+07:00') });
    rt.run('slowHourly', [], { as: 'menu', user: VP });
    const ok: boolean[] = [];
    for (let h = 0; h < 20; h++) {
      rt.clock.advance(3_600_001);
      ok.push(...rt.triggers.fireDue().map((f) => f.ok));
    }
    expect(ok.filter(Boolean).length).toBe(5);
  });
});
