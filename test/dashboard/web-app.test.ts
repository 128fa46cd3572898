/**
 * The Director's dashboard as Google serves it: doGet on the built bundle in the local
 * runtime, after the run Văn phòng makes. Its figures are Báo cáo's, it shows no person,
 * it reads only the saved snapshot, and only the domain's accounts see it.
 */
import { tablePlace } from '../helpers/form-sheet';
import { FIGURE_HEADERS, SNAPSHOT_FIGURES } from '../../src/domain/dashboard/snapshot';
import { DASHBOARD_TEXT } from '../../src/i18n/dashboard';
import { formatCount } from '../../src/ui/dashboard-page';
import type { WorkbookData } from '../../src/local/workbook-data';
import { OWNER, startRuntime } from '../addon/runtime';
import { decode, generated, openPage, pageHeader, pageTable, runAll, sampleWorkbook, sheetValues } from './helpers';

/** Every figure of every Báo cáo row (communes, regions, total) as the page must show it. */
function expectSameFigures(report: unknown[][], html: string): number {
  const header = report[0].map(String);
  const table = pageTable(html);
  const shown = pageHeader(html).slice(2, -1);
  let compared = 0;
  for (const row of report.slice(1)) {
    const label = String(row[0] ?? '').trim();
    if (!label || label === 'Cập nhật lúc') break;
    const name = DASHBOARD_TEXT.regionName[label] ?? label;
    const cells = table.get(name);
    expect(cells).toBeDefined();
    for (const figure of SNAPSHOT_FIGURES) {
      const at = header.indexOf(FIGURE_HEADERS[figure]);
      if (at < 0) continue;
      const column = shown.indexOf(DASHBOARD_TEXT.figures[figure]);
      expect(column).toBeGreaterThanOrEqual(0);
      expect([name, figure, cells![column + 1]]).toEqual([name, figure, formatCount(Number(row[at]))]);
      compared++;
    }
  }
  return compared;
}

