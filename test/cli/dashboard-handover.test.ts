/**
 * The offline command's dashboard.html and handover/: the page doGet serves after the
 * run, self-contained; one CSV per unit holding every provisioned address once, with the
 * password of the provisioning file.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt } from '../helpers/build-once';
import { parseCsv } from '../helpers/csv';
import { checkOffline } from '../helpers/offline';

const ROOT = join(__dirname, '..', '..');
const SAMPLE = join(ROOT, 'sample', 'mau-dang-ky.xlsx');

describe('offline dashboard and hand-over lists', () => {
  const out = mkdtempSync(join(tmpdir(), 'cli-dash-'));
  beforeAll(() => {
    ensureBuilt();
    checkOffline(SAMPLE, out, '2025-09-05T09:00:00+07:00');
  });

  it('writes dashboard.html: one self-contained page with the run’s time and charts', () => {
    const html = readFileSync(join(out, 'dashboard.html'), 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('Số liệu tính lúc 05/09/2025 09:00');
    // The funnel, the regions and the communes furthest behind.
    expect(html.match(/<svg/g)?.length).toBe(3);
    expect(html).toContain('<svg id="funnel"');
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|\bsrc=|https?:\/\//i);
  });

  it('writes one hand-over CSV per unit: every provisioned address once, with its provisioning password', () => {
    const provisioning = parseCsv(
      readFileSync(join(out, 'provisioning', 'google-workspace.csv'), 'utf8').replace(/^\uFEFF/, ''),
    );
    const passwords = new Map(provisioning.slice(1).map((r) => [r[2], r[3]]));
    expect(passwords.size).toBeGreaterThan(300);
    const files = readdirSync(join(out, 'handover')).filter((f) => f.endsWith('.csv'));
    expect(files.length).toBeGreaterThan(10);
    const seen: string[] = [];
    for (const name of files) {
      const text = readFileSync(join(out, 'handover', name), 'utf8');
      expect(text.startsWith('\uFEFF')).toBe(true);
      const rows = parseCsv(text.slice(1));
      expect(rows[0]).toEqual([
        'STT',
        'Họ và tên',
        'Tên đơn vị',
        'Tên UBND cấp xã',
        'Email công vụ',
        'Mật khẩu ban đầu',
        'Đăng nhập tại',
        'Lưu ý',
      ]);
      const body = rows.slice(1);
      expect(new Set(body.map((r) => `${r[3]}|${r[2]}`)).size).toBe(1);
      body.forEach((r, i) => {
        expect(r[0]).toBe(String(i + 1));
        expect(r[5]).toBe(passwords.get(r[4]));
        expect(r[6]).toContain('https://mail.google.com');
        expect(r[7]).toContain('đổi mật khẩu');
      });
      seen.push(...body.map((r) => r[4]));
    }
    expect(seen.sort()).toEqual([...passwords.keys()].sort());
  });
});
