/** Properties, Cache, Lock, triggers, limits of executions, HtmlService, Utilities, Mail, Drive. */
import { scriptDir } from '../helpers/script-dir';
import { createGasRuntime } from '../../src/local/gas';
import { ensureBuilt } from '../helpers/build-once';
import type { Manifest } from '../../src/local/gas/manifest';

type G = {
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  CacheService: GoogleAppsScript.Cache.CacheService;
  LockService: GoogleAppsScript.Lock.LockService;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  MailApp: GoogleAppsScript.Mail.MailApp;
  DriveApp: GoogleAppsScript.Drive.DriveApp;
};

/** A bundle as the build makes it: top-level functions around one global. */
function bundle(code: string): string {
  return scriptDir('bundle-', { 'Code.js': code, 'page.html': '<p><?= name ?></p><div><?!= raw ?></div>' });
}

function start(code = '', manifest?: Manifest) {
  ensureBuilt(); // the runtime reads build/appsscript.json
  const rt = createGasRuntime({ now: new Date('2025-09-05T09:00:00+07:00'), manifest });
  rt.loadBundle(bundle(code));
  return { rt, g: rt.globals as unknown as G };
}

describe('the sandbox', () => {
  it('holds only Apps Script globals, no Node', () => {
    const { rt } = start(
      'function probe() { return [typeof require, typeof process, typeof Buffer, typeof SpreadsheetApp, typeof Utilities]; }',
    );
    expect(rt.run('probe')).toEqual(['undefined', 'undefined', 'undefined', 'object', 'object']);
  });

  it('runs Date on the virtual clock, and cell dates are Dates inside it', () => {
    const { rt } = start(
      'function now() { return new Date().getTime(); } function isDate(d) { return d instanceof Date; }',
    );
    const began = new Date('2025-09-05T09:00:00+07:00').getTime();
    expect(rt.run<number>('now') - began).toBeLessThan(60_000);
    const before = rt.run<number>('now');
    rt.clock.advance(3_600_000);
    expect(rt.run<number>('now') - before).toBeGreaterThanOrEqual(3_600_000);
    expect(rt.run('isDate', [new Date()])).toBe(true);
  });

  it('an unknown function fails as in Google', () => {
    const { rt } = start();
    expect(() => rt.run('missing')).toThrow('Script function not found: missing');
  });
});

describe('executions', () => {
  it('a simple trigger may not send mail, touch Drive or create triggers', () => {
    const { rt } = start(`
      function mail() { MailApp.sendEmail('a@haiphong.edu.vn', 's', 'b'); }
      function drive() { DriveApp.createFile('x', 'y'); }
      function trigger() { ScriptApp.newTrigger('mail').timeBased().everyHours(1).create(); }`);
    expect(() => rt.run('mail', [], { as: 'simpleTrigger' })).toThrow(
      /You do not have permission to call MailApp.sendEmail/,
    );
    expect(() => rt.run('drive', [], { as: 'simpleTrigger' })).toThrow(/permission to call DriveApp.createFile/);
    expect(() => rt.run('trigger', [], { as: 'simpleTrigger' })).toThrow(/permission to call ScriptApp.newTrigger/);
  });

  it('a run past its time limit is stopped at its next service call', () => {
    const { rt } = start(`function slow() { Utilities.sleep(31000); return SpreadsheetApp.getActive().getName(); }
                          function long() { Utilities.sleep(361000); return SpreadsheetApp.getActive().getName(); }`);
    expect(() => rt.run('slow', [], { as: 'simpleTrigger' })).toThrow('Exceeded maximum execution time');
    expect(rt.run('slow', [], { as: 'menu' })).toBe('Đăng ký email công vụ');
    expect(() => rt.run('long', [], { as: 'menu' })).toThrow('Exceeded maximum execution time');
  });

  it('time-driven triggers fire on the virtual clock; a fired one-off trigger stays listed but never fires again', () => {
    const { rt } = start(`
      var fired = 0;
      function tick() { fired++; }
      function count() { return fired; }
      function install() { ScriptApp.newTrigger('tick').timeBased().everyHours(1).create(); ScriptApp.newTrigger('tick').timeBased().after(60000).create(); }`);
    rt.run('install');
    expect(rt.triggers.list).toHaveLength(2);
    rt.clock.advance(61_000);
    rt.triggers.fireDue();
    expect(rt.run('count')).toBe(1);
    expect(rt.triggers.list).toHaveLength(2);
    rt.clock.advance(3_600_000);
    rt.triggers.fireDue();
    expect(rt.run('count')).toBe(2);
    rt.clock.advance(3_600_000);
    rt.triggers.fireDue();
    expect(rt.run('count')).toBe(3);
  });

  it('refuses a 21st trigger and odd everyMinutes values', () => {
    const { rt } =
      start(`function many() { for (var i = 0; i < 21; i++) ScriptApp.newTrigger('x').timeBased().everyHours(1).create(); }
                          function odd() { ScriptApp.newTrigger('x').timeBased().everyMinutes(7).create(); }`);
    expect(() => rt.run('many')).toThrow(
      'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
    );
    expect(() => rt.run('odd')).toThrow('The value passed to everyMinutes must be one of 1, 5, 10, 15 or 30');
  });
});