describe('dashboard web app', () => {
  let sample: WorkbookData;
  beforeAll(async () => {
    sample = await sampleWorkbook();
  });

  it('shows Báo cáo’s figures for every commune, region and the city (sample workbook)', () => {
    const rt = runAll(sample);
    const page = openPage(rt);
    const report = sheetValues(rt, 'Báo cáo');
    // 114 communes (and maybe the unresolved row), 2 regions, the total; 8 figures at least.
    expect(expectSameFigures(report, page.html)).toBeGreaterThanOrEqual(117 * 8);
    expect(page.title).toBe(DASHBOARD_TEXT.title);
  });

  it('shows Báo cáo’s figures on a generated 10,000-row workbook', () => {
    const rt = runAll(generated(10_000));
    const page = openPage(rt);
    const report = sheetValues(rt, 'Báo cáo');
    expect(expectSameFigures(report, page.html)).toBeGreaterThanOrEqual(117 * 8);
    const total = report.find((r) => r[0] === 'Tổng cộng')!;
    expect(Number(total[report[0].indexOf('Số trong danh sách')])).toBeGreaterThan(9_000);
  });

  it('holds none of the workbook’s names, CCCDs, phones or personal e-mails', () => {
    const rt = runAll(sample);
    const { html } = openPage(rt);
    const roster = sheetValues(rt, 'Danh sách');
    // The sample is laid out as the department's form: title rows above the header.
    const { headerAt, firstAt } = tablePlace(rt.workbook().sheets.find((s) => s.name === 'Danh sách')!);
    const header = roster[headerAt].map(String);
    const personal = ['Họ và tên', 'Số CCCD', 'Số điện thoại', 'Email cá nhân', 'Mã định danh', 'Email công vụ'];
    const text = html.normalize('NFC');
    let checked = 0;
    for (const name of personal) {
      const c = header.indexOf(name);
      expect(c).toBeGreaterThanOrEqual(0);
      for (const row of roster.slice(firstAt)) {
        const value = String(row[c] ?? '')
          .normalize('NFC')
          .trim();
        // Short fragments ('An', '12') occur in any page; a value of 6+ characters identifies a person.
        if (value.length < 6) continue;
        checked++;
        if (text.includes(value)) throw new Error(`the page shows ${name} "${value}"`);
      }
    }
    expect(checked).toBeGreaterThan(500);
    expect(html).not.toMatch(/\b0\d{9}\b/); // no phone number of any shape
    expect(html).not.toMatch(/\b\d{12}\b/); // no CCCD
    expect(html).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/); // no e-mail address
  });

  it('opens from the snapshot alone: no spreadsheet read, the same few calls at 300 and 10,000 rows', () => {
    const smallRt = runAll(generated(300));
    const largeRt = runAll(generated(10_000));
    const small = openPage(smallRt);
    const large = openPage(largeRt);
    // What the run stored for the page: the same few KB whatever the rows (bench measures 100,000).
    const stored = (rt: typeof smallRt): number =>
      Object.entries(rt.properties.script)
        .filter(([k]) => k.startsWith('dashboardSnapshot.'))
        .reduce((n, [k, v]) => n + Buffer.byteLength(k) + Buffer.byteLength(v), 0);
    expect(stored(largeRt)).toBeLessThan(20 * 1024);
    expect(Math.abs(stored(largeRt) - stored(smallRt))).toBeLessThan(1024);
    for (const page of [small, large]) {
      const touched = Object.keys(page.calls).filter((m) => /^(Spreadsheet|Sheet|Range|SpreadsheetApp)\b/.test(m));
      expect(touched).toEqual([]);
    }
    expect(large.calls).toEqual(small.calls);
    expect(large.total).toBeLessThanOrEqual(10);
    expect(large.html).toContain('<svg');
  });

  it('leads with the mailboxes in use once Danh bạ tài khoản lists signed-in accounts', () => {
    const rt = runAll(generated(300));
    const roster = sheetValues(rt, 'Danh sách');
    const at = roster[0].indexOf('Email công vụ');
    const addresses = roster
      .slice(1)
      .map((r) => String(r[at] ?? ''))
      .filter((a) => a.includes('@'));
    const used = addresses.slice(0, 40);
    const g = rt.globals as unknown as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp };
    g.SpreadsheetApp.getActive()
      .insertSheet('Danh bạ tài khoản')
      .getRange(1, 1, used.length + 1, 2)
      .setValues([
        ['Email Address [Required]', 'Last Sign In [READ ONLY]'],
        ...used.map((a) => [a, '2025/09/04 08:00:00']),
      ]);
    expect(rt.run<{ ok: boolean }>('menuBuildReport', [], { as: 'menu' }).ok).toBe(true);
    const { html } = openPage(rt);
    const headline = decode(html.match(/<section class="headline"[\s\S]*?<\/section>/)?.[0] ?? '');
    expect(headline).toMatch(/^Hộp thư đang sử dụng[\d,]+%40 \/ [\d.]+ người cần hộp thư/);
    const report = sheetValues(rt, 'Báo cáo');
    const total = report.find((r) => r[0] === 'Tổng cộng')!;
    expect(total[report[0].indexOf('Đang sử dụng')]).toBe(40);
  });

  it('says there are no figures yet before any run, without touching the workbook', () => {
    const rt = startRuntime(generated(300));
    const page = openPage(rt);
    expect(page.html).toContain(DASHBOARD_TEXT.noSnapshot.slice(0, 30));
    expect(Object.keys(page.calls).some((m) => m.startsWith('Range'))).toBe(false);
  });

  it('shows an account outside the domain no figure at all', () => {
    // haiphong.edu.vn is a Google Workspace domain: its accounts see their address in the deployer's web app.
    const rt = runAll(generated(300), { account: 'workspace' });
    const page = openPage(rt, 'someone@gmail.com');
    expect(page.html).toContain(DASHBOARD_TEXT.notAllowed('haiphong.edu.vn'));
    expect(page.html).not.toContain('<table');
    expect(page.html).not.toContain('<svg');
    expect(openPage(rt, 'hieutruong.thcs@haiphong.edu.vn').html).toContain('<table');
  });

  it('refuses, never shows, when Google leaves the viewer’s address blank (executing as the deployer)', () => {
    // Outside the deployer's Workspace domain (here: a consumer deployer) getActiveUser() is blank,
    // while the effective user is the deployer, who may see everything: the page must not fall back on it.
    const rt = runAll(generated(300), { account: 'consumer' });
    const page = openPage(rt, 'hieutruong.thcs@haiphong.edu.vn');
    expect(page.html).toContain(DASHBOARD_TEXT.notAllowed('haiphong.edu.vn'));
    expect(page.html).not.toContain('<table');
    expect(openPage(rt, OWNER).html).toContain('<table');
  });

  it('is refreshed by the hourly check without a menu run', () => {
    const rt = startRuntime(generated(300));
    expect(rt.run<{ ok: boolean }>('menuToggleAutoCheck', [], { as: 'menu' }).ok).toBe(true);
    rt.clock.advance(3_600_000 + 1);
    const fired = rt.triggers.fireDue();
    expect(fired.map((f) => f.ok)).toEqual([true]);
    const { html } = openPage(rt);
    expect(pageTable(html).get('Tổng cộng')).toBeDefined();
  });

  it('is reached from the menu: a link when deployed, how to deploy when not', () => {
    const url = 'https://script.google.com/a/macros/haiphong.edu.vn/s/AKfy-example/exec';
    const deployed = startRuntime(generated(50), { webAppUrl: url });
    expect(deployed.run<{ url: string | null }>('menuOpenDashboard', [], { as: 'menu' }).url).toBe(url);
    expect(JSON.stringify(deployed.ui.dialogs)).toContain(url);
    const bare = startRuntime(generated(50), { user: OWNER });
    expect(bare.run<{ url: string | null }>('menuOpenDashboard', [], { as: 'menu' }).url).toBeNull();
    expect(JSON.stringify(bare.ui.dialogs)).toContain('chưa được triển khai');
  });
});
