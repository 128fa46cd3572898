/**
 * Several documents in one Google (src/local/gas/world.ts): triggers, properties and locks of a
 * published add-on across documents, the add-on's clock-trigger context, Drive's owner-only trash
 * and per-user drive.file, MailApp's per-message and per-account limits, and a web app that
 * executes as its deployer.
 */
import { scriptDir } from '../helpers/script-dir';
import { createGasRuntime, createGoogleWorld, type GasRuntimeOptions, type GoogleWorld } from '../../src/local/gas';
import type { Manifest } from '../../src/local/gas/manifest';

const VP = 'vanphong@haiphong.edu.vn';
const VP2 = 'chuyenvien.vp@haiphong.edu.vn';
const FOCAL = 'thcs.lechan@haiphong.edu.vn';
const HOUR = 3_600_000;
const NOW = new Date('2025-09-05T09:00:00+07:00');

const CODE = `
function hourly() { return ScriptApp.newTrigger('tick').timeBased().everyHours(1).create().getUniqueId(); }
function project() { return ScriptApp.getProjectTriggers().map(function (t) { return t.getUniqueId(); }); }
function here() { return ScriptApp.getUserTriggers(SpreadsheetApp.getActive()).map(function (t) { return t.getUniqueId(); }); }
function dropAll() { ScriptApp.getProjectTriggers().forEach(function (t) { ScriptApp.deleteTrigger(t); }); }
function tick() {
  var ss = SpreadsheetApp.getActive(), props = PropertiesService.getDocumentProperties();
  var lock = LockService.getDocumentLock();
  return { ss: ss === null ? null : ss.getId(), props: props === null ? null : props.getProperty('mark'), lock: lock !== null };
}
function setScript(k, v) { PropertiesService.getScriptProperties().setProperty(k, v); }
function getScript(k) { return PropertiesService.getScriptProperties().getProperty(k); }
function setUser(k, v) { PropertiesService.getUserProperties().setProperty(k, v); }
function getUser(k) { return PropertiesService.getUserProperties().getProperty(k); }
function cachePut(k, v) { CacheService.getScriptCache().put(k, v); CacheService.getDocumentCache().put(k, v); }
function cacheGet(k) { return [CacheService.getScriptCache().get(k), CacheService.getDocumentCache().get(k)]; }
function mail(to, body) { MailApp.sendEmail(to, 'Thông báo', body); return MailApp.getRemainingDailyQuota(); }
function mailHtml(to, html) { MailApp.sendEmail(to, 'Thông báo', 'x', { htmlBody: html }); }
function quota() { return MailApp.getRemainingDailyQuota(); }
function who() { return [Session.getActiveUser().getEmail(), Session.getEffectiveUser().getEmail()]; }
function create(name) { return Drive.Files.create({ name: name, mimeType: 'text/csv' }, Utilities.newBlob('x', 'text/csv', name)).id; }
function trash(id) { Drive.Files.update({ trashed: true }, id); }
function shareWriter(id, email) { Drive.Permissions.create({ type: 'user', role: 'writer', emailAddress: email }, id, { sendNotificationEmail: false }); }
function shareReader(id, email) { return Drive.Permissions.create({ type: 'user', role: 'reader', emailAddress: email }, id, { sendNotificationEmail: false }).id; }
function unshare(id, permissionId) { Drive.Permissions.remove(id, permissionId); }
function read(id) { return Drive.Files.get(id).id; }
function rename(id) { Drive.Files.update({ name: 'renamed.csv' }, id); }
`;

const MANIFEST: Manifest = {
  oauthScopes: [
    'https://www.googleapis.com/auth/spreadsheets.currentonly',
    'https://www.googleapis.com/auth/script.scriptapp',
    'https://www.googleapis.com/auth/script.send_mail',
    'https://www.googleapis.com/auth/drive.file',
    'https://www.googleapis.com/auth/userinfo.email',
  ],
  dependencies: { enabledAdvancedServices: [{ userSymbol: 'Drive', serviceId: 'drive', version: 'v3' }] },
  webapp: { access: 'DOMAIN', executeAs: 'USER_DEPLOYING' },
};

function open(options: GasRuntimeOptions = {}) {
  const rt = createGasRuntime({ user: VP, owner: VP, now: NOW, manifest: MANIFEST, ...options });
  rt.loadBundle(scriptDir('world-', { 'Code.js': CODE }));
  return rt;
}