describe('storage', () => {
  it('properties refuse values over 9 KB and keep stores apart', () => {
    const { g } = start();
    const doc = g.PropertiesService.getDocumentProperties();
    doc.setProperty('k', 'v');
    expect(g.PropertiesService.getScriptProperties().getProperty('k')).toBeNull();
    expect(doc.getProperty('k')).toBe('v');
    expect(() => doc.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow('Argument too large: value');
  });

  it('cache entries expire on the clock and refuse values over 100 KB', () => {
    const { rt, g } = start();
    const cache = g.CacheService.getScriptCache();
    cache.put('k', 'v', 60);
    expect(cache.get('k')).toBe('v');
    rt.clock.advance(61_000);
    expect(cache.get('k')).toBeNull();
    expect(() => cache.put('big', 'x'.repeat(100 * 1024 + 1))).toThrow('Argument too large: value');
  });

  it('a lock held by another execution is not granted; waitLock times out with Google’s message', () => {
    const { rt, g } = start(`function tryIt() { return LockService.getDocumentLock().tryLock(1000); }
                              function waitIt() { LockService.getDocumentLock().waitLock(1000); }`);
    const held = g.LockService.getDocumentLock();
    expect(held.tryLock(0)).toBe(true);
    expect(rt.run('tryIt')).toBe(false);
    expect(() => rt.run('waitIt')).toThrow('Lock timeout: another process was holding the lock for too long.');
    held.releaseLock();
    expect(rt.run('tryIt')).toBe(true);
    // The lock of a finished execution is released with it.
    expect(rt.run('tryIt')).toBe(true);
  });

  it('a lock held by an execution running elsewhere is granted when it lets go within the wait', () => {
    const { rt } =
      start(`function tryIt(ms) { var t = Date.now(); return [LockService.getDocumentLock().tryLock(ms), Date.now() - t]; }
                          function userIt() { return LockService.getUserLock().tryLock(0); }`);
    rt.locks.holdElsewhere('document', 5_000);
    const [refused, waited] = rt.run<[boolean, number]>('tryIt', [1_000]);
    expect(refused).toBe(false);
    expect(waited).toBeGreaterThanOrEqual(1_000);
    const [granted, waitedAgain] = rt.run<[boolean, number]>('tryIt', [10_000]);
    expect(granted).toBe(true);
    // It waited for the holder, about 4 s more, not the whole 10 s.
    expect(waitedAgain).toBeGreaterThanOrEqual(3_900);
    expect(waitedAgain).toBeLessThan(5_000);
    // A user's lock is that user's: another user's call elsewhere does not hold it.
    rt.locks.holdElsewhere({ user: 'someone.else@haiphong.edu.vn' }, 60_000);
    expect(rt.run('userIt')).toBe(true);
    rt.locks.holdElsewhere({ user: 'vanphong@haiphong.edu.vn' }, 60_000);
    expect(rt.run('userIt')).toBe(false);
  });
});

describe('HtmlService, Utilities, MailApp, DriveApp', () => {
  it('templates escape <?= ?> and print <?!= ?> as is', () => {
    const { g } = start();
    const t = g.HtmlService.createTemplateFromFile('page');
    (t as unknown as Record<string, string>).name = '<script>alert("x")</script>';
    (t as unknown as Record<string, string>).raw = '<b>ok</b>';
    expect(t.evaluate().getContent()).toBe(
      '<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</p><div><b>ok</b></div>',
    );
  });

  it('formats dates in Asia/Ho_Chi_Minh and digests like Java (signed bytes)', () => {
    const { g } = start();
    expect(g.Utilities.formatDate(new Date('2025-09-04T17:30:00Z'), 'Asia/Ho_Chi_Minh', 'dd/MM/yyyy HH:mm')).toBe(
      '05/09/2025 00:30',
    );
    const digest = g.Utilities.computeDigest(g.Utilities.DigestAlgorithm.SHA_256, 'abc');
    expect(digest.slice(0, 4)).toEqual([-70, 120, 22, -65]);
    expect(g.Utilities.base64Encode('Hải Phòng')).toBe(Buffer.from('Hải Phòng').toString('base64'));
  });

  it('MailApp counts recipients against the daily quota', () => {
    const { rt, g } = start();
    expect(g.MailApp.getRemainingDailyQuota()).toBe(100);
    for (let i = 0; i < 100; i++) g.MailApp.sendEmail(`dm${i}@haiphong.edu.vn`, 'Nhắc', 'Nội dung');
    expect(() => g.MailApp.sendEmail('x@haiphong.edu.vn', 's', 'b')).toThrow(
      'Service invoked too many times for one day: email.',
    );
    expect(rt.mail.sent).toHaveLength(100);
  });

  it('Drive files are the runner’s own and private', () => {
    // DriveApp needs the whole Drive; the add-on's own manifest does not grant it.
    const { g } = start('', { oauthScopes: ['https://www.googleapis.com/auth/drive'] });
    const file = g.DriveApp.createFile('cap-tai-khoan.csv', 'a,b', 'text/csv');
    expect(file.getSharingAccess()).toBe(g.DriveApp.Access.PRIVATE);
    expect(file.getOwner().getEmail()).toBe('vanphong@haiphong.edu.vn');
    expect(g.DriveApp.getFileById(file.getId()).getBlob().getDataAsString()).toBe('a,b');
  });
});