const twoDocuments = (world: GoogleWorld) => [open({ world }), open({ world })];

describe('an add-on across documents', () => {
  it("lists the user's triggers of every document in getProjectTriggers, this document's in getUserTriggers", () => {
    const [a, b] = twoDocuments(createGoogleWorld({ deployment: 'addon', now: NOW }));
    const inA = a.run('hourly');
    const inB = b.run('hourly');
    expect(a.run('project')).toEqual([inA, inB]);
    expect(a.run('here')).toEqual([inA]);
    expect(b.run('here')).toEqual([inB]);
    // Deleting "all project triggers" from A removes B's too: the trap the add-on must avoid.
    a.run('dropAll');
    expect(b.run('here')).toEqual([]);
  });

  it('keeps a bound script to its own document: its project is that document', () => {
    const [a, b] = twoDocuments(createGoogleWorld({ deployment: 'bound', now: NOW }));
    const inA = a.run('hourly');
    b.run('hourly');
    expect(a.run('project')).toEqual([inA]);
  });

  it('shares one script-properties store across documents and tenants; user properties follow the user', () => {
    const world = createGoogleWorld({ deployment: 'addon', now: NOW });
    const [a, b] = twoDocuments(world);
    const otherTenant = open({ world, user: 'admin@truong-khac.edu.vn', owner: 'admin@truong-khac.edu.vn' });
    a.run('setScript', ['k', 'from A']);
    expect(b.run('getScript', ['k'])).toBe('from A');
    expect(otherTenant.run('getScript', ['k'])).toBe('from A');
    a.run('setUser', ['u', 'VP in A']);
    expect(b.run('getUser', ['u'])).toBe('VP in A');
    expect(b.run('getUser', ['u'], { user: VP2 })).toBeNull();
    const [c, d] = twoDocuments(createGoogleWorld({ deployment: 'bound', now: NOW }));
    c.run('setScript', ['k', 'from C']);
    expect(d.run('getScript', ['k'])).toBeNull();
  });

  it('shares the script cache across an add-on’s documents; the document cache stays with its document', () => {
    const [a, b] = twoDocuments(createGoogleWorld({ deployment: 'addon', now: NOW }));
    a.run('cachePut', ['k', 'v']);
    expect(b.run('cacheGet', ['k'])).toEqual(['v', null]);
    expect(a.run('cacheGet', ['k'])).toEqual(['v', 'v']);
  });

  it('fires each document’s trigger in its own document when the context is "document"', () => {
    const world = createGoogleWorld({ deployment: 'addon', now: NOW });
    const [a, b] = twoDocuments(world);
    a.properties.document.mark = 'A';
    b.properties.document.mark = 'B';
    a.run('hourly');
    b.run('hourly');
    a.clock.advance(HOUR + 1);
    const results = world.fireDue().map((f) => f.result);
    expect(results).toEqual([
      { ss: a.spreadsheet.id, props: 'A', lock: true },
      { ss: b.spreadsheet.id, props: 'B', lock: true },
    ]);
  });

  it('runs an add-on clock trigger outside any document when the context is "none": null, null, null', () => {
    const world = createGoogleWorld({ deployment: 'addon', now: NOW, addonClockContext: 'none' });
    const a = open({ world });
    a.run('hourly');
    a.clock.advance(HOUR + 1);
    expect(a.triggers.fireDue().map((f) => f.result)).toEqual([{ ss: null, props: null, lock: false }]);
    // A menu run in the same world still has its document.
    expect(a.run('tick')).toMatchObject({ ss: a.spreadsheet.id, lock: true });
  });
});

describe('Drive: trash and drive.file', () => {
  it('lets only the owner trash a file; a writer gets insufficientFilePermissions', () => {
    const rt = open();
    const id = rt.run<string>('create', ['Danh sách bàn giao.csv']);
    rt.run('shareWriter', [id, VP2]);
    rt.drive.openWithApp(id, VP2);
    rt.run('rename', [id], { user: VP2 });
    expect(() => rt.run('trash', [id], { user: VP2 })).toThrow(
      'API call to drive.files.update failed with error: The user does not have sufficient permissions for this file.',
    );
    expect(rt.drive.files[0].trashed).toBe(false);
    rt.run('trash', [id]);
    expect(rt.drive.files[0].trashed).toBe(true);
  });

  it("reaches under drive.file only the files this user made or opened with the app, not a colleague's", () => {
    const rt = open();
    const id = rt.run<string>('create', ['Danh sách bàn giao.csv']);
    rt.run('shareWriter', [id, VP2]);
    expect(() => rt.run('read', [id], { user: VP2 })).toThrow(`File not found: ${id}.`);
    expect(() => rt.run('trash', [id], { user: VP2 })).toThrow(`File not found: ${id}.`);
    expect(rt.run('read', [id])).toBe(id);
  });

  it('lets a writer take a reader’s share away', () => {
    const rt = open();
    const id = rt.run<string>('create', ['a.csv']);
    const reader = rt.run<string>('shareReader', [id, FOCAL]);
    rt.run('shareWriter', [id, VP2]);
    rt.drive.openWithApp(id, VP2);
    rt.run('unshare', [id, reader], { user: VP2 });
    expect(rt.drive.files[0].permissions.map((p) => p.emailAddress)).toEqual([VP2.toLowerCase()]);
  });
});

describe('MailApp limits', () => {
  const many = (n: number) => Array.from({ length: n }, (_, i) => `gv${i}@haiphong.edu.vn`).join(',');

  it('refuses more than 50 recipients in one message', () => {
    const rt = open({ account: 'workspace' });
    expect(rt.run('mail', [many(50), 'x'])).toBe(1_450);
    expect(() => rt.run('mail', [many(51), 'x'])).toThrow('Limit Exceeded: Email Recipients Per Message.');
    expect(rt.mail.sent).toHaveLength(1);
  });

  it('refuses a body over 200 KB on a consumer account and over 400 KB on Workspace', () => {
    const body = (kb: number) => 'a'.repeat(kb * 1024);
    expect(() => open().run('mail', [FOCAL, body(201)])).toThrow('Limit Exceeded: Email Body Size.');
    expect(() => open().run('mailHtml', [FOCAL, body(201)])).toThrow('Limit Exceeded: Email Body Size.');
    expect(() => open().run('mail', [FOCAL, body(200)])).not.toThrow();
    const ws = open({ account: 'workspace' });
    expect(() => ws.run('mail', [FOCAL, body(300)])).not.toThrow();
    expect(() => ws.run('mail', [FOCAL, body(401)])).toThrow('Limit Exceeded: Email Body Size.');
  });

  it("counts each account's recipients on its own, for 24 hours from its first mail", () => {
    const world = createGoogleWorld({ now: NOW });
    const a = open({ world });
    const b = open({ world });
    for (let i = 0; i < 10; i++) a.run('mail', [many(10), 'x']);
    expect(() => b.run('mail', [FOCAL, 'x'])).toThrow('Service invoked too many times for one day: email.');
    expect(b.run('quota', [], { user: VP2 })).toBe(100);
    a.clock.advance(15 * HOUR); // past UTC midnight: still inside VP's 24 hours
    expect(a.run('quota')).toBe(0);
    a.clock.advance(9 * HOUR);
    expect(a.run('quota')).toBe(100);
  });
});

describe('a web app executing as its deployer', () => {
  const viewerOf = (options: GasRuntimeOptions, viewer: string) =>
    open({ developer: VP, ...options }).run<string[]>('who', [], { as: 'webApp', user: viewer });

  it("gives a viewer outside the deployer's Workspace domain a blank address, and runs as the deployer", () => {
    expect(viewerOf({ account: 'workspace' }, 'someone@gmail.com')).toEqual(['', VP]);
    expect(viewerOf({ account: 'workspace' }, FOCAL)).toEqual([FOCAL, VP]);
    expect(viewerOf({ account: 'consumer' }, FOCAL)).toEqual(['', VP]);
    expect(viewerOf({ account: 'consumer' }, VP)).toEqual([VP, VP]);
  });

  it('spends the deployer’s mail quota, not the viewer’s', () => {
    const rt = open({ developer: VP });
    rt.run('mail', [FOCAL, 'x'], { as: 'webApp', user: VP2 });
    expect(rt.mail.sent[0].from).toBe(VP);
    expect(rt.mail.remaining(VP)).toBe(99);
    expect(rt.mail.remaining(VP2)).toBe(100);
  });
});
